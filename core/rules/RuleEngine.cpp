#include "rules/RuleEngine.h"

#include "domain/Vocabulary.h"
#include "rules/RuleIds.h"
#include "rules/RuleSupport.h"
#include "util/Dates.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik {

using rulesupport::day;
using rulesupport::Leader;
using rulesupport::listOf;

namespace {

/// A label inside a sentence: «Медицинская справка» → «медицинская справка».
QString inSentence(QString label)
{
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        label[0] = label.at(0).toLower();
    return label;
}

/// Joins the clauses actually applied, without repeats.
QString joinClauses(const QStringList& clauses)
{
    QStringList unique;
    for (const QString& c : clauses) {
        if (!c.isEmpty() && !unique.contains(c))
            unique << c;
    }
    return unique.join(u"; ");
}

QString experienceKindLabel(const QString& kind)
{
    if (kind == u"pedagogical")
        return RuleEngine::tr("pedagogical");
    if (kind == u"managerial")
        return RuleEngine::tr("managerial");
    if (kind == u"methodical")
        return RuleEngine::tr("methodical");
    return kind;
}

std::optional<int> experienceOf(const Person& p, const QString& kind)
{
    if (kind == u"pedagogical")
        return p.pedagogicalYears;
    if (kind == u"managerial")
        return p.managerialYears;
    if (kind == u"methodical")
        return p.methodicalYears;
    return std::nullopt;
}

/// The whole check of one call: indexes built once, then one pass per rule.
class Checker
{
public:
    Checker(const Dataset& data, const Profile& profile, const WorkCalendar& calendar, const QDate& today)
        : m_data(data)
        , m_profile(profile)
        , m_calendar(calendar)
        , m_today(today)
        , m_names(data)
    {
        for (const Consent& c : data.consents) {
            if (c.type == u"mentor_role")
                m_mentorConsents[c.person] << &c;
            else if (c.type == u"personal_data")
                m_personalData[c.person] << &c;
        }
        for (const Order& o : data.orders) {
            if (o.type != u"pairs_approval")
                continue;
            for (const QString& pairId : o.pairs)
                m_approvals[pairId] << &o;
        }
    }

    QList<Finding> run()
    {
        const bool maxMentees = enabled(rules::MaxMentees);
        const bool durationMax = enabled(rules::DurationMax) && m_profile.durationMaxMonths.value;
        const bool durationMin = enabled(rules::DurationMin) && m_profile.durationMinMonths.value;
        const bool plan = enabled(rules::PlanDeadline) && m_profile.planDeadlineDays.value;
        const bool report = enabled(rules::ReportDeadline) && m_profile.reportDeadlineDays.value;
        const bool experience = enabled(rules::Experience) && !m_profile.experienceByForm.isEmpty();
        const bool credential = enabled(rules::Credential) && !m_profile.credentialByForm.isEmpty();
        const bool consent = enabled(rules::MentorConsent);
        const bool external = enabled(rules::ExternalDocuments);
        const bool order = enabled(rules::PairOrder);
        const bool ground = enabled(rules::ReplacementGround);
        const bool reason = enabled(rules::ExtensionReason);
        const bool supervisor = enabled(rules::Supervisor);
        const bool disciplinary = enabled(rules::Disciplinary);
        const bool notice = enabled(rules::EarlyCompletionNotice);

        for (const Pair& pair : m_data.pairs) {
            const QList<Leader> leaders = rulesupport::leaders(pair);
            if (maxMentees)
                collectLoad(pair, leaders);
            if (durationMax)
                checkDurationMax(pair);
            if (durationMin)
                checkDurationMin(pair);
            if (plan)
                checkPlan(pair);
            if (report)
                checkReport(pair);
            if (experience)
                checkExperience(pair, leaders);
            if (credential)
                checkCredential(pair, leaders);
            if (consent)
                checkMentorConsent(pair, leaders);
            if (external)
                checkExternal(pair, leaders);
            if (order)
                checkOrder(pair);
            if (ground)
                checkReplacements(pair);
            if (reason)
                checkExtensions(pair);
            if (supervisor)
                checkSupervisor(pair, leaders);
            if (disciplinary)
                checkDisciplinary(pair, leaders);
            if (notice)
                checkNotice(pair);
        }
        if (maxMentees)
            sweepLoads();
        if (enabled(rules::PersonalData))
            checkPersonalData();

        std::sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
            if (a.rule != b.rule)
                return a.rule < b.rule;
            return RuleEngine::idLess(a.subject, b.subject);
        });
        return m_findings;
    }

private:
    bool enabled(const char16_t* rule) const { return m_profile.isEnabled(QString::fromUtf16(rule)); }

    QString ruleClause(const char16_t* rule) const { return m_profile.ruleClause(QString::fromUtf16(rule)); }
    bool ruleSecondary(const char16_t* rule) const { return m_profile.rules.value(QString::fromUtf16(rule)).secondary; }

    QString label(const Pair& pair) const { return m_names.pairLabel(pair, m_today); }

    /// A finding about a pair, with the pair's people.
    Finding& pairFinding(const char16_t* rule, const Pair& pair, const QString& clause, bool secondary)
    {
        Finding f;
        f.rule = QString::fromUtf16(rule);
        f.subject = pair.id;
        f.subjectKind = Finding::SubjectKind::Pair;
        f.clause = clause;
        f.secondary = secondary;
        f.pairs << pair.id;
        f.people << pair.mentor;
        for (const PairEvent& e : pair.events) {
            if (e.type == u"replacement" && !e.newMentor.isEmpty() && !f.people.contains(e.newMentor))
                f.people << e.newMentor;
        }
        for (const QString& m : pair.mentees) {
            if (!f.people.contains(m))
                f.people << m;
        }
        m_findings << f;
        return m_findings.last();
    }

    /// Marks a finding whose deadline, counted in working days from `from`, runs through a
    /// year without decree data.
    void markDeadline(Finding& f, const QDate& from, const QDate& deadline)
    {
        f.date = deadline;
        if (deadline.isValid() && !m_calendar.isConfirmedSpan(from, deadline)) {
            f.unconfirmedCalendar = true;
            f.message += u' '
                + RuleEngine::tr("(The deadline is computed by Labour Code art. 112 alone: the working-day calendar of %1 "
                                 "is not confirmed by a decree.)")
                      .arg(deadline.year());
        }
    }

    // ---- mentor.max_mentees ----

    struct Interval
    {
        qint64 from;
        qint64 to;
        int cap; // INT_MAX: the form has no cap
        int pair;
    };

    void collectLoad(const Pair& pair, const QList<Leader>& leaders)
    {
        const QDate end = pair.end();
        if (!pair.start.isValid() || !end.isValid() || end < pair.start || pair.mentees.size() != 1
            || m_profile.isGroupForm(pair.form))
            return;
        const std::optional<Parameter<int>> cap = m_profile.capFor(pair.form);
        const int index = int(&pair - m_data.pairs.constData());
        for (const Leader& l : leaders) {
            const QDate to = l.to.isValid() ? std::min(l.to, end) : end;
            if (!l.from.isValid() || to < l.from)
                continue;
            m_loads[l.id].push_back(Interval{l.from.toJulianDay(), to.toJulianDay(), cap ? cap->value : INT_MAX, index});
        }
    }

    /// A sweep over the interval endpoints of each mentor: O(P log P) over all pairs.
    void sweepLoads()
    {
        for (auto it = m_loads.begin(); it != m_loads.end(); ++it) {
            std::vector<Interval>& intervals = it.value();
            int smallestCap = INT_MAX;
            for (const Interval& i : intervals)
                smallestCap = std::min(smallestCap, i.cap);
            if (smallestCap == INT_MAX || int(intervals.size()) <= smallestCap)
                continue; // cannot exceed any cap
            struct Event
            {
                qint64 day;
                int delta; // -1 (the day after an interval) sorts before +1 on the same day
                int cap;
            };
            std::vector<Event> events;
            events.reserve(intervals.size() * 2);
            for (const Interval& i : intervals) {
                events.push_back({i.from, +1, i.cap});
                events.push_back({i.to + 1, -1, i.cap});
            }
            std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
                return a.day != b.day ? a.day < b.day : a.delta < b.delta;
            });
            std::map<int, int> caps; // cap → active intervals with it
            int count = 0;
            for (std::size_t k = 0; k < events.size();) {
                const qint64 today = events[k].day;
                for (; k < events.size() && events[k].day == today; ++k) {
                    count += events[k].delta;
                    if (events[k].cap == INT_MAX)
                        continue;
                    if (events[k].delta > 0)
                        ++caps[events[k].cap];
                    else if (--caps[events[k].cap] == 0)
                        caps.erase(events[k].cap);
                }
                if (!caps.empty() && count > caps.begin()->first) {
                    reportLoad(it.key(), intervals, today, count, caps.begin()->first);
                    break;
                }
            }
        }
    }

    void reportLoad(const QString& mentor, const std::vector<Interval>& intervals, qint64 jd, int count, int cap)
    {
        QList<int> pairIndexes;
        for (const Interval& i : intervals) {
            if (i.from <= jd && jd <= i.to && !pairIndexes.contains(i.pair))
                pairIndexes << i.pair;
        }
        std::sort(pairIndexes.begin(), pairIndexes.end());
        const QDate date = QDate::fromJulianDay(jd);
        Finding f;
        f.rule = QString::fromUtf16(rules::MaxMentees);
        f.subject = mentor;
        f.subjectKind = Finding::SubjectKind::Person;
        f.people << mentor;
        QStringList described;
        QStringList clauses;
        bool secondary = false;
        for (int index : std::as_const(pairIndexes)) {
            const Pair& p = m_data.pairs.at(index);
            f.pairs << p.id;
            for (const QString& m : p.mentees) {
                if (!f.people.contains(m))
                    f.people << m;
            }
            described << m_names.mentees(p, 3);
            const std::optional<Parameter<int>> c = m_profile.capFor(p.form);
            if (c && c->value == cap) {
                clauses << c->clause;
                secondary = secondary || c->secondary;
            }
        }
        f.clause = joinClauses(clauses);
        f.secondary = secondary;
        f.date = date;
        f.message = RuleEngine::tr("Mentor %1 leads %n pair(s) with a single mentee at once on %2 (%4), more than the cap of %3.",
                                   "", count)
                        .arg(m_names.fullName(mentor), day(date), QString::number(cap), described.join(u", "));
        f.hint = RuleEngine::tr("Replace the mentor by order in %n of these pairs or end one of them: a mentor may lead at most "
                                "%1 mentees at once.",
                                "", count - cap)
                     .arg(cap);
        m_findings << f;
    }

    // ---- pair.duration_max / pair.duration_min ----

    void checkDurationMax(const Pair& pair)
    {
        const QDate end = pair.end();
        if (!pair.start.isValid() || !end.isValid() || pair.hasExtension())
            return;
        const Parameter<std::optional<int>>& p = m_profile.durationMaxMonths;
        const QDate limit = dates::addMonthsCivil(pair.start, *p.value);
        if (end <= limit)
            return;
        Finding& f = pairFinding(rules::DurationMax, pair, p.clause, p.secondary);
        f.date = end;
        f.message = RuleEngine::tr("The pair «%1» runs from %2 to %3, longer than %n month(s) (until %4 at the latest).", "",
                                   *p.value)
                        .arg(label(pair), day(pair.start), day(end), day(limit));
        f.hint = RuleEngine::tr("Set the planned end no later than %1; if the term is extended for a good reason, register "
                                "the extension by order.")
                     .arg(day(limit));
    }

    void checkDurationMin(const Pair& pair)
    {
        const QDate end = pair.end();
        if (!pair.start.isValid() || !end.isValid() || pair.completedEarly())
            return;
        const Parameter<std::optional<int>>& p = m_profile.durationMinMonths;
        const QDate limit = dates::addMonthsCivil(pair.start, *p.value);
        if (end >= limit)
            return;
        Finding& f = pairFinding(rules::DurationMin, pair, p.clause, p.secondary);
        f.date = end;
        f.message = RuleEngine::tr("The pair «%1» runs from %2 to %3, shorter than %n month(s) (at least until %4).", "",
                                   *p.value)
                        .arg(label(pair), day(pair.start), day(end), day(limit));
        f.hint = RuleEngine::tr("Set the end no earlier than %1; if mentoring ended early, register the early completion.")
                     .arg(day(limit));
    }

    // ---- plan.deadline / report.deadline ----

    void checkPlan(const Pair& pair)
    {
        if (!pair.start.isValid())
            return;
        const Parameter<std::optional<int>>& p = m_profile.planDeadlineDays;
        const int n = *p.value;
        const QDate deadline = m_calendar.addWorkingDays(pair.start, n);
        const QDate approved = pair.planApproved; // no plan, or a plan without approval: invalid
        if (approved.isValid()) {
            if (approved <= deadline)
                return;
            Finding& f = pairFinding(rules::PlanDeadline, pair, p.clause, p.secondary);
            f.message = RuleEngine::tr("The individual plan of the pair «%1» was approved on %2, after the deadline %3 (%n "
                                       "working day(s) after the start on %4).",
                                       "", n)
                            .arg(label(pair), day(approved), day(deadline), day(pair.start));
            f.hint = RuleEngine::tr("Approve individual plans within %n working day(s) of the start of mentoring.", "", n);
            markDeadline(f, pair.start, deadline);
            return;
        }
        if (m_today <= deadline)
            return;
        Finding& f = pairFinding(rules::PlanDeadline, pair, p.clause, p.secondary);
        f.message = RuleEngine::tr("The individual plan of the pair «%1» is not approved; it was due by %2 (%n working "
                                   "day(s) after the start on %3).",
                                   "", n)
                        .arg(label(pair), day(deadline), day(pair.start));
        f.hint = RuleEngine::tr("Draw up the individual plan with the mentor, approve it and enter the approval date in the pair.");
        markDeadline(f, pair.start, deadline);
    }

    void checkReport(const Pair& pair)
    {
        const QDate end = pair.end();
        if (!end.isValid())
            return;
        const Parameter<std::optional<int>>& p = m_profile.reportDeadlineDays;
        const int n = *p.value;
        const QDate deadline = m_calendar.addWorkingDays(end, n);
        QStringList problems;
        if (pair.reportDate.isValid()) {
            if (pair.reportDate > deadline)
                problems << RuleEngine::tr("the mentor's report is dated %1, after the deadline").arg(day(pair.reportDate));
        } else if (m_today > deadline) {
            problems << RuleEngine::tr("the mentor's report is missing");
        }
        if (pair.menteeQuestionnaire.isValid()) {
            if (pair.menteeQuestionnaire > deadline)
                problems << RuleEngine::tr("the mentee's questionnaire is dated %1, after the deadline")
                                .arg(day(pair.menteeQuestionnaire));
        } else if (m_today > deadline) {
            problems << RuleEngine::tr("the mentee's questionnaire is missing");
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::ReportDeadline, pair, p.clause, p.secondary);
        f.message = RuleEngine::tr("Pair «%1»: %2. The deadline was %3 (%n working day(s) after the end on %4).", "", n)
                        .arg(label(pair), problems.join(u"; "), day(deadline), day(end));
        f.hint = RuleEngine::tr("Have the mentor's report approved by the head and the mentee's questionnaire filled in within "
                                "%n working day(s) of the end, and enter their dates in the pair.",
                                "", n);
        markDeadline(f, end, deadline);
    }

    // ---- mentor.experience / mentor.credential ----

    void checkExperience(const Pair& pair, const QList<Leader>& leaders)
    {
        const auto it = m_profile.experienceByForm.constFind(pair.form);
        if (it == m_profile.experienceByForm.cend())
            return;
        const ExperienceRequirement& need = it->value;
        QStringList problems;
        for (const Leader& l : leaders) {
            const Person* mentor = m_names.person(l.id);
            const std::optional<int> years = mentor ? experienceOf(*mentor, need.kind) : std::nullopt;
            if (!years)
                problems << RuleEngine::tr("mentor %1: %2 experience is not recorded")
                                .arg(m_names.fullName(l.id), experienceKindLabel(need.kind));
            else if (*years < need.years)
                problems << RuleEngine::tr("mentor %1: %2 experience of %n year(s)", "", *years)
                                .arg(m_names.fullName(l.id), experienceKindLabel(need.kind));
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::Experience, pair, it->clause, it->secondary);
        f.message = RuleEngine::tr("Pair «%1» (%2): the mentor needs %3 experience of at least %n year(s); %4.", "", need.years)
                        .arg(label(pair), vocabulary::label(Vocab::PairForm, pair.form), experienceKindLabel(need.kind),
                             problems.join(u"; "));
        f.hint = RuleEngine::tr("Choose a mentor with the required experience, or enter the mentor's experience in their card "
                                "if it is not recorded.");
    }

    void checkCredential(const Pair& pair, const QList<Leader>& leaders)
    {
        const auto it = m_profile.credentialByForm.constFind(pair.form);
        if (it == m_profile.credentialByForm.cend())
            return;
        const QString& type = it->value;
        const QString typeLabel = inSentence(vocabulary::label(Vocab::CredentialType, type));
        QStringList problems;
        for (const Leader& l : leaders) {
            const Person* mentor = m_names.person(l.id);
            const QDate on = l.from;
            const Credential* issuedLater = nullptr;
            const Credential* expired = nullptr;
            QDate expiredOn;
            bool valid = false;
            if (mentor) {
                for (const Credential& c : mentor->credentials) {
                    if (c.type != type)
                        continue;
                    if (!on.isValid()) {
                        valid = true;
                        break;
                    }
                    if (c.issued.isValid() && c.issued > on) {
                        if (!issuedLater || c.issued < issuedLater->issued)
                            issuedLater = &c;
                        continue;
                    }
                    const QDate until = rulesupport::expiry(c, m_profile);
                    if (until.isValid() && until < on) {
                        if (!expired || until > expiredOn) {
                            expired = &c;
                            expiredOn = until;
                        }
                        continue;
                    }
                    valid = true;
                    break;
                }
            }
            if (valid)
                continue;
            const QString name = m_names.fullName(l.id);
            if (expired)
                problems << RuleEngine::tr("mentor %1: %2 was valid through %3, before %4 when the mentor began leading the pair")
                                .arg(name, document(*expired, typeLabel), day(expiredOn), day(on));
            else if (issuedLater)
                problems << RuleEngine::tr("mentor %1: %2 was issued on %3, after %4 when the mentor began leading the pair")
                                .arg(name, document(*issuedLater, typeLabel), day(issuedLater->issued), day(on));
            else
                problems << RuleEngine::tr("mentor %1 has none").arg(name);
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::Credential, pair, it->clause, it->secondary);
        f.message = RuleEngine::tr("Pair «%1» (%2) needs a mentor holding a %3: %4.")
                        .arg(label(pair), vocabulary::label(Vocab::PairForm, pair.form), typeLabel, problems.join(u"; "));
        f.hint = RuleEngine::tr("Enter the mentor's valid document with its number and dates, or choose a mentor who holds one.");
    }

    static QString document(const Credential& c, const QString& typeLabel)
    {
        return c.number.isEmpty() ? typeLabel : u"%1 № %2"_s.arg(typeLabel, c.number);
    }

    // ---- mentor.consent ----

    void checkMentorConsent(const Pair& pair, const QList<Leader>& leaders)
    {
        const Parameter<QDate>& since = m_profile.labourAgreementSince;
        const bool labourApplies = since.value.isValid() && pair.start.isValid() && pair.start >= since.value;
        QStringList problems;
        bool labourMissing = false;
        for (const Leader& l : leaders) {
            const QString name = m_names.fullName(l.id);
            const QDate on = l.from;
            // The written consent to act as a mentor.
            const Consent* withdrawn = nullptr;
            const Consent* later = nullptr;
            bool undated = false;
            bool ok = false;
            for (const Consent* c : m_mentorConsents.value(l.id)) {
                if (!on.isValid()) {
                    // A pair without a start: any consent not withdrawn by today counts.
                    if (!c->withdrawn.isValid() || c->withdrawn > m_today) {
                        ok = true;
                        break;
                    }
                    withdrawn = c;
                    continue;
                }
                if (!c->date.isValid()) {
                    undated = true;
                    continue;
                }
                if (c->date > on) {
                    if (!later || c->date < later->date)
                        later = c;
                    continue;
                }
                if (c->withdrawn.isValid() && c->withdrawn <= on) {
                    withdrawn = c;
                    continue;
                }
                ok = true;
                break;
            }
            if (!ok) {
                if (withdrawn)
                    problems << RuleEngine::tr("mentor %1 withdrew the consent to act as a mentor on %2")
                                    .arg(name, day(withdrawn->withdrawn));
                else if (later)
                    problems << RuleEngine::tr("mentor %1 signed the consent to act as a mentor on %2, after %3 when the "
                                               "mentor began leading the pair")
                                    .arg(name, day(later->date), day(on));
                else if (undated)
                    problems << RuleEngine::tr("the consent of mentor %1 to act as a mentor has no date").arg(name);
                else
                    problems << RuleEngine::tr("mentor %1 has no written consent to act as a mentor").arg(name);
            }
            // The supplementary agreement of an employee (Labour Code art. 351.8).
            const Person* mentor = m_names.person(l.id);
            if (!labourApplies || !mentor || !mentor->isStaff())
                continue;
            const Credential* laterAgreement = nullptr;
            bool agreement = false;
            for (const Credential& c : mentor->credentials) {
                if (c.type != u"labour_agreement" || !c.issued.isValid())
                    continue;
                if (c.issued <= on) {
                    agreement = true;
                    break;
                }
                if (!laterAgreement || c.issued < laterAgreement->issued)
                    laterAgreement = &c;
            }
            if (agreement)
                continue;
            labourMissing = true;
            if (laterAgreement)
                problems << RuleEngine::tr("the supplementary agreement of mentor %1 is dated %2, after %3 when the mentor "
                                           "began leading the pair")
                                .arg(name, day(laterAgreement->issued), day(on));
            else
                problems << RuleEngine::tr("mentor %1, an employee, has no supplementary agreement to the labour contract "
                                           "on mentoring")
                                .arg(name);
        }
        if (problems.isEmpty())
            return;
        const QString ruleId = QString::fromUtf16(rules::MentorConsent);
        QStringList clauses{m_profile.ruleClause(ruleId)};
        if (labourMissing)
            clauses << since.clause;
        Finding& f = pairFinding(rules::MentorConsent, pair, joinClauses(clauses),
                                 ruleSecondary(rules::MentorConsent) || (labourMissing && since.secondary));
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = labourMissing ? RuleEngine::tr("Obtain the mentor's written consent before they begin and conclude a "
                                                "supplementary agreement to the labour contract on mentoring (Labour Code "
                                                "art. 351.8); enter both with their dates.")
                               : RuleEngine::tr("Obtain the mentor's written consent to act as a mentor before they begin "
                                                "and enter it with its date.");
    }

    // ---- consent.personal_data ----

    void checkPersonalData()
    {
        // The participants of the pairs active today, each with their pairs.
        QHash<QString, QList<const Pair*>> participants;
        QStringList order;
        auto add = [&](const QString& id, const Pair* p) {
            if (id.isEmpty())
                return;
            auto it = participants.find(id);
            if (it == participants.end()) {
                order << id;
                it = participants.insert(id, {});
            }
            it->append(p);
        };
        for (const Pair& p : m_data.pairs) {
            if (!p.isActiveOn(m_today))
                continue;
            add(p.mentorOn(m_today), &p);
            for (const QString& m : p.mentees)
                add(m, &p);
        }
        const QString ruleId = QString::fromUtf16(rules::PersonalData);
        for (const QString& id : std::as_const(order)) {
            const Person* person = m_names.person(id);
            const QDate birth = person ? person->birthDate : QDate();
            QStringList problems;
            bool signedByMinor = false;
            bool ok = false;
            for (const Consent* c : m_personalData.value(id)) {
                const bool minorSigned = c->signedBy == id && dates::isMinorOn(birth, c->date);
                if (c->date.isValid() && c->date > m_today) {
                    problems << RuleEngine::tr("the consent is dated %1, later than today").arg(day(c->date));
                    continue;
                }
                if (c->withdrawn.isValid() && c->withdrawn <= m_today) {
                    problems << RuleEngine::tr("the consent was withdrawn on %1").arg(day(c->withdrawn));
                    continue;
                }
                if (minorSigned) {
                    signedByMinor = true;
                    problems << RuleEngine::tr("the consent of %1 was signed by the minor themselves, not by a parent or "
                                               "legal representative")
                                    .arg(day(c->date));
                    continue;
                }
                ok = true;
                break;
            }
            if (ok)
                continue;
            if (problems.isEmpty())
                problems << RuleEngine::tr("no consent to the processing of personal data");
            const QList<const Pair*> pairs = participants.value(id);
            QStringList labels;
            for (const Pair* p : pairs)
                labels << u"«%1»"_s.arg(label(*p));
            Finding f;
            f.rule = ruleId;
            f.subject = id;
            f.subjectKind = Finding::SubjectKind::Person;
            f.clause = m_profile.ruleClause(ruleId);
            f.secondary = ruleSecondary(rules::PersonalData);
            f.people << id;
            for (const Pair* p : pairs)
                f.pairs << p->id;
            f.message = RuleEngine::tr("%1 (pair %2): %3.", "", int(pairs.size()))
                            .arg(m_names.fullName(id), listOf(labels, 2), problems.join(u"; "));
            if (signedByMinor || dates::isMinorOn(birth, m_today))
                f.hint = RuleEngine::tr("Obtain a consent to the processing of personal data signed by a parent or legal "
                                        "representative of the minor and enter it.");
            else
                f.hint = RuleEngine::tr("Obtain a written consent to the processing of personal data and enter it in the "
                                        "participant's card.");
            m_findings << f;
        }
    }

    // ---- external_mentor.documents ----

    void checkExternal(const Pair& pair, const QList<Leader>& leaders)
    {
        bool pupils = false;
        for (const QString& m : pair.mentees) {
            const Person* mentee = m_names.person(m);
            if (mentee && mentee->kind == u"pupil")
                pupils = true;
        }
        QStringList problems;
        QStringList clauses;
        bool secondary = false;
        for (const Leader& l : leaders) {
            const Person* mentor = m_names.person(l.id);
            if (!mentor || !mentor->external)
                continue;
            QStringList missing;
            auto lacking = [&](const Parameter<QStringList>& documents) {
                bool any = false;
                for (const QString& type : documents.value) {
                    const bool has = std::any_of(mentor->credentials.cbegin(), mentor->credentials.cend(), [&](const Credential& c) {
                        return c.type == type
                            && (!c.validUntil.isValid() || !l.from.isValid() || c.validUntil >= l.from);
                    });
                    if (!has) {
                        missing << inSentence(vocabulary::label(Vocab::CredentialType, type));
                        any = true;
                    }
                }
                if (any) {
                    clauses << documents.clause;
                    secondary = secondary || documents.secondary;
                }
            };
            lacking(m_profile.externalDocuments);
            if (pupils)
                lacking(m_profile.externalDocumentsWithPupils);
            if (!missing.isEmpty())
                problems << RuleEngine::tr("external mentor %1 lacks: %2").arg(m_names.fullName(l.id), missing.join(u", "));
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::ExternalDocuments, pair, joinClauses(clauses), secondary);
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = pupils ? RuleEngine::tr("Conclude a cooperation agreement with the external mentor and obtain the certificate "
                                         "of no criminal record and the medical certificate for work with pupils.")
                        : RuleEngine::tr("Conclude a cooperation agreement with the external mentor.");
    }

    // ---- pair.order ----

    void checkOrder(const Pair& pair)
    {
        const Order* undated = nullptr;
        const Order* late = nullptr;
        for (const Order* o : m_approvals.value(pair.id)) {
            if (!o->date.isValid()) {
                undated = undated ? undated : o;
                continue;
            }
            if (!pair.start.isValid() || o->date <= pair.start)
                return;
            if (!late || o->date < late->date)
                late = o;
        }
        Finding& f = pairFinding(rules::PairOrder, pair, ruleClause(rules::PairOrder), ruleSecondary(rules::PairOrder));
        if (late) {
            f.date = late->date;
            f.message = RuleEngine::tr("The pair «%1» is approved by the order № %2 of %3, dated after the start of mentoring "
                                       "on %4.")
                            .arg(label(pair), late->number, day(late->date), day(pair.start));
            f.hint = RuleEngine::tr("Pairs are approved by order before mentoring starts: correct the start date or the date "
                                    "of the order.");
        } else if (undated) {
            f.message = RuleEngine::tr("The pair «%1» is only in the order № %2, which has no date (not signed yet).")
                            .arg(label(pair), undated->number);
            f.hint = RuleEngine::tr("Have the order signed and enter its date.");
        } else {
            f.message = RuleEngine::tr("The pair «%1» is not in any order approving pairs.").arg(label(pair));
            f.hint = RuleEngine::tr("Include the pair in the order approving mentoring pairs and groups.");
        }
    }

    // ---- replacement.ground / extension.reason ----

    QString labels(Vocab vocab, const QStringList& codes) const
    {
        QStringList result;
        for (const QString& c : codes)
            result << inSentence(vocabulary::label(vocab, c));
        return result.join(u"; ");
    }

    void checkReplacements(const Pair& pair)
    {
        const QStringList& grounds = m_profile.replacementGrounds.value;
        QStringList problems;
        bool groundProblem = false;
        for (const PairEvent& e : pair.events) {
            if (e.type != u"replacement")
                continue;
            QStringList defects;
            if (e.ground.isEmpty()) {
                defects << RuleEngine::tr("no ground is given");
                groundProblem = true;
            } else if (!grounds.contains(e.ground)) {
                defects << RuleEngine::tr("the ground «%1» is not in the profile's list").arg(e.ground);
                groundProblem = true;
            }
            if (e.order.isEmpty())
                defects << RuleEngine::tr("there is no order");
            if (!defects.isEmpty())
                problems << RuleEngine::tr("the replacement of the mentor on %1: %2")
                                .arg(e.date.isValid() ? day(e.date) : RuleEngine::tr("(no date)"), defects.join(u", "));
        }
        if (problems.isEmpty())
            return;
        const QString clause = groundProblem ? m_profile.replacementGrounds.clause : QString();
        Finding& f = pairFinding(rules::ReplacementGround, pair,
                                 clause.isEmpty() ? ruleClause(rules::ReplacementGround) : clause,
                                 ruleSecondary(rules::ReplacementGround) || m_profile.replacementGrounds.secondary);
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = RuleEngine::tr("A mentor is replaced by order on one of the grounds: %1.")
                     .arg(labels(Vocab::ReplacementGround, grounds));
    }

    void checkExtensions(const Pair& pair)
    {
        const QStringList& reasons = m_profile.extensionReasons.value;
        QStringList problems;
        for (const PairEvent& e : pair.events) {
            if (e.type != u"extension" || reasons.contains(e.reason))
                continue;
            const QString when = e.date.isValid() ? day(e.date) : RuleEngine::tr("(no date)");
            if (e.reason.isEmpty())
                problems << RuleEngine::tr("the extension on %1 has no reason").arg(when);
            else
                problems << RuleEngine::tr("the extension on %1 has the reason «%2», which is not in the profile's list")
                                .arg(when, e.reason);
        }
        if (problems.isEmpty())
            return;
        const Parameter<QStringList>& p = m_profile.extensionReasons;
        Finding& f = pairFinding(rules::ExtensionReason, pair, p.clause.isEmpty() ? ruleClause(rules::ExtensionReason) : p.clause,
                                 ruleSecondary(rules::ExtensionReason) || p.secondary);
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = RuleEngine::tr("The term of mentoring is extended only for one of the reasons: %1.")
                     .arg(labels(Vocab::ExtensionReason, reasons));
    }

    // ---- mentor.supervisor / mentor.disciplinary ----

    void checkSupervisor(const Pair& pair, const QList<Leader>& leaders)
    {
        QStringList problems;
        for (const Leader& l : leaders) {
            QStringList subordinates;
            for (const QString& m : pair.mentees) {
                const Person* mentee = m_names.person(m);
                if (mentee && !l.id.isEmpty() && mentee->supervisor == l.id)
                    subordinates << m_names.fullName(m);
            }
            if (!subordinates.isEmpty())
                problems << RuleEngine::tr("mentor %1 is the direct supervisor of %2")
                                .arg(m_names.fullName(l.id), subordinates.join(u", "));
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::Supervisor, pair, ruleClause(rules::Supervisor), ruleSecondary(rules::Supervisor));
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = RuleEngine::tr("Choose a mentor who is not the mentee's direct supervisor.");
    }

    void checkDisciplinary(const Pair& pair, const QList<Leader>& leaders)
    {
        QStringList problems;
        for (const Leader& l : leaders) {
            const Person* mentor = m_names.person(l.id);
            if (mentor && mentor->disciplinarySanction)
                problems << RuleEngine::tr("mentor %1 has a disciplinary sanction").arg(m_names.fullName(l.id));
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::Disciplinary, pair, ruleClause(rules::Disciplinary), ruleSecondary(rules::Disciplinary));
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = RuleEngine::tr("Choose a mentor without a disciplinary sanction, or clear the mark in the mentor's card if the "
                                "sanction has been lifted.");
    }

    // ---- early_completion.notice ----

    void checkNotice(const Pair& pair)
    {
        const Parameter<int>& notice = m_profile.noticeWorkingDays;
        QStringList problems;
        QDate firstNotice;
        QDate firstDeadline;
        for (const PairEvent& e : pair.events) {
            if (e.type != u"early_completion" || e.initiator != u"employer" || !e.date.isValid())
                continue;
            const QString mentorId = pair.mentorOn(e.date);
            const Person* mentor = m_names.person(mentorId);
            if (!mentor || !mentor->isStaff())
                continue;
            if (!e.noticeDate.isValid()) {
                problems << RuleEngine::tr("the early completion on %1 at the employer's initiative has no notice to mentor %2")
                                .arg(day(e.date), m_names.fullName(mentorId));
                continue;
            }
            const QDate earliest = m_calendar.addWorkingDays(e.noticeDate, notice.value);
            if (e.date >= earliest)
                continue;
            if (!firstDeadline.isValid()) {
                firstNotice = e.noticeDate;
                firstDeadline = earliest;
            }
            problems << RuleEngine::tr("the early completion on %1 at the employer's initiative comes less than %n working "
                                       "day(s) after the notice to mentor %2 of %3 (%4 at the earliest)",
                                       "", notice.value)
                            .arg(day(e.date), m_names.fullName(mentorId), day(e.noticeDate), day(earliest));
        }
        if (problems.isEmpty())
            return;
        Finding& f = pairFinding(rules::EarlyCompletionNotice, pair, notice.clause.isEmpty() ? ruleClause(rules::EarlyCompletionNotice) : notice.clause,
                                 ruleSecondary(rules::EarlyCompletionNotice) || notice.secondary);
        f.message = RuleEngine::tr("Pair «%1»: %2.").arg(label(pair), problems.join(u"; "));
        f.hint = RuleEngine::tr("Notify the mentor in writing at least %n working day(s) before ending mentoring early.", "",
                                notice.value);
        if (firstDeadline.isValid())
            markDeadline(f, firstNotice, firstDeadline);
    }

    const Dataset& m_data;
    const Profile& m_profile;
    const WorkCalendar& m_calendar;
    const QDate m_today;
    rulesupport::Directory m_names;
    QHash<QString, QList<const Consent*>> m_mentorConsents;
    QHash<QString, QList<const Consent*>> m_personalData;
    QHash<QString, QList<const Order*>> m_approvals;
    QHash<QString, std::vector<Interval>> m_loads;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> RuleEngine::check(const Dataset& data, const Profile& profile, const WorkCalendar& calendar, const QDate& today)
{
    return Checker(data, profile, calendar, today).run();
}

QList<Finding> RuleEngine::concerningPerson(const QList<Finding>& findings, const QString& personId)
{
    QList<Finding> result;
    for (const Finding& f : findings) {
        if (f.people.contains(personId))
            result << f;
    }
    return result;
}

QList<Finding> RuleEngine::concerningPair(const QList<Finding>& findings, const QString& pairId)
{
    QList<Finding> result;
    for (const Finding& f : findings) {
        if (f.pairs.contains(pairId))
            result << f;
    }
    return result;
}

QString RuleEngine::ruleTitle(const QString& id)
{
    static const QHash<QString, const char*> titles = {
        {QString::fromUtf16(rules::MaxMentees), QT_TR_NOOP("Too many mentees for one mentor")},
        {QString::fromUtf16(rules::DurationMax), QT_TR_NOOP("Term of mentoring too long")},
        {QString::fromUtf16(rules::DurationMin), QT_TR_NOOP("Term of mentoring too short")},
        {QString::fromUtf16(rules::PlanDeadline), QT_TR_NOOP("Individual plan not approved in time")},
        {QString::fromUtf16(rules::ReportDeadline), QT_TR_NOOP("Report and questionnaire not submitted in time")},
        {QString::fromUtf16(rules::Experience), QT_TR_NOOP("Mentor's experience too short")},
        {QString::fromUtf16(rules::Credential), QT_TR_NOOP("Mentor lacks the required status or certificate")},
        {QString::fromUtf16(rules::MentorConsent), QT_TR_NOOP("Mentor's consent or supplementary agreement missing")},
        {QString::fromUtf16(rules::PersonalData), QT_TR_NOOP("No valid consent to the processing of personal data")},
        {QString::fromUtf16(rules::ExternalDocuments), QT_TR_NOOP("External mentor's documents missing")},
        {QString::fromUtf16(rules::PairOrder), QT_TR_NOOP("Pair not approved by order in time")},
        {QString::fromUtf16(rules::ReplacementGround), QT_TR_NOOP("Replacement of a mentor without ground or order")},
        {QString::fromUtf16(rules::ExtensionReason), QT_TR_NOOP("Extension without a valid reason")},
        {QString::fromUtf16(rules::Supervisor), QT_TR_NOOP("Mentor is the mentee's direct supervisor")},
        {QString::fromUtf16(rules::Disciplinary), QT_TR_NOOP("Mentor has a disciplinary sanction")},
        {QString::fromUtf16(rules::EarlyCompletionNotice), QT_TR_NOOP("Early completion without the required notice")},
    };
    const char* title = titles.value(id, nullptr);
    return title ? tr(title) : id;
}

bool RuleEngine::idLess(const QString& a, const QString& b)
{
    auto digit = [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i);
        const QChar cb = b.at(j);
        if (digit(ca) && digit(cb)) {
            qsizetype ei = i;
            while (ei < a.size() && digit(a.at(ei)))
                ++ei;
            qsizetype ej = j;
            while (ej < b.size() && digit(b.at(ej)))
                ++ej;
            // Compare the runs as numbers: strip leading zeros, then by length, then by digits.
            qsizetype si = i;
            while (si + 1 < ei && a.at(si) == u'0')
                ++si;
            qsizetype sj = j;
            while (sj + 1 < ej && b.at(sj) == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj;
            const int c = QStringView(a).mid(si, ei - si).compare(QStringView(b).mid(sj, ej - sj));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b; // equal up to leading zeros: any total order
}

} // namespace nastavnik
