#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik {

/// The data of the roadmap, questionnaires, testing, SWOT analysis and half-yearly evaluations
/// (002 V, VIII and Приложение 1; 000 5.3; 004 VI). Part of every Dataset (`Dataset::monitoring`),
/// stored by MonitoringRecords and exchanged under the additional top-level keys `roadmaps`,
/// `questionnaires`, `responses`, `tests`, `test_results`, `swot` and `evaluations` (README).

/// One activity of the roadmap: what is done, when, by whom, with what result.
struct RoadmapActivity
{
    QString id;
    QString title;
    QDate start;
    QDate end;           ///< the deadline
    QString responsible; ///< person id, or empty
    QString result;      ///< the expected result or document («приказ», «протокол педсовета»)
    QString status = QStringLiteral("planned"); ///< planned, in_progress, done, cancelled
    QDate done;          ///< when it was done
    QString note;

    /// Not done nor cancelled, and its end is before `today`.
    bool isOverdueOn(const QDate& today) const;
    bool isClosed() const; ///< done or cancelled

    bool operator==(const RoadmapActivity&) const = default;
};

/// A stage of the roadmap («Подготовка условий…», «Формирование базы наставляемых», …).
struct RoadmapStage
{
    QString title;
    QList<RoadmapActivity> activities;

    QDate start() const; ///< the earliest start of its activities (invalid when none)
    QDate end() const;   ///< the latest end

    bool operator==(const RoadmapStage&) const = default;
};

/// The roadmap of one school year («дорожная карта», 002 Приложение 1).
struct Roadmap
{
    QString id;
    QString title;
    int year = 0;  ///< the school year starts on 1 September of this year
    QString order; ///< the approving order (roadmap_approval), or empty
    QList<RoadmapStage> stages;

    QDate start() const;
    QDate end() const;
    /// «2026/2027»
    QString schoolYear() const;

    bool operator==(const Roadmap&) const = default;
};

/// One question of a questionnaire.
struct Question
{
    QString id;   ///< unique within its questionnaire ("q1", …)
    QString kind = QStringLiteral("scale"); ///< scale (1–10), single, multiple, text
    QString text;
    QStringList options; ///< the choices of `single` and `multiple`

    bool operator==(const Question&) const = default;
};

/// A questionnaire: one version of a template. Versions of the same template share `family`;
/// a template that has answers is never changed in place: editing it makes a new version,
/// and the answers stay with the version they answered.
struct Questionnaire
{
    QString id;
    QString family;  ///< the template all its versions belong to
    int version = 1;
    QString title;
    QString purpose = QStringLiteral("custom"); ///< mentee_satisfaction, mentor_satisfaction, final_evaluation,
                                                ///< curator_conditions, preference, feedback, custom
    QString respondent = QStringLiteral("mentee"); ///< mentee, mentor, curator, any
    QString clause;      ///< the provision's clause («002 п. 8.3»)
    QString intro;       ///< the instruction printed above the questions
    QDate created;
    QList<Question> questions;

    const Question* question(const QString& id) const;

    bool operator==(const Questionnaire&) const = default;
};

/// The answer to one question.
struct Answer
{
    QString question;
    std::optional<int> scale; ///< 1–10 for a scale question
    QList<int> choices;       ///< indexes of the chosen options (single: at most one)
    QString text;

    bool isEmpty() const { return !scale && choices.isEmpty() && text.trimmed().isEmpty(); }

    bool operator==(const Answer&) const = default;
};

/// One filled-in questionnaire: who answered (and for which pair), when, and the answers.
struct Response
{
    QString id;
    QString questionnaire; ///< the id of the version answered
    QString person;        ///< the respondent, or empty when anonymous
    QString pair;          ///< the pair it concerns, or empty
    QDate date;
    QList<Answer> answers;
    QString note;

    const Answer* answer(const QString& question) const;

    bool operator==(const Response&) const = default;
};

/// An entry or final test (000 5.3.1) with its maximum score.
struct KnowledgeTest
{
    QString id;
    QString title;
    double maxScore = 100;
    QString form; ///< the form of mentoring it is for, or empty for any
    QString note;

    bool operator==(const KnowledgeTest&) const = default;
};

/// A mentee's score in a test, at entry or at the end.
struct TestResult
{
    QString test;
    QString person;
    QString pair;  ///< the pair, or empty (then the mentee's pair of the date counts)
    QString stage = QStringLiteral("entry"); ///< entry, final
    QDate date;
    double score = 0;

    bool operator==(const TestResult&) const = default;
};

/// The curator's SWOT analysis of one form of mentoring for one period (002 5.1, 8.1).
struct Swot
{
    QString form;   ///< a pair form, or empty for the programme as a whole
    QString period; ///< a period code, e.g. "2026-H1" (see Period)
    QDate date;
    QStringList strengths;
    QStringList weaknesses;
    QStringList opportunities;
    QStringList threats;

    bool isEmpty() const
    {
        return strengths.isEmpty() && weaknesses.isEmpty() && opportunities.isEmpty() && threats.isEmpty();
    }

    bool operator==(const Swot&) const = default;
};

/// One indicator's value as it was saved with an evaluation.
struct SavedIndicator
{
    QString id;
    std::optional<double> value; ///< nothing: there was no data
    int numerator = 0;
    int denominator = 0;

    bool operator==(const SavedIndicator&) const = default;
};

/// The half-yearly evaluation (002 8.2) saved as it was: the period, the date, the indicators'
/// values and the curator's conclusions, so that the next half-year can be compared with it.
struct Evaluation
{
    QString id;
    QString period; ///< a period code
    QString form;   ///< the form it was made for, or empty for all forms
    QDate date;
    QList<SavedIndicator> indicators;
    QString conclusions;

    const SavedIndicator* indicator(const QString& id) const;

    bool operator==(const Evaluation&) const = default;
};

/// Everything of the monitoring in one database.
struct MonitoringData
{
    QList<Roadmap> roadmaps;
    QList<Questionnaire> questionnaires;
    QList<Response> responses;
    QList<KnowledgeTest> tests;
    QList<TestResult> testResults;
    QList<Swot> swots;
    QList<Evaluation> evaluations;

    bool isEmpty() const;
    const Roadmap* roadmap(const QString& id) const;
    const Questionnaire* questionnaire(const QString& id) const;
    const KnowledgeTest* test(const QString& id) const;
    /// The latest version of a questionnaire family.
    const Questionnaire* latestVersion(const QString& family) const;
    /// True when some response answers the questionnaire version `id`.
    bool hasResponses(const QString& questionnaireId) const;

    bool operator==(const MonitoringData&) const = default;
};

/// The closed lists of the monitoring data, with labels in the UI language and in Russian.
namespace monitoringvocab {
QStringList activityStatuses();   ///< planned, in_progress, done, cancelled
QStringList questionKinds();      ///< scale, single, multiple, text
QStringList purposes();           ///< mentee_satisfaction, …, custom
QStringList respondents();        ///< mentee, mentor, curator, any
QStringList testStages();         ///< entry, final

QString activityStatusLabel(const QString& code);
QString activityStatusRussian(const QString& code);
QString questionKindLabel(const QString& code);
QString purposeLabel(const QString& code);
QString respondentLabel(const QString& code);
QString testStageLabel(const QString& code);
} // namespace monitoringvocab

} // namespace nastavnik
