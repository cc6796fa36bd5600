#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// How far an individual plan has got.
struct PlanProgress
{
    int done = 0; ///< items done
    int total = 0; ///< items that count: all but the cancelled ones
    int overdue = 0; ///< items due before today and neither done nor cancelled

    /// 0–100; 0 for a plan without items.
    int percent() const { return total > 0 ? done * 100 / total : 0; }
    bool operator==(const PlanProgress&) const = default;
};

/// The individual plan of a pair (002 4.4, 004 4.1, 001 8): its items, their order, the
/// approval date. Items keep their storage ids across saves, so that reordering and editing
/// never lose what was recorded.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(const QSqlDatabase& db);

    /// Every problem of the plan as a sentence naming the item; empty when it can be saved.
    static QStringList validate(const QList<PlanItem>& items);

    /// Stores the plan of `pairId` as given: items in this order (new ones — rowId 0 — are
    /// added, missing ones removed), `hasPlan` and the approval date. One transaction.
    /// Returns the items with their storage ids.
    Result<QList<PlanItem>>
    save(const QString& pairId, bool hasPlan, const QDate& approved, QList<PlanItem> items);

    /// Done, total and overdue items on `today` of a pair ending on `end` (invalid: no end).
    static PlanProgress progress(const QList<PlanItem>& items, const QDate& today, const QDate& end = {});
    /// Due before `today`, not done and not cancelled; an item due after the pair's `end`
    /// (a pair completed early) is never overdue: its date was not reached.
    static bool isOverdue(const PlanItem& item, const QDate& today, const QDate& end = {});
    /// Done: the status says so or a done date is recorded.
    static bool isDone(const PlanItem& item);

    /// The items of another pair's plan for a pair starting on `toStart`: due dates shifted by
    /// the difference of the starts, everything recorded about their execution cleared.
    static QList<PlanItem> copied(const QList<PlanItem>& items, const QDate& fromStart, const QDate& toStart);

    /// The date the plan is due under the profile (N working days after the start), or an
    /// invalid date when the profile sets no deadline.
    static QDate deadline(const QDate& start, const Profile& profile, const WorkCalendar& calendar);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
