#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// RAII transaction: rolls back unless `commit()` succeeded. Nests: an inner transaction
/// is a savepoint inside the outer one, so repositories can be composed freely.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when the transaction could not begin (the reason is in `error()`).
    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }

    Status commit();
    void rollback();

    /// Whether a Transaction of this thread is open on `db` (its changes are not visible to
    /// other connections yet).
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    QString m_error;
};

} // namespace nastavnik
