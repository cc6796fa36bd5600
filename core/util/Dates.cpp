#include "util/Dates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nastavnik::dates {

QDate parseIso(QStringView text)
{
    // Exactly ten characters: digits and dashes in place. QDate rejects impossible days.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > u'9')
            return {};
    }
    const int y = text.mid(0, 4).toInt();
    const int m = text.mid(5, 2).toInt();
    const int d = text.mid(8, 2).toInt();
    return QDate::isValid(y, m, d) ? QDate(y, m, d) : QDate();
}

QString toIso(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    // Written by hand: QDate::toString was 7.5 % of a region's import, which writes every date.
    const char16_t text[10] = {char16_t(u'0' + year / 1000),    char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10),
                               u'-',                            char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),     u'-',
                               char16_t(u'0' + day / 10),       char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate parseUserDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    if (const QDate iso = parseIso(trimmed); iso.isValid())
        return iso;
    static const QRegularExpression dotted(u"^(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})$"_s);
    const auto match = dotted.match(trimmed);
    if (!match.hasMatch())
        return {};
    const int d = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    int y = match.captured(3).toInt();
    if (match.captured(3).size() == 2)
        y += (y <= 49) ? 2000 : 1900;
    return QDate::isValid(y, m, d) ? QDate(y, m, d) : QDate();
}

QString toDisplay(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
    // By hand, as toIso: QDate::toString with a format was a sixth of «Сегодня»'s collecting.
    const char16_t text[10] = {char16_t(u'0' + day / 10),       char16_t(u'0' + day % 10),
                               u'.',                            char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),     u'.',
                               char16_t(u'0' + year / 1000),    char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate addMonthsCivil(const QDate& date, int months)
{
    if (!date.isValid())
        return {};
    // QDate::addMonths keeps the day number and clamps it to the month's last day,
    // which is exactly the rule of art. 192.
    return date.addMonths(months);
}

int ageOn(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid())
        return -1;
    int age = on.year() - birth.year();
    // Born on 29 February: in a common year the birthday counts from 1 March.
    const QDate birthday = QDate(on.year(), birth.month(), 1).addDays(birth.day() - 1);
    if (on < birthday)
        --age;
    return age;
}

bool isMinorOn(const QDate& birth, const QDate& on)
{
    const int age = ageOn(birth, on);
    return age >= 0 && age < 18;
}

static const char16_t* const kMonthsGenitive[] = {u"января",
                                                  u"февраля",
                                                  u"марта",
                                                  u"апреля",
                                                  u"мая",
                                                  u"июня",
                                                  u"июля",
                                                  u"августа",
                                                  u"сентября",
                                                  u"октября",
                                                  u"ноября",
                                                  u"декабря"};

QString toRussianWords(const QDate& date)
{
    if (!date.isValid())
        return {};
    return u"%1 %2 %3 г."_s.arg(date.day())
        .arg(QString::fromUtf16(kMonthsGenitive[date.month() - 1]))
        .arg(date.year());
}

QString toRussianQuoted(const QDate& date)
{
    if (!date.isValid())
        return {};
    return u"«%1» %2 %3 г."_s.arg(date.day(), 2, 10, QChar(u'0'))
        .arg(QString::fromUtf16(kMonthsGenitive[date.month() - 1]))
        .arg(date.year());
}

} // namespace nastavnik::dates
