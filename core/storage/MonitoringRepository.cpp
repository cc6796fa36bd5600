#include "storage/MonitoringRepository.h"

#include "domain/Vocabulary.h"
#include "monitoring/Period.h"
#include "monitoring/Templates.h"
#include "storage/MonitoringRecords.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

std::optional<Questionnaire> storedQuestionnaire(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT family, version, title, purpose, respondent, clause, intro, created FROM questionnaire "
              "WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Questionnaire t;
    t.id = id;
    t.family = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.title = q.value(2).toString();
    t.purpose = q.value(3).toString();
    t.respondent = q.value(4).toString();
    t.clause = q.value(5).toString();
    t.intro = q.value(6).toString();
    t.created = sql::toDate(q.value(7));
    QSqlQuery questions(db);
    questions.prepare(u"SELECT id, kind, text, options FROM question WHERE questionnaire_id = ? ORDER BY position"_s);
    questions.addBindValue(id);
    if (questions.exec()) {
        while (questions.next())
            t.questions << Question{questions.value(0).toString(), questions.value(1).toString(),
                                    questions.value(2).toString(), record::fromJsonList(questions.value(3).toString())};
    }
    return t;
}

bool exists(const QSqlDatabase& db, const QString& sqlText, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sqlText);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec() && q.next();
}

int positionOf(const QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT position FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

Status removeRow(const QSqlDatabase& db, const QString& table, const QString& id, const QString& what)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(MonitoringRepository::tr("%1 could not be deleted: %2").arg(what, sql::errorText(q)));
    return tx.commit();
}

} // namespace

MonitoringRepository::MonitoringRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<MonitoringData> MonitoringRepository::load() const
{
    MonitoringData data;
    if (Status s = record::loadMonitoring(m_db, data); !s)
        return s;
    return data;
}

int MonitoringRepository::nextPosition(const QString& table) const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT COALESCE(MAX(position), -1) + 1 FROM "_s + table) && q.next() ? q.value(0).toInt() : 0;
}

Result<int> MonitoringRepository::slotFor(const QString& table, QString& id, const QString& prefix, const QString& failed)
{
    if (const int position = id.isEmpty() ? -1 : positionOf(m_db, table, id); position >= 0) {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return Result<int>::failure(failed.arg(sql::errorText(q)));
        return position;
    }
    if (id.isEmpty())
        id = sql::nextId(m_db, table, prefix);
    return nextPosition(table);
}

// ---- Roadmaps ---------------------------------------------------------------------------

Result<Roadmap> MonitoringRepository::createFromTemplate(int year, const Dataset& data)
{
    Result<Roadmap> roadmap = RoadmapTemplate::create(year, data);
    if (!roadmap)
        return roadmap;
    return saveRoadmap(roadmap.value());
}

Result<Roadmap> MonitoringRepository::saveRoadmap(Roadmap roadmap)
{
    if (roadmap.title.trimmed().isEmpty())
        return Result<Roadmap>::failure(tr("The roadmap needs a title."));
    for (const RoadmapStage& stage : roadmap.stages) {
        if (stage.title.trimmed().isEmpty())
            return Result<Roadmap>::failure(tr("A stage of the roadmap has no title: name every stage."));
        for (const RoadmapActivity& a : stage.activities) {
            if (a.title.trimmed().isEmpty())
                return Result<Roadmap>::failure(
                    tr("An activity of the stage «%1» has no title: describe what is to be done.").arg(stage.title));
            if (a.start.isValid() && a.end.isValid() && a.end < a.start)
                return Result<Roadmap>::failure(tr("The activity «%1» ends on %2, before it starts on %3: correct one "
                                                   "of the dates.")
                                                    .arg(a.title, dates::toDisplay(a.end), dates::toDisplay(a.start)));
            if (!monitoringvocab::activityStatuses().contains(a.status))
                return Result<Roadmap>::failure(tr("The activity «%1» has an unknown status «%2».").arg(a.title, a.status));
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Roadmap>::failure(tx.error());
    if (!roadmap.order.isEmpty() && !exists(m_db, u"SELECT 1 FROM orders WHERE id = ?"_s, {roadmap.order}))
        return Result<Roadmap>::failure(tr("The order «%1» that approves the roadmap is not in the journal.").arg(roadmap.order));

    const Result<int> slot = slotFor(u"roadmap"_s, roadmap.id, u"r"_s, tr("The roadmap could not be saved: %1"));
    if (!slot)
        return Result<Roadmap>::failure(slot.error());
    const int position = slot.value();
    // The activities keep their ids (unless another roadmap has it); new ones get ids no
    // activity of this roadmap holds, although its rows are deleted for the moment.
    QSet<QString> ids;
    QList<RoadmapActivity*> fresh;
    for (RoadmapStage& stage : roadmap.stages) {
        for (RoadmapActivity& a : stage.activities) {
            if (a.id.isEmpty() || ids.contains(a.id) || exists(m_db, u"SELECT 1 FROM roadmap_activity WHERE id = ?"_s, {a.id}))
                fresh << &a;
            else
                ids.insert(a.id);
        }
    }
    for (RoadmapActivity* a : std::as_const(fresh)) {
        do
            a->id = sql::nextId(m_db, u"roadmap_activity"_s, u"ra"_s);
        while (ids.contains(a->id));
        ids.insert(a->id);
    }
    record::MonitoringInserter insert(m_db);
    if (Status s = insert.roadmap(roadmap, position); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return roadmap;
}

Status MonitoringRepository::removeRoadmap(const QString& id)
{
    return removeRow(m_db, u"roadmap"_s, id, tr("The roadmap"));
}

// ---- Questionnaires ---------------------------------------------------------------------

Status MonitoringRepository::storeBuiltInIfMissing(const QString& id)
{
    if (exists(m_db, u"SELECT 1 FROM questionnaire WHERE id = ?"_s, {id}))
        return Status::success();
    const Questionnaire* builtIn = QuestionnaireLibrary::find(id);
    if (!builtIn)
        return Status::failure(tr("There is no questionnaire «%1» in the database.").arg(id));
    Questionnaire q = *builtIn;
    q.created = QDate::currentDate();
    record::MonitoringInserter insert(m_db);
    return insert.questionnaire(q, nextPosition(u"questionnaire"_s));
}

Result<Questionnaire> MonitoringRepository::saveQuestionnaire(Questionnaire edited, const QDate& today)
{
    if (const QStringList problems = QuestionnaireLibrary::validate(edited); !problems.isEmpty())
        return Result<Questionnaire>::failure(problems.join(u' '));
    if (!monitoringvocab::purposes().contains(edited.purpose))
        edited.purpose = u"custom"_s;
    if (!monitoringvocab::respondents().contains(edited.respondent))
        edited.respondent = u"any"_s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Questionnaire>::failure(tx.error());
    record::MonitoringInserter insert(m_db);

    const std::optional<Questionnaire> stored = edited.id.isEmpty() ? std::nullopt : storedQuestionnaire(m_db, edited.id);
    if (!stored) {
        // A new family, or a built-in questionnaire stored for the first time.
        if (edited.id.isEmpty() || exists(m_db, u"SELECT 1 FROM questionnaire WHERE family = ?"_s, {edited.id})) {
            edited.id = sql::nextId(m_db, u"questionnaire"_s, u"q"_s);
            edited.family = edited.id;
            edited.version = 1;
        }
        if (edited.family.isEmpty())
            edited.family = edited.id;
        if (!edited.created.isValid())
            edited.created = today;
        if (Status s = insert.questionnaire(edited, nextPosition(u"questionnaire"_s)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        return edited;
    }

    const bool answered = exists(m_db, u"SELECT 1 FROM response WHERE questionnaire_id = ?"_s, {stored->id});
    edited.family = stored->family;
    if (answered && QuestionnaireLibrary::changesMeaning(*stored, edited)) {
        // The answers keep the questions they answered: the change becomes a new version.
        QSqlQuery q(m_db);
        q.prepare(u"SELECT COALESCE(MAX(version), 0) + 1 FROM questionnaire WHERE family = ?"_s);
        q.addBindValue(stored->family);
        const int version = q.exec() && q.next() ? q.value(0).toInt() : stored->version + 1;
        edited.version = version;
        edited.id = stored->family + u"-v"_s + QString::number(version);
        if (exists(m_db, u"SELECT 1 FROM questionnaire WHERE id = ?"_s, {edited.id}))
            edited.id = sql::nextId(m_db, u"questionnaire"_s, u"q"_s);
        edited.created = today;
        if (Status s = insert.questionnaire(edited, nextPosition(u"questionnaire"_s)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        return edited;
    }

    edited.version = stored->version;
    edited.created = stored->created;
    QSqlQuery head(m_db);
    head.prepare(u"UPDATE questionnaire SET title = ?, purpose = ?, respondent = ?, clause = ?, intro = ? WHERE id = ?"_s);
    head.addBindValue(sql::text(edited.title));
    head.addBindValue(sql::text(edited.purpose));
    head.addBindValue(sql::text(edited.respondent));
    head.addBindValue(sql::text(edited.clause));
    head.addBindValue(sql::text(edited.intro));
    head.addBindValue(edited.id);
    if (!head.exec())
        return Result<Questionnaire>::failure(tr("The questionnaire could not be saved: %1").arg(sql::errorText(head)));
    if (!answered) {
        // Nobody answered this version yet: its questions may change in place.
        const int position = positionOf(m_db, u"questionnaire"_s, edited.id);
        QSqlQuery del(m_db);
        del.prepare(u"DELETE FROM questionnaire WHERE id = ?"_s);
        del.addBindValue(edited.id);
        if (!del.exec())
            return Result<Questionnaire>::failure(tr("The questionnaire could not be saved: %1").arg(sql::errorText(del)));
        if (Status s = insert.questionnaire(edited, position); !s)
            return s;
    } else {
        edited.questions = stored->questions;
    }
    if (Status s = tx.commit(); !s)
        return s;
    return edited;
}

Status MonitoringRepository::removeQuestionnaire(const QString& id)
{
    if (exists(m_db, u"SELECT 1 FROM response WHERE questionnaire_id = ?"_s, {id}))
        return Status::failure(tr("This version of the questionnaire has answers and cannot be deleted: the answers "
                                  "would lose their questions. Delete the answers first."));
    return removeRow(m_db, u"questionnaire"_s, id, tr("The questionnaire"));
}

// ---- Responses --------------------------------------------------------------------------

Result<Response> MonitoringRepository::saveResponse(Response response)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Response>::failure(tx.error());
    if (Status s = storeBuiltInIfMissing(response.questionnaire); !s)
        return s;
    const std::optional<Questionnaire> form = storedQuestionnaire(m_db, response.questionnaire);
    if (!form)
        return Result<Response>::failure(tr("There is no questionnaire «%1» in the database.").arg(response.questionnaire));
    if (!response.person.isEmpty() && !exists(m_db, u"SELECT 1 FROM person WHERE id = ?"_s, {response.person}))
        return Result<Response>::failure(tr("The respondent «%1» is not in the base of participants.").arg(response.person));
    if (!response.pair.isEmpty() && !exists(m_db, u"SELECT 1 FROM pair WHERE id = ?"_s, {response.pair}))
        return Result<Response>::failure(tr("The pair «%1» is not in the database.").arg(response.pair));
    if (!response.date.isValid())
        return Result<Response>::failure(tr("Give the date the questionnaire was filled in."));
    // Empty answers are not kept; the others must fit their questions.
    QList<Answer> answers;
    for (const Answer& a : std::as_const(response.answers)) {
        if (a.isEmpty())
            continue;
        const Question* q = form->question(a.question);
        if (!q)
            return Result<Response>::failure(tr("The questionnaire has no question «%1».").arg(a.question));
        if (a.scale && (*a.scale < 1 || *a.scale > 10))
            return Result<Response>::failure(tr("«%1»: the answer on the scale must be from 1 to 10.").arg(q->text));
        for (int c : a.choices) {
            if (c < 0 || c >= q->options.size())
                return Result<Response>::failure(tr("«%1»: the answer is not one of the options.").arg(q->text));
        }
        if (q->kind == u"single" && a.choices.size() > 1)
            return Result<Response>::failure(tr("«%1»: choose one option only.").arg(q->text));
        answers << a;
    }
    response.answers = answers;

    const Result<int> slot = slotFor(u"response"_s, response.id, u"a"_s, tr("The answers could not be saved: %1"));
    if (!slot)
        return Result<Response>::failure(slot.error());
    const int position = slot.value();
    record::MonitoringInserter insert(m_db);
    if (Status s = insert.response(response, position); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return response;
}

Status MonitoringRepository::removeResponse(const QString& id)
{
    return removeRow(m_db, u"response"_s, id, tr("The answers"));
}

// ---- Tests ------------------------------------------------------------------------------

Result<KnowledgeTest> MonitoringRepository::saveTest(KnowledgeTest test)
{
    if (test.title.trimmed().isEmpty())
        return Result<KnowledgeTest>::failure(tr("The test needs a title."));
    if (!(test.maxScore > 0))
        return Result<KnowledgeTest>::failure(tr("The maximum score of the test must be greater than 0."));
    if (!test.form.isEmpty() && !vocabulary::contains(Vocab::PairForm, test.form))
        return Result<KnowledgeTest>::failure(tr("«%1» is not a form of mentoring.").arg(test.form));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<KnowledgeTest>::failure(tx.error());
    QSqlQuery q(m_db);
    const int position = test.id.isEmpty() ? -1 : positionOf(m_db, u"knowledge_test"_s, test.id);
    if (position >= 0) {
        q.prepare(u"SELECT MAX(score) FROM test_result WHERE test_id = ?"_s);
        q.addBindValue(test.id);
        if (q.exec() && q.next() && !q.value(0).isNull() && q.value(0).toDouble() > test.maxScore)
            return Result<KnowledgeTest>::failure(tr("Some results of the test are above %1: the maximum score cannot "
                                                     "be lower than a result.")
                                                      .arg(test.maxScore));
        q.prepare(u"UPDATE knowledge_test SET title = ?, max_score = ?, form = ?, note = ? WHERE id = ?"_s);
        q.addBindValue(sql::text(test.title));
        q.addBindValue(test.maxScore);
        q.addBindValue(sql::text(test.form));
        q.addBindValue(sql::text(test.note));
        q.addBindValue(test.id);
        if (!q.exec())
            return Result<KnowledgeTest>::failure(tr("The test could not be saved: %1").arg(sql::errorText(q)));
    } else {
        if (test.id.isEmpty())
            test.id = sql::nextId(m_db, u"knowledge_test"_s, u"t"_s);
        record::MonitoringInserter insert(m_db);
        if (Status s = insert.test(test, nextPosition(u"knowledge_test"_s)); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    return test;
}

Status MonitoringRepository::removeTest(const QString& id)
{
    return removeRow(m_db, u"knowledge_test"_s, id, tr("The test"));
}

Status MonitoringRepository::saveResult(const TestResult& result)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT max_score, title FROM knowledge_test WHERE id = ?"_s);
    q.addBindValue(result.test);
    if (!q.exec() || !q.next())
        return Status::failure(tr("There is no test «%1» in the database.").arg(result.test));
    const double maxScore = q.value(0).toDouble();
    const QString title = q.value(1).toString();
    if (!exists(m_db, u"SELECT 1 FROM person WHERE id = ?"_s, {result.person}))
        return Status::failure(tr("The mentee «%1» is not in the base of participants.").arg(result.person));
    if (!result.pair.isEmpty() && !exists(m_db, u"SELECT 1 FROM pair WHERE id = ?"_s, {result.pair}))
        return Status::failure(tr("The pair «%1» is not in the database.").arg(result.pair));
    if (!monitoringvocab::testStages().contains(result.stage))
        return Status::failure(tr("A result is taken at the entry or at the end («%1» is neither).").arg(result.stage));
    if (result.score < 0 || result.score > maxScore)
        return Status::failure(tr("The score in «%1» must be from 0 to %2.").arg(title).arg(maxScore));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    int position = nextPosition(u"test_result"_s);
    q.prepare(u"SELECT position FROM test_result WHERE test_id = ? AND person_id = ? AND stage = ?"_s);
    q.addBindValue(result.test);
    q.addBindValue(result.person);
    q.addBindValue(result.stage);
    if (q.exec() && q.next())
        position = q.value(0).toInt();
    q.prepare(u"DELETE FROM test_result WHERE test_id = ? AND person_id = ? AND stage = ?"_s);
    q.addBindValue(result.test);
    q.addBindValue(result.person);
    q.addBindValue(result.stage);
    if (!q.exec())
        return Status::failure(tr("The result could not be saved: %1").arg(sql::errorText(q)));
    record::MonitoringInserter insert(m_db);
    if (Status s = insert.result(result, position); !s)
        return s;
    return tx.commit();
}

Status MonitoringRepository::removeResult(const QString& test, const QString& person, const QString& stage)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM test_result WHERE test_id = ? AND person_id = ? AND stage = ?"_s);
    q.addBindValue(test);
    q.addBindValue(person);
    q.addBindValue(stage);
    if (!q.exec())
        return Status::failure(tr("The result could not be deleted: %1").arg(sql::errorText(q)));
    return tx.commit();
}

// ---- SWOT -------------------------------------------------------------------------------

Status MonitoringRepository::saveSwot(const Swot& swot)
{
    if (!Period::parse(swot.period))
        return Status::failure(tr("«%1» is not a period of the SWOT analysis (e.g. 2026-H1).").arg(swot.period));
    if (!swot.form.isEmpty() && !vocabulary::contains(Vocab::PairForm, swot.form))
        return Status::failure(tr("«%1» is not a form of mentoring.").arg(swot.form));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    int position = nextPosition(u"swot"_s);
    q.prepare(u"SELECT position FROM swot WHERE form = ? AND period = ?"_s);
    q.addBindValue(sql::text(swot.form));
    q.addBindValue(swot.period);
    if (q.exec() && q.next())
        position = q.value(0).toInt();
    q.prepare(u"DELETE FROM swot WHERE form = ? AND period = ?"_s);
    q.addBindValue(sql::text(swot.form));
    q.addBindValue(swot.period);
    if (!q.exec())
        return Status::failure(tr("The SWOT analysis could not be saved: %1").arg(sql::errorText(q)));
    // Blank lines are not points of the analysis.
    auto clean = [](const QStringList& list) {
        QStringList result;
        for (const QString& s : list) {
            if (!s.trimmed().isEmpty())
                result << s.trimmed();
        }
        return result;
    };
    Swot cleaned = swot;
    cleaned.strengths = clean(swot.strengths);
    cleaned.weaknesses = clean(swot.weaknesses);
    cleaned.opportunities = clean(swot.opportunities);
    cleaned.threats = clean(swot.threats);
    if (!cleaned.isEmpty()) {
        record::MonitoringInserter insert(m_db);
        if (Status s = insert.swot(cleaned, position); !s)
            return s;
    }
    return tx.commit();
}

// ---- Evaluations ------------------------------------------------------------------------

Result<Evaluation> MonitoringRepository::saveEvaluation(Evaluation evaluation)
{
    if (!Period::parse(evaluation.period))
        return Result<Evaluation>::failure(tr("«%1» is not a period (e.g. 2026-H1).").arg(evaluation.period));
    if (!evaluation.date.isValid())
        return Result<Evaluation>::failure(tr("Give the date of the evaluation."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Evaluation>::failure(tx.error());
    const Result<int> slot = slotFor(u"evaluation"_s, evaluation.id, u"e"_s, tr("The evaluation could not be saved: %1"));
    if (!slot)
        return Result<Evaluation>::failure(slot.error());
    const int position = slot.value();
    record::MonitoringInserter insert(m_db);
    if (Status s = insert.evaluation(evaluation, position); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return evaluation;
}

Status MonitoringRepository::removeEvaluation(const QString& id)
{
    return removeRow(m_db, u"evaluation"_s, id, tr("The evaluation"));
}

} // namespace nastavnik
