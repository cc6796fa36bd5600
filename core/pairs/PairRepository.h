#pragma once

#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// One step of a pair's history, for the timeline of the pair editor.
struct HistoryEntry
{
    enum class Kind
    {
        Approved, ///< an order approving the pair
        Started, ///< mentoring starts
        PlanApproved, ///< the individual plan was approved
        Replacement, ///< the mentor was replaced
        Extension, ///< the term was extended
        EarlyCompletion, ///< mentoring ended early
        Completed, ///< mentoring ended (actual end)
        PlannedEnd, ///< the end still ahead
        Report, ///< the mentor's report was submitted
        Questionnaire, ///< the mentee's questionnaire was received
    };

    QDate date;
    Kind kind = Kind::Started;
    QString text; ///< one sentence in the UI language, names as plain text
    QString orderId; ///< the order of the step, if any
    QStringList people; ///< the people the step names (ids), in the order of the text
    bool future = false; ///< after today: still ahead

    bool operator==(const HistoryEntry&) const = default;
};

/// Pairs and groups: loading one with everything it has, creating and changing its own
/// fields (form, mentor, mentees, term, title, note, approving order), deleting it, and its
/// history. The plan, the meetings and the lifecycle events have repositories of their own
/// (PlanRepository, MeetingRepository, PairLifecycle). Every write is one transaction.
class PairRepository
{
    Q_DECLARE_TR_FUNCTIONS(PairRepository)

public:
    explicit PairRepository(const QSqlDatabase& db);

    /// The pair with its mentees, plan items, events and meetings.
    Result<Pair> load(const QString& id) const;
    bool exists(const QString& id) const;

    /// Every problem of the pair's own fields as a sentence that says what to do; empty when
    /// it can be saved under `profile`. People added to the pair must exist and not be
    /// archived; the form must be one of the profile's (unless it is the form stored).
    QStringList validate(const Pair& pair, const Profile& profile) const;

    /// Inserts (an empty id gets a new one, «g12») or updates the pair's own fields and its
    /// mentees. Plan, meetings, events, the actual end and the report dates are left as they
    /// are. When `pair.order` is a draft approving order that does not list the pair yet, the
    /// pair is added to it. Returns the id.
    Result<QString> save(Pair pair, const Profile& profile);

    /// The orders that list the pair or its events, as «№ 41-о от 15.09.2026» (empty: none).
    QStringList ordersOf(const QString& id) const;
    /// Deletes the pair with its plan, meetings and events. Refused, with the orders named,
    /// when an order lists the pair or one of its events (the journal keeps orders).
    Status remove(const QString& id);

    /// The pair's history, oldest first: approval, start, plan, replacements, extensions,
    /// completion, report. `today` marks the steps still ahead.
    Result<QList<HistoryEntry>> history(const QString& id, const QDate& today) const;
    /// The same from data already in memory: `orders` and `people` hold at least those the
    /// pair refers to (missing ones are named by id).
    static QList<HistoryEntry>
    history(const Pair& pair, const QList<Order>& orders, const QList<Person>& people, const QDate& today);

    /// The approving orders a pair may be linked to: every `pairs_approval` order, newest first,
    /// without their pairs and people (a choice shows their labels).
    Result<QList<Order>> approvalOrders() const;

    /// «Приказ № 41-о от 15.09.2026» in the UI language.
    static QString orderLabel(const Order& order);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
