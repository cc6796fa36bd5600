#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {
// Nesting depth per connection, for unique savepoint names. Connections are used from one
// thread each, and the connection name keeps them apart.
thread_local QHash<QString, int> g_depth;
} // namespace

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    const int depth = g_depth.value(m_db.connectionName());
    // The first write after opening waits for the background check; a damaged file takes none.
    if (depth == 0) {
        if (Status s = Database::awaitWritable(m_db.connectionName()); !s) {
            m_error = tr("Nothing was saved: %1").arg(s.error());
            return;
        }
    }
    m_savepoint = u"sp%1"_s.arg(depth);
    QSqlQuery q(m_db);
    // A savepoint outside a transaction begins one; RELEASE of the outermost commits it.
    if (q.exec(u"SAVEPOINT "_s + m_savepoint)) {
        m_active = true;
        g_depth[m_db.connectionName()] = depth + 1;
    } else {
        m_error = tr("Could not start saving: %1").arg(q.lastError().text());
    }
}

bool Transaction::isOpen(const QSqlDatabase& db)
{
    return g_depth.value(db.connectionName()) > 0;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("Nothing to save: the change was already undone.") : m_error);
    QSqlQuery q(m_db);
    if (!q.exec(u"RELEASE "_s + m_savepoint)) {
        const QString message = tr("The change could not be saved: %1").arg(q.lastError().text());
        rollback();
        return Status::failure(message);
    }
    m_active = false;
    --g_depth[m_db.connectionName()];
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK TO "_s + m_savepoint);
    q.exec(u"RELEASE "_s + m_savepoint);
    m_active = false;
    --g_depth[m_db.connectionName()];
}

} // namespace nastavnik
