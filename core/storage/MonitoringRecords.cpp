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
    QJsonArray array;
    for (int i : list)
        array.append(i);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
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
    MonitoringInserter insert(db);
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
    return Status::success();
}

// ---- Inserter ---------------------------------------------------------------------------

MonitoringInserter::MonitoringInserter(const QSqlDatabase& db)
    : m_db(db)
{
}

MonitoringInserter::~MonitoringInserter() = default;

QSqlQuery& MonitoringInserter::prepared(int which, const QString& sqlText)
{
    std::unique_ptr<QSqlQuery>& q = m_queries[which];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(sqlText);
    }
    return *q;
}

Status MonitoringInserter::failed(const QString& what, const QSqlQuery& q) const
{
    return Status::failure(tr("The monitoring data could not be saved (%1): %2").arg(what, sql::errorText(q)));
}

Status MonitoringInserter::roadmap(const Roadmap& r, int position)
{
    QSqlQuery& head = prepared(RoadmapRow, u"INSERT INTO roadmap (id, position, title, year, order_id) VALUES (?, ?, ?, ?, ?)"_s);
    head.addBindValue(r.id);
    head.addBindValue(position);
    head.addBindValue(sql::text(r.title));
    head.addBindValue(r.year);
    head.addBindValue(sql::ref(r.order));
    if (!head.exec())
        return failed(r.title, head);
    QSqlQuery& stage = prepared(StageRow, u"INSERT INTO roadmap_stage (roadmap_id, position, title) VALUES (?, ?, ?)"_s);
    QSqlQuery& activity = prepared(ActivityRow,
                                   u"INSERT INTO roadmap_activity (id, roadmap_id, stage, position, title, start, finish, "
                                   "responsible_id, result, status, done, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int s = 0; s < r.stages.size(); ++s) {
        const RoadmapStage& st = r.stages.at(s);
        stage.addBindValue(r.id);
        stage.addBindValue(s);
        stage.addBindValue(sql::text(st.title));
        if (!stage.exec())
            return failed(st.title, stage);
        for (int k = 0; k < st.activities.size(); ++k) {
            const RoadmapActivity& a = st.activities.at(k);
            activity.addBindValue(a.id);
            activity.addBindValue(r.id);
            activity.addBindValue(s);
            activity.addBindValue(k);
            activity.addBindValue(sql::text(a.title));
            activity.addBindValue(sql::date(a.start));
            activity.addBindValue(sql::date(a.end));
            activity.addBindValue(sql::ref(a.responsible));
            activity.addBindValue(sql::text(a.result));
            activity.addBindValue(sql::text(a.status));
            activity.addBindValue(sql::date(a.done));
            activity.addBindValue(sql::text(a.note));
            if (!activity.exec())
                return failed(a.title, activity);
        }
    }
    return Status::success();
}

Status MonitoringInserter::questionnaire(const Questionnaire& t, int position)
{
    QSqlQuery& head = prepared(QuestionnaireRow,
                               u"INSERT INTO questionnaire (id, position, family, version, title, purpose, respondent, "
                               "clause, intro, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    head.addBindValue(t.id);
    head.addBindValue(position);
    head.addBindValue(sql::text(t.family.isEmpty() ? t.id : t.family));
    head.addBindValue(t.version);
    head.addBindValue(sql::text(t.title));
    head.addBindValue(sql::text(t.purpose));
    head.addBindValue(sql::text(t.respondent));
    head.addBindValue(sql::text(t.clause));
    head.addBindValue(sql::text(t.intro));
    head.addBindValue(sql::date(t.created));
    if (!head.exec())
        return failed(t.title, head);
    QSqlQuery& question = prepared(QuestionRow,
                                   u"INSERT INTO question (questionnaire_id, position, id, kind, text, options) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < t.questions.size(); ++i) {
        const Question& qn = t.questions.at(i);
        question.addBindValue(t.id);
        question.addBindValue(i);
        question.addBindValue(sql::text(qn.id));
        question.addBindValue(sql::text(qn.kind));
        question.addBindValue(sql::text(qn.text));
        question.addBindValue(jsonList(qn.options));
        if (!question.exec())
            return failed(t.title, question);
    }
    return Status::success();
}

Status MonitoringInserter::response(const Response& r, int position)
{
    QSqlQuery& head = prepared(ResponseRow,
                               u"INSERT INTO response (id, position, questionnaire_id, person_id, pair_id, date, note) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    head.addBindValue(r.id);
    head.addBindValue(position);
    head.addBindValue(sql::text(r.questionnaire));
    head.addBindValue(sql::ref(r.person));
    head.addBindValue(sql::ref(r.pair));
    head.addBindValue(sql::date(r.date));
    head.addBindValue(sql::text(r.note));
    if (!head.exec())
        return failed(r.id, head);
    QSqlQuery& answer = prepared(AnswerRow,
                                 u"INSERT INTO answer (response_id, position, question_id, scale, choices, text) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < r.answers.size(); ++i) {
        const Answer& a = r.answers.at(i);
        answer.addBindValue(r.id);
        answer.addBindValue(i);
        answer.addBindValue(sql::text(a.question));
        answer.addBindValue(sql::optionalInt(a.scale));
        answer.addBindValue(jsonInts(a.choices));
        answer.addBindValue(sql::text(a.text));
        if (!answer.exec())
            return failed(r.id, answer);
    }
    return Status::success();
}

Status MonitoringInserter::test(const KnowledgeTest& t, int position)
{
    QSqlQuery& q = prepared(TestRow,
                            u"INSERT INTO knowledge_test (id, position, title, max_score, form, note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.id);
    q.addBindValue(position);
    q.addBindValue(sql::text(t.title));
    q.addBindValue(t.maxScore);
    q.addBindValue(sql::text(t.form));
    q.addBindValue(sql::text(t.note));
    return q.exec() ? Status::success() : failed(t.title, q);
}

Status MonitoringInserter::result(const TestResult& r, int position)
{
    QSqlQuery& q = prepared(ResultRow,
                            u"INSERT INTO test_result (position, test_id, person_id, pair_id, stage, date, score) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(position);
    q.addBindValue(sql::text(r.test));
    q.addBindValue(sql::text(r.person));
    q.addBindValue(sql::ref(r.pair));
    q.addBindValue(sql::text(r.stage));
    q.addBindValue(sql::date(r.date));
    q.addBindValue(r.score);
    return q.exec() ? Status::success() : failed(r.test + u' ' + r.person, q);
}

Status MonitoringInserter::swot(const Swot& s, int position)
{
    QSqlQuery& q = prepared(SwotRow,
                            u"INSERT INTO swot (position, form, period, date, strengths, weaknesses, opportunities, "
                            "threats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(position);
    q.addBindValue(sql::text(s.form));
    q.addBindValue(sql::text(s.period));
    q.addBindValue(sql::date(s.date));
    q.addBindValue(jsonList(s.strengths));
    q.addBindValue(jsonList(s.weaknesses));
    q.addBindValue(jsonList(s.opportunities));
    q.addBindValue(jsonList(s.threats));
    return q.exec() ? Status::success() : failed(u"SWOT "_s + s.period, q);
}

Status MonitoringInserter::evaluation(const Evaluation& e, int position)
{
    QSqlQuery& head = prepared(EvaluationRow,
                               u"INSERT INTO evaluation (id, position, period, form, date, conclusions) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s);
    head.addBindValue(e.id);
    head.addBindValue(position);
    head.addBindValue(sql::text(e.period));
    head.addBindValue(sql::text(e.form));
    head.addBindValue(sql::date(e.date));
    head.addBindValue(sql::text(e.conclusions));
    if (!head.exec())
        return failed(e.id, head);
    QSqlQuery& value = prepared(IndicatorRow,
                                u"INSERT INTO evaluation_indicator (evaluation_id, position, indicator, value, numerator, "
                                "denominator) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < e.indicators.size(); ++i) {
        const SavedIndicator& v = e.indicators.at(i);
        value.addBindValue(e.id);
        value.addBindValue(i);
        value.addBindValue(sql::text(v.id));
        value.addBindValue(optionalReal(v.value));
        value.addBindValue(v.numerator);
        value.addBindValue(v.denominator);
        if (!value.exec())
            return failed(e.id, value);
    }
    return Status::success();
}

} // namespace nastavnik::record
