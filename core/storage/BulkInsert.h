#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace nastavnik::sql {

/// Rows inserted into one table by statements prepared once and bound through SQLite itself:
/// the writers of whole datasets (DatasetRepository::replaceAll, record::replaceMonitoring)
/// and MonitoringInserter's single writes share it.
///
/// With `rowsPerStatement` above 1 the rows are kept and written that many at a time by one
/// INSERT with as many VALUES: SQLite then runs a statement's fixed work once for all of them —
/// among it the lists of the tables' CHECK constraints (`status IN (…)`), which it builds into
/// a temporary b-tree at every execution. The last rows are written by flush(), which must
/// come before anything reads them; until then their errors are not known either.
///
/// Values are bound as QSqlQuery binds them: a null QVariant or null string as NULL, booleans
/// and integers as integers, doubles as reals, byte arrays as blobs, anything else as its text
/// (UTF-8). A failed write names the row (`record`, given with it) in error().
class BulkInsert
{
public:
    /// Rows per statement of the writers of whole datasets.
    static constexpr int kBulkRows = 64;

    BulkInsert(const QSqlDatabase& db,
               const QString& table,
               const QStringList& columns,
               int rowsPerStatement = 1);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    /// False when the statement could not be prepared (see error()).
    bool isPrepared() const { return m_one != nullptr; }

    /// Adds a row, its values in the order of the columns. False when a write failed: the row
    /// that failed may be one added before (see failedRecord()).
    bool insert(std::initializer_list<QVariant> values, const QString& record = {});
    bool insert(const QVariantList& values, const QString& record = {});
    /// Writes the rows kept. False when one failed.
    bool flush();

    /// SQLite's message of the last failure.
    const QString& error() const { return m_error; }
    /// The `record` of the row that failed.
    const QString& failedRecord() const { return m_failedRecord; }

private:
    template <typename Values> bool add(const Values& values, const QString& record);
    bool bind(sqlite3_stmt* statement, int index, const QVariant& value);
    /// Writes the rows kept one at a time; false at the first that fails (failedRecord()).
    bool writeOneByOne();
    /// Runs `statement` with the rows kept from `first` on (as many as it takes).
    bool execute(sqlite3_stmt* statement, qsizetype first, int rows);
    bool fail(const QString& record);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_one = nullptr; // one row
    sqlite3_stmt* m_many = nullptr; // m_rows rows
    int m_columns = 0;
    int m_rows = 1;
    QVariantList m_pending; // the values of the rows kept, row after row
    QStringList m_pendingRecords; // their records
    QList<QByteArray> m_texts; // the UTF-8 of the texts bound, until the statement ran
    QString m_error;
    QString m_failedRecord;
};

} // namespace nastavnik::sql
