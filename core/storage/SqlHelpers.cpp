#include "storage/SqlHelpers.h"

#include "util/Dates.h"

#include <QSqlError>

#include <sqlite3.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace nastavnik::sql {

void prepareLibrary()
{
    static std::once_flag once;
    // SQLITE_MISUSE when a connection was opened before: the library is then used as it is.
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant(QMetaType::fromType<QString>());
}

QVariant ref(const QString& id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : dates::parseIso(v.toString());
}

std::optional<int> toOptionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QString errorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString nextId(const QSqlDatabase& db, const QString& table, const QString& prefix)
{
    QSqlQuery seq(db);
    seq.prepare(u"SELECT next FROM id_sequence WHERE kind = ?"_s);
    seq.addBindValue(table);
    qint64 next = 1;
    if (seq.exec() && seq.next())
        next = seq.value(0).toLongLong();

    // Imported files bring ids of their own; skip any that are taken.
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s);
    QString candidate;
    for (;; ++next) {
        candidate = prefix + QString::number(next);
        exists.addBindValue(candidate);
        if (!exists.exec() || !exists.next())
            break;
    }
    QSqlQuery update(db);
    update.prepare(u"INSERT INTO id_sequence (kind, next) VALUES (?, ?) "
                   "ON CONFLICT (kind) DO UPDATE SET next = excluded.next"_s);
    update.addBindValue(table);
    update.addBindValue(next + 1);
    update.exec();
    return candidate;
}

} // namespace nastavnik::sql
