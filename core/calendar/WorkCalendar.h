#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace nastavnik {

/// The working-day data of one year, as a Government decree on transfers of days off gives
/// it. The lists are complete for the year: a weekday is working unless it is in
/// `nonWorking`; a Saturday or Sunday is a day off unless it is in `working`.
struct CalendarYear
{
    enum class Origin {
        BuiltIn,  ///< shipped with the application (resources/calendar/decrees.json)
        User,     ///< entered by the user, stored in the database
        Computed, ///< no decree data: Labour Code art. 112 alone (unconfirmed)
    };

    int year = 0;
    QList<QDate> nonWorking; ///< holidays and transferred days off that fall Monday–Friday
    QList<QDate> working;    ///< Saturdays and Sundays made working days
    QString source;          ///< the decree, e.g. «Постановление Правительства РФ от 04.10.2024 № 1335»
    Origin origin = Origin::User;

    bool operator==(const CalendarYear&) const = default;
};

/// The working-day calendar of the Russian Federation.
///
/// Labour Code art. 112 gives the non-working holidays and moves a day off that coincides
/// with a holiday to the next working day — except for the January holidays (1–8 January),
/// whose coincidences only the Government's yearly decree moves. Years with decree data
/// (built in, or entered by the user, which overrides the built-in data of that year) are
/// *confirmed*; any other year falls back to art. 112 alone and is unconfirmed, so a deadline
/// that lands in it must be shown as such.
///
/// Deadlines of "N working days after an event" count from the day after the event (Civil
/// Code art. 191). Working days are precomputed for a wide range of years, so every query
/// is O(1); the object is cheap to copy (shared, immutable data).
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    /// The built-in decree data (2025, 2026, …) and art. 112 for every other year.
    WorkCalendar();

    /// This calendar with `years` entered by the user added; each replaces the data of its
    /// year. The years are expected to be valid (see `validate`); invalid dates are ignored.
    WorkCalendar withUserYears(const QList<CalendarYear>& years) const;

    /// Art. 112 alone for every year: no decree data at all.
    static WorkCalendar withoutDecrees();

    bool isWorkingDay(const QDate& date) const;

    /// The date `n` working days after `date`, counting from the day after it: n = 1 is the
    /// first working day after `date`. A negative `n` gives the |n|-th working day before
    /// `date`; n = 0 returns `date` itself. Invalid for an invalid `date`.
    QDate addWorkingDays(const QDate& date, int n) const;

    /// The number of working days in (a, b]; negative (the count in (b, a]) when b < a.
    int workingDaysBetween(const QDate& a, const QDate& b) const;

    /// True when decree data (built-in or the user's) exists for `year`.
    bool isConfirmed(int year) const;
    /// True when `date` is valid and its year is confirmed.
    bool isConfirmed(const QDate& date) const;
    /// True when every year of the working days counted from `from` to `to` (the days after
    /// `from` up to `to`, or the other way round) is confirmed: a deadline computed over
    /// them is final.
    bool isConfirmedSpan(const QDate& from, const QDate& to) const;

    /// The data of `year`: the decree's (origin BuiltIn or User), or what art. 112 alone gives
    /// (origin Computed) — a starting point when the user enters a new year.
    CalendarYear yearData(int year) const;

    /// The years with decree data, ascending.
    QList<int> confirmedYears() const;

    /// The non-working holidays of art. 112 in `year` (whatever day of the week they fall on).
    static QList<QDate> holidays(int year);
    static bool isHoliday(const QDate& date);

    /// The year as art. 112 alone gives it (origin Computed).
    static CalendarYear article112(int year);

    /// The problems of a user-entered year, each a sentence naming the date; empty when valid.
    static QStringList validate(const CalendarYear& year);

    /// The built-in decree data (from the resource file), ascending by year.
    static QList<CalendarYear> builtInYears();

    struct Data;

private:
    explicit WorkCalendar(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace nastavnik
