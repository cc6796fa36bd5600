#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace nastavnik::sql {

/// The SQLite handle under a Qt connection (QSQLITE), or null when it is not open.
sqlite3* handleOf(const QSqlDatabase& db);
/// What a statement reports when handleOf() gives null, in the UI language.
QString notOpenError();

/// A statement stepped directly through SQLite, for the bulk reads of tens of thousands of
/// rows (DatasetRepository::load, the deadlines of «Сегодня»): each value is taken as the row
/// gives it, without the copy of the whole row into QVariants and the conversion of every text
/// to UTF-16 inside SQLite that QSqlQuery::next() makes (a third of the time). For everything
/// else, QSqlQuery.
///
/// On the connection of `db` (one of the thread using the cursor); `binds` are bound as
/// text in their order. After the loop, status() tells whether it ended by the last row.
///
///     sql::Cursor rows(db, u"SELECT id, start FROM pair WHERE start <= ?"_s, {horizon});
///     while (rows.next())
///         use(rows.text(0), rows.date(1));
///     if (!rows.status()) return rows.status();
class Cursor
{
    Q_DECLARE_TR_FUNCTIONS(Cursor)

public:
    Cursor(const QSqlDatabase& db, const QString& statement, const QStringList& binds = {});
    ~Cursor();
    Cursor(const Cursor&) = delete;
    Cursor& operator=(const Cursor&) = delete;

    /// Steps to the next row; false after the last one or on an error (see status()).
    bool next();
    /// Success, or why the statement could not be prepared or stepped (SQLite's message).
    const Status& status() const { return m_status; }

    bool isNull(int column) const;
    /// The text of a column; a null string for NULL.
    QString text(int column) const;
    qint64 integer(int column) const;
    /// No value for NULL.
    std::optional<int> optionalInteger(int column) const;
    /// The ISO date of a column; invalid for NULL or for anything but yyyy-MM-dd
    /// (as sql::toDate).
    QDate date(int column) const;

private:
    void fail(const QString& what);

    sqlite3_stmt* m_statement = nullptr;
    Status m_status = Status::success();
};

} // namespace nastavnik::sql
