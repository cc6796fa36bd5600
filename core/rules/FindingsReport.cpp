#include "rules/FindingsReport.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSupport.h"
#include "storage/ReadConnection.h"

using namespace Qt::StringLiterals;

namespace nastavnik {

QString FindingsReport::personName(const QString& id) const
{
    return personNames.value(id, u"«%1»"_s.arg(id));
}

QString FindingsReport::pairLabel(const QString& id) const
{
    return pairLabels.value(id, u"«%1»"_s.arg(id));
}

FindingsReport FindingsReport::compute(const ValidationInput& in, const QDate& today)
{
    FindingsReport report;
    report.today = today;
    report.profile = in.profile;
    report.findings = RuleEngine::check(in.data, in.profile, in.calendar, today);

    const rulesupport::Directory names(in.data);
    QHash<QString, const Pair*> pairs;
    for (const Finding& f : std::as_const(report.findings)) {
        for (const QString& id : f.people) {
            if (!report.personNames.contains(id))
                report.personNames.insert(id, names.fullName(id));
        }
        for (const QString& id : f.pairs) {
            if (!report.pairLabels.contains(id))
                report.pairLabels.insert(id, QString());
        }
    }
    if (!report.pairLabels.isEmpty()) {
        for (const Pair& p : in.data.pairs) {
            if (auto it = report.pairLabels.find(p.id); it != report.pairLabels.end())
                *it = names.pairLabel(p, today);
        }
        for (auto it = report.pairLabels.begin(); it != report.pairLabels.end(); ++it) {
            if (it->isEmpty())
                *it = u"«%1»"_s.arg(it.key());
        }
    }
    return report;
}

Result<FindingsReport> FindingsReport::computeFile(const QString& path, const QDate& today,
                                                   const std::atomic<bool>* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    const QString stopped = tr("The check was stopped.");
    ValidationInput in;
    {
        const ReadConnection reader(path);
        if (!reader.status())
            return reader.status();
        if (cancelled())
            return Status::failure(stopped);
        Result<ValidationInput> loaded = ValidationRepository(reader.connection()).load();
        if (!loaded)
            return loaded.status();
        in = std::move(loaded).value();
    }
    if (cancelled())
        return Status::failure(stopped);
    return compute(in, today);
}

} // namespace nastavnik
