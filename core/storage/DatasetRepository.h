#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// A whole database at once: read into a Dataset (for the rule engine, the exchange export,
/// reports) and replaced from a Dataset (exchange import, demo). Bulk statements, prepared
/// once per table, so the benchmark scale stays fast.
class DatasetRepository
{
    Q_DECLARE_TR_FUNCTIONS(DatasetRepository)

public:
    explicit DatasetRepository(const QSqlDatabase& db);

    /// Everything, in the order it was stored.
    Result<Dataset> load() const;

    /// Replaces the whole content of the database with `data` in one transaction; on any
    /// failure nothing changes. References are checked when the transaction commits, so
    /// the lists may refer forward (a supervisor listed after their staff).
    Status replaceAll(const Dataset& data);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
