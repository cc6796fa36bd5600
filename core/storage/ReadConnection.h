#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nastavnik {

/// A second, read-only connection to a database file, for work in another thread.
///
/// SQLite connections belong to the thread that opened them, so a worker (the findings of
/// «Проверка» at region scale) opens one of its own on the same file; the window's
/// connection stays with the window. The connection is named uniquely, opened in the
/// constructor and removed in the destructor, both in the thread that uses it. Reading
/// never blocks the window's writes for long: each statement takes its shared lock only
/// while it runs, and a busy database is waited for.
class ReadConnection
{
    Q_DECLARE_TR_FUNCTIONS(ReadConnection)

public:
    explicit ReadConnection(const QString& path);
    ~ReadConnection();
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;

    /// Success, or why the file could not be opened (naming it).
    const Status& status() const { return m_status; }
    /// The connection; valid only when status() is a success.
    QSqlDatabase connection() const;

private:
    QString m_name;
    Status m_status = Status::success();
};

} // namespace nastavnik
