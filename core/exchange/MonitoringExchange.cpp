// The monitoring sections of the exchange file (additional top-level keys, README): roadmaps,
// questionnaires, responses, tests, test_results, swot, evaluations. The reader's and the
// writer's functions for them, registered in the section tables of ExchangeReader.cpp and
// ExchangeWriter.cpp.

#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/JsonWriter.h"
#include "monitoring/Period.h"

#include <cmath>
#include <climits>

using namespace Qt::StringLiterals;

namespace nastavnik::exchange {
namespace {

QSet<QString> keys(std::initializer_list<const char16_t*> list)
{
    QSet<QString> set;
    for (const char16_t* k : list)
        set.insert(QString::fromUtf16(k));
    return set;
}

const QSet<QString>& roadmapKeys()
{
    static const QSet<QString> k = keys({u"id", u"title", u"year", u"order", u"stages"});
    return k;
}
const QSet<QString>& stageKeys()
{
    static const QSet<QString> k = keys({u"title", u"activities"});
    return k;
}
const QSet<QString>& activityKeys()
{
    static const QSet<QString> k = keys(
        {u"id", u"title", u"start", u"end", u"responsible", u"result", u"status", u"done", u"note"});
    return k;
}
const QSet<QString>& questionnaireKeys()
{
    static const QSet<QString> k = keys({u"id", u"family", u"version", u"title", u"purpose", u"respondent", u"clause",
                                         u"intro", u"created", u"questions"});
    return k;
}
const QSet<QString>& questionKeys()
{
    static const QSet<QString> k = keys({u"id", u"kind", u"text", u"options"});
    return k;
}
const QSet<QString>& responseKeys()
{
    static const QSet<QString> k = keys({u"id", u"questionnaire", u"person", u"pair", u"date", u"answers", u"note"});
    return k;
}
const QSet<QString>& answerKeys()
{
    static const QSet<QString> k = keys({u"question", u"scale", u"choices", u"text"});
    return k;
}
const QSet<QString>& testKeys()
{
    static const QSet<QString> k = keys({u"id", u"title", u"max_score", u"form", u"note"});
    return k;
}
const QSet<QString>& resultKeys()
{
    static const QSet<QString> k = keys({u"test", u"person", u"pair", u"stage", u"date", u"score"});
    return k;
}
const QSet<QString>& swotKeys()
{
    static const QSet<QString> k = keys(
        {u"form", u"period", u"date", u"strengths", u"weaknesses", u"opportunities", u"threats"});
    return k;
}
const QSet<QString>& evaluationKeys()
{
    static const QSet<QString> k = keys({u"id", u"period", u"form", u"date", u"indicators", u"conclusions"});
    return k;
}
const QSet<QString>& indicatorKeys()
{
    static const QSet<QString> k = keys({u"id", u"value", u"numerator", u"denominator"});
    return k;
}

/// A pair form, or "" for the programme as a whole.
QStringList formsOrAll()
{
    QStringList forms{QString()};
    forms << vocabulary::codes(Vocab::PairForm);
    return forms;
}

} // namespace

// ---- Reading ----------------------------------------------------------------------------

void ExchangeReader::eachObject(const JsonNode& value,
                                const JsonPath& path,
                                bool topLevel,
                                const std::function<void(const JsonNode&, const JsonPath&)>& each)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        wrongType(path, tr("an array […]"), value);
        return;
    }
    value.forEachElement([&](qsizetype i, const JsonNode& v) {
        if (topLevel)
            m_element = i;
        const JsonPath at(path, i);
        if (!v.isObject()) {
            wrongType(at, tr("an object {…}"), v);
            return;
        }
        each(v, at);
    });
    if (topLevel)
        m_element = -1;
}

double ExchangeReader::number(Fields& f, QLatin1StringView key, double fallback, double minimum, bool exclusive, Need need)
{
    const JsonNode v = f.get(key);
    const JsonPath at(f.path, key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at, tr("a number"));
        return fallback;
    }
    const double n = v.isDouble() ? v.toDouble() : 0;
    if (!v.isDouble() || !std::isfinite(n) || n < minimum || (exclusive && n == minimum)) {
        error(exclusive ? tr("%1: expected a number greater than %2, found %3").arg(at.toString()).arg(minimum).arg(describe(v))
                        : tr("%1: expected a number of at least %2, found %3").arg(at.toString()).arg(minimum).arg(describe(v)));
        return fallback;
    }
    return n;
}

std::optional<int> ExchangeReader::integer(Fields& f, QLatin1StringView key, int minimum, int maximum, Need need)
{
    const JsonNode v = f.get(key);
    const JsonPath at(f.path, key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at, tr("a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (n == std::floor(n) && n >= minimum && n <= maximum)
            return int(n);
    }
    error(tr("%1: expected a whole number from %2 to %3, found %4").arg(at.toString()).arg(minimum).arg(maximum).arg(describe(v)));
    return std::nullopt;
}

void ExchangeReader::checkPeriod(Fields& f, QLatin1StringView key, QString* period)
{
    const JsonNode v = f.get(key);
    const JsonPath at(f.path, key);
    const QString expected = tr("a period: \"2026-H1\", \"2026-H2\", \"2026/2027\", \"2026\" or "
                                "\"2026-09-01..2026-12-31\"");
    if (v.isUndefined() || v.isNull()) {
        missing(at, expected);
        return;
    }
    if (!v.isString()) {
        wrongType(at, expected, v);
        return;
    }
    *period = v.toString();
    if (!Period::parse(*period))
        error(tr("%1: «%2» is not a period; expected %3").arg(at.toString(), *period, expected));
}

void ExchangeReader::readRoadmaps(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    QHash<QString, QString> activityIds; // id → where it was first seen
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        Roadmap r;
        r.id = f.get("id"_L1).toString(); // checked in pass 1
        r.title = text(f, "title"_L1);
        r.year = integer(f, "year"_L1, 0, 9999, Need::Optional).value_or(0);
        r.order = reference(f, "order"_L1, IdList::Orders, Need::Optional);
        const JsonPath stagesPath(at, "stages"_L1);
        eachObject(f.get("stages"_L1), stagesPath, false, [&](const JsonNode& so, const JsonPath& stageAt) {
            Fields sf{so, stageAt};
            RoadmapStage stage;
            stage.title = text(sf, "title"_L1);
            const JsonPath activitiesPath(stageAt, "activities"_L1);
            eachObject(sf.get("activities"_L1), activitiesPath, false, [&](const JsonNode& ao, const JsonPath& activityAt) {
                Fields af{ao, activityAt};
                RoadmapActivity a;
                const JsonPath idPath(activityAt, "id"_L1);
                const JsonNode id = af.get("id"_L1);
                if (!id.isString() || id.toString().trimmed().isEmpty()) {
                    missing(idPath, tr("an id: a non-empty text, unique among the activities of every roadmap"));
                } else {
                    a.id = id.toString();
                    const auto seen = activityIds.constFind(a.id);
                    if (seen != activityIds.constEnd())
                        error(tr("%1: «%2» is already the id of %3; ids of activities must be unique")
                                  .arg(idPath.toString(), a.id, seen.value()));
                    else
                        activityIds.insert(a.id, activityAt.toString());
                }
                a.title = text(af, "title"_L1);
                a.start = date(af, "start"_L1);
                a.end = date(af, "end"_L1);
                checkEnd(a.start, a.end, JsonPath(activityAt, "end"_L1), false);
                a.responsible = reference(af, "responsible"_L1, IdList::People, Need::Optional);
                a.result = text(af, "result"_L1);
                a.status = code(af, "status"_L1, monitoringvocab::activityStatuses(), Need::Optional, a.status);
                a.done = date(af, "done"_L1);
                a.note = text(af, "note"_L1);
                checkKeys(af, activityKeys());
                stage.activities << a;
            });
            checkKeys(sf, stageKeys());
            r.stages << stage;
        });
        checkKeys(f, roadmapKeys());
        data.monitoring.roadmaps << r;
    });
}

void ExchangeReader::readQuestionnaires(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    QHash<QString, QString> versions; // "family\nversion" → where
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        Questionnaire t;
        t.id = f.get("id"_L1).toString();
        t.family = text(f, "family"_L1);
        if (t.family.isEmpty())
            t.family = t.id;
        t.version = integer(f, "version"_L1, 1, INT_MAX, Need::Optional).value_or(1);
        const QString key = t.family + u'\n' + QString::number(t.version);
        if (const auto seen = versions.constFind(key); seen != versions.constEnd()) {
            error(tr("%1: version %2 of the questionnaire «%3» is already at %4; each version is listed once")
                      .arg(JsonPath(at, "version"_L1).toString())
                      .arg(t.version)
                      .arg(t.family, seen.value()));
        } else {
            versions.insert(key, at.toString());
        }
        t.title = text(f, "title"_L1);
        t.purpose = code(f, "purpose"_L1, monitoringvocab::purposes(), Need::Optional, t.purpose);
        t.respondent = code(f, "respondent"_L1, monitoringvocab::respondents(), Need::Optional, t.respondent);
        t.clause = text(f, "clause"_L1);
        t.intro = text(f, "intro"_L1);
        t.created = date(f, "created"_L1);
        QSet<QString> questionIds;
        eachObject(f.get("questions"_L1), JsonPath(at, "questions"_L1), false, [&](const JsonNode& qo, const JsonPath& qAt) {
            Fields qf{qo, qAt};
            Question q;
            const JsonPath idPath(qAt, "id"_L1);
            const JsonNode id = qf.get("id"_L1);
            if (!id.isString() || id.toString().trimmed().isEmpty()) {
                missing(idPath, tr("the question's id: a non-empty text, unique within the questionnaire"));
            } else {
                q.id = id.toString();
                if (questionIds.contains(q.id))
                    error(tr("%1: «%2» is already the id of another question of this questionnaire")
                              .arg(idPath.toString(), q.id));
                questionIds.insert(q.id);
            }
            q.kind = code(qf, "kind"_L1, monitoringvocab::questionKinds(), Need::Required, q.kind);
            q.text = text(qf, "text"_L1);
            q.options = strings(qf, "options"_L1);
            checkKeys(qf, questionKeys());
            t.questions << q;
        });
        checkKeys(f, questionnaireKeys());
        data.monitoring.questionnaires << t;
    });
}

void ExchangeReader::readResponses(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        Response r;
        r.id = f.get("id"_L1).toString();
        r.questionnaire = reference(f, "questionnaire"_L1, IdList::Questionnaires, Need::Required);
        const Questionnaire* form = data.monitoring.questionnaire(r.questionnaire);
        r.person = reference(f, "person"_L1, IdList::People, Need::Optional);
        r.pair = reference(f, "pair"_L1, IdList::Pairs, Need::Optional);
        r.date = date(f, "date"_L1);
        QSet<QString> answered;
        eachObject(f.get("answers"_L1), JsonPath(at, "answers"_L1), false, [&](const JsonNode& ao, const JsonPath& aAt) {
            Fields af{ao, aAt};
            Answer a;
            const JsonPath questionPath(aAt, "question"_L1);
            const JsonNode question = af.get("question"_L1);
            const Question* q = nullptr;
            if (!question.isString() || question.toString().isEmpty()) {
                missing(questionPath, tr("the id of a question of the questionnaire"));
            } else {
                a.question = question.toString();
                q = form ? form->question(a.question) : nullptr;
                if (form && !q)
                    error(tr("%1: «%2» is not a question of the questionnaire «%3»")
                              .arg(questionPath.toString(), a.question, r.questionnaire));
                if (answered.contains(a.question))
                    error(tr("%1: the question «%2» is answered twice; keep one answer")
                              .arg(questionPath.toString(), a.question));
                answered.insert(a.question);
            }
            a.scale = integer(af, "scale"_L1, 1, 10, Need::Optional);
            const JsonPath choicesPath(aAt, "choices"_L1);
            const JsonNode choices = af.get("choices"_L1);
            if (choices.isArray()) {
                choices.forEachElement([&](qsizetype i, const JsonNode& c) {
                    const double n = c.isDouble() ? c.toDouble() : -1;
                    const int options = q ? int(q->options.size()) : INT_MAX;
                    if (!c.isDouble() || n != std::floor(n) || n < 0 || n >= options)
                        error(tr("%1: expected the number of an option, from 0 to %2, found %3")
                                  .arg(JsonPath(choicesPath, i).toString())
                                  .arg(qMax(0, options - 1))
                                  .arg(describe(c)));
                    else
                        a.choices << int(n);
                });
            } else if (!choices.isUndefined() && !choices.isNull()) {
                wrongType(choicesPath, tr("an array of option numbers, e.g. [0, 2]"), choices);
            }
            a.text = text(af, "text"_L1);
            checkKeys(af, answerKeys());
            r.answers << a;
        });
        r.note = text(f, "note"_L1);
        checkKeys(f, responseKeys());
        data.monitoring.responses << r;
    });
}

void ExchangeReader::readTests(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        KnowledgeTest t;
        t.id = f.get("id"_L1).toString();
        t.title = text(f, "title"_L1);
        t.maxScore = number(f, "max_score"_L1, t.maxScore, 0, true, Need::Optional);
        t.form = code(f, "form"_L1, formsOrAll(), Need::Optional);
        t.note = text(f, "note"_L1);
        checkKeys(f, testKeys());
        data.monitoring.tests << t;
    });
}

void ExchangeReader::readTestResults(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    QHash<QString, QString> seen;
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        TestResult r;
        r.test = reference(f, "test"_L1, IdList::Tests, Need::Required);
        r.person = reference(f, "person"_L1, IdList::People, Need::Required);
        r.pair = reference(f, "pair"_L1, IdList::Pairs, Need::Optional);
        r.stage = code(f, "stage"_L1, monitoringvocab::testStages(), Need::Required, r.stage);
        r.date = date(f, "date"_L1);
        r.score = number(f, "score"_L1, 0, 0, false, Need::Required);
        const QString key = r.test + u'\n' + r.person + u'\n' + r.stage;
        if (const auto it = seen.constFind(key); it != seen.constEnd())
            error(tr("%1: the %2 result of «%3» in the test «%4» is already at %5; keep one")
                      .arg(at.toString(), r.stage, r.person, r.test, it.value()));
        else
            seen.insert(key, at.toString());
        checkKeys(f, resultKeys());
        data.monitoring.testResults << r;
    });
}

void ExchangeReader::readSwots(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    QHash<QString, QString> seen;
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        Swot s;
        s.form = code(f, "form"_L1, formsOrAll(), Need::Optional);
        checkPeriod(f, "period"_L1, &s.period);
        const QString key = s.form + u'\n' + s.period;
        if (const auto it = seen.constFind(key); it != seen.constEnd())
            error(tr("%1: the SWOT analysis of this form and period is already at %2; keep one")
                      .arg(at.toString(), it.value()));
        else
            seen.insert(key, at.toString());
        s.date = date(f, "date"_L1);
        s.strengths = strings(f, "strengths"_L1);
        s.weaknesses = strings(f, "weaknesses"_L1);
        s.opportunities = strings(f, "opportunities"_L1);
        s.threats = strings(f, "threats"_L1);
        checkKeys(f, swotKeys());
        data.monitoring.swots << s;
    });
}

void ExchangeReader::readEvaluations(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    eachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        Fields f{o, at};
        Evaluation e;
        e.id = f.get("id"_L1).toString();
        checkPeriod(f, "period"_L1, &e.period);
        e.form = code(f, "form"_L1, formsOrAll(), Need::Optional);
        e.date = date(f, "date"_L1);
        QSet<QString> ids;
        eachObject(f.get("indicators"_L1), JsonPath(at, "indicators"_L1), false, [&](const JsonNode& io, const JsonPath& iAt) {
            Fields vf{io, iAt};
            SavedIndicator v;
            const JsonPath idPath(iAt, "id"_L1);
            const JsonNode id = vf.get("id"_L1);
            if (!id.isString() || id.toString().isEmpty()) {
                missing(idPath, tr("the id of an indicator"));
            } else {
                v.id = id.toString();
                if (ids.contains(v.id))
                    error(tr("%1: the indicator «%2» is listed twice").arg(idPath.toString(), v.id));
                ids.insert(v.id);
            }
            const JsonNode number = vf.get("value"_L1);
            if (number.isDouble())
                v.value = number.toDouble();
            else if (!number.isUndefined() && !number.isNull())
                wrongType(JsonPath(iAt, "value"_L1), tr("a number, or null for «no data»"), number);
            v.numerator = integer(vf, "numerator"_L1, 0, INT_MAX, Need::Optional).value_or(0);
            v.denominator = integer(vf, "denominator"_L1, 0, INT_MAX, Need::Optional).value_or(0);
            checkKeys(vf, indicatorKeys());
            e.indicators << v;
        });
        e.conclusions = text(f, "conclusions"_L1);
        checkKeys(f, evaluationKeys());
        data.monitoring.evaluations << e;
    });
}

// ---- Writing ----------------------------------------------------------------------------

void ExchangeWriter::writeRoadmaps(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Roadmap& r : data.monitoring.roadmaps) {
        json.beginObject();
        json.field("id"_L1, r.id);
        json.field("title"_L1, r.title);
        json.field("year"_L1, r.year);
        json.referenceField("order"_L1, r.order);
        json.key("stages"_L1);
        json.beginArray(r.stages.isEmpty());
        for (const RoadmapStage& s : r.stages) {
            json.beginObject();
            json.field("title"_L1, s.title);
            json.key("activities"_L1);
            json.beginArray(s.activities.isEmpty());
            for (const RoadmapActivity& a : s.activities) {
                json.beginObject(true);
                json.field("id"_L1, a.id);
                json.field("title"_L1, a.title);
                json.dateField("start"_L1, a.start);
                json.dateField("end"_L1, a.end);
                json.referenceField("responsible"_L1, a.responsible);
                json.field("result"_L1, a.result);
                json.field("status"_L1, a.status);
                json.dateField("done"_L1, a.done);
                if (!a.note.isEmpty())
                    json.field("note"_L1, a.note);
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeQuestionnaires(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Questionnaire& t : data.monitoring.questionnaires) {
        json.beginObject();
        json.field("id"_L1, t.id);
        json.field("family"_L1, t.family);
        json.field("version"_L1, t.version);
        json.field("title"_L1, t.title);
        json.field("purpose"_L1, t.purpose);
        json.field("respondent"_L1, t.respondent);
        json.field("clause"_L1, t.clause);
        json.field("intro"_L1, t.intro);
        json.dateField("created"_L1, t.created);
        json.key("questions"_L1);
        json.beginArray(t.questions.isEmpty());
        for (const Question& q : t.questions) {
            json.beginObject(true);
            json.field("id"_L1, q.id);
            json.field("kind"_L1, q.kind);
            json.field("text"_L1, q.text);
            if (!q.options.isEmpty())
                json.stringArrayField("options"_L1, q.options);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeResponses(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Response& r : data.monitoring.responses) {
        json.beginObject();
        json.field("id"_L1, r.id);
        json.field("questionnaire"_L1, r.questionnaire);
        json.referenceField("person"_L1, r.person);
        json.referenceField("pair"_L1, r.pair);
        json.dateField("date"_L1, r.date);
        json.key("answers"_L1);
        json.beginArray(r.answers.isEmpty());
        for (const Answer& a : r.answers) {
            json.beginObject(true);
            json.field("question"_L1, a.question);
            if (a.scale)
                json.field("scale"_L1, *a.scale);
            if (!a.choices.isEmpty()) {
                json.key("choices"_L1);
                json.beginArray(true);
                for (int c : a.choices)
                    json.value(qint64(c));
                json.endArray();
            }
            if (!a.text.isEmpty())
                json.field("text"_L1, a.text);
            json.endObject();
        }
        json.endArray();
        if (!r.note.isEmpty())
            json.field("note"_L1, r.note);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeTests(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const KnowledgeTest& t : data.monitoring.tests) {
        json.beginObject(true);
        json.field("id"_L1, t.id);
        json.field("title"_L1, t.title);
        json.numberField("max_score"_L1, t.maxScore);
        json.field("form"_L1, t.form);
        if (!t.note.isEmpty())
            json.field("note"_L1, t.note);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeTestResults(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const TestResult& r : data.monitoring.testResults) {
        json.beginObject(true);
        json.field("test"_L1, r.test);
        json.field("person"_L1, r.person);
        json.referenceField("pair"_L1, r.pair);
        json.field("stage"_L1, r.stage);
        json.dateField("date"_L1, r.date);
        json.numberField("score"_L1, r.score);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeSwots(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Swot& s : data.monitoring.swots) {
        json.beginObject();
        json.field("form"_L1, s.form);
        json.field("period"_L1, s.period);
        json.dateField("date"_L1, s.date);
        json.stringArrayField("strengths"_L1, s.strengths);
        json.stringArrayField("weaknesses"_L1, s.weaknesses);
        json.stringArrayField("opportunities"_L1, s.opportunities);
        json.stringArrayField("threats"_L1, s.threats);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeEvaluations(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Evaluation& e : data.monitoring.evaluations) {
        json.beginObject();
        json.field("id"_L1, e.id);
        json.field("period"_L1, e.period);
        json.field("form"_L1, e.form);
        json.dateField("date"_L1, e.date);
        json.key("indicators"_L1);
        json.beginArray(e.indicators.isEmpty());
        for (const SavedIndicator& v : e.indicators) {
            json.beginObject(true);
            json.field("id"_L1, v.id);
            if (v.value)
                json.numberField("value"_L1, *v.value);
            else
                json.nullField("value"_L1);
            json.field("numerator"_L1, v.numerator);
            json.field("denominator"_L1, v.denominator);
            json.endObject();
        }
        json.endArray();
        json.field("conclusions"_L1, e.conclusions);
        json.endObject();
    }
    json.endArray();
}

} // namespace nastavnik::exchange
