#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// A whole database at once: read into a Dataset (for the rule engine, the exchange export,
/// reports) and replaced from a Dataset (exchange import, demo). Bulk statements, prepared
/// once per table, and a load in independent parts read side by side on two connections
/// (ParallelRead.h), so the benchmark scale stays fast.
class DatasetRepository
{
    Q_DECLARE_TR_FUNCTIONS(DatasetRepository)

public:
    explicit DatasetRepository(const QSqlDatabase& db);

    /// What `load` reads.
    enum class Scope {
        /// Every table and column: the exchange export, documents, anything that writes back.
        Everything,
        /// What the rule engine (RuleEngine::check) and «Сегодня» (Deadlines::collect) read, for
        /// ValidationRepository: people without their contacts, position, unit, notes, requests,
        /// categories and name forms; credentials, consents, events and pairs without notes;
        /// orders with their pairs but without headings, texts and people; of the plans only
        /// the items still open (not done or cancelled, with a due date) with title, due date
        /// and status; no meetings; of the monitoring data only the roadmaps. At region scale
        /// this is a fraction of the reading.
        Validation,
    };

    /// Everything (or what `scope` names), in the order it was stored.
    Result<Dataset> load(Scope scope = Scope::Everything) const;

    /// Replaces the whole content of the database with `data` in one transaction; on any
    /// failure nothing changes. References are checked when the transaction commits, so
    /// the lists may refer forward (a supervisor listed after their staff).
    Status replaceAll(const Dataset& data);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
