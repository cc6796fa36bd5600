#include "storage/MonitoringRecords.h"

#include "storage/SqlHelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nastavnik::record {
namespace {

enum Statement {
    RoadmapRow,
    StageRow,
    ActivityRow,
    QuestionnaireRow,
    QuestionRow,
    ResponseRow,
    AnswerRow,
    TestRow,
    ResultRow,
    SwotRow,
    EvaluationRow,
    IndicatorRow,
};

QVariant optionalReal(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

} // namespace

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString& json)
{
    QStringList result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        result << v.toString();
    return result;
}

QString jsonInts(const QList<int>& list)
{
    // What QJsonDocument writes compactly, without building one per answer.
    QString json(1, u'[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(list.at(i));
    }
    json += u']';
    return json;
}

QList<int> fromJsonInts(const QString& json)
{
    QList<int> result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        result << v.toInt();
    return result;
}

// ---- Load -------------------------------------------------------------------------------

Status loadMonitoring(const QSqlDatabase& db, MonitoringData& out, bool roadmapsOnly)
{
    out = MonitoringData();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&](const QString& what) {
        return Status::failure(
            MonitoringInserter::tr("The monitoring data could not be read (%1): %2").arg(what, sql::errorText(q)));
    };

    QHash<QString, qsizetype> roadmaps;
    if (!q.exec(u"SELECT id, title, year, order_id FROM roadmap ORDER BY position, rowid"_s))
        return failed(MonitoringInserter::tr("roadmaps"));
    while (q.next()) {
        Roadmap r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.year = q.value(2).toInt();
        r.order = q.value(3).toString();
        roadmaps.insert(r.id, out.roadmaps.size());
        out.roadmaps << r;
    }
    if (!q.exec(u"SELECT roadmap_id, title FROM roadmap_stage ORDER BY roadmap_id, position"_s))
        return failed(MonitoringInserter::tr("stages of roadmaps"));
    while (q.next()) {
        if (const qsizetype i = roadmaps.value(q.value(0).toString(), -1); i >= 0)
            out.roadmaps[i].stages << RoadmapStage{q.value(1).toString(), {}};
    }
    if (!q.exec(u"SELECT roadmap_id, stage, id, title, start, finish, responsible_id, result, status, done, note "
                "FROM roadmap_activity ORDER BY roadmap_id, stage, position"_s))
        return failed(MonitoringInserter::tr("activities of roadmaps"));
    while (q.next()) {
        const qsizetype i = roadmaps.value(q.value(0).toString(), -1);
        const int stage = q.value(1).toInt();
        if (i < 0 || stage < 0 || stage >= out.roadmaps[i].stages.size())
            continue;
        RoadmapActivity a;
        a.id = q.value(2).toString();
        a.title = q.value(3).toString();
        a.start = sql::toDate(q.value(4));
        a.end = sql::toDate(q.value(5));
        a.responsible = q.value(6).toString();
        a.result = q.value(7).toString();
        a.status = q.value(8).toString();
        a.done = sql::toDate(q.value(9));
        a.note = q.value(10).toString();
        out.roadmaps[i].stages[stage].activities << a;
    }
    if (roadmapsOnly)
        return Status::success();

    QHash<QString, qsizetype> questionnaires;
    if (!q.exec(u"SELECT id, family, version, title, purpose, respondent, clause, intro, created FROM questionnaire "
                "ORDER BY position, rowid"_s))
        return failed(MonitoringInserter::tr("questionnaires"));
    while (q.next()) {
        Questionnaire t;
        t.id = q.value(0).toString();
        t.family = q.value(1).toString();
        t.version = q.value(2).toInt();
        t.title = q.value(3).toString();
        t.purpose = q.value(4).toString();
        t.respondent = q.value(5).toString();
        t.clause = q.value(6).toString();
        t.intro = q.value(7).toString();
        t.created = sql::toDate(q.value(8));
        questionnaires.insert(t.id, out.questionnaires.size());
        out.questionnaires << t;
    }
    if (!q.exec(u"SELECT questionnaire_id, id, kind, text, options FROM question "
                "ORDER BY questionnaire_id, position"_s))
        return failed(MonitoringInserter::tr("questions"));
    while (q.next()) {
        if (const qsizetype i = questionnaires.value(q.value(0).toString(), -1); i >= 0) {
            out.questionnaires[i].questions
                << Question{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            fromJsonList(q.value(4).toString())};
        }
    }

    QHash<QString, qsizetype> responses;
    if (!q.exec(u"SELECT id, questionnaire_id, person_id, pair_id, date, note FROM response ORDER BY position, rowid"_s))
        return failed(MonitoringInserter::tr("answered questionnaires"));
    while (q.next()) {
        Response r;
        r.id = q.value(0).toString();
        r.questionnaire = q.value(1).toString();
        r.person = q.value(2).toString();
        r.pair = q.value(3).toString();
        r.date = sql::toDate(q.value(4));
        r.note = q.value(5).toString();
        responses.insert(r.id, out.responses.size());
        out.responses << r;
    }
    if (!q.exec(u"SELECT response_id, question_id, scale, choices, text FROM answer ORDER BY response_id, position"_s))
        return failed(MonitoringInserter::tr("answers"));
    while (q.next()) {
        if (const qsizetype i = responses.value(q.value(0).toString(), -1); i >= 0) {
            Answer a;
            a.question = q.value(1).toString();
            a.scale = sql::toOptionalInt(q.value(2));
            a.choices = fromJsonInts(q.value(3).toString());
            a.text = q.value(4).toString();
            out.responses[i].answers << a;
        }
    }

    if (!q.exec(u"SELECT id, title, max_score, form, note FROM knowledge_test ORDER BY position, rowid"_s))
        return failed(MonitoringInserter::tr("tests"));
    while (q.next()) {
        out.tests << KnowledgeTest{q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                                   q.value(3).toString(), q.value(4).toString()};
    }
    if (!q.exec(u"SELECT test_id, person_id, pair_id, stage, date, score FROM test_result ORDER BY position, id"_s))
        return failed(MonitoringInserter::tr("test results"));
    while (q.next()) {
        out.testResults << TestResult{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(), sql::toDate(q.value(4)), q.value(5).toDouble()};
    }

    if (!q.exec(u"SELECT form, period, date, strengths, weaknesses, opportunities, threats FROM swot "
                "ORDER BY position, id"_s))
        return failed(MonitoringInserter::tr("SWOT analyses"));
    while (q.next()) {
        out.swots << Swot{q.value(0).toString(), q.value(1).toString(), sql::toDate(q.value(2)),
                          fromJsonList(q.value(3).toString()), fromJsonList(q.value(4).toString()),
                          fromJsonList(q.value(5).toString()), fromJsonList(q.value(6).toString())};
    }

    QHash<QString, qsizetype> evaluations;
    if (!q.exec(u"SELECT id, period, form, date, conclusions FROM evaluation ORDER BY position, rowid"_s))
        return failed(MonitoringInserter::tr("evaluations"));
    while (q.next()) {
        Evaluation e;
        e.id = q.value(0).toString();
        e.period = q.value(1).toString();
        e.form = q.value(2).toString();
        e.date = sql::toDate(q.value(3));
        e.conclusions = q.value(4).toString();
        evaluations.insert(e.id, out.evaluations.size());
        out.evaluations << e;
    }
    if (!q.exec(u"SELECT evaluation_id, indicator, value, numerator, denominator FROM evaluation_indicator "
                "ORDER BY evaluation_id, position"_s))
        return failed(MonitoringInserter::tr("indicators of evaluations"));
    while (q.next()) {
        if (const qsizetype i = evaluations.value(q.value(0).toString(), -1); i >= 0) {
            SavedIndicator v;
            v.id = q.value(1).toString();
            if (!q.value(2).isNull())
                v.value = q.value(2).toDouble();
            v.numerator = q.value(3).toInt();
            v.denominator = q.value(4).toInt();
            out.evaluations[i].indicators << v;
        }
    }
    return Status::success();
}

// ---- Replace ----------------------------------------------------------------------------

Status replaceMonitoring(const QSqlDatabase& db, const MonitoringData& data)
{
    QSqlQuery q(db);
    // Answers before responses before questions: an answered question refuses to go.
    for (const char16_t* table : {u"evaluation_indicator", u"evaluation", u"swot", u"test_result", u"knowledge_test",
                                  u"answer", u"response", u"question", u"questionnaire", u"roadmap_activity",
                                  u"roadmap_stage", u"roadmap"}) {
        if (!q.exec(u"DELETE FROM "_s + QString::fromUtf16(table))) {
            return Status::failure(MonitoringInserter::tr("The monitoring data could not be replaced (%1): %2")
                                       .arg(QString::fromUtf16(table), sql::errorText(q)));
        }
    }
    MonitoringInserter insert(db, sql::BulkInsert::kBulkRows);
    for (int i = 0; i < data.roadmaps.size(); ++i) {
        if (Status s = insert.roadmap(data.roadmaps.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.questionnaires.size(); ++i) {
        if (Status s = insert.questionnaire(data.questionnaires.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.responses.size(); ++i) {
        if (Status s = insert.response(data.responses.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.tests.size(); ++i) {
        if (Status s = insert.test(data.tests.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.testResults.size(); ++i) {
        if (Status s = insert.result(data.testResults.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.swots.size(); ++i) {
        if (Status s = insert.swot(data.swots.at(i), i); !s)
            return s;
    }
    for (int i = 0; i < data.evaluations.size(); ++i) {
        if (Status s = insert.evaluation(data.evaluations.at(i), i); !s)
            return s;
    }
    return insert.flush();
}

// ---- Inserter ---------------------------------------------------------------------------

MonitoringInserter::MonitoringInserter(const QSqlDatabase& db, int rowsPerStatement)
    : m_db(db)
    , m_rowsPerStatement(rowsPerStatement)
{
}

Status MonitoringInserter::flush()
{
    for (const std::unique_ptr<sql::BulkInsert>& insert : m_inserts) {
        if (insert && !insert->flush())
            return failed(*insert);
    }
    return Status::success();
}

MonitoringInserter::~MonitoringInserter() = default;

sql::BulkInsert& MonitoringInserter::prepared(int which, const QString& table, const QStringList& columns)
{
    std::unique_ptr<sql::BulkInsert>& insert = m_inserts[which];
    if (!insert)
        insert = std::make_unique<sql::BulkInsert>(m_db, table, columns, m_rowsPerStatement);
    return *insert;
}

Status MonitoringInserter::failed(const sql::BulkInsert& insert) const
{
    return Status::failure(
        tr("The monitoring data could not be saved (%1): %2").arg(insert.failedRecord(), insert.error()));
}

Status MonitoringInserter::roadmap(const Roadmap& r, int position)
{
    sql::BulkInsert& head = prepared(RoadmapRow, u"roadmap"_s, {u"id"_s, u"position"_s, u"title"_s, u"year"_s, u"order_id"_s});
    if (!head.insert({r.id, position, sql::text(r.title), r.year, sql::ref(r.order)}, r.title))
        return failed(head);
    sql::BulkInsert& stage = prepared(StageRow, u"roadmap_stage"_s, {u"roadmap_id"_s, u"position"_s, u"title"_s});
    sql::BulkInsert& activity = prepared(ActivityRow, u"roadmap_activity"_s,
                                    {u"id"_s, u"roadmap_id"_s, u"stage"_s, u"position"_s, u"title"_s, u"start"_s,
                                     u"finish"_s, u"responsible_id"_s, u"result"_s, u"status"_s, u"done"_s, u"note"_s});
    for (int s = 0; s < r.stages.size(); ++s) {
        const RoadmapStage& st = r.stages.at(s);
        if (!stage.insert({r.id, s, sql::text(st.title)}, st.title))
            return failed(stage);
        for (int k = 0; k < st.activities.size(); ++k) {
            const RoadmapActivity& a = st.activities.at(k);
            if (!activity.insert({a.id, r.id, s, k, sql::text(a.title), sql::date(a.start), sql::date(a.end),
                                  sql::ref(a.responsible), sql::text(a.result), sql::text(a.status), sql::date(a.done),
                                  sql::text(a.note)}, a.title))
                return failed(activity);
        }
    }
    return Status::success();
}

Status MonitoringInserter::questionnaire(const Questionnaire& t, int position)
{
    sql::BulkInsert& head = prepared(QuestionnaireRow, u"questionnaire"_s,
                                {u"id"_s, u"position"_s, u"family"_s, u"version"_s, u"title"_s, u"purpose"_s,
                                 u"respondent"_s, u"clause"_s, u"intro"_s, u"created"_s});
    if (!head.insert({t.id, position, sql::text(t.family.isEmpty() ? t.id : t.family), t.version, sql::text(t.title),
                      sql::text(t.purpose), sql::text(t.respondent), sql::text(t.clause), sql::text(t.intro),
                      sql::date(t.created)}, t.title))
        return failed(head);
    sql::BulkInsert& question = prepared(QuestionRow, u"question"_s,
                                    {u"questionnaire_id"_s, u"position"_s, u"id"_s, u"kind"_s, u"text"_s, u"options"_s});
    for (int i = 0; i < t.questions.size(); ++i) {
        const Question& qn = t.questions.at(i);
        if (!question.insert({t.id, i, sql::text(qn.id), sql::text(qn.kind), sql::text(qn.text), jsonList(qn.options)}, t.title))
            return failed(question);
    }
    return Status::success();
}

Status MonitoringInserter::response(const Response& r, int position)
{
    sql::BulkInsert& head = prepared(ResponseRow, u"response"_s,
                                {u"id"_s, u"position"_s, u"questionnaire_id"_s, u"person_id"_s, u"pair_id"_s, u"date"_s,
                                 u"note"_s});
    if (!head.insert({r.id, position, sql::text(r.questionnaire), sql::ref(r.person), sql::ref(r.pair),
                      sql::date(r.date), sql::text(r.note)}, r.id))
        return failed(head);
    sql::BulkInsert& answer = prepared(AnswerRow, u"answer"_s,
                                  {u"response_id"_s, u"position"_s, u"question_id"_s, u"scale"_s, u"choices"_s, u"text"_s});
    const QVariant responseId(r.id);
    for (int i = 0; i < r.answers.size(); ++i) {
        const Answer& a = r.answers.at(i);
        if (!answer.insert({responseId, i, sql::text(a.question), sql::optionalInt(a.scale), jsonInts(a.choices),
                            sql::text(a.text)}, r.id))
            return failed(answer);
    }
    return Status::success();
}

Status MonitoringInserter::test(const KnowledgeTest& t, int position)
{
    sql::BulkInsert& q = prepared(TestRow, u"knowledge_test"_s,
                             {u"id"_s, u"position"_s, u"title"_s, u"max_score"_s, u"form"_s, u"note"_s});
    return q.insert({t.id, position, sql::text(t.title), t.maxScore, sql::text(t.form), sql::text(t.note)}, t.title)
        ? Status::success()
        : failed(q);
}

Status MonitoringInserter::result(const TestResult& r, int position)
{
    sql::BulkInsert& q = prepared(ResultRow, u"test_result"_s,
                             {u"position"_s, u"test_id"_s, u"person_id"_s, u"pair_id"_s, u"stage"_s, u"date"_s, u"score"_s});
    return q.insert({position, sql::text(r.test), sql::text(r.person), sql::ref(r.pair), sql::text(r.stage),
                     sql::date(r.date), r.score}, r.test + u' ' + r.person)
        ? Status::success()
        : failed(q);
}

Status MonitoringInserter::swot(const Swot& s, int position)
{
    sql::BulkInsert& q = prepared(SwotRow, u"swot"_s,
                             {u"position"_s, u"form"_s, u"period"_s, u"date"_s, u"strengths"_s, u"weaknesses"_s,
                              u"opportunities"_s, u"threats"_s});
    return q.insert({position, sql::text(s.form), sql::text(s.period), sql::date(s.date), jsonList(s.strengths),
                     jsonList(s.weaknesses), jsonList(s.opportunities), jsonList(s.threats)}, u"SWOT "_s + s.period)
        ? Status::success()
        : failed(q);
}

Status MonitoringInserter::evaluation(const Evaluation& e, int position)
{
    sql::BulkInsert& head = prepared(EvaluationRow, u"evaluation"_s,
                                {u"id"_s, u"position"_s, u"period"_s, u"form"_s, u"date"_s, u"conclusions"_s});
    if (!head.insert({e.id, position, sql::text(e.period), sql::text(e.form), sql::date(e.date), sql::text(e.conclusions)}, e.id))
        return failed(head);
    sql::BulkInsert& value = prepared(IndicatorRow, u"evaluation_indicator"_s,
                                 {u"evaluation_id"_s, u"position"_s, u"indicator"_s, u"value"_s, u"numerator"_s,
                                  u"denominator"_s});
    for (int i = 0; i < e.indicators.size(); ++i) {
        const SavedIndicator& v = e.indicators.at(i);
        if (!value.insert({e.id, i, sql::text(v.id), optionalReal(v.value), v.numerator, v.denominator}, e.id))
            return failed(value);
    }
    return Status::success();
}

} // namespace nastavnik::record
