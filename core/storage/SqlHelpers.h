#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace nastavnik::sql {

/// Configures the SQLite library before its first connection (the first Database::open or
/// ReadConnection; later calls do nothing): without the memory statistics SQLite keeps by
/// default, whose global lock would make reads in two threads wait for each other
/// (ParallelRead.h).
void prepareLibrary();

/// The text, never NULL: Qt binds a null QString as NULL, and text columns are NOT NULL.
QVariant text(const QString& s);
/// NULL for an invalid date, else the ISO text.
QVariant date(const QDate& d);
/// NULL for an empty string, else the string (for optional references).
QVariant ref(const QString& id);
/// NULL for no value.
QVariant optionalInt(const std::optional<int>& value);

QDate toDate(const QVariant& v);
std::optional<int> toOptionalInt(const QVariant& v);

/// The current row of a QSqlQuery read as a sql::Cursor's (integer, text, date, …), for a record
/// reader written once for both.
struct QueryRow
{
    const QSqlQuery& query;
    qint64 integer(int i) const { return query.value(i).toLongLong(); }
    QString text(int i) const { return query.value(i).toString(); }
    QDate date(int i) const { return toDate(query.value(i)); }
    std::optional<int> optionalInteger(int i) const { return toOptionalInt(query.value(i)); }
};

/// A user-facing message for a failed statement: what could not be done and the reason.
QString errorText(const QSqlQuery& query);

/// The next free id with `prefix` ("p" → "p1", "p2", …), kept in table id_sequence.
QString nextId(const QSqlDatabase& db, const QString& table, const QString& prefix);

} // namespace nastavnik::sql
