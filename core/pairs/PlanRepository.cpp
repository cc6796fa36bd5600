#include "pairs/PlanRepository.h"

#include "domain/Vocabulary.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

PlanRepository::PlanRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

bool PlanRepository::isDone(const PlanItem& item)
{
    return item.status == u"done" || (item.done.isValid() && item.status != u"cancelled");
}

bool PlanRepository::isOverdue(const PlanItem& item, const QDate& today, const QDate& end)
{
    return item.due.isValid() && item.due < today && (!end.isValid() || item.due <= end) && !isDone(item)
        && item.status != u"cancelled";
}

PlanProgress PlanRepository::progress(const QList<PlanItem>& items, const QDate& today, const QDate& end)
{
    PlanProgress p;
    for (const PlanItem& item : items) {
        if (item.status == u"cancelled")
            continue;
        ++p.total;
        if (isDone(item))
            ++p.done;
        else if (isOverdue(item, today, end))
            ++p.overdue;
    }
    return p;
}

QList<PlanItem>
PlanRepository::copied(const QList<PlanItem>& items, const QDate& fromStart, const QDate& toStart)
{
    const qint64 shift = fromStart.isValid() && toStart.isValid() ? fromStart.daysTo(toStart) : 0;
    QList<PlanItem> result;
    result.reserve(items.size());
    for (const PlanItem& from : items) {
        PlanItem item;
        item.title = from.title;
        item.expected = from.expected;
        item.due = from.due.isValid() ? from.due.addDays(shift) : QDate();
        result << item;
    }
    return result;
}

QDate PlanRepository::deadline(const QDate& start, const Profile& profile, const WorkCalendar& calendar)
{
    if (!start.isValid() || !profile.planDeadlineDays.value)
        return {};
    return calendar.addWorkingDays(start, *profile.planDeadlineDays.value);
}

QStringList PlanRepository::validate(const QList<PlanItem>& items)
{
    QStringList problems;
    for (int i = 0; i < items.size(); ++i) {
        const PlanItem& item = items.at(i);
        const QString which = item.title.trimmed().isEmpty()
            ? tr("item %1").arg(i + 1)
            : tr("item %1 «%2»").arg(i + 1).arg(item.title.trimmed());
        if (item.title.trimmed().isEmpty())
            problems << tr("Plan, item %1: describe the activity, or remove the empty item.").arg(i + 1);
        if (!vocabulary::contains(Vocab::PlanItemStatus, item.status))
            problems << tr("Plan, %1: the status «%2» is unknown.").arg(which, item.status);
    }
    return problems;
}

Result<QList<PlanItem>>
PlanRepository::save(const QString& pairId, bool hasPlan, const QDate& approved, QList<PlanItem> items)
{
    for (PlanItem& item : items) {
        item.title = item.title.trimmed();
        item.expected = item.expected.trimmed();
        item.result = item.result.trimmed();
        // A done date means done.
        if (item.done.isValid() && item.status != u"cancelled")
            item.status = u"done"_s;
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM pair WHERE id = ?"_s);
    q.addBindValue(pairId);
    if (!q.exec() || !q.next())
        return Result<QList<PlanItem>>::failure(
            tr("The pair «%1» is not in the database (it may have been deleted).").arg(pairId));
    if (const QStringList problems = validate(items); !problems.isEmpty())
        return Result<QList<PlanItem>>::failure(problems.join(u' '));

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<QList<PlanItem>>::failure(tx.error());
    auto failed = [](const QSqlQuery& query) {
        return Result<QList<PlanItem>>::failure(
            tr("The plan could not be saved: %1").arg(sql::errorText(query)));
    };
    q.prepare(u"UPDATE pair SET has_plan = ?, plan_approved = ? WHERE id = ?"_s);
    q.addBindValue(hasPlan || !items.isEmpty());
    q.addBindValue(sql::date(approved));
    q.addBindValue(pairId);
    if (!q.exec())
        return failed(q);

    QSet<qint64> keep;
    for (const PlanItem& item : std::as_const(items)) {
        if (item.rowId)
            keep.insert(item.rowId);
    }
    QSqlQuery existing(m_db);
    existing.prepare(u"SELECT id FROM plan_item WHERE pair_id = ?"_s);
    existing.addBindValue(pairId);
    if (!existing.exec())
        return failed(existing);
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM plan_item WHERE id = ?"_s);
    QSet<qint64> present;
    while (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        present.insert(id);
        if (!keep.contains(id)) {
            del.addBindValue(id);
            if (!del.exec())
                return failed(del);
        }
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO plan_item (pair_id, position, title, expected, due, done, result, status) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE plan_item SET position = ?, title = ?, expected = ?, due = ?, done = ?, result = ?, "
        "status = ? WHERE id = ? AND pair_id = ?"_s);
    for (int i = 0; i < items.size(); ++i) {
        PlanItem& item = items[i];
        // An id of another pair (or of a row deleted meanwhile) is stored as a new item.
        if (item.rowId && present.contains(item.rowId)) {
            update.addBindValue(i);
            update.addBindValue(sql::text(item.title));
            update.addBindValue(sql::text(item.expected));
            update.addBindValue(sql::date(item.due));
            update.addBindValue(sql::date(item.done));
            update.addBindValue(sql::text(item.result));
            update.addBindValue(sql::text(item.status));
            update.addBindValue(item.rowId);
            update.addBindValue(pairId);
            if (!update.exec())
                return failed(update);
        } else {
            insert.addBindValue(pairId);
            insert.addBindValue(i);
            insert.addBindValue(sql::text(item.title));
            insert.addBindValue(sql::text(item.expected));
            insert.addBindValue(sql::date(item.due));
            insert.addBindValue(sql::date(item.done));
            insert.addBindValue(sql::text(item.result));
            insert.addBindValue(sql::text(item.status));
            if (!insert.exec())
                return failed(insert);
            item.rowId = insert.lastInsertId().toLongLong();
        }
    }
    if (Status s = tx.commit(); !s)
        return Result<QList<PlanItem>>::failure(s.error());
    return items;
}

} // namespace nastavnik
