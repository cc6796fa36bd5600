#include "monitoring/Templates.h"

#include "util/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

/// "MM-DD" of the school year starting in `year`.
QDate schoolDate(const QString& monthDay, int year)
{
    const QStringList parts = monthDay.split(u'-');
    if (parts.size() != 2)
        return {};
    const int month = parts.at(0).toInt();
    const int day = parts.at(1).toInt();
    return QDate(month >= 8 ? year : year + 1, month, day);
}

QString psychologistOf(const Dataset& data)
{
    for (const Person& p : data.people) {
        if (!p.archived && p.position.contains(u"психолог"_s, Qt::CaseInsensitive))
            return p.id;
    }
    return {};
}

Questionnaire questionnaireFrom(const QJsonObject& o)
{
    Questionnaire q;
    q.id = o.value(u"id"_s).toString();
    q.family = o.value(u"family"_s).toString(q.id);
    q.version = o.value(u"version"_s).toInt(1);
    q.title = o.value(u"title"_s).toString();
    q.purpose = o.value(u"purpose"_s).toString(q.purpose);
    q.respondent = o.value(u"respondent"_s).toString(q.respondent);
    q.clause = o.value(u"clause"_s).toString();
    q.intro = o.value(u"intro"_s).toString();
    for (const QJsonValue& v : o.value(u"questions"_s).toArray()) {
        const QJsonObject qo = v.toObject();
        Question question;
        question.id = qo.value(u"id"_s).toString();
        question.kind = qo.value(u"kind"_s).toString();
        question.text = qo.value(u"text"_s).toString();
        for (const QJsonValue& option : qo.value(u"options"_s).toArray())
            question.options << option.toString();
        q.questions << question;
    }
    return q;
}

} // namespace

QString RoadmapTemplate::title(int year, const Organization& organization)
{
    const QString org = organization.shortName.trimmed().isEmpty() ? organization.name.trimmed()
                                                                   : organization.shortName.trimmed();
    QString text = u"Дорожная карта реализации целевой модели наставничества"_s;
    if (!org.isEmpty())
        text += u" в "_s + org;
    return text + u" на %1/%2 учебный год"_s.arg(year).arg(year + 1);
}

Result<Roadmap> RoadmapTemplate::create(int year, const Dataset& data)
{
    if (year < 2000 || year > 2100)
        return Result<Roadmap>::failure(tr("The school year %1 is not a year the roadmap can be made for.").arg(year));
    QFile file(u":/roadmap/school.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Roadmap>::failure(tr("The template of the roadmap is missing from this build."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    const QString psychologist = psychologistOf(data);
    Roadmap r;
    r.year = year;
    r.title = title(year, data.organization);
    for (const QJsonValue& sv : root.value(u"stages"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        RoadmapStage stage;
        stage.title = so.value(u"title"_s).toString();
        for (const QJsonValue& av : so.value(u"activities"_s).toArray()) {
            const QJsonObject ao = av.toObject();
            RoadmapActivity a;
            a.title = ao.value(u"title"_s).toString();
            a.start = schoolDate(ao.value(u"start"_s).toString(), year);
            a.end = schoolDate(ao.value(u"end"_s).toString(), year);
            a.result = ao.value(u"result"_s).toString();
            const QString role = ao.value(u"responsible"_s).toString();
            if (role == u"curator")
                a.responsible = data.organization.curator;
            else if (role == u"head")
                a.responsible = data.organization.head;
            else if (role == u"psychologist")
                a.responsible = psychologist.isEmpty() ? data.organization.curator : psychologist;
            stage.activities << a;
        }
        r.stages << stage;
    }
    return r;
}

const QList<Questionnaire>& QuestionnaireLibrary::builtIn()
{
    static const QList<Questionnaire> list = [] {
        QList<Questionnaire> result;
        QFile file(u":/questionnaires/builtin.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array())
            result << questionnaireFrom(v.toObject());
        return result;
    }();
    return list;
}

const Questionnaire* QuestionnaireLibrary::find(const QString& id)
{
    for (const Questionnaire& q : builtIn()) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QList<Questionnaire> QuestionnaireLibrary::available(const MonitoringData& data)
{
    QList<Questionnaire> result = data.questionnaires;
    QSet<QString> families;
    for (const Questionnaire& q : data.questionnaires)
        families.insert(q.family);
    for (const Questionnaire& q : builtIn()) {
        if (!families.contains(q.family))
            result << q;
    }
    return result;
}

const Questionnaire* QuestionnaireLibrary::lookup(const MonitoringData& data, const QString& id)
{
    if (const Questionnaire* stored = data.questionnaire(id))
        return stored;
    return find(id);
}

QStringList QuestionnaireLibrary::validate(const Questionnaire& q)
{
    QStringList problems;
    if (q.title.trimmed().isEmpty())
        problems << tr("The questionnaire needs a title.");
    if (q.questions.isEmpty())
        problems << tr("The questionnaire has no questions: add at least one.");
    QSet<QString> ids;
    for (int i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions.at(i);
        const int n = i + 1;
        if (question.id.trimmed().isEmpty())
            problems << tr("Question %1 has no id.").arg(n);
        else if (ids.contains(question.id))
            problems << tr("Question %1 has the id «%2» of another question.").arg(n).arg(question.id);
        ids.insert(question.id);
        if (question.text.trimmed().isEmpty())
            problems << tr("Question %1 has no text.").arg(n);
        if ((question.kind == u"single" || question.kind == u"multiple") && question.options.size() < 2)
            problems << tr("Question %1 is a choice: give it two options at least, one a line.").arg(n);
        for (const QString& option : question.options) {
            if (option.trimmed().isEmpty()) {
                problems << tr("Question %1 has an empty option.").arg(n);
                break;
            }
        }
        if (!QStringList{u"scale"_s, u"single"_s, u"multiple"_s, u"text"_s}.contains(question.kind))
            problems << tr("Question %1 is of an unknown kind «%2».").arg(n).arg(question.kind);
    }
    return problems;
}

bool QuestionnaireLibrary::changesMeaning(const Questionnaire& before, const Questionnaire& after)
{
    if (before.questions.size() != after.questions.size())
        return true;
    for (int i = 0; i < before.questions.size(); ++i) {
        const Question& a = before.questions.at(i);
        const Question& b = after.questions.at(i);
        if (a.id != b.id || a.kind != b.kind || a.text.trimmed() != b.text.trimmed() || a.options != b.options)
            return true;
    }
    return false;
}

} // namespace nastavnik
