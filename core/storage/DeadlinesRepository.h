#pragma once

#include "rules/Deadlines.h"
#include "storage/ValidationRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace nastavnik {

/// What «Сегодня» needs from a database, and nothing more: the input of `Deadlines::collect`
/// read by targeted queries in three parts side by side (ParallelRead.h), the bulk of the rows
/// through sql::Cursor, so that the section opens at once even with tens of thousands of
/// people.
///
/// `data` holds only the pairs `Deadlines::collect` may look at (started by the horizon and
/// not ended before the recent window), with their mentees and events; of their plans only
/// the items not done and due by the horizon; the people with their names and credentials
/// (the other columns are left empty); the roadmaps; no consents, orders or meetings. For the
/// same `today`, `Deadlines::collect` gives on it exactly what it gives on the whole database.
class DeadlinesRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesRepository)

public:
    explicit DeadlinesRepository(const QSqlDatabase& db);

    /// The reduced data, the calendar and the organisation's active profile (`profiles`
    /// holds the built-in ones and the custom ones). The windows are those of
    /// `Deadlines::collect`.
    Result<ValidationInput> load(const QDate& today, int horizonDays = Deadlines::kHorizonDays,
                                 int recentDays = Deadlines::kRecentDays) const;

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
