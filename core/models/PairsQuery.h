#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nastavnik {

/// Where a pair is in its life on a given day.
enum class PairStatus
{
    Planned, ///< starts later (or has no start yet)
    Active, ///< started and not ended
    Completed, ///< its end has passed, or its actual end is recorded and reached
    CompletedEarly, ///< completed, with an early completion in its history
};

/// What the list of pairs shows: every condition must hold.
struct PairsFilter
{
    enum class Status
    {
        Any,
        Planned,
        Active,
        Completed, ///< completed, early or not
        CompletedEarly, ///< completed early only
    };

    QString text; ///< words typed: each must occur in the name of a mentor or mentee, or the title
    QString form; ///< a PairForm code, empty for any
    Status status = Status::Any;
    QString mentor; ///< a person id: the pairs this person leads on today
    bool overduePlan = false; ///< only pairs with plan items past their due date
    /// Only pairs whose id is in `findingPairs` (the caller's findings of «Проверка»).
    bool onlyWithFindings = false;
    QSet<QString> findingPairs;
    /// > 0: only active pairs with no meeting in the last N days (none since the start counts).
    int noMeetingDays = 0;

    bool operator==(const PairsFilter&) const = default;
};

/// One line of the list of pairs.
struct PairRow
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QString form;
    QString mentorId; ///< leading the pair on today
    QString mentorName; ///< «Иванова М. П.»
    QStringList menteeIds;
    QStringList menteeNames; ///< short names, in the pair's order
    QDate start;
    QDate end; ///< Pair::end()
    PairStatus status = PairStatus::Planned;
    int planDone = 0;
    int planTotal = 0; ///< items that are not cancelled
    int planOverdue = 0;
    QDate lastMeeting; ///< the last meeting on or before today

    /// «Петров П. П., Сидорова А. А. и ещё 2».
    QString menteesText(int limit = 2) const;
};

/// Read-only queries over pairs and groups for the list: filtering and sorting in SQL with
/// `Pair::end()` and `Pair::mentorOn()` semantics (models/PairSql.h), so a list of 15,000 pairs
/// stays instant: `find` returns only storage ids in order, `rows` reads a page.
class PairsQuery
{
    Q_DECLARE_TR_FUNCTIONS(PairsQuery)

public:
    enum class SortKey
    {
        Number,
        Form,
        Mentor,
        Mentees,
        Start,
        End,
        Status,
        Plan,
        LastMeeting
    };

    /// `today` decides statuses, current mentors, overdue items and the last meeting.
    explicit PairsQuery(const QSqlDatabase& db, const QDate& today = QDate::currentDate());

    Result<QList<qint64>> find(const PairsFilter& filter,
                               SortKey key = SortKey::Number,
                               Qt::SortOrder order = Qt::AscendingOrder) const;
    /// The rows for `rowIds`, in that order (ids no longer present are skipped).
    Result<QList<PairRow>> rows(const QList<qint64>& rowIds) const;

    qint64 rowIdOf(const QString& pairId) const;
    /// The number of pairs in the database.
    int count() const;
    /// How many pairs of the database are in each status on today.
    QMap<PairStatus, int> statusCounts() const;

    /// The status label in the UI language («действует», «завершена досрочно»).
    static QString statusLabel(PairStatus status);
    /// The status of `pair` on `today`, as the list computes it in SQL.
    static PairStatus statusOf(const Pair& pair, const QDate& today);

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace nastavnik
