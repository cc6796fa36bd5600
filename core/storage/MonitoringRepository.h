#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace nastavnik {

/// The roadmap, questionnaires and answers, tests and results, SWOT analyses and saved
/// evaluations of one database, record by record. Every write is one transaction that checks
/// what it stores and refuses with a message naming the problem; on failure nothing changes.
class MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringRepository)

public:
    explicit MonitoringRepository(const QSqlDatabase& db);

    /// All the monitoring data.
    Result<MonitoringData> load() const;

    // ---- Roadmaps ----
    /// Creates the roadmap of the school year starting in `year` from the built-in template
    /// (RoadmapTemplate) with `data`'s organisation and people, and stores it.
    Result<Roadmap> createFromTemplate(int year, const Dataset& data);
    /// Stores `roadmap` (new when its id is empty or unknown, else replacing the stored one);
    /// activities without an id get one. Returns what was stored.
    Result<Roadmap> saveRoadmap(Roadmap roadmap);
    Status removeRoadmap(const QString& id);

    // ---- Questionnaires ----
    /// Stores a questionnaire. A new one (empty id) starts a family of its own. A stored
    /// version without answers is changed in place. A stored version with answers keeps its
    /// questions: when `edited` changes their meaning (QuestionnaireLibrary::changesMeaning),
    /// a new version of the family is stored instead and returned; otherwise only its title,
    /// instruction and clause change. A built-in questionnaire not stored yet is stored as it is.
    Result<Questionnaire> saveQuestionnaire(Questionnaire edited, const QDate& today = QDate::currentDate());
    /// Deletes a version that has no answers.
    Status removeQuestionnaire(const QString& id);

    // ---- Responses ----
    /// Stores a filled-in questionnaire (new when its id is empty). The questionnaire must be
    /// stored or built in (it is stored first then); the answers must fit its questions.
    Result<Response> saveResponse(Response response);
    Status removeResponse(const QString& id);

    // ---- Tests ----
    Result<KnowledgeTest> saveTest(KnowledgeTest test);
    /// Deletes a test with its results.
    Status removeTest(const QString& id);
    /// Stores a result, replacing the one of the same test, person and stage.
    Status saveResult(const TestResult& result);
    Status removeResult(const QString& test, const QString& person, const QString& stage);

    // ---- SWOT ----
    /// Stores the SWOT analysis of its form and period, replacing the old one; an empty
    /// analysis is removed.
    Status saveSwot(const Swot& swot);

    // ---- Evaluations ----
    /// Stores an evaluation (new when its id is empty, else replacing it).
    Result<Evaluation> saveEvaluation(Evaluation evaluation);
    Status removeEvaluation(const QString& id);

private:
    int nextPosition(const QString& table) const;
    /// The position of a record saved as a whole: one already stored keeps its place (its row
    /// is deleted, to be inserted again); a new one gets an id with `prefix` and the next
    /// position. `failed` is the message with %1 for the database's error.
    Result<int> slotFor(const QString& table, QString& id, const QString& prefix, const QString& failed);
    Status storeBuiltInIfMissing(const QString& questionnaireId);

    QSqlDatabase m_db;
};

} // namespace nastavnik
