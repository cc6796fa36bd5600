#include "rules/Deadlines.h"

#include "domain/Vocabulary.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "rules/RuleSupport.h"

#include <QVarLengthArray>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik {

using rulesupport::day;

QList<DeadlineItem> Deadlines::collect(const Dataset& data, const Profile& profile, const WorkCalendar& calendar,
                                       const QDate& today, int horizonDays, int recentDays)
{
    QList<DeadlineItem> items;
    const QDate horizon = today.addDays(horizonDays);
    const QDate recent = today.addDays(-recentDays);
    const rulesupport::Directory names(data);
    const bool planDeadline =
        profile.isEnabled(QString::fromUtf16(rules::PlanDeadline)) && profile.planDeadlineDays.value.has_value();
    const bool reportDeadline =
        profile.isEnabled(QString::fromUtf16(rules::ReportDeadline)) && profile.reportDeadlineDays.value.has_value();
    const int planDays = planDeadline ? *profile.planDeadlineDays.value : 0;
    const int reportDays = reportDeadline ? *profile.reportDeadlineDays.value : 0;

    // Each sentence is translated once: a region has thousands of deadlines of each kind, and
    // tr() looks its text up in the translator at every call.
    const QString planText = planDeadline
        ? tr("Individual plan of the pair «%1»: to be approved by %2 (%n working day(s) after the start on %3).", "",
             planDays)
        : QString();
    const QString reportText = reportDeadline
        ? tr("Mentor's report of the pair «%1»: due by %2 (%n working day(s) after the end on %3).", "", reportDays)
        : QString();
    const QString questionnaireText = reportDeadline
        ? tr("Mentee's questionnaire of the pair «%1»: due by %2 (%n working day(s) after the end on %3).", "",
             reportDays)
        : QString();
    const QString endingText = tr("The pair «%1» ends on %2.");
    const QString planItemText = tr("Plan of the pair «%1»: «%2» due %3.");
    const QString numberedText = tr("%1 № %2");
    const QString expiredText = tr("«%1» of %2 expired: valid through %3.");
    const QString validText = tr("«%1» of %2 is valid through %3.");
    const QString activityText = tr("Roadmap: «%1» due %2; responsible: %3.");
    const QString unassignedActivityText = tr("Roadmap: «%1» due %2.");

    // `from`: the event a working-day deadline counts from; invalid for a plain date.
    auto add = [&](DeadlineItem::Kind kind, const QDate& due, const Pair* pair, QStringList people, QString description,
                   const QDate& from) -> DeadlineItem& {
        DeadlineItem item;
        item.kind = kind;
        item.due = due;
        item.overdue = due < today;
        item.pair = pair ? pair->id : QString();
        item.people = std::move(people);
        item.description = std::move(description);
        item.unconfirmedCalendar = from.isValid() && !calendar.isConfirmedSpan(from, due);
        items << std::move(item);
        return items.last();
    };
    auto peopleOf = [](const Pair& p, const QDate& on) {
        QStringList people{p.mentorOn(on)};
        for (const QString& m : p.mentees) {
            if (!people.contains(m))
                people << m;
        }
        return people;
    };

    // People whose credentials matter: those in pairs active today, in the order met (marked
    // by their place in data.people, where the directory points).
    QList<const Person*> holders;
    std::vector<bool> isHolder(std::size_t(data.people.size()), false);

    for (const Pair& pair : data.pairs) {
        if (!pair.start.isValid() || pair.start > horizon)
            continue;
        const QDate end = pair.end();
        if (end.isValid() && end < recent)
            continue;
        // The label is made for the pair's first deadline: most pairs in the window have none.
        std::optional<QString> pairLabel;
        auto label = [&]() -> const QString& {
            if (!pairLabel)
                pairLabel = names.pairLabel(pair, today);
            return *pairLabel;
        };
        const QStringList people = peopleOf(pair, today);

        if (planDeadline && !pair.planApproved.isValid()) {
            const QDate due = calendar.addWorkingDays(pair.start, planDays);
            if (due <= horizon)
                add(DeadlineItem::Kind::PlanDue, due, &pair, people, planText.arg(label(), day(due), day(pair.start)),
                    pair.start);
        }
        if (reportDeadline && end.isValid()) {
            const QDate due = calendar.addWorkingDays(end, reportDays);
            if (due <= horizon && !pair.reportDate.isValid())
                add(DeadlineItem::Kind::ReportDue, due, &pair, people, reportText.arg(label(), day(due), day(end)), end);
            if (due <= horizon && !pair.menteeQuestionnaire.isValid())
                add(DeadlineItem::Kind::QuestionnaireDue, due, &pair, people,
                    questionnaireText.arg(label(), day(due), day(end)), end);
        }
        if (end.isValid() && today <= end && end <= horizon)
            add(DeadlineItem::Kind::PairEnding, end, &pair, people, endingText.arg(label(), day(end)), QDate());
        for (const PlanItem& item : pair.planItems) {
            if (item.done.isValid() || item.status == u"done" || item.status == u"cancelled" || !item.due.isValid()
                || item.due > horizon)
                continue;
            add(DeadlineItem::Kind::PlanItemDue, item.due, &pair, people,
                planItemText.arg(label(), item.title, day(item.due)), QDate());
        }
        if (pair.isActiveOn(today)) {
            for (const QString& id : people) {
                const Person* person = names.person(id);
                if (!person)
                    continue;
                const auto at = std::size_t(person - data.people.constData());
                if (!isHolder[at]) {
                    isHolder[at] = true;
                    holders << person;
                }
            }
        }
    }

    for (const Person* person : std::as_const(holders)) {
        // Per type, the credential that lasts longest decides: a renewed one replaces the old;
        // one without an end (of a type the profile gives no validity) means the type never
        // expires. A person holds a few: looked through in place.
        struct Latest
        {
            const QString* type;
            const Credential* credential;
            QDate until;
        };
        QVarLengthArray<Latest, 8> latest;
        QVarLengthArray<const QString*, 8> unlimited;
        for (const Credential& c : person->credentials) {
            const QDate until = rulesupport::expiry(c, profile);
            if (!until.isValid()) {
                unlimited.append(&c.type);
                continue;
            }
            const auto it =
                std::find_if(latest.begin(), latest.end(), [&](const Latest& l) { return *l.type == c.type; });
            if (it == latest.end())
                latest.append({&c.type, &c, until});
            else if (until > it->until)
                *it = {&c.type, &c, until};
        }
        for (const auto& [type, credential, until] : std::as_const(latest)) {
            if (until > horizon || std::any_of(unlimited.cbegin(), unlimited.cend(), [&](const QString* u) {
                    return *u == *type;
                }))
                continue;
            QString document = vocabulary::label(Vocab::CredentialType, *type);
            if (!credential->number.isEmpty())
                document = numberedText.arg(document, credential->number);
            const QString& text = until < today ? expiredText : validText;
            add(DeadlineItem::Kind::CredentialExpiring, until, nullptr, {person->id},
                text.arg(document, person->fullName(), day(until)), QDate());
        }
    }

    // The roadmap (002 Приложение 1): its activities are the programme's deadlines.
    const int currentYear = today.month() >= 9 ? today.year() : today.year() - 1;
    for (const Roadmap& roadmap : data.monitoring.roadmaps) {
        for (const RoadmapStage& stage : roadmap.stages) {
            for (const RoadmapActivity& a : stage.activities) {
                if (a.isClosed() || !a.end.isValid() || a.end > horizon)
                    continue;
                if (a.end < recent && roadmap.year != currentYear)
                    continue;
                const Person* responsible = names.person(a.responsible);
                QString text = responsible ? activityText.arg(a.title, day(a.end), responsible->shortName())
                                           : unassignedActivityText.arg(a.title, day(a.end));
                // The initials' period ends the sentence too («… Потоптаева Л. А.», not «А..»).
                if (text.endsWith(u".."_s))
                    text.chop(1);
                add(DeadlineItem::Kind::RoadmapActivity, a.end, nullptr,
                    a.responsible.isEmpty() ? QStringList() : QStringList{a.responsible}, text, QDate())
                    .activity = a.id;
            }
        }
    }

    // By due date, then kind, then pair: their places are sorted, and each item is moved once.
    std::vector<qsizetype> order(std::size_t(items.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&items](qsizetype x, qsizetype y) {
        const DeadlineItem& a = items.at(x);
        const DeadlineItem& b = items.at(y);
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return RuleEngine::idLess(a.pair, b.pair);
    });
    QList<DeadlineItem> sorted;
    sorted.reserve(items.size());
    for (const qsizetype at : order)
        sorted << std::move(items[at]);
    return sorted;
}

QString Deadlines::kindLabel(DeadlineItem::Kind kind)
{
    switch (kind) {
    case DeadlineItem::Kind::PlanDue:
        return tr("Individual plan");
    case DeadlineItem::Kind::ReportDue:
        return tr("Mentor's report");
    case DeadlineItem::Kind::QuestionnaireDue:
        return tr("Mentee's questionnaire");
    case DeadlineItem::Kind::PairEnding:
        return tr("End of mentoring");
    case DeadlineItem::Kind::CredentialExpiring:
        return tr("Document expiring");
    case DeadlineItem::Kind::PlanItemDue:
        return tr("Plan item");
    case DeadlineItem::Kind::RoadmapActivity:
        return tr("Roadmap");
    }
    return {};
}

} // namespace nastavnik
