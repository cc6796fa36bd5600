#include "models/PairsQuery.h"

#include "domain/Dataset.h"
#include "domain/Vocabulary.h"
#include "models/PairSql.h"
#include "rules/RuleSupport.h"
#include "storage/PeopleRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Dates.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

// Every statement binds today's date once, in a one-row table the expressions read.
const QString kWithToday = u"WITH params(today) AS (SELECT ?) "_s;
const QString kToday = u"(SELECT today FROM params)"_s;

QString mentorExpr()
{
    return pairsql::mentorOn(u"p"_s, kToday);
}

// The codes of PairStatus, in SQL: the same definition as statusOf() below.
QString statusExpr()
{
    return u"(CASE WHEN p.start IS NULL OR p.start > %1 THEN %2 "
           "WHEN (p.actual_end IS NOT NULL AND p.actual_end <= %1) OR COALESCE(%3, '9999-12-31') < %1 THEN "
           "(CASE WHEN EXISTS (SELECT 1 FROM pair_event e WHERE e.pair_id = p.id AND e.type = "
           "'early_completion') "
           "THEN %5 ELSE %4 END) ELSE %6 END)"_s.arg(kToday)
               .arg(int(PairStatus::Planned))
               .arg(pairsql::end(u"p"_s))
               .arg(int(PairStatus::Completed))
               .arg(int(PairStatus::CompletedEarly))
               .arg(int(PairStatus::Active));
}

// Done and counted items as PlanRepository::isDone / progress define them.
const QString kItemDone = u"(i.status = 'done' OR (i.done IS NOT NULL AND i.status <> 'cancelled'))"_s;
const QString kItemCounted = u"(i.status <> 'cancelled')"_s;
// Overdue as PlanRepository::isOverdue: an item due after the end of its pair `p` never is.
QString itemOverdue()
{
    return u"(i.due < "_s + kToday + u" AND i.due <= COALESCE("_s + pairsql::end(u"p"_s)
        + u", '9999-12-31') AND i.done IS NULL AND i.status NOT IN ('done', 'cancelled'))"_s;
}

QString lastMeetingExpr()
{
    return u"(SELECT max(m.date) FROM meeting m WHERE m.pair_id = p.id AND m.date <= "_s + kToday + u")"_s;
}

/// The forms in the order of their labels, as ",code,code," for instr().
QString formsByLabel()
{
    QStringList forms = vocabulary::codes(Vocab::PairForm);
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) {
        return vocabulary::label(Vocab::PairForm, a).localeAwareCompare(vocabulary::label(Vocab::PairForm, b))
            < 0;
    });
    return u","_s + forms.join(u',') + u","_s;
}

QString capitalized(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

} // namespace

QString PairRow::menteesText(int limit) const
{
    return rulesupport::listOf(menteeNames, limit);
}

PairsQuery::PairsQuery(const QSqlDatabase& db, const QDate& today)
    : m_db(db)
    , m_today(today)
{
}

QString PairsQuery::statusLabel(PairStatus status)
{
    switch (status) {
    case PairStatus::Planned:
        return tr("planned");
    case PairStatus::Active:
        return tr("active");
    case PairStatus::Completed:
        return tr("completed");
    case PairStatus::CompletedEarly:
        return tr("completed early");
    }
    return {};
}

PairStatus PairsQuery::statusOf(const Pair& pair, const QDate& today)
{
    if (!pair.start.isValid() || pair.start > today)
        return PairStatus::Planned;
    const QDate end = pair.end();
    if ((pair.actualEnd.isValid() && pair.actualEnd <= today) || (end.isValid() && end < today))
        return pair.completedEarly() ? PairStatus::CompletedEarly : PairStatus::Completed;
    return PairStatus::Active;
}

Result<QList<qint64>> PairsQuery::find(const PairsFilter& filter, SortKey key, Qt::SortOrder order) const
{
    QStringList where;
    QVariantList binds { dates::toIso(m_today) };

    // The people each typed word finds, read once per word (a table of its own in WITH).
    QString with = kWithToday;
    const QStringList words = PeopleRepository::foldForSearch(filter.text).split(u' ', Qt::SkipEmptyParts);
    for (int w = 0; w < words.size(); ++w) {
        const QString word = words.at(w);
        const QString hits = u"w%1"_s.arg(w);
        // instr, not LIKE: what people type may contain % or _. Titles keep their case.
        with += u", %1(id) AS MATERIALIZED (SELECT id FROM person WHERE instr(search_text, ?) > 0) "_s.arg(
            hits);
        binds << word;
        where << u"(p.mentor_id IN %1 OR p.id IN (SELECT pair_id FROM pair_event WHERE new_mentor_id IN %1) "
                 "OR p.id IN (SELECT pair_id FROM pair_mentee WHERE person_id IN %1) "
                 "OR instr(p.title, ?) > 0 OR instr(p.title, ?) > 0 OR p.id = ?)"_s.arg(hits);
    }
    for (const QString& word : words)
        binds << word << capitalized(word) << word;
    if (!filter.form.isEmpty()) {
        where << u"p.form = ?"_s;
        binds << filter.form;
    }
    switch (filter.status) {
    case PairsFilter::Status::Any:
        break;
    case PairsFilter::Status::Planned:
        where << statusExpr() + u" = "_s + QString::number(int(PairStatus::Planned));
        break;
    case PairsFilter::Status::Active:
        where << statusExpr() + u" = "_s + QString::number(int(PairStatus::Active));
        break;
    case PairsFilter::Status::Completed:
        where << statusExpr() + u" IN ("_s + QString::number(int(PairStatus::Completed)) + u", "_s
                + QString::number(int(PairStatus::CompletedEarly)) + u")"_s;
        break;
    case PairsFilter::Status::CompletedEarly:
        where << statusExpr() + u" = "_s + QString::number(int(PairStatus::CompletedEarly));
        break;
    }
    if (!filter.mentor.isEmpty()) {
        where << mentorExpr() + u" = ?"_s;
        binds << filter.mentor;
    }
    if (filter.overduePlan)
        where << u"EXISTS (SELECT 1 FROM plan_item i WHERE i.pair_id = p.id AND "_s + itemOverdue() + u")"_s;
    if (filter.noMeetingDays > 0) {
        where << statusExpr() + u" = "_s + QString::number(int(PairStatus::Active));
        where << u"COALESCE("_s + lastMeetingExpr() + u", p.start) < ?"_s;
        binds << dates::toIso(m_today.addDays(-filter.noMeetingDays));
    }

    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QString orderBy;
    switch (key) {
    case SortKey::Number:
        orderBy = u"p.title <> ''"_s + direction + u", p.title"_s + direction + u", length(p.id)"_s
            + direction + u", p.id"_s + direction;
        break;
    case SortKey::Form:
        orderBy = u"instr(?, ',' || p.form || ',')"_s + direction;
        break;
    case SortKey::Mentor:
        orderBy = u"(SELECT x.search_text FROM person x WHERE x.id = "_s + mentorExpr() + u")"_s + direction;
        break;
    case SortKey::Mentees:
        orderBy = u"(SELECT x.search_text FROM pair_mentee pm JOIN person x ON x.id = pm.person_id WHERE "
                  "pm.pair_id = p.id ORDER BY pm.position LIMIT 1)"_s
            + direction;
        break;
    case SortKey::Start:
        orderBy = u"p.start IS NULL, p.start"_s + direction;
        break;
    case SortKey::End:
        orderBy = u"COALESCE("_s + pairsql::end(u"p"_s) + u", '9999-12-31')"_s + direction;
        break;
    case SortKey::Status:
        orderBy = statusExpr() + direction;
        break;
    case SortKey::Plan:
        // One subquery; pairs without a plan go last either way (beyond 0–1 on the side sorted last).
        orderBy = u"(SELECT CASE WHEN sum("_s + kItemCounted + u") > 0 THEN 1.0 * sum("_s + kItemDone
            + u") / sum("_s + kItemCounted + u") ELSE "_s + (order == Qt::AscendingOrder ? u"2"_s : u"-1"_s)
            + u" END FROM plan_item i WHERE i.pair_id = p.id)"_s + direction;
        break;
    case SortKey::LastMeeting:
        orderBy = lastMeetingExpr() + u" IS NULL, "_s + lastMeetingExpr() + direction;
        break;
    }
    QString text = with + u"SELECT p.rowid, p.id FROM pair p"_s;
    if (!where.isEmpty())
        text += u" WHERE "_s + where.join(u" AND "_s);
    // Ties keep the natural order of the numbers (g2 before g10).
    text += u" ORDER BY "_s + orderBy;
    if (key != SortKey::Number)
        text += u", length(p.id), p.id"_s;
    if (key == SortKey::Form)
        binds << formsByLabel();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return Result<QList<qint64>>::failure(
            tr("The list of pairs could not be read: %1").arg(sql::errorText(q)));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<qint64>>::failure(
            tr("The list of pairs could not be read: %1").arg(sql::errorText(q)));
    QList<qint64> ids;
    while (q.next()) {
        if (filter.onlyWithFindings && !filter.findingPairs.contains(q.value(1).toString()))
            continue;
        ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QList<PairRow>> PairsQuery::rows(const QList<qint64>& rowIds) const
{
    QList<PairRow> result;
    if (rowIds.isEmpty())
        return result;
    const QString marks = QStringList(rowIds.size(), u"?"_s).join(u", "_s);
    auto failed = [](const QSqlQuery& q) {
        return Result<QList<PairRow>>::failure(
            tr("The list of pairs could not be read: %1").arg(sql::errorText(q)));
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kWithToday
              + u"SELECT p.rowid, p.id, p.title, p.form, m.id, m.last_name, m.first_name, m.middle_name, "
                "p.start, "_s
              + pairsql::end(u"p"_s) + u", "_s + statusExpr() + u", "_s + lastMeetingExpr()
              + u" FROM pair p LEFT JOIN person m ON m.id = "_s + mentorExpr() + u" WHERE p.rowid IN ("_s
              + marks + u")"_s);
    q.addBindValue(dates::toIso(m_today));
    for (qint64 id : rowIds)
        q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    QHash<qint64, PairRow> byRowId;
    QHash<QString, qint64> rowIdOfPair;
    byRowId.reserve(rowIds.size());
    while (q.next()) {
        PairRow r;
        r.rowId = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.title = q.value(2).toString();
        r.form = q.value(3).toString();
        r.mentorId = q.value(4).toString();
        Person mentor;
        mentor.lastName = q.value(5).toString();
        mentor.firstName = q.value(6).toString();
        mentor.middleName = q.value(7).toString();
        r.mentorName = mentor.shortName();
        r.start = sql::toDate(q.value(8));
        r.end = sql::toDate(q.value(9));
        r.status = PairStatus(q.value(10).toInt());
        r.lastMeeting = sql::toDate(q.value(11));
        rowIdOfPair.insert(r.id, r.rowId);
        byRowId.insert(r.rowId, r);
    }
    QStringList pairIds = rowIdOfPair.keys();
    if (!pairIds.isEmpty()) {
        const QString in = u" IN ("_s + QStringList(pairIds.size(), u"?"_s).join(u", "_s) + u")"_s;
        q.prepare(u"SELECT pm.pair_id, x.id, x.last_name, x.first_name, x.middle_name FROM pair_mentee pm "
                  "JOIN person x ON x.id = pm.person_id WHERE pm.pair_id"_s
                  + in + u" ORDER BY pm.pair_id, pm.position"_s);
        for (const QString& id : std::as_const(pairIds))
            q.addBindValue(id);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            PairRow& r = byRowId[rowIdOfPair.value(q.value(0).toString())];
            Person mentee;
            mentee.lastName = q.value(2).toString();
            mentee.firstName = q.value(3).toString();
            mentee.middleName = q.value(4).toString();
            r.menteeIds << q.value(1).toString();
            r.menteeNames << mentee.shortName();
        }
        q.prepare(kWithToday + u"SELECT i.pair_id, sum("_s + kItemDone + u"), sum("_s + kItemCounted
                  + u"), sum("_s + itemOverdue()
                  + u") FROM plan_item i JOIN pair p ON p.id = i.pair_id WHERE i.pair_id"_s + in
                  + u" GROUP BY i.pair_id"_s);
        q.addBindValue(dates::toIso(m_today));
        for (const QString& id : std::as_const(pairIds))
            q.addBindValue(id);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            PairRow& r = byRowId[rowIdOfPair.value(q.value(0).toString())];
            r.planDone = q.value(1).toInt();
            r.planTotal = q.value(2).toInt();
            r.planOverdue = q.value(3).toInt();
        }
    }
    result.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (auto it = byRowId.constFind(id); it != byRowId.cend())
            result << *it;
    }
    return result;
}

qint64 PairsQuery::rowIdOf(const QString& pairId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT rowid FROM pair WHERE id = ?"_s);
    q.addBindValue(pairId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

int PairsQuery::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM pair"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

QMap<PairStatus, int> PairsQuery::statusCounts() const
{
    QMap<PairStatus, int> counts;
    for (PairStatus s :
         { PairStatus::Planned, PairStatus::Active, PairStatus::Completed, PairStatus::CompletedEarly })
        counts.insert(s, 0);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kWithToday + u"SELECT "_s + statusExpr() + u", count(*) FROM pair p GROUP BY 1"_s);
    q.addBindValue(dates::toIso(m_today));
    if (q.exec()) {
        while (q.next())
            counts.insert(PairStatus(q.value(0).toInt()), q.value(1).toInt());
    }
    return counts;
}

} // namespace nastavnik
