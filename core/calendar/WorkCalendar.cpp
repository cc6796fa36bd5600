#include "calendar/WorkCalendar.h"

#include "util/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik {

namespace {

// Working days are precomputed for these years; dates outside are computed day by day.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

/// 1–8 January: a day off that coincides with one of them is moved only by the yearly decree
/// (art. 112 part 2 excepts the holidays of its paragraphs 2 and 3: New Year holidays and
/// Christmas).
bool isJanuaryHoliday(const QDate& d)
{
    return d.month() == 1 && d.day() <= 8;
}

/// The non-working days of `year` that fall Monday–Friday under art. 112 alone.
QList<QDate> article112NonWorkingWeekdays(int year)
{
    const QList<QDate> holidays = WorkCalendar::holidays(year);
    QSet<QDate> off(holidays.cbegin(), holidays.cend());
    // A holiday on a Saturday or Sunday moves that day off to the next working day after the
    // holiday, in calendar order, so that two coincidences in a row take two days.
    for (const QDate& h : holidays) {
        if (!isWeekend(h) || isJanuaryHoliday(h))
            continue;
        QDate next = h.addDays(1);
        while (isWeekend(next) || off.contains(next))
            next = next.addDays(1);
        off.insert(next);
    }
    QList<QDate> result;
    for (const QDate& d : std::as_const(off)) {
        if (!isWeekend(d))
            result << d;
    }
    std::sort(result.begin(), result.end());
    return result;
}

/// One flag per day of `year`: true for a working day.
std::vector<bool> yearMask(int year, const CalendarYear* decree)
{
    const QDate first(year, 1, 1);
    const int days = QDate::isLeapYear(year) ? 366 : 365;
    std::vector<bool> mask(std::size_t(days), false);
    for (int i = 0; i < days; ++i)
        mask[std::size_t(i)] = !isWeekend(first.addDays(i));
    const QList<QDate> nonWorking = decree ? decree->nonWorking : article112NonWorkingWeekdays(year);
    for (const QDate& d : nonWorking) {
        if (d.isValid() && d.year() == year)
            mask[std::size_t(first.daysTo(d))] = false;
    }
    if (decree) {
        for (const QDate& d : decree->working) {
            if (d.isValid() && d.year() == year)
                mask[std::size_t(first.daysTo(d))] = true;
        }
    }
    return mask;
}

QList<QDate> parseDates(const QJsonArray& array)
{
    QList<QDate> result;
    for (const QJsonValue& v : array)
        result << dates::parseIso(v.toString());
    return result;
}

} // namespace

struct WorkCalendar::Data
{
    QMap<int, CalendarYear> decrees;
    qint64 firstJd = 0;
    std::vector<bool> working;     // per day from firstJd
    std::vector<int> cumulative;   // cumulative[i] = working days among the first i days
    std::vector<int> workingDays;  // day offsets of the working days, ascending

    explicit Data(QMap<int, CalendarYear> years)
        : decrees(std::move(years))
        , firstJd(QDate(kFirstYear, 1, 1).toJulianDay())
    {
        for (int year = kFirstYear; year <= kLastYear; ++year) {
            const auto it = decrees.constFind(year);
            const std::vector<bool> mask = yearMask(year, it == decrees.cend() ? nullptr : &*it);
            working.insert(working.end(), mask.begin(), mask.end());
        }
        cumulative.resize(working.size() + 1);
        cumulative[0] = 0;
        for (std::size_t i = 0; i < working.size(); ++i) {
            cumulative[i + 1] = cumulative[i] + (working[i] ? 1 : 0);
            if (working[i])
                workingDays.push_back(int(i));
        }
    }

    /// The offset of `date` in the precomputed range, or -1 outside it.
    qint64 offset(const QDate& date) const
    {
        const qint64 i = date.toJulianDay() - firstJd;
        return (i >= 0 && i < qint64(working.size())) ? i : -1;
    }

    QDate dateAt(qint64 offset) const { return QDate::fromJulianDay(firstJd + offset); }

    /// Outside the precomputed range: the day computed from its year alone.
    bool isWorkingSlow(const QDate& date) const
    {
        const auto it = decrees.constFind(date.year());
        if (it != decrees.cend()) {
            if (isWeekend(date))
                return it->working.contains(date);
            return !it->nonWorking.contains(date);
        }
        if (isWeekend(date))
            return false;
        return !article112NonWorkingWeekdays(date.year()).contains(date);
    }

    bool isWorking(const QDate& date) const
    {
        const qint64 i = offset(date);
        return i >= 0 ? working[std::size_t(i)] : isWorkingSlow(date);
    }
};

namespace {

QMap<int, CalendarYear> builtInMap()
{
    QMap<int, CalendarYear> map;
    for (const CalendarYear& y : WorkCalendar::builtInYears())
        map.insert(y.year, y);
    return map;
}

std::shared_ptr<const WorkCalendar::Data> builtInData()
{
    static const std::shared_ptr<const WorkCalendar::Data> data =
        std::make_shared<const WorkCalendar::Data>(builtInMap());
    return data;
}

} // namespace

WorkCalendar::WorkCalendar()
    : d(builtInData())
{
}

WorkCalendar::WorkCalendar(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

WorkCalendar WorkCalendar::withUserYears(const QList<CalendarYear>& years) const
{
    if (years.isEmpty())
        return *this;
    QMap<int, CalendarYear> map = d->decrees;
    for (CalendarYear y : years) {
        y.origin = CalendarYear::Origin::User;
        map.insert(y.year, y);
    }
    return WorkCalendar(std::make_shared<const Data>(std::move(map)));
}

WorkCalendar WorkCalendar::withoutDecrees()
{
    static const std::shared_ptr<const Data> data = std::make_shared<const Data>(QMap<int, CalendarYear>());
    return WorkCalendar(data);
}

QList<CalendarYear> WorkCalendar::builtInYears()
{
    static const QList<CalendarYear> years = [] {
        QList<CalendarYear> result;
        QFile file(u":/calendar/decrees.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The built-in calendar data is missing from the resources");
            return result;
        }
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"years"_s).toArray();
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            CalendarYear y;
            y.year = o.value(u"year"_s).toInt();
            y.source = o.value(u"source"_s).toString();
            y.nonWorking = parseDates(o.value(u"non_working"_s).toArray());
            y.working = parseDates(o.value(u"working"_s).toArray());
            y.origin = CalendarYear::Origin::BuiltIn;
            if (const QStringList problems = WorkCalendar::validate(y); !problems.isEmpty()) {
                qWarning("Built-in calendar data for %d is invalid: %s", y.year, qPrintable(problems.join(u' ')));
                continue;
            }
            result << y;
        }
        std::sort(result.begin(), result.end(), [](const CalendarYear& a, const CalendarYear& b) { return a.year < b.year; });
        return result;
    }();
    return years;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && d->isWorking(date);
}

QDate WorkCalendar::addWorkingDays(const QDate& date, int n) const
{
    if (!date.isValid())
        return {};
    if (n == 0)
        return date;
    const qint64 i = d->offset(date);
    if (i >= 0) {
        if (n > 0) {
            // Working days in [first, date] precede the answer; it is the n-th after them.
            const qint64 k = qint64(d->cumulative[std::size_t(i) + 1]) + n - 1;
            if (k < qint64(d->workingDays.size()))
                return d->dateAt(d->workingDays[std::size_t(k)]);
        } else {
            const qint64 k = qint64(d->cumulative[std::size_t(i)]) + n;
            if (k >= 0)
                return d->dateAt(d->workingDays[std::size_t(k)]);
        }
    }
    // Beyond the precomputed years: walk day by day.
    const int step = n > 0 ? 1 : -1;
    int left = n > 0 ? n : -n;
    QDate day = date;
    while (left > 0) {
        day = day.addDays(step);
        if (d->isWorking(day))
            --left;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate& a, const QDate& b) const
{
    if (!a.isValid() || !b.isValid() || a == b)
        return 0;
    if (b < a)
        return -workingDaysBetween(b, a);
    const qint64 ia = d->offset(a);
    const qint64 ib = d->offset(b);
    if (ia >= 0 && ib >= 0)
        return d->cumulative[std::size_t(ib) + 1] - d->cumulative[std::size_t(ia) + 1];
    int count = 0;
    for (QDate day = a.addDays(1); day <= b; day = day.addDays(1)) {
        if (d->isWorking(day))
            ++count;
    }
    return count;
}

bool WorkCalendar::isConfirmed(int year) const
{
    return d->decrees.contains(year);
}

bool WorkCalendar::isConfirmed(const QDate& date) const
{
    return date.isValid() && isConfirmed(date.year());
}

bool WorkCalendar::isConfirmedSpan(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return false;
    // Counting starts the day after the event; the event's own day does not matter.
    const QDate first = from < to ? from.addDays(1) : to;
    const QDate last = from < to ? to : from.addDays(-1);
    for (int year = first.year(); year <= last.year(); ++year) {
        if (!isConfirmed(year))
            return false;
    }
    return isConfirmed(to);
}

CalendarYear WorkCalendar::yearData(int year) const
{
    const auto it = d->decrees.constFind(year);
    return it != d->decrees.cend() ? *it : article112(year);
}

QList<int> WorkCalendar::confirmedYears() const
{
    return d->decrees.keys();
}

QList<QDate> WorkCalendar::holidays(int year)
{
    QList<QDate> result;
    for (int day = 1; day <= 8; ++day)
        result << QDate(year, 1, day);
    result << QDate(year, 2, 23) << QDate(year, 3, 8) << QDate(year, 5, 1) << QDate(year, 5, 9)
           << QDate(year, 6, 12) << QDate(year, 11, 4);
    return result;
}

bool WorkCalendar::isHoliday(const QDate& date)
{
    if (!date.isValid())
        return false;
    const int m = date.month();
    const int day = date.day();
    return (m == 1 && day <= 8) || (m == 2 && day == 23) || (m == 3 && day == 8) || (m == 5 && (day == 1 || day == 9))
        || (m == 6 && day == 12) || (m == 11 && day == 4);
}

CalendarYear WorkCalendar::article112(int year)
{
    CalendarYear y;
    y.year = year;
    y.nonWorking = article112NonWorkingWeekdays(year);
    y.source = tr("Labour Code art. 112 (no decree data)");
    y.origin = CalendarYear::Origin::Computed;
    return y;
}

QStringList WorkCalendar::validate(const CalendarYear& y)
{
    QStringList problems;
    if (y.year < kFirstYear || y.year > kLastYear) {
        problems << tr("The year %1 is out of range: enter a year from %2 to %3.").arg(y.year).arg(kFirstYear).arg(kLastYear);
        return problems;
    }
    const QLocale locale;
    auto dayName = [&locale](const QDate& d) { return locale.dayName(d.dayOfWeek(), QLocale::LongFormat); };
    for (const QDate& d : y.nonWorking) {
        if (!d.isValid())
            problems << tr("A non-working day of %1 is not a valid date: use YYYY-MM-DD.").arg(y.year);
        else if (d.year() != y.year)
            problems << tr("The non-working day %1 is not in %2: list only dates of that year.").arg(dates::toDisplay(d)).arg(y.year);
        else if (isWeekend(d))
            problems << tr("The non-working day %1 is a %2: list only weekdays that are not worked (Saturdays and "
                           "Sundays are days off anyway).")
                            .arg(dates::toDisplay(d), dayName(d));
    }
    for (const QDate& d : y.working) {
        if (!d.isValid())
            problems << tr("A working weekend day of %1 is not a valid date: use YYYY-MM-DD.").arg(y.year);
        else if (d.year() != y.year)
            problems << tr("The working day %1 is not in %2: list only dates of that year.").arg(dates::toDisplay(d)).arg(y.year);
        else if (!isWeekend(d))
            problems << tr("The working day %1 is a %2: list only Saturdays and Sundays that are worked (weekdays are "
                           "working anyway).")
                            .arg(dates::toDisplay(d), dayName(d));
        else if (isHoliday(d))
            problems << tr("%1 is a public holiday (Labour Code art. 112) and cannot be a working day.").arg(dates::toDisplay(d));
    }
    // A decree moves days off; it never makes a public holiday a working day.
    const QSet<QDate> listed(y.nonWorking.cbegin(), y.nonWorking.cend());
    for (const QDate& h : holidays(y.year)) {
        if (!isWeekend(h) && !listed.contains(h))
            problems << tr("%1 (%2) is a public holiday (Labour Code art. 112): add it to the non-working days.")
                            .arg(dates::toDisplay(h), dayName(h));
    }
    return problems;
}

} // namespace nastavnik
