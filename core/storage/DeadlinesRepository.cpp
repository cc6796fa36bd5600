#include "storage/DeadlinesRepository.h"

#include "models/PairSql.h"
#include "storage/CalendarRepository.h"
#include "storage/Cursor.h"
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
#include <tuple>
#include <vector>

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

    auto failure = [](const QString& what, const Status& why) {
        return Status::failure(tr("The deadlines could not be read (%1): %2").arg(what, why.error()));
    };

    // Three parts read side by side (ParallelRead.h), each filling its own members; the bulk
    // of the rows through sql::Cursor. Every statement binds its dates in the order they
    // appear.
    // The pairs in the window with their mentees, events and open plan items.
    const sql::ReadPart pairs = [&](const QSqlDatabase& db) -> Status {
        QHash<QString, qsizetype> pairIndex;
        sql::Cursor p(db,
                      u"SELECT "_s + record::pairColumns(u"p"_s) + u" FROM pair p WHERE "_s + inWindow
                          + u" ORDER BY p.rowid"_s,
                      {horizon, recent});
        while (p.next()) {
            Pair pair = record::readPair(p, 0, false);
            pairIndex.insert(pair.id, data.pairs.size());
            data.pairs << std::move(pair);
        }
        if (!p.status())
            return failure(tr("pairs"), p.status());
        // One pass over each table, kept for the pairs above: cheaper than matching it
        // against the window in SQL. The mentees in the order of their places, sorted here
        // per pair rather than by SQL over the whole table.
        sql::Cursor m(db, u"SELECT pair_id, person_id, position FROM pair_mentee"_s);
        QHash<qsizetype, QList<std::pair<qint64, QString>>> mentees;
        while (m.next()) {
            if (const qsizetype i = pairIndex.value(m.text(0), -1); i >= 0)
                mentees[i].append({m.integer(2), m.text(1)});
        }
        if (!m.status())
            return failure(tr("mentees of pairs"), m.status());
        for (auto it = mentees.begin(); it != mentees.end(); ++it) {
            std::stable_sort(it->begin(), it->end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (auto& [position, person] : *it)
                data.pairs[it.key()].mentees << std::move(person);
        }
        sql::Cursor e(db, u"SELECT pair_id, "_s + record::eventColumns() + u" FROM pair_event ORDER BY pair_id, position, id"_s);
        while (e.next()) {
            if (const qsizetype i = pairIndex.value(e.text(0), -1); i >= 0)
                data.pairs[i].events << record::readEvent(e, 1, false);
        }
        if (!e.status())
            return failure(tr("events of pairs"), e.status());
        // Only what can be a deadline: not done, not cancelled, due by the horizon (the
        // terms of the index plan_item_open). They come by due date and are put in their
        // plans' order here: sorted by SQL, every row would go through a temporary b-tree.
        sql::Cursor items(db,
                          u"SELECT pair_id, position, "_s + record::planItemColumns()
                              + u" FROM plan_item WHERE done IS NULL AND status NOT IN ('done', 'cancelled') AND due "
                                "IS NOT NULL AND due <= ?"_s,
                          {horizon});
        struct Open
        {
            qsizetype pair;
            qint64 position;
            PlanItem item;
        };
        std::vector<Open> open;
        while (items.next()) {
            if (const qsizetype i = pairIndex.value(items.text(0), -1); i >= 0)
                open.push_back({i, items.integer(1), record::readPlanItem(items, 2, false)});
        }
        if (!items.status())
            return failure(tr("plans"), items.status());
        std::sort(open.begin(), open.end(), [](const Open& a, const Open& b) {
            return std::tie(a.pair, a.position, a.item.rowId) < std::tie(b.pair, b.position, b.item.rowId);
        });
        for (Open& o : open)
            data.pairs[o.pair].planItems << std::move(o.item);
        return Status::success();
    };

    // The people by name, with their credentials: those of the pairs (mentors at the start and
    // by replacement, mentees) and the responsibles of the roadmap activities are among them.
    // All of them: one pass over the table costs a fifth of picking those of the window by
    // their ids in SQL, and the part runs beside the pairs'.
    const sql::ReadPart people = [&](const QSqlDatabase& db) -> Status {
        // The credentials first, by holder: a few thousand people hold them, and the tens of
        // thousands of people are then read in one pass into a list of the right size,
        // without an index of their own.
        QHash<QString, QList<Credential>> credentials;
        sql::Cursor c(db, u"SELECT person_id, "_s + record::credentialColumns() + u" FROM credential ORDER BY person_id, position, id"_s);
        while (c.next())
            credentials[c.text(0)] << record::readCredential(c, 1, false);
        if (!c.status())
            return failure(tr("documents of people"), c.status());
        sql::Cursor count(db, u"SELECT count(*) FROM person"_s);
        if (count.next())
            data.people.reserve(count.integer(0));
        if (!count.status())
            return failure(tr("people"), count.status());
        sql::Cursor p(db, u"SELECT id, last_name, first_name, middle_name FROM person ORDER BY rowid"_s);
        while (p.next()) {
            Person person;
            person.id = p.text(0);
            person.lastName = p.text(1);
            person.firstName = p.text(2);
            person.middleName = p.text(3);
            if (!credentials.isEmpty())
                person.credentials = credentials.take(person.id);
            data.people << std::move(person);
        }
        if (!p.status())
            return failure(tr("people"), p.status());
        return Status::success();
    };

    // The organisation's profile, the roadmaps (their activities are deadlines too), the
    // calendar and the profiles.
    const sql::ReadPart settings = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT profile FROM organization WHERE id = 1"_s))
            return failure(tr("organisation"), Status::failure(sql::errorText(q)));
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
