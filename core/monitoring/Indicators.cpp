#include "monitoring/Indicators.h"

#include "domain/Vocabulary.h"
#include "i18n/Translations.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

struct Definition
{
    const char16_t* id;
    Indicator::Unit unit;
    const char* title;      // English source, context "Indicators"
    const char* definition; // English source, context "Indicators"
};

// The order of the report. Titles and definitions are shown to the user and printed in the
// director's report: they say exactly what is counted.
const Definition kDefinitions[] = {
    {u"pairs.total", Indicator::Unit::Count, QT_TRANSLATE_NOOP("Indicators", "Pairs and groups in the period"),
     QT_TRANSLATE_NOOP("Indicators", "Mentoring pairs and groups that worked at least one day of the period: started "
                                     "no later than its last day and ended no earlier than its first day (the end "
                                     "after extensions and early completions).")},
    {u"pairs.active", Indicator::Unit::Count, QT_TRANSLATE_NOOP("Indicators", "Active on the date of the states"),
     QT_TRANSLATE_NOOP("Indicators", "Of these, the pairs and groups active on the date of the states: the last day "
                                     "of the period, or today while the period lasts.")},
    {u"pairs.completed", Indicator::Unit::Count, QT_TRANSLATE_NOOP("Indicators", "Completed in the period"),
     QT_TRANSLATE_NOOP("Indicators", "Pairs and groups whose term ended in the period before the date of the states, "
                                     "without an early completion.")},
    {u"pairs.changed", Indicator::Unit::Percent,
     QT_TRANSLATE_NOOP("Indicators", "Pairs with a replaced mentor or ended early"),
     QT_TRANSLATE_NOOP("Indicators", "Share of the period's pairs and groups with a replacement of the mentor or an "
                                     "early completion dated in the period.")},
    {u"coverage.pupils", Indicator::Unit::Percent, QT_TRANSLATE_NOOP("Indicators", "Pupils covered by mentoring"),
     QT_TRANSLATE_NOOP("Indicators", "Share of the pupils in the base of participants (not archived) who are mentees "
                                     "in a pair or group of the period.")},
    {u"coverage.teachers", Indicator::Unit::Percent,
     QT_TRANSLATE_NOOP("Indicators", "Young and new teachers covered by mentoring"),
     QT_TRANSLATE_NOOP("Indicators", "Share of the employees in the base of mentees (young specialists, teachers new "
                                     "to the school; not archived) who are mentees in a pair of the period.")},
    {u"plans.on_time", Indicator::Unit::Percent, QT_TRANSLATE_NOOP("Indicators", "Individual plans fulfilled on time"),
     QT_TRANSLATE_NOOP("Indicators", "Share of the pairs whose plan items due in the period (up to the date of the "
                                     "states, cancelled items aside) were all done by their due dates; pairs with no "
                                     "such items are not counted.")},
    {u"plan_items.on_time", Indicator::Unit::Percent, QT_TRANSLATE_NOOP("Indicators", "Plan items done on time"),
     QT_TRANSLATE_NOOP("Indicators", "Share of the individual plans' items due in the period (up to the date of the "
                                     "states, cancelled items aside) that were done by their due date.")},
    {u"meetings.held", Indicator::Unit::Count, QT_TRANSLATE_NOOP("Indicators", "Meetings held"),
     QT_TRANSLATE_NOOP("Indicators", "Meetings of mentors and mentees in the meetings log of the pairs, dated in the "
                                     "period up to the date of the states.")},
    {u"satisfaction.mentees", Indicator::Unit::Score, QT_TRANSLATE_NOOP("Indicators", "Mentees' satisfaction"),
     QT_TRANSLATE_NOOP("Indicators", "Average, over the mentees' satisfaction questionnaires and final evaluations "
                                     "dated in the period, of each questionnaire's mean answer on the scale 1–10.")},
    {u"satisfaction.mentors", Indicator::Unit::Score, QT_TRANSLATE_NOOP("Indicators", "Mentors' satisfaction"),
     QT_TRANSLATE_NOOP("Indicators", "Average, over the mentors' satisfaction questionnaires dated in the period, of "
                                     "each questionnaire's mean answer on the scale 1–10.")},
    {u"tests.growth", Indicator::Unit::Points, QT_TRANSLATE_NOOP("Indicators", "Growth from entry to final test"),
     QT_TRANSLATE_NOOP("Indicators", "Average difference between the final and the entry result of the same test, in "
                                     "percent of its maximum score, over the mentees whose final test is dated in the "
                                     "period.")},
    {u"retention.newcomers", Indicator::Unit::Percent,
     QT_TRANSLATE_NOOP("Indicators", "Newcomers retained after their first year"),
     QT_TRANSLATE_NOOP("Indicators", "Of the employees whose first mentoring as a mentee started one year before the "
                                     "period (in the same dates a year earlier), the share still with the organisation: "
                                     "not moved to the archive of participants on the date of the calculation. The "
                                     "share who left, 100 % minus this value, is the measure that 003 reports "
                                     "reduced by 30 % in three years.")},
    {u"deadlines.missed", Indicator::Unit::Count, QT_TRANSLATE_NOOP("Indicators", "Deadlines missed"),
     QT_TRANSLATE_NOOP("Indicators", "Roadmap activities and individual plan items due in the period before the date "
                                     "of the states that were not done by their due date (cancelled ones aside).")},
};

const Definition* definitionOf(const QString& id)
{
    for (const Definition& d : kDefinitions) {
        if (id == QStringView(d.id))
            return &d;
    }
    return nullptr;
}

QString formatNumber(const QLocale& locale, double v, int decimals)
{
    const double rounded = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == std::floor(rounded))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', decimals);
}

/// The value as text in `locale`, with `tr` giving the sentence pieces (UI or Russian).
template <typename Translate>
QString valueText(const Indicator& i, const QLocale& locale, Translate localise)
{
    if (!i.value)
        return localise(QT_TRANSLATE_NOOP("Indicators", "no data"), -1);
    switch (i.unit) {
    case Indicator::Unit::Count:
        return formatNumber(locale, *i.value, 0);
    case Indicator::Unit::Percent:
        return localise(QT_TRANSLATE_NOOP("Indicators", "%1 of %2 (%3 %)"), -1)
            .arg(locale.toString(i.numerator), locale.toString(i.denominator), formatNumber(locale, *i.value, 1));
    case Indicator::Unit::Score:
        return localise(QT_TRANSLATE_N_NOOP("Indicators", "%1 of 10 (%n questionnaire(s))"), i.numerator).arg(formatNumber(locale, *i.value, 1));
    case Indicator::Unit::Points: {
        const QString sign = *i.value > 0 ? u"+"_s : QString();
        return localise(QT_TRANSLATE_N_NOOP("Indicators", "%1 p.p. (%n mentee(s))"), i.numerator).arg(sign + formatNumber(locale, *i.value, 1));
    }
    }
    return {};
}

/// Percent of a/b, or nothing when b is 0.
Indicator ratio(const QString& id, int numerator, int denominator)
{
    Indicator i;
    i.id = id;
    i.unit = Indicator::Unit::Percent;
    i.numerator = numerator;
    i.denominator = denominator;
    if (denominator > 0)
        i.value = 100.0 * numerator / denominator;
    return i;
}

Indicator count(const QString& id, int n)
{
    Indicator i;
    i.id = id;
    i.unit = Indicator::Unit::Count;
    i.numerator = n;
    i.value = n;
    return i;
}

Indicator average(const QString& id, Indicator::Unit unit, const QList<double>& values)
{
    Indicator i;
    i.id = id;
    i.unit = unit;
    i.numerator = int(values.size());
    if (!values.isEmpty()) {
        double sum = 0;
        for (double v : values)
            sum += v;
        i.value = sum / values.size();
    }
    return i;
}

std::optional<double> mean(const QList<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / values.size();
}

/// The mean scale answer of a response; nothing when it has no scale answers.
std::optional<double> responseScore(const Response& r)
{
    QList<double> scores;
    for (const Answer& a : r.answers) {
        if (a.scale)
            scores << *a.scale;
    }
    return mean(scores);
}

} // namespace

// ---- Indicator --------------------------------------------------------------------------

QStringList Indicator::ids()
{
    QStringList result;
    for (const Definition& d : kDefinitions)
        result << QString::fromUtf16(d.id);
    return result;
}

Indicator::Unit Indicator::unitOf(const QString& id)
{
    const Definition* d = definitionOf(id);
    return d ? d->unit : Unit::Count;
}

QString Indicator::title(const QString& id)
{
    const Definition* d = definitionOf(id);
    return d ? Indicators::tr(d->title) : id;
}

QString Indicator::definition(const QString& id)
{
    const Definition* d = definitionOf(id);
    return d ? Indicators::tr(d->definition) : QString();
}

QString Indicator::russianTitle(const QString& id)
{
    const Definition* d = definitionOf(id);
    return d ? i18n::russian("Indicators", d->title) : id;
}

QString Indicator::russianDefinition(const QString& id)
{
    const Definition* d = definitionOf(id);
    return d ? i18n::russian("Indicators", d->definition) : QString();
}

QString Indicator::title() const
{
    return title(id);
}
QString Indicator::definition() const
{
    return definition(id);
}
QString Indicator::russianTitle() const
{
    return russianTitle(id);
}
QString Indicator::russianDefinition() const
{
    return russianDefinition(id);
}

QString Indicator::text() const
{
    return valueText(*this, QLocale(), [](const char* source, int n) { return Indicators::tr(source, "", n); });
}

QString Indicator::russianText() const
{
    return valueText(*this, QLocale(QLocale::Russian, QLocale::Russia),
                     [](const char* source, int n) { return i18n::russian("Indicators", source, n); });
}

Indicator Indicator::fromSaved(const SavedIndicator& saved)
{
    Indicator i;
    i.id = saved.id;
    i.unit = unitOf(saved.id);
    i.value = saved.value;
    i.numerator = saved.numerator;
    i.denominator = saved.denominator;
    return i;
}

SavedIndicator Indicator::toSaved() const
{
    return SavedIndicator{id, value, numerator, denominator};
}

const Indicator* MonitoringResult::indicator(const QString& id) const
{
    for (const Indicator& i : indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

// ---- Computation ------------------------------------------------------------------------

QList<PairState> Indicators::states()
{
    return {PairState::Active, PairState::Completed, PairState::CompletedEarly, PairState::NotStarted};
}

QString Indicators::stateLabel(PairState state)
{
    switch (state) {
    case PairState::Active:
        return tr("Active");
    case PairState::Completed:
        return tr("Completed");
    case PairState::CompletedEarly:
        return tr("Completed early");
    case PairState::NotStarted:
        return tr("Not started yet");
    }
    return {};
}

QString Indicators::stateRussian(PairState state)
{
    switch (state) {
    case PairState::Active:
        return i18n::russian("Indicators", "Active");
    case PairState::Completed:
        return i18n::russian("Indicators", "Completed");
    case PairState::CompletedEarly:
        return i18n::russian("Indicators", "Completed early");
    case PairState::NotStarted:
        return i18n::russian("Indicators", "Not started yet");
    }
    return {};
}

MonitoringResult Indicators::compute(const Dataset& data, const Period& period, const QString& form, const QDate& today)
{
    MonitoringResult r;
    r.period = period;
    r.form = form;
    r.asOf = today.isValid() && today < period.to ? today : period.to;
    const QDate asOf = r.asOf;

    QHash<QString, const Person*> people;
    for (const Person& p : data.people)
        people.insert(p.id, &p);
    auto shortName = [&](const QString& id) {
        const Person* p = people.value(id);
        return p ? p->shortName() : id;
    };
    auto formMatches = [&](const QString& f) { return form.isEmpty() || f == form; };

    // The pairs of the period.
    QList<const Pair*> pairs;
    for (const Pair& p : data.pairs) {
        if (formMatches(p.form) && period.overlaps(p.start, p.end()))
            pairs << &p;
    }

    // Pairs by state and form.
    auto stateOf = [&](const Pair& p) {
        if (p.start > asOf)
            return PairState::NotStarted;
        const QDate end = p.end();
        if (p.completedEarly() && end.isValid() && end <= asOf)
            return PairState::CompletedEarly;
        if (end.isValid() && end < asOf)
            return PairState::Completed;
        return PairState::Active;
    };
    QMap<QString, QMap<PairState, int>> byForm;
    int active = 0;
    int completed = 0;
    int changed = 0;
    for (const Pair* p : std::as_const(pairs)) {
        const PairState state = stateOf(*p);
        byForm[p->form][state] += 1;
        active += state == PairState::Active ? 1 : 0;
        completed += state == PairState::Completed ? 1 : 0;
        const bool eventInPeriod = std::any_of(p->events.cbegin(), p->events.cend(), [&](const PairEvent& e) {
            return (e.type == u"replacement" || e.type == u"early_completion") && period.contains(e.date);
        });
        changed += eventInPeriod ? 1 : 0;
    }
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (byForm.contains(f))
            r.pairsByForm.append({f, byForm.value(f)});
    }
    for (auto it = byForm.cbegin(); it != byForm.cend(); ++it) {
        if (!vocabulary::contains(Vocab::PairForm, it.key()))
            r.pairsByForm.append({it.key(), it.value()});
    }
    r.indicators << count(u"pairs.total"_s, int(pairs.size()));
    r.indicators << count(u"pairs.active"_s, active);
    r.indicators << count(u"pairs.completed"_s, completed);
    r.indicators << ratio(u"pairs.changed"_s, changed, int(pairs.size()));

    // Coverage: the mentees of the period's pairs among the pupils and the staff mentees.
    QSet<QString> mentees;
    for (const Pair* p : std::as_const(pairs)) {
        for (const QString& m : p->mentees)
            mentees.insert(m);
    }
    int pupils = 0;
    int pupilsCovered = 0;
    int staff = 0;
    int staffCovered = 0;
    for (const Person& p : data.people) {
        if (p.archived)
            continue;
        if (p.kind == u"pupil") {
            ++pupils;
            pupilsCovered += mentees.contains(p.id) ? 1 : 0;
        } else if (p.isStaff() && p.menteeBase) {
            ++staff;
            staffCovered += mentees.contains(p.id) ? 1 : 0;
        }
    }
    QMap<QString, QSet<QString>> menteesOfForm;
    for (const Pair* p : std::as_const(pairs)) {
        for (const QString& m : p->mentees)
            menteesOfForm[p->form].insert(m);
    }
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (menteesOfForm.contains(f))
            r.menteesByForm.append({f, int(menteesOfForm.value(f).size())});
    }
    r.indicators << ratio(u"coverage.pupils"_s, pupilsCovered, pupils);
    r.indicators << ratio(u"coverage.teachers"_s, staffCovered, staff);

    // Plans and deadlines: items due in the period before the date of the states.
    const QDate lastDue = asOf.addDays(-1);
    int plansWithItems = 0;
    int plansOnTime = 0;
    int itemsDue = 0;
    int itemsOnTime = 0;
    auto doneInTime = [](const QString& status, const QDate& done, const QDate& due) {
        if (status != u"done" && !done.isValid())
            return false;
        return !done.isValid() || done <= due;
    };
    for (const Pair* p : std::as_const(pairs)) {
        int due = 0;
        int onTime = 0;
        for (const PlanItem& item : p->planItems) {
            if (item.status == u"cancelled" || !item.due.isValid() || item.due < period.from || item.due > lastDue)
                continue;
            ++due;
            if (doneInTime(item.status, item.done, item.due)) {
                ++onTime;
            } else {
                QStringList who{shortName(p->mentorOn(item.due))};
                for (const QString& m : p->mentees)
                    who << shortName(m);
                r.missed << MissedDeadline{MissedDeadline::Kind::PlanItem, item.due, item.done, p->id, item.title,
                                           who.join(u", "_s)};
            }
        }
        if (due > 0) {
            ++plansWithItems;
            plansOnTime += onTime == due ? 1 : 0;
        }
        itemsDue += due;
        itemsOnTime += onTime;
    }
    r.indicators << ratio(u"plans.on_time"_s, plansOnTime, plansWithItems);
    r.indicators << ratio(u"plan_items.on_time"_s, itemsOnTime, itemsDue);

    // Meetings.
    QMap<QString, int> kinds;
    int meetings = 0;
    for (const Pair* p : std::as_const(pairs)) {
        for (const Meeting& m : p->meetings) {
            if (m.date.isValid() && m.date >= period.from && m.date <= asOf) {
                ++meetings;
                kinds[m.kind] += 1;
            }
        }
    }
    for (const QString& k : vocabulary::codes(Vocab::MeetingKind))
        r.meetingsByKind.append({k, kinds.value(k)});
    r.indicators << count(u"meetings.held"_s, meetings);

    // The form of a response or a result: its pair's, else that of a pair of the person on the date.
    QHash<QString, const Pair*> pairById;
    for (const Pair& p : data.pairs)
        pairById.insert(p.id, &p);
    auto formOf = [&](const QString& pairId, const QString& person, const QDate& on) -> QString {
        if (const Pair* p = pairById.value(pairId))
            return p->form;
        const Pair* best = nullptr;
        for (const Pair& p : data.pairs) {
            const bool member = p.mentees.contains(person) || p.mentor == person || p.currentMentor() == person;
            if (!member)
                continue;
            if (on.isValid() && p.isActiveOn(on))
                return p.form;
            if (!best || (p.start.isValid() && best->start < p.start))
                best = &p;
        }
        return best ? best->form : QString();
    };

    // Satisfaction.
    QList<double> menteeScores;
    QList<double> mentorScores;
    QMap<QString, std::pair<QList<double>, QList<double>>> satisfaction;
    for (const Response& resp : data.monitoring.responses) {
        if (!period.contains(resp.date))
            continue;
        const Questionnaire* q = data.monitoring.questionnaire(resp.questionnaire);
        if (!q)
            continue;
        const bool ofMentees = q->purpose == u"mentee_satisfaction" || q->purpose == u"final_evaluation";
        const bool ofMentors = q->purpose == u"mentor_satisfaction";
        if (!ofMentees && !ofMentors)
            continue;
        const std::optional<double> score = responseScore(resp);
        if (!score)
            continue;
        const QString f = formOf(resp.pair, resp.person, resp.date);
        if (!formMatches(f))
            continue;
        (ofMentees ? menteeScores : mentorScores) << *score;
        (ofMentees ? satisfaction[f].first : satisfaction[f].second) << *score;
    }
    r.indicators << average(u"satisfaction.mentees"_s, Indicator::Unit::Score, menteeScores);
    r.indicators << average(u"satisfaction.mentors"_s, Indicator::Unit::Score, mentorScores);
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (satisfaction.contains(f))
            r.satisfactionByForm.append({f, {mean(satisfaction.value(f).first), mean(satisfaction.value(f).second)}});
    }

    // Growth from the entry to the final test.
    QList<double> growth;
    QMap<QString, QList<double>> growthByForm;
    for (const TestResult& fin : data.monitoring.testResults) {
        if (fin.stage != u"final" || !period.contains(fin.date))
            continue;
        const KnowledgeTest* test = data.monitoring.test(fin.test);
        if (!test || test->maxScore <= 0)
            continue;
        const auto entry = std::find_if(data.monitoring.testResults.cbegin(), data.monitoring.testResults.cend(),
                                        [&](const TestResult& e) {
                                            return e.stage == u"entry" && e.test == fin.test && e.person == fin.person;
                                        });
        if (entry == data.monitoring.testResults.cend())
            continue;
        const QString f = formOf(fin.pair.isEmpty() ? entry->pair : fin.pair, fin.person, fin.date);
        if (!formMatches(f))
            continue;
        const double g = (fin.score - entry->score) / test->maxScore * 100.0;
        growth << g;
        growthByForm[f] << g;
    }
    r.indicators << average(u"tests.growth"_s, Indicator::Unit::Points, growth);
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (growthByForm.contains(f))
            r.growthByForm.append({f, *mean(growthByForm.value(f))});
    }

    // Newcomers retained: staff mentees whose first mentoring started a year before the period.
    QHash<QString, const Pair*> firstPair;
    for (const Pair& p : data.pairs) {
        if (!p.start.isValid())
            continue;
        for (const QString& m : p.mentees) {
            const Pair* known = firstPair.value(m);
            if (!known || p.start < known->start)
                firstPair.insert(m, &p);
        }
    }
    const QDate cohortFrom = period.from.addYears(-1);
    const QDate cohortTo = period.to.addYears(-1);
    int cohort = 0;
    int retained = 0;
    for (auto it = firstPair.cbegin(); it != firstPair.cend(); ++it) {
        const Person* p = people.value(it.key());
        const Pair* first = it.value();
        if (!p || !p->isStaff() || !formMatches(first->form) || first->start < cohortFrom || first->start > cohortTo)
            continue;
        ++cohort;
        retained += p->archived ? 0 : 1;
    }
    r.indicators << ratio(u"retention.newcomers"_s, retained, cohort);

    // Roadmap activities missed (the roadmap is the programme's: only without a form filter).
    if (form.isEmpty()) {
        for (const Roadmap& roadmap : data.monitoring.roadmaps) {
            for (const RoadmapStage& stage : roadmap.stages) {
                for (const RoadmapActivity& a : stage.activities) {
                    if (a.status == u"cancelled" || !a.end.isValid() || a.end < period.from || a.end > lastDue)
                        continue;
                    if (doneInTime(a.status, a.done, a.end))
                        continue;
                    r.missed << MissedDeadline{MissedDeadline::Kind::RoadmapActivity, a.end, a.done, a.id, a.title,
                                               a.responsible.isEmpty() ? QString() : shortName(a.responsible)};
                }
            }
        }
    }
    std::stable_sort(r.missed.begin(), r.missed.end(),
                     [](const MissedDeadline& a, const MissedDeadline& b) { return a.due < b.due; });
    r.indicators << count(u"deadlines.missed"_s, int(r.missed.size()));
    return r;
}

} // namespace nastavnik
