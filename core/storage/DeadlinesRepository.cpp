#include "storage/DeadlinesRepository.h"

#include "models/PairSql.h"
#include "storage/CalendarRepository.h"
#include "storage/MonitoringRecords.h"
#include "storage/PairRecord.h"
#include "storage/ParallelRead.h"
#include "storage/PersonRecord.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Dates.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {

DeadlinesRepository::DeadlinesRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<ValidationInput> DeadlinesRepository::load(const QDate& today, int horizonDays, int recentDays) const
{
    ValidationInput in;
    Dataset& data = in.data;
    const QString horizon = dates::toIso(today.addDays(horizonDays));
    const QString recent = dates::toIso(today.addDays(-recentDays));
    // The pairs Deadlines::collect looks at: started by the horizon, not ended before the
    // recent window (a pair without an end is running). Binds: horizon, recent.
    const QString inWindow = u"p.start IS NOT NULL AND p.start <= ? AND "_s + pairsql::notEnded(u"p"_s, u"?"_s);

    auto failure = [](const QString& what, const QSqlQuery& q) {
        return Status::failure(tr("The deadlines could not be read (%1): %2").arg(what, sql::errorText(q)));
    };
    // Every query binds its dates in the order they appear.
    auto run = [](QSqlQuery& q, const QString& statement, const QStringList& binds) {
        q.prepare(statement);
        for (const QString& b : binds)
            q.addBindValue(b);
        return q.exec();
    };

    // Three parts read side by side (ParallelRead.h), each filling its own members.
    // The pairs in the window with their mentees, events and open plan items.
    const sql::ReadPart pairs = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QHash<QString, qsizetype> pairIndex;
        if (!run(q,
                 u"SELECT p.id, p.form, p.mentor_id, p.start, p.planned_end, p.actual_end, p.has_plan, "
                 "p.plan_approved, p.report_date, p.mentee_questionnaire, p.title FROM pair p WHERE "_s
                     + inWindow + u" ORDER BY p.rowid"_s,
                 {horizon, recent}))
            return failure(tr("pairs"), q);
        while (q.next()) {
            Pair p;
            p.id = q.value(0).toString();
            p.form = q.value(1).toString();
            p.mentor = q.value(2).toString();
            p.start = sql::toDate(q.value(3));
            p.plannedEnd = sql::toDate(q.value(4));
            p.actualEnd = sql::toDate(q.value(5));
            p.hasPlan = q.value(6).toBool();
            p.planApproved = sql::toDate(q.value(7));
            p.reportDate = sql::toDate(q.value(8));
            p.menteeQuestionnaire = sql::toDate(q.value(9));
            p.title = q.value(10).toString();
            pairIndex.insert(p.id, data.pairs.size());
            data.pairs << std::move(p);
        }
        // One pass over each table, kept for the pairs above: cheaper than matching it
        // against the window in SQL. The mentees in the order of their places, sorted here
        // per pair rather than by SQL over the whole table.
        if (!q.exec(u"SELECT pair_id, person_id, position FROM pair_mentee"_s))
            return failure(tr("mentees of pairs"), q);
        QHash<qsizetype, QList<std::pair<qint64, QString>>> mentees;
        while (q.next()) {
            if (const qsizetype i = pairIndex.value(q.value(0).toString(), -1); i >= 0)
                mentees[i].append({q.value(2).toLongLong(), q.value(1).toString()});
        }
        for (auto it = mentees.begin(); it != mentees.end(); ++it) {
            std::stable_sort(it->begin(), it->end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (auto& [position, person] : *it)
                data.pairs[it.key()].mentees << std::move(person);
        }
        if (!q.exec(u"SELECT pair_id, "_s + record::eventColumns() + u" FROM pair_event ORDER BY pair_id, position, id"_s))
            return failure(tr("events of pairs"), q);
        while (q.next()) {
            if (const qsizetype i = pairIndex.value(q.value(0).toString(), -1); i >= 0)
                data.pairs[i].events << record::readEvent(q, 1, false);
        }
        // Only what can be a deadline: not done, not cancelled, due by the horizon (the
        // terms of the index plan_item_open).
        if (!run(q,
                 u"SELECT pair_id, id, title, due, status FROM plan_item WHERE done IS NULL AND status NOT IN "
                 "('done', 'cancelled') AND due IS NOT NULL AND due <= ? ORDER BY pair_id, position, id"_s,
                 {horizon}))
            return failure(tr("plans"), q);
        while (q.next()) {
            const qsizetype i = pairIndex.value(q.value(0).toString(), -1);
            if (i < 0)
                continue;
            PlanItem item;
            item.rowId = q.value(1).toLongLong();
            item.title = q.value(2).toString();
            item.due = sql::toDate(q.value(3));
            item.status = q.value(4).toString();
            data.pairs[i].planItems << item;
        }
        return Status::success();
    };

    // The people of those pairs (mentors at the start and by replacement, mentees) and the
    // responsibles of the roadmap activities, by name, with their credentials.
    const sql::ReadPart people = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QHash<QString, qsizetype> personIndex;
        if (!run(q,
                 // The window once; IN drops the repeats itself.
                 u"WITH win(id, mentor_id) AS MATERIALIZED (SELECT p.id, p.mentor_id FROM pair p WHERE "_s + inWindow
                     + u") SELECT id, last_name, first_name, middle_name FROM person WHERE id IN ("
                       "SELECT mentor_id FROM win "
                       "UNION ALL SELECT m.person_id FROM pair_mentee m JOIN win ON win.id = m.pair_id "
                       "UNION ALL SELECT e.new_mentor_id FROM pair_event e JOIN win ON win.id = e.pair_id "
                       "UNION ALL SELECT responsible_id FROM roadmap_activity) ORDER BY rowid"_s,
                 {horizon, recent}))
            return failure(tr("people"), q);
        while (q.next()) {
            Person p;
            p.id = q.value(0).toString();
            p.lastName = q.value(1).toString();
            p.firstName = q.value(2).toString();
            p.middleName = q.value(3).toString();
            personIndex.insert(p.id, data.people.size());
            data.people << std::move(p);
        }
        // Deadlines::collect looks at those of the pairs active today.
        if (!q.exec(u"SELECT person_id, "_s + record::credentialColumns()
                    + u" FROM credential ORDER BY person_id, position, id"_s))
            return failure(tr("documents of people"), q);
        while (q.next()) {
            if (const qsizetype i = personIndex.value(q.value(0).toString(), -1); i >= 0)
                data.people[i].credentials << record::readCredential(q, 1, false);
        }
        return Status::success();
    };

    // The organisation's profile, the roadmaps (their activities are deadlines too), the
    // calendar and the profiles.
    const sql::ReadPart settings = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT profile FROM organization WHERE id = 1"_s))
            return failure(tr("organisation"), q);
        if (q.next())
            data.organization.profile = q.value(0).toString();
        if (Status s = record::loadMonitoring(db, data.monitoring, true); !s)
            return s;
        Result<WorkCalendar> calendar = CalendarRepository(db).loadCalendar();
        if (!calendar)
            return calendar.status();
        in.calendar = calendar.value();
        Result<QList<Profile>> profiles = ProfileRepository(db).list();
        if (!profiles)
            return profiles.status();
        in.profiles = profiles.value();
        return Status::success();
    };

    if (Status s = sql::readInParallel(m_db, {pairs, people, settings}, [&] { in = ValidationInput(); }); !s)
        return s;
    const Result<Profile> profile = Profiles::find(in.profiles, data.organization.profile);
    if (!profile)
        return profile.status();
    in.profile = profile.value();
    return in;
}

} // namespace nastavnik
