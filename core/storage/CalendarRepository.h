#pragma once

#include "calendar/WorkCalendar.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// The decree years the user entered (table `calendar_year`). Each overrides the built-in
/// data of its year; `loadCalendar()` is the calendar a database works with.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(const QSqlDatabase& db);

    /// The user-entered years, ascending (origin User).
    Result<QList<CalendarYear>> userYears() const;

    /// The built-in calendar with the user's years added.
    Result<WorkCalendar> loadCalendar() const;

    /// Adds or replaces the year, after `WorkCalendar::validate`; nothing changes on failure.
    /// Dates are stored sorted and without repeats.
    Status save(const CalendarYear& year);

    /// Removes the user's data of `year` (the built-in data, if any, applies again).
    Status remove(int year);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
