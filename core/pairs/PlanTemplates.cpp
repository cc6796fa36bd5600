#include "pairs/PlanTemplates.h"

#include "domain/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {

Result<PlanTemplate> PlanTemplates::fromJson(const QJsonObject& json, const QString& where)
{
    if (json.value(u"format"_s).toString() != u"nastavnik-plan-template")
        return Result<PlanTemplate>::failure(
            tr("%1: not a plan template (\"format\" must be \"nastavnik-plan-template\").").arg(where));
    PlanTemplate t;
    t.id = json.value(u"id"_s).toString();
    t.name = json.value(u"name"_s).toString();
    t.description = json.value(u"description"_s).toString();
    t.source = json.value(u"source"_s).toString();
    for (const QJsonValue& f : json.value(u"forms"_s).toArray()) {
        if (!vocabulary::contains(Vocab::PairForm, f.toString()))
            return Result<PlanTemplate>::failure(
                tr("%1: the form «%2» is unknown.").arg(where, f.toString()));
        t.forms << f.toString();
    }
    if (t.id.isEmpty() || t.name.isEmpty())
        return Result<PlanTemplate>::failure(
            tr("%1: the template needs an \"id\" and a \"name\".").arg(where));
    const QJsonArray items = json.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        PlanTemplate::Item item;
        item.title = o.value(u"title"_s).toString();
        item.expected = o.value(u"expected"_s).toString();
        item.offsetDays = o.value(u"offset_days"_s).toInt(-1);
        if (item.title.isEmpty() || item.offsetDays < 0)
            return Result<PlanTemplate>::failure(
                tr("%1: item %2 needs a \"title\" and a non-negative \"offset_days\".")
                    .arg(where)
                    .arg(i + 1));
        t.items << item;
    }
    if (t.items.isEmpty())
        return Result<PlanTemplate>::failure(tr("%1: the template has no items.").arg(where));
    return t;
}

QList<PlanTemplate> PlanTemplates::all()
{
    static const QList<PlanTemplate> templates = [] {
        QList<PlanTemplate> result;
        const QDir dir(u":/plans"_s);
        const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            const Result<PlanTemplate> t = fromJson(doc.object(), name);
            // The resources are checked by the tests: a broken file is a build defect.
            if (t)
                result << t.value();
            else
                qWarning("%s", qPrintable(t.error()));
        }
        return result;
    }();
    return templates;
}

QList<PlanTemplate> PlanTemplates::forForm(const QString& form)
{
    QList<PlanTemplate> result = all();
    std::stable_sort(result.begin(), result.end(), [&form](const PlanTemplate& a, const PlanTemplate& b) {
        const bool ma = a.forms.contains(form);
        const bool mb = b.forms.contains(form);
        if (ma != mb)
            return ma;
        if (ma)
            return a.forms.indexOf(form) < b.forms.indexOf(form);
        return false;
    });
    return result;
}

Result<PlanTemplate> PlanTemplates::find(const QString& id)
{
    QStringList known;
    for (const PlanTemplate& t : all()) {
        if (t.id == id)
            return t;
        known << t.id;
    }
    return Result<PlanTemplate>::failure(
        tr("There is no plan template «%1». Known templates: %2.").arg(id, known.join(u", "_s)));
}

QList<PlanItem>
PlanTemplates::instantiate(const PlanTemplate& tpl, const QDate& start, const WorkCalendar& calendar)
{
    QList<PlanItem> items;
    for (const PlanTemplate::Item& t : tpl.items) {
        PlanItem item;
        item.title = t.title;
        item.expected = t.expected;
        if (start.isValid()) {
            QDate due = start.addDays(t.offsetDays);
            if (!calendar.isWorkingDay(due))
                due = calendar.addWorkingDays(due, 1);
            item.due = due;
        }
        items << item;
    }
    return items;
}

} // namespace nastavnik
