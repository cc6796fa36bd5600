#include "domain/Monitoring.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {

bool RoadmapActivity::isClosed() const
{
    return status == u"done" || status == u"cancelled";
}

bool RoadmapActivity::isOverdueOn(const QDate& today) const
{
    return !isClosed() && end.isValid() && end < today;
}

QDate RoadmapStage::start() const
{
    QDate result;
    for (const RoadmapActivity& a : activities) {
        if (a.start.isValid() && (!result.isValid() || a.start < result))
            result = a.start;
    }
    return result;
}

QDate RoadmapStage::end() const
{
    QDate result;
    for (const RoadmapActivity& a : activities) {
        const QDate e = a.end.isValid() ? a.end : a.start;
        if (e.isValid() && (!result.isValid() || e > result))
            result = e;
    }
    return result;
}

QDate Roadmap::start() const
{
    QDate result;
    for (const RoadmapStage& s : stages) {
        const QDate d = s.start();
        if (d.isValid() && (!result.isValid() || d < result))
            result = d;
    }
    return result;
}

QDate Roadmap::end() const
{
    QDate result;
    for (const RoadmapStage& s : stages) {
        const QDate d = s.end();
        if (d.isValid() && (!result.isValid() || d > result))
            result = d;
    }
    return result;
}

QString Roadmap::schoolYear() const
{
    return year > 0 ? u"%1/%2"_s.arg(year).arg(year + 1) : QString();
}

const Question* Questionnaire::question(const QString& questionId) const
{
    for (const Question& q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const Answer* Response::answer(const QString& question) const
{
    for (const Answer& a : answers) {
        if (a.question == question)
            return &a;
    }
    return nullptr;
}

const SavedIndicator* Evaluation::indicator(const QString& indicatorId) const
{
    for (const SavedIndicator& i : indicators) {
        if (i.id == indicatorId)
            return &i;
    }
    return nullptr;
}

bool MonitoringData::isEmpty() const
{
    return roadmaps.isEmpty() && questionnaires.isEmpty() && responses.isEmpty() && tests.isEmpty()
        && testResults.isEmpty() && swots.isEmpty() && evaluations.isEmpty();
}

namespace {
template <typename T>
const T* byId(const QList<T>& list, const QString& id)
{
    for (const T& item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const Roadmap* MonitoringData::roadmap(const QString& id) const
{
    return byId(roadmaps, id);
}

const Questionnaire* MonitoringData::questionnaire(const QString& id) const
{
    return byId(questionnaires, id);
}

const KnowledgeTest* MonitoringData::test(const QString& id) const
{
    return byId(tests, id);
}

const Questionnaire* MonitoringData::latestVersion(const QString& family) const
{
    const Questionnaire* latest = nullptr;
    for (const Questionnaire& q : questionnaires) {
        if (q.family == family && (!latest || q.version > latest->version))
            latest = &q;
    }
    return latest;
}

bool MonitoringData::hasResponses(const QString& questionnaireId) const
{
    return std::any_of(responses.cbegin(), responses.cend(),
                       [&](const Response& r) { return r.questionnaire == questionnaireId; });
}

// ---- Closed lists -----------------------------------------------------------------------

namespace monitoringvocab {
namespace {

struct Term
{
    const char16_t* code;
    const char* label; // English source in the context "MonitoringVocabulary"
};

const Term kStatuses[] = {
    {u"planned", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Planned")},
    {u"in_progress", QT_TRANSLATE_NOOP("MonitoringVocabulary", "In progress")},
    {u"done", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Done")},
    {u"cancelled", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Cancelled")},
};

const Term kQuestionKinds[] = {
    {u"scale", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Scale 1–10")},
    {u"single", QT_TRANSLATE_NOOP("MonitoringVocabulary", "One choice")},
    {u"multiple", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Several choices")},
    {u"text", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Free text")},
};

const Term kPurposes[] = {
    {u"mentee_satisfaction", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Mentee's satisfaction")},
    {u"mentor_satisfaction", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Mentor's satisfaction")},
    {u"final_evaluation", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Mentee's final evaluation")},
    {u"curator_conditions", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Curator's questionnaire on conditions")},
    {u"preference", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Preference survey")},
    {u"feedback", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Intermediate feedback")},
    {u"custom", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Other questionnaire")},
};

const Term kRespondents[] = {
    {u"mentee", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Mentee")},
    {u"mentor", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Mentor")},
    {u"curator", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Curator")},
    {u"any", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Any participant")},
};

const Term kStages[] = {
    {u"entry", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Entry")},
    {u"final", QT_TRANSLATE_NOOP("MonitoringVocabulary", "Final")},
};

template <std::size_t N>
QStringList codesOf(const Term (&terms)[N])
{
    QStringList result;
    for (const Term& t : terms)
        result << QString::fromUtf16(t.code);
    return result;
}

template <std::size_t N>
QString labelOf(const Term (&terms)[N], const QString& code)
{
    for (const Term& t : terms) {
        if (code == QStringView(t.code))
            return QCoreApplication::translate("MonitoringVocabulary", t.label);
    }
    return code;
}

} // namespace

QStringList activityStatuses()
{
    return codesOf(kStatuses);
}
QStringList questionKinds()
{
    return codesOf(kQuestionKinds);
}
QStringList purposes()
{
    return codesOf(kPurposes);
}
QStringList respondents()
{
    return codesOf(kRespondents);
}
QStringList testStages()
{
    return codesOf(kStages);
}

QString activityStatusLabel(const QString& code)
{
    return labelOf(kStatuses, code);
}

QString activityStatusRussian(const QString& code)
{
    for (const Term& t : kStatuses) {
        if (code == QStringView(t.code))
            return i18n::russian("MonitoringVocabulary", t.label);
    }
    return code;
}

QString questionKindLabel(const QString& code)
{
    return labelOf(kQuestionKinds, code);
}
QString purposeLabel(const QString& code)
{
    return labelOf(kPurposes, code);
}
QString respondentLabel(const QString& code)
{
    return labelOf(kRespondents, code);
}
QString testStageLabel(const QString& code)
{
    return labelOf(kStages, code);
}

} // namespace monitoringvocab
} // namespace nastavnik
