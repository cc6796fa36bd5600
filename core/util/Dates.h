#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace nastavnik::dates {

/// Parses a strict ISO date `YYYY-MM-DD`. Returns an invalid QDate for anything else,
/// including impossible dates such as 2026-02-30.
QDate parseIso(QStringView text);

/// `YYYY-MM-DD`, or an empty string for an invalid date.
QString toIso(const QDate& date);

/// Parses a date as users type it in Russian offices: dd.MM.yyyy (also d.M.yyyy and
/// dd.MM.yy), or ISO. Returns an invalid QDate when the text is not a real date.
QDate parseUserDate(QStringView text);

/// `dd.MM.yyyy`, the way dates are shown everywhere in the UI; empty for an invalid date.
QString toDisplay(const QDate& date);

/// The date `months` months after `date` as in Civil Code art. 192: the same day number,
/// or the last day of the month where that day does not exist.
QDate addMonthsCivil(const QDate& date, int months);

/// Full years of age on `on` of a person born on `birth` (the birthday itself counts).
int ageOn(const QDate& birth, const QDate& on);

/// True when the person born on `birth` is under 18 on `on`. Unknown birth date: false.
bool isMinorOn(const QDate& birth, const QDate& on);

/// «5 июня 2026 г.» — the date in words, as official Russian documents write it.
QString toRussianWords(const QDate& date);

/// ««05» июня 2026 г.» — the form used in the date line of agreements and consents.
QString toRussianQuoted(const QDate& date);

} // namespace nastavnik::dates
