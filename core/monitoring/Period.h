#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace nastavnik {

/// A period the monitoring is computed for, written as a short code:
///
/// | code                     | period                                         |
/// |--------------------------|------------------------------------------------|
/// | `2026-H1`                | the first half of 2026: 01.01.2026–30.06.2026  |
/// | `2026-H2`                | the second half of 2026: 01.07.2026–31.12.2026 |
/// | `2026/2027`              | the school year: 01.09.2026–31.08.2027         |
/// | `2026`                   | the calendar year                              |
/// | `2026-09-01..2026-12-31` | any days, both included                        |
///
/// Half-years are calendar half-years (002 8.2: the evaluation «1 раз в полугодие»): the second
/// half of a year holds the first months of a school year, the first half its end.
struct Period
{
    enum class Kind { HalfYear, SchoolYear, CalendarYear, Custom };

    Kind kind = Kind::Custom;
    QDate from;
    QDate to;

    /// Nothing for a code that is none of the forms above, or an end before the start.
    static std::optional<Period> parse(const QString& code);
    static Period halfYear(int year, int half);
    static Period schoolYear(int startYear);
    static Period calendarYear(int year);
    static Period custom(const QDate& from, const QDate& to);
    /// The half-year that contains `date`.
    static Period halfYearOf(const QDate& date);
    /// The school year that contains `date` (from 1 September).
    static Period schoolYearOf(const QDate& date);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& date) const { return date.isValid() && from <= date && date <= to; }
    /// True when something that lasts from `start` to `end` (invalid end: still going) meets the period.
    bool overlaps(const QDate& start, const QDate& end) const;
    /// The code, e.g. "2026-H2".
    QString code() const;
    /// The period before this one of the same kind (and the same length for a custom one).
    Period previous() const;
    /// «2nd half of 2026» in the UI language.
    QString label() const;
    /// «II полугодие 2026 г.», «2026/2027 учебный год», «с 01.09.2026 по 31.12.2026»: documents.
    QString russianLabel() const;

    bool operator==(const Period&) const = default;
};

} // namespace nastavnik
