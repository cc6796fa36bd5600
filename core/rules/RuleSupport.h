#pragma once

// Helpers shared by the rule engine and the deadlines of «Сегодня»; internal to core/rules.

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QHash>

namespace nastavnik::rulesupport {

/// A mentor leading a pair over [from, to]. `to` is invalid when the pair has no end;
/// `from` is invalid only for a pair without a start (its initial mentor).
struct Leader
{
    QString id;
    QDate from;
    QDate to;
    bool initial = false;
};

/// Every mentor who leads `pair` for at least one day, in order: the initial mentor from the
/// start to the day before the first replacement, each replacement's new mentor from its date
/// to the day before the next one (or to the end).
QList<Leader> leaders(const Pair& pair);

/// The date a credential stops being valid (the last valid day): `valid_until`, else issue +
/// the profile's validity in months for its type, else invalid (no expiry).
QDate expiry(const Credential& c, const Profile& profile);

/// Names of people and pairs for messages, with people looked up by id once.
class Directory
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    explicit Directory(const Dataset& data);

    const Person* person(const QString& id) const { return m_people.value(id, nullptr); }
    /// «Иванова Мария Петровна», or the id itself for an unknown person.
    QString fullName(const QString& id) const;
    /// «Иванова М. П.», or the id itself for an unknown person.
    QString shortName(const QString& id) const;
    /// «Иванова М. П. – Петров П. П.», or with a group's title «Бессонов К. Ю. – Группа «Агроклассы»».
    QString pairLabel(const Pair& pair, const QDate& on) const;
    /// The mentees of a pair, short names, at most `limit` then «и ещё N».
    QString mentees(const Pair& pair, int limit = 2) const;

private:
    QHash<QString, const Person*> m_people;
};

/// `dd.MM.yyyy`.
QString day(const QDate& d);

/// Joins with «, » and, past `limit` items, «и ещё N».
QString listOf(const QStringList& items, int limit);

} // namespace nastavnik::rulesupport
