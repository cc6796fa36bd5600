#include "matching/MentorMatcher.h"

#include "domain/Vocabulary.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "rules/RuleSupport.h"
#include "storage/DatasetRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ProfileRepository.h"
#include "util/Dates.h"

#include <QSet>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

QString day(const QDate& d)
{
    return dates::toDisplay(d);
}

QString inSentence(QString label)
{
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        label[0] = label.at(0).toLower();
    return label;
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

QString experienceLabel(const QString& kind)
{
    if (kind == u"pedagogical")
        return MentorMatcher::tr("pedagogical");
    if (kind == u"managerial")
        return MentorMatcher::tr("managerial");
    if (kind == u"methodical")
        return MentorMatcher::tr("methodical");
    return kind;
}

// Words that say nothing about what a mentor offers or a mentee needs.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words
        = { u"также"_s, u"который"_s, u"которые"_s, u"других"_s, u"другие"_s, u"очень"_s, u"более"_s,
            u"менее"_s, u"через"_s,   u"между"_s,   u"после"_s,  u"перед"_s,  u"этого"_s, u"этом"_s,
            u"свой"_s,  u"своих"_s,   u"всех"_s,    u"всего"_s,  u"нужна"_s,  u"нужно"_s };
    return words;
}

} // namespace

MentorMatcher::MentorMatcher(Dataset data, QList<Preference> preferences, Profile profile, const QDate& today)
    : m_data(std::move(data))
    , m_preferences(std::move(preferences))
    , m_profile(std::move(profile))
    , m_today(today)
{
    for (qsizetype i = 0; i < m_data.people.size(); ++i)
        m_people.insert(m_data.people.at(i).id, i);
    for (qsizetype i = 0; i < m_data.consents.size(); ++i) {
        if (m_data.consents.at(i).type == u"mentor_role")
            m_mentorConsents[m_data.consents.at(i).person] << i;
    }
    for (const Preference& p : std::as_const(m_preferences)) {
        QHash<QString, int>& mine = m_choices[p.person];
        if (!mine.contains(p.preferred) || p.rank < mine.value(p.preferred))
            mine.insert(p.preferred, p.rank);
    }
    // The stretches each mentor leads a single-mentee pair, as mentor.max_mentees counts them.
    for (const Pair& pair : std::as_const(m_data.pairs)) {
        const QDate end = pair.end();
        if (!pair.start.isValid() || !end.isValid() || end < pair.start || pair.mentees.size() != 1
            || m_profile.isGroupForm(pair.form))
            continue;
        const std::optional<Parameter<int>> cap = m_profile.capFor(pair.form);
        for (const rulesupport::Leader& l : rulesupport::leaders(pair)) {
            const QDate to = l.to.isValid() ? std::min(l.to, end) : end;
            if (!l.from.isValid() || to < l.from)
                continue;
            m_leading[l.id] << Interval { l.from, to, cap ? cap->value : INT_MAX };
        }
    }
}

Result<MentorMatcher> MentorMatcher::fromDatabase(const QSqlDatabase& db, const QDate& today)
{
    Result<Dataset> data = DatasetRepository(db).load();
    if (!data)
        return data.status();
    Result<QList<Preference>> preferences = PreferenceRepository(db).list();
    if (!preferences)
        return preferences.status();
    Result<Profile> profile = ProfileRepository(db).active();
    if (!profile)
        return profile.status();
    return MentorMatcher(
        std::move(data).value(), std::move(preferences).value(), std::move(profile).value(), today);
}

const Person* MentorMatcher::person(const QString& id) const
{
    const qsizetype i = m_people.value(id, -1);
    return i < 0 ? nullptr : &m_data.people.at(i);
}

QStringList MentorMatcher::mentorKinds(const QString& form)
{
    static const QHash<QString, QStringList> kinds = {
        { u"pupil_pupil"_s, { u"pupil"_s } },
        { u"teacher_teacher"_s, { u"teacher"_s, u"veteran"_s, u"manager"_s } },
        { u"teacher_pupil"_s, { u"teacher"_s, u"veteran"_s, u"manager"_s } },
        { u"student_pupil"_s, { u"student"_s } },
        { u"employer_pupil"_s, { u"employer_staff"_s, u"entrepreneur"_s, u"graduate"_s } },
        { u"employer_student"_s, { u"employer_staff"_s, u"entrepreneur"_s, u"graduate"_s } },
        // 004 2.1: an experienced pedagogical or managerial worker; a «ментор» manages.
        { u"traditional"_s, { u"teacher"_s, u"manager"_s, u"veteran"_s } },
        { u"mentoring"_s, { u"manager"_s } },
        { u"tutoring"_s, { u"teacher"_s, u"manager"_s } },
        { u"coaching"_s, { u"teacher"_s, u"manager"_s } },
        // 000 5.3.1: a civil servant proposed by the head of the unit.
        { u"civil_service"_s, { u"civil_servant"_s, u"manager"_s } },
        // 001 6: from the administration of educational organisations.
        { u"reserve"_s, { u"manager"_s } },
    };
    return kinds.value(form);
}

QStringList MentorMatcher::stems(const QString& text)
{
    QStringList result;
    QString word;
    auto flush = [&] {
        if (word.size() >= 4 && !stopWords().contains(word)) {
            const QString stem = word.left(5);
            if (!result.contains(stem))
                result << stem;
        }
        word.clear();
    };
    for (QChar c : text.toLower()) {
        if (c == u'ё')
            c = u'е';
        if (c.isLetter())
            word += c;
        else
            flush();
    }
    flush();
    return result;
}

QString MentorMatcher::suggestedForm(const QString& menteeId) const
{
    const QStringList& forms = m_profile.forms.value;
    const Person* mentee = person(menteeId);
    // The forms that suit the kind of mentee, most usual first.
    QStringList suitable;
    auto add = [&](std::initializer_list<const char16_t*> wanted) {
        for (const char16_t* f : wanted) {
            if (forms.contains(QString::fromUtf16(f)))
                suitable << QString::fromUtf16(f);
        }
    };
    if (mentee) {
        if (mentee->kind == u"pupil")
            add({ u"teacher_pupil", u"pupil_pupil", u"student_pupil", u"employer_pupil" });
        else if (mentee->kind == u"student")
            add({ u"employer_student" });
        else if (mentee->kind == u"teacher" || mentee->kind == u"veteran")
            add({ u"teacher_teacher", u"traditional", u"tutoring", u"coaching" });
        else if (mentee->kind == u"manager")
            add({ u"mentoring", u"reserve", u"coaching" });
        else if (mentee->kind == u"civil_servant")
            add({ u"civil_service" });
    }
    // The mentee's first choice in the survey decides between them: a senior pupil chosen
    // means «ученик – ученик».
    const QHash<QString, int> chosen = m_choices.value(menteeId);
    QString best;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (best.isEmpty() || it.value() < chosen.value(best)
            || (it.value() == chosen.value(best) && it.key() < best))
            best = it.key();
    }
    if (const Person* favourite = person(best)) {
        for (const QString& f : std::as_const(suitable)) {
            if (mentorKinds(f).contains(favourite->kind))
                return f;
        }
    }
    return suitable.isEmpty() ? forms.value(0) : suitable.first();
}

MatchRequest MentorMatcher::defaultRequest(const QStringList& mentees) const
{
    MatchRequest r;
    r.mentees = mentees;
    r.form = mentees.isEmpty() ? m_profile.forms.value.value(0) : suggestedForm(mentees.first());
    // A week for the order approving the pair; mentoring starts on a weekday.
    QDate start = m_today.addDays(7);
    while (start.dayOfWeek() > 5)
        start = start.addDays(1);
    r.start = start;
    int months = m_profile.durationMaxMonths.value ? std::min(*m_profile.durationMaxMonths.value, 12) : 12;
    if (m_profile.durationMinMonths.value)
        months = std::max(months, *m_profile.durationMinMonths.value);
    r.end = dates::addMonthsCivil(start, months).addDays(-1);
    return r;
}

QStringList MentorMatcher::waitingMentees() const
{
    QSet<QString> paired;
    for (const Pair& p : m_data.pairs) {
        const QDate end = p.end();
        if (end.isValid() && end < m_today)
            continue;
        for (const QString& m : p.mentees)
            paired.insert(m);
    }
    QList<const Person*> waiting;
    for (const Person& p : m_data.people) {
        if (p.menteeBase && !p.archived && !paired.contains(p.id))
            waiting << &p;
    }
    std::sort(waiting.begin(), waiting.end(), [](const Person* a, const Person* b) {
        return PeopleRepository::foldForSearch(a->fullName())
            < PeopleRepository::foldForSearch(b->fullName());
    });
    QStringList ids;
    for (const Person* p : std::as_const(waiting))
        ids << p->id;
    return ids;
}

MentorMatcher::Capacity MentorMatcher::capacity(const QString& mentorId, const MatchRequest& request) const
{
    Capacity result;
    const bool counted = m_profile.isEnabled(QString::fromUtf16(rules::MaxMentees)) && !request.group
        && !m_profile.isGroupForm(request.form);
    const int added = counted ? int(request.mentees.size()) : 0;
    const std::optional<Parameter<int>> cap = m_profile.capFor(request.form);
    const int newCap = cap ? cap->value : INT_MAX;

    QList<Interval> overlapping;
    for (const Interval& i : m_leading.value(mentorId)) {
        if (i.from <= request.end && i.to >= request.start)
            overlapping << i;
    }
    // The count changes only where an existing stretch begins or ends inside the term.
    QList<QDate> points { request.start };
    for (const Interval& i : std::as_const(overlapping)) {
        if (i.from > request.start)
            points << i.from;
        if (i.to < request.end)
            points << i.to.addDays(1);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (const QDate& d : std::as_const(points)) {
        int count = 0;
        int smallest = added > 0 ? newCap : INT_MAX;
        for (const Interval& i : std::as_const(overlapping)) {
            if (i.from <= d && d <= i.to) {
                ++count;
                smallest = std::min(smallest, i.cap);
            }
        }
        result.load = std::max(result.load, count);
        if (added > 0 && smallest != INT_MAX && count + added > smallest && result.fits) {
            result.fits = false;
            result.fullOn = d;
            result.fullCount = count;
            result.fullCap = smallest;
        }
    }
    return result;
}

QStringList
MentorMatcher::exclusionReasons(const Person& c, const MatchRequest& request, Capacity* capacityOut) const
{
    QStringList reasons;
    auto enabled = [this](const char16_t* rule) {
        return m_profile.isEnabled(QString::fromUtf16(rule));
    };
    if (request.mentees.contains(c.id))
        reasons << tr("is the mentee themselves");
    if (c.archived)
        reasons << tr("is in the archive");

    const QStringList kinds = mentorKinds(request.form);
    if (!kinds.isEmpty() && !kinds.contains(c.kind)) {
        QStringList labels;
        for (const QString& k : kinds)
            labels << inSentence(vocabulary::label(Vocab::PersonKind, k));
        reasons << tr("«%1» needs a mentor who is: %2; this person is: %3")
                       .arg(vocabulary::label(Vocab::PairForm, request.form),
                            labels.join(u", "_s),
                            inSentence(vocabulary::label(Vocab::PersonKind, c.kind)));
    }

    if (enabled(rules::Experience)) {
        if (const auto it = m_profile.experienceByForm.constFind(request.form);
            it != m_profile.experienceByForm.cend()) {
            const std::optional<int> years = experienceOf(c, it->value.kind);
            if (!years)
                reasons << tr("%1 experience is not recorded; the form needs at least %n year(s) (%2)",
                              "",
                              it->value.years)
                               .arg(experienceLabel(it->value.kind), it->clause);
            else if (*years < it->value.years)
                reasons << tr("%1 experience of %2 year(s); the form needs at least %n (%3)",
                              "",
                              it->value.years)
                               .arg(experienceLabel(it->value.kind))
                               .arg(*years)
                               .arg(it->clause);
        }
    }

    if (enabled(rules::Credential) && request.start.isValid()) {
        if (const auto it = m_profile.credentialByForm.constFind(request.form);
            it != m_profile.credentialByForm.cend()) {
            bool valid = false;
            for (const Credential& cr : c.credentials) {
                if (cr.type != it->value)
                    continue;
                const QDate until = rulesupport::expiry(cr, m_profile);
                if ((!cr.issued.isValid() || cr.issued <= request.start)
                    && (!until.isValid() || until >= request.start)) {
                    valid = true;
                    break;
                }
            }
            if (!valid)
                reasons << tr("no «%1» valid on %2 (%3)")
                               .arg(vocabulary::label(Vocab::CredentialType, it->value),
                                    day(request.start),
                                    it->clause);
        }
    }

    if (enabled(rules::Supervisor)) {
        for (const QString& m : request.mentees) {
            const Person* mentee = person(m);
            if (mentee && mentee->supervisor == c.id)
                reasons << tr("is the direct supervisor of %1 (%2)")
                               .arg(mentee->fullName(),
                                    m_profile.ruleClause(QString::fromUtf16(rules::Supervisor)));
        }
    }
    if (enabled(rules::Disciplinary) && c.disciplinarySanction)
        reasons << tr("has a disciplinary sanction (%1)")
                       .arg(m_profile.ruleClause(QString::fromUtf16(rules::Disciplinary)));

    const Capacity cap
        = request.start.isValid() && request.end.isValid() ? capacity(c.id, request) : Capacity();
    if (capacityOut)
        *capacityOut = cap;
    if (!cap.fits) {
        const std::optional<Parameter<int>> p = m_profile.capFor(request.form);
        reasons << tr("already leads %n pair(s) with a single mentee on %1; the cap is %2 (%3)",
                      "",
                      cap.fullCount)
                       .arg(day(cap.fullOn))
                       .arg(cap.fullCap)
                       .arg(p ? p->clause : m_profile.maxMentees.clause);
    }
    return reasons;
}

QStringList MentorMatcher::notesFor(const Person& c, const MatchRequest& request) const
{
    QStringList notes;
    bool consent = false;
    for (qsizetype i : m_mentorConsents.value(c.id)) {
        const Consent& k = m_data.consents.at(i);
        if (k.date.isValid() && (!request.start.isValid() || k.date <= request.start)
            && (!k.withdrawn.isValid() || (request.start.isValid() && k.withdrawn > request.start))) {
            consent = true;
            break;
        }
    }
    if (!consent && m_profile.isEnabled(QString::fromUtf16(rules::MentorConsent)))
        notes << tr("no written consent to act as a mentor yet: obtain it before the start");
    const QDate since = m_profile.labourAgreementSince.value;
    if (c.isStaff() && since.isValid() && request.start.isValid() && request.start >= since
        && m_profile.isEnabled(QString::fromUtf16(rules::MentorConsent))) {
        const bool agreement
            = std::any_of(c.credentials.cbegin(), c.credentials.cend(), [&](const Credential& cr) {
                  return cr.type == u"labour_agreement" && cr.issued.isValid() && cr.issued <= request.start;
              });
        if (!agreement)
            notes << tr("no supplementary agreement on mentoring yet (Labour Code art. 351.8): conclude it "
                        "before the start");
    }
    if (c.external && m_profile.isEnabled(QString::fromUtf16(rules::ExternalDocuments))) {
        bool pupils = false;
        for (const QString& m : request.mentees) {
            if (const Person* mentee = person(m); mentee && mentee->kind == u"pupil")
                pupils = true;
        }
        QStringList needed = m_profile.externalDocuments.value;
        if (pupils)
            needed << m_profile.externalDocumentsWithPupils.value;
        QStringList missing;
        for (const QString& type : std::as_const(needed)) {
            const bool has
                = std::any_of(c.credentials.cbegin(), c.credentials.cend(), [&](const Credential& cr) {
                      return cr.type == type
                          && (!cr.validUntil.isValid() || !request.start.isValid()
                              || cr.validUntil >= request.start);
                  });
            if (!has)
                missing << inSentence(vocabulary::label(Vocab::CredentialType, type));
        }
        if (!missing.isEmpty())
            notes << tr("an external mentor: still needs %1").arg(missing.join(u", "_s));
    }
    return notes;
}

MatchResult MentorMatcher::rank(const MatchRequest& request) const
{
    MatchResult result;
    if (request.mentees.isEmpty())
        result.problems << tr("Choose the mentee (or several) to find a mentor for.");
    if (request.form.isEmpty())
        result.problems << tr("Choose the form of mentoring.");
    if (!request.start.isValid() || !request.end.isValid())
        result.problems << tr(
            "Give the planned start and end: whether a mentor has room depends on the dates.");
    else if (request.end < request.start)
        result.problems << tr("The planned end is before the start.");
    if (!result.problems.isEmpty())
        return result;

    // The pool: the base of mentors, those leading pairs, and whoever the mentees chose.
    QSet<QString> pool;
    for (const Person& p : m_data.people) {
        if (p.mentorBase)
            pool.insert(p.id);
    }
    for (auto it = m_leading.cbegin(); it != m_leading.cend(); ++it)
        pool.insert(it.key());
    for (const QString& m : request.mentees) {
        const QHash<QString, int> chosen = m_choices.value(m);
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
            pool.insert(it.key());
    }

    QStringList requestWords;
    QSet<QString> menteeUnits;
    for (const QString& m : request.mentees) {
        const Person* mentee = person(m);
        if (!mentee)
            continue;
        QString text = mentee->request;
        for (const QString& category : mentee->menteeCategories)
            text += u' ' + vocabulary::russianLabel(Vocab::MenteeCategory, category);
        for (const QString& s : stems(text)) {
            if (!requestWords.contains(s))
                requestWords << s;
        }
        if (!mentee->unit.trimmed().isEmpty())
            menteeUnits.insert(mentee->unit.trimmed().toLower());
    }
    const std::optional<Parameter<int>> cap = m_profile.capFor(request.form);
    const bool capped = m_profile.isEnabled(QString::fromUtf16(rules::MaxMentees)) && !request.group
        && !m_profile.isGroupForm(request.form) && cap.has_value();

    for (const QString& id : std::as_const(pool)) {
        const Person* c = person(id);
        if (!c)
            continue;
        Capacity load;
        const QStringList reasons = exclusionReasons(*c, request, &load);
        if (!reasons.isEmpty()) {
            result.excluded << MatchExclusion { id, reasons };
            continue;
        }
        MatchCandidate k;
        k.personId = id;
        k.load = load.load;
        if (capped)
            k.cap = cap->value;
        for (const QString& m : request.mentees) {
            const Person* mentee = person(m);
            const QString name = mentee ? mentee->shortName() : m;
            const int theirs = m_choices.value(m).value(id, 0);
            const int mine = m_choices.value(id).value(m, 0);
            if (theirs && mine) {
                ++k.mutual;
                k.preferenceRanks += theirs + mine;
                k.reasons
                    << tr("mutual choice in the survey: %1 chose them (choice %2), they chose %1 (choice %3)")
                           .arg(name)
                           .arg(theirs)
                           .arg(mine);
            } else if (theirs) {
                ++k.oneSided;
                k.preferenceRanks += theirs;
                k.reasons << tr("%1 chose them in the survey (choice %2)").arg(name).arg(theirs);
            } else if (mine) {
                ++k.oneSided;
                k.preferenceRanks += mine;
                k.reasons << tr("they chose %1 in the survey (choice %2)").arg(name).arg(mine);
            }
        }
        // The mentor's own words that share a stem with the requests, as the mentor wrote them.
        QString offered = c->competencies + u' ' + c->position;
        QSet<QString> usedStems;
        QString word;
        auto consider = [&] {
            const QStringList s = stems(word);
            if (!s.isEmpty() && requestWords.contains(s.first()) && !usedStems.contains(s.first())) {
                usedStems.insert(s.first());
                k.matchedWords << word.toLower();
            }
            word.clear();
        };
        for (const QChar ch : offered) {
            if (ch.isLetter())
                word += ch;
            else
                consider();
        }
        consider();
        if (!k.matchedWords.isEmpty())
            k.reasons << tr("competencies match the request: %1").arg(k.matchedWords.mid(0, 5).join(u", "_s));
        if (!c->unit.trimmed().isEmpty() && menteeUnits.contains(c->unit.trimmed().toLower())) {
            k.sameUnit = true;
            k.reasons << tr("same unit: %1").arg(c->unit.trimmed());
        }
        if (capped)
            k.reasons
                << (k.load == 0
                        ? tr("leads no pairs over the planned term (cap %1)").arg(cap->value)
                        : tr("leads %n pair(s) over the planned term (cap %1)", "", k.load).arg(cap->value));
        else
            k.reasons << (k.load == 0 ? tr("leads no pairs over the planned term")
                                      : tr("leads %n pair(s) over the planned term", "", k.load));
        k.notes = notesFor(*c, request);
        result.candidates << k;
    }

    auto nameOf = [this](const QString& id) {
        const Person* p = person(id);
        return p ? PeopleRepository::foldForSearch(p->fullName()) : id;
    };
    std::sort(result.candidates.begin(),
              result.candidates.end(),
              [&](const MatchCandidate& a, const MatchCandidate& b) {
                  if (a.mutual != b.mutual)
                      return a.mutual > b.mutual;
                  if (a.oneSided != b.oneSided)
                      return a.oneSided > b.oneSided;
                  if (a.preferenceRanks != b.preferenceRanks)
                      return a.preferenceRanks < b.preferenceRanks; // first choices before later ones
                  if (a.matchedWords.size() != b.matchedWords.size())
                      return a.matchedWords.size() > b.matchedWords.size();
                  if (a.sameUnit != b.sameUnit)
                      return a.sameUnit;
                  if (a.load != b.load)
                      return a.load < b.load;
                  const QString na = nameOf(a.personId);
                  const QString nb = nameOf(b.personId);
                  return na != nb ? na < nb : RuleEngine::idLess(a.personId, b.personId);
              });
    for (int i = 0; i < result.candidates.size(); ++i)
        result.candidates[i].rank = i + 1;
    std::sort(result.excluded.begin(),
              result.excluded.end(),
              [&](const MatchExclusion& a, const MatchExclusion& b) {
                  const QString na = nameOf(a.personId);
                  const QString nb = nameOf(b.personId);
                  return na != nb ? na < nb : RuleEngine::idLess(a.personId, b.personId);
              });
    return result;
}

} // namespace nastavnik
