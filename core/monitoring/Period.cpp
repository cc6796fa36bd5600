#include "monitoring/Period.h"

#include "util/Dates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

class PeriodText
{
    Q_DECLARE_TR_FUNCTIONS(Period)
};

} // namespace

Period Period::halfYear(int year, int half)
{
    Period p;
    p.kind = Kind::HalfYear;
    p.from = QDate(year, half == 1 ? 1 : 7, 1);
    p.to = half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31);
    return p;
}

Period Period::schoolYear(int startYear)
{
    Period p;
    p.kind = Kind::SchoolYear;
    p.from = QDate(startYear, 9, 1);
    p.to = QDate(startYear + 1, 8, 31);
    return p;
}

Period Period::calendarYear(int year)
{
    Period p;
    p.kind = Kind::CalendarYear;
    p.from = QDate(year, 1, 1);
    p.to = QDate(year, 12, 31);
    return p;
}

Period Period::custom(const QDate& from, const QDate& to)
{
    Period p;
    p.kind = Kind::Custom;
    p.from = from;
    p.to = to;
    return p;
}

Period Period::halfYearOf(const QDate& date)
{
    return halfYear(date.year(), date.month() <= 6 ? 1 : 2);
}

Period Period::schoolYearOf(const QDate& date)
{
    return schoolYear(date.month() >= 9 ? date.year() : date.year() - 1);
}

std::optional<Period> Period::parse(const QString& text)
{
    const QString code = text.trimmed();
    static const QRegularExpression half(u"^(\\d{4})-[Hh]([12])$"_s);
    static const QRegularExpression school(u"^(\\d{4})/(\\d{4})$"_s);
    static const QRegularExpression year(u"^(\\d{4})$"_s);
    static const QRegularExpression range(u"^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"_s);
    if (const auto m = half.match(code); m.hasMatch())
        return halfYear(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = school.match(code); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        if (m.captured(2).toInt() != first + 1)
            return std::nullopt;
        return schoolYear(first);
    }
    if (const auto m = year.match(code); m.hasMatch())
        return calendarYear(m.captured(1).toInt());
    if (const auto m = range.match(code); m.hasMatch()) {
        const Period p = custom(dates::parseIso(m.captured(1)), dates::parseIso(m.captured(2)));
        if (!p.isValid())
            return std::nullopt;
        return p;
    }
    return std::nullopt;
}

bool Period::overlaps(const QDate& start, const QDate& end) const
{
    if (!start.isValid() || start > to)
        return false;
    return !end.isValid() || end >= from;
}

QString Period::code() const
{
    switch (kind) {
    case Kind::HalfYear:
        return u"%1-H%2"_s.arg(from.year()).arg(from.month() <= 6 ? 1 : 2);
    case Kind::SchoolYear:
        return u"%1/%2"_s.arg(from.year()).arg(from.year() + 1);
    case Kind::CalendarYear:
        return QString::number(from.year());
    case Kind::Custom:
        break;
    }
    return dates::toIso(from) + u".."_s + dates::toIso(to);
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::HalfYear:
        return from.month() <= 6 ? halfYear(from.year() - 1, 2) : halfYear(from.year(), 1);
    case Kind::SchoolYear:
        return schoolYear(from.year() - 1);
    case Kind::CalendarYear:
        return calendarYear(from.year() - 1);
    case Kind::Custom:
        break;
    }
    const qint64 days = from.daysTo(to);
    return custom(from.addDays(-days - 1), from.addDays(-1));
}

QString Period::label() const
{
    switch (kind) {
    case Kind::HalfYear:
        return from.month() <= 6 ? PeriodText::tr("1st half of %1").arg(from.year())
                                 : PeriodText::tr("2nd half of %1").arg(from.year());
    case Kind::SchoolYear:
        return PeriodText::tr("school year %1/%2").arg(from.year()).arg(from.year() + 1);
    case Kind::CalendarYear:
        return PeriodText::tr("year %1").arg(from.year());
    case Kind::Custom:
        break;
    }
    return PeriodText::tr("%1 – %2").arg(dates::toDisplay(from), dates::toDisplay(to));
}

QString Period::russianLabel() const
{
    switch (kind) {
    case Kind::HalfYear:
        return (from.month() <= 6 ? u"I полугодие %1 г."_s : u"II полугодие %1 г."_s).arg(from.year());
    case Kind::SchoolYear:
        return u"%1/%2 учебный год"_s.arg(from.year()).arg(from.year() + 1);
    case Kind::CalendarYear:
        return u"%1 год"_s.arg(from.year());
    case Kind::Custom:
        break;
    }
    return u"период с %1 по %2"_s.arg(dates::toDisplay(from), dates::toDisplay(to));
}

} // namespace nastavnik
