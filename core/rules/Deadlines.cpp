#include "rules/Deadlines.h"

#include "domain/Vocabulary.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "rules/RuleSupport.h"

#include <QHash>

#include <algorithm>
#include <optional>

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

    // `from`: the event a working-day deadline counts from; invalid for a plain date.
    auto add = [&](DeadlineItem::Kind kind, const QDate& due, const Pair* pair, QStringList people, QString description,
                   const QDate& from) {
        DeadlineItem item;
        item.kind = kind;
        item.due = due;
        item.overdue = due < today;
        item.pair = pair ? pair->id : QString();
        item.people = std::move(people);
        item.description = std::move(description);
        item.unconfirmedCalendar = from.isValid() && !calendar.isConfirmedSpan(from, due);
        items << item;
    };
    auto peopleOf = [](const Pair& p, const QDate& on) {
        QStringList people{p.mentorOn(on)};
        for (const QString& m : p.mentees) {
            if (!people.contains(m))
                people << m;
        }
        return people;
    };

    // People whose credentials matter: those in pairs active today.
    QStringList holders;
    QHash<QString, bool> seen;

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
            const int n = *profile.planDeadlineDays.value;
            const QDate due = calendar.addWorkingDays(pair.start, n);
            if (due <= horizon)
                add(DeadlineItem::Kind::PlanDue, due, &pair, people,
                    tr("Individual plan of the pair «%1»: to be approved by %2 (%n working day(s) after the start on %3).",
                       "", n)
                        .arg(label(), day(due), day(pair.start)),
                    pair.start);
        }
        if (reportDeadline && end.isValid()) {
            const int n = *profile.reportDeadlineDays.value;
            const QDate due = calendar.addWorkingDays(end, n);
            if (due <= horizon && !pair.reportDate.isValid())
                add(DeadlineItem::Kind::ReportDue, due, &pair, people,
                    tr("Mentor's report of the pair «%1»: due by %2 (%n working day(s) after the end on %3).", "", n)
                        .arg(label(), day(due), day(end)),
                    end);
            if (due <= horizon && !pair.menteeQuestionnaire.isValid())
                add(DeadlineItem::Kind::QuestionnaireDue, due, &pair, people,
                    tr("Mentee's questionnaire of the pair «%1»: due by %2 (%n working day(s) after the end on %3).", "", n)
                        .arg(label(), day(due), day(end)),
                    end);
        }
        if (end.isValid() && today <= end && end <= horizon)
            add(DeadlineItem::Kind::PairEnding, end, &pair, people, tr("The pair «%1» ends on %2.").arg(label(), day(end)),
                QDate());
        for (const PlanItem& item : pair.planItems) {
            if (item.done.isValid() || item.status == u"done" || item.status == u"cancelled" || !item.due.isValid()
                || item.due > horizon)
                continue;
            add(DeadlineItem::Kind::PlanItemDue, item.due, &pair, people,
                tr("Plan of the pair «%1»: «%2» due %3.").arg(label(), item.title, day(item.due)), QDate());
        }
        if (pair.isActiveOn(today)) {
            for (const QString& id : people) {
                if (!seen.contains(id)) {
                    seen.insert(id, true);
                    holders << id;
                }
            }
        }
    }

    for (const QString& id : std::as_const(holders)) {
        const Person* person = names.person(id);
        if (!person)
            continue;
        // Per type, the credential that lasts longest decides: a renewed one replaces the old.
        QHash<QString, std::pair<const Credential*, QDate>> latest;
        QStringList types;
        QHash<QString, bool> unlimited;
        for (const Credential& c : person->credentials) {
            const QDate until = rulesupport::expiry(c, profile);
            if (!until.isValid()) {
                unlimited.insert(c.type, true);
                continue;
            }
            auto it = latest.find(c.type);
            if (it == latest.end()) {
                latest.insert(c.type, {&c, until});
                types << c.type;
            } else if (until > it->second) {
                *it = {&c, until};
            }
        }
        for (const QString& type : std::as_const(types)) {
            if (unlimited.contains(type))
                continue;
            const auto [credential, until] = latest.value(type);
            if (until > horizon)
                continue;
            QString document = vocabulary::label(Vocab::CredentialType, type);
            if (!credential->number.isEmpty())
                document = tr("%1 № %2").arg(document, credential->number);
            const QString text = until < today
                ? tr("«%1» of %2 expired: valid through %3.").arg(document, person->fullName(), day(until))
                : tr("«%1» of %2 is valid through %3.").arg(document, person->fullName(), day(until));
            add(DeadlineItem::Kind::CredentialExpiring, until, nullptr, {id}, text, QDate());
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
                QString text = responsible
                    ? tr("Roadmap: «%1» due %2; responsible: %3.").arg(a.title, day(a.end), responsible->shortName())
                    : tr("Roadmap: «%1» due %2.").arg(a.title, day(a.end));
                // The initials' period ends the sentence too («… Потоптаева Л. А.», not «А..»).
                if (text.endsWith(u".."_s))
                    text.chop(1);
                add(DeadlineItem::Kind::RoadmapActivity, a.end, nullptr,
                    a.responsible.isEmpty() ? QStringList() : QStringList{a.responsible}, text, QDate());
                items.last().activity = a.id;
            }
        }
    }

    std::stable_sort(items.begin(), items.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return RuleEngine::idLess(a.pair, b.pair);
    });
    return items;
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
