#pragma once

#include "domain/Monitoring.h"
#include "storage/BulkInsert.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

#include <memory>

namespace nastavnik::record {

/// Reads every roadmap, questionnaire, response, test, result, SWOT and evaluation of the
/// database into `out` (cleared first), in the order they were stored. With `roadmapsOnly`
/// only the roadmaps (what the deadlines of «Сегодня» need; the reduced read of
/// DatasetRepository::Scope::Validation).
Status loadMonitoring(const QSqlDatabase& db, MonitoringData& out, bool roadmapsOnly = false);

/// Replaces all the monitoring data of the database with `data`: deletes the old rows and
/// inserts the new ones with statements prepared once per table. Runs inside the caller's
/// transaction (DatasetRepository::replaceAll calls it after people, orders and pairs, so
/// every reference resolves when the transaction commits).
Status replaceMonitoring(const QSqlDatabase& db, const MonitoringData& data);

/// Inserts monitoring records with statements prepared on first use and reused: the bulk
/// replace and MonitoringRepository's single writes share it. Runs inside the caller's
/// transaction; `position` keeps the order of the lists.
class MonitoringInserter
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringRecords)

public:
    /// `rowsPerStatement` as for sql::BulkInsert: above 1, flush() writes the last rows.
    explicit MonitoringInserter(const QSqlDatabase& db, int rowsPerStatement = 1);
    ~MonitoringInserter();

    /// Writes the rows kept (see sql::BulkInsert).
    Status flush();

    Status roadmap(const Roadmap& roadmap, int position);
    Status questionnaire(const Questionnaire& questionnaire, int position);
    Status response(const Response& response, int position);
    Status test(const KnowledgeTest& test, int position);
    Status result(const TestResult& result, int position);
    Status swot(const Swot& swot, int position);
    Status evaluation(const Evaluation& evaluation, int position);

private:
    sql::BulkInsert& prepared(int which, const QString& table, const QStringList& columns);
    Status failed(const sql::BulkInsert& insert) const;

    QSqlDatabase m_db;
    int m_rowsPerStatement = 1;
    std::unique_ptr<sql::BulkInsert> m_inserts[12];
};

/// The JSON array of texts stored in the list columns, and back.
QString jsonList(const QStringList& list);
QStringList fromJsonList(const QString& json);
QString jsonInts(const QList<int>& list);
QList<int> fromJsonInts(const QString& json);

} // namespace nastavnik::record
