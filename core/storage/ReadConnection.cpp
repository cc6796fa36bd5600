#include "storage/ReadConnection.h"

#include "storage/SqlHelpers.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {
QAtomicInt g_readers;
} // namespace

ReadConnection::ReadConnection(const QString& path)
    : m_name(u"nastavnik-read-%1"_s.arg(g_readers.fetchAndAddRelaxed(1)))
{
    sql::prepareLibrary();
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_status = Status::failure(tr("The database file «%1» does not exist any more.").arg(shown));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        m_status = Status::failure(tr("The database «%1» could not be read: %2").arg(shown, db.lastError().text()));
}

ReadConnection::~ReadConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase ReadConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace nastavnik
