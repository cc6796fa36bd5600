#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace nastavnik::test {

/// A fresh database in a temporary folder of its own, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// Reads a whole file (empty when missing).
QByteArray readFile(const QString& path);
/// Writes bytes to a file; returns false on failure.
bool writeFile(const QString& path, const QByteArray& bytes);
/// Damages an SQLite file of more than 40 kB: overwrites its b-tree pages from byte 12,000 to
/// 36,000, keeping the header, so it still opens but PRAGMA quick_check fails. False when the
/// file is too small or cannot be rewritten.
bool damageFile(const QString& path);
/// A path in tests/data.
QString dataPath(const QString& name);

} // namespace nastavnik::test
