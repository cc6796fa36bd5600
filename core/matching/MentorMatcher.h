#pragma once

#include "domain/Dataset.h"
#include "matching/PreferenceRepository.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace nastavnik {

/// Whom to find a mentor for, in which form, for which term.
struct MatchRequest
{
    QStringList mentees; ///< one or more people of the base of mentees
    QString form; ///< a form of the active profile
    QDate start;
    QDate end; ///< the planned end
    /// One pair with all the mentees (a group, exempt from the cap); otherwise one pair each.
    bool group = false;

    bool operator==(const MatchRequest&) const = default;
};

/// A person who may mentor, with why they rank where they do.
struct MatchCandidate
{
    QString personId;
    int rank = 0; ///< 1 = the best
    int mutual = 0; ///< mentees who chose them and whom they chose in the survey
    int oneSided = 0; ///< mentees with a choice one way only
    int preferenceRanks = 0; ///< the ranks of those choices summed (lower: stronger)
    QStringList matchedWords; ///< the mentor's words that match the mentees' requests
    bool sameUnit = false;
    int load = 0; ///< single-mentee pairs they lead at the busiest time of the term
    std::optional<int> cap; ///< the cap of the form, if the profile has one
    QStringList reasons; ///< why they rank where they do, short phrases in the UI language
    QStringList notes; ///< what to arrange after matching (consent, supplementary agreement)

    bool operator==(const MatchCandidate&) const = default;
};

/// A person of the base of mentors who may not mentor these mentees, and why.
struct MatchExclusion
{
    QString personId;
    QStringList reasons;

    bool operator==(const MatchExclusion&) const = default;
};

struct MatchResult
{
    QList<MatchCandidate> candidates; ///< best first
    QList<MatchExclusion> excluded; ///< by name
    QStringList problems; ///< the request itself is incomplete (no dates, no form…)
};

/// The matching assistant: ranks the possible mentors of one or more mentees under the active
/// profile.
///
/// Eligible are people of the base of mentors (or leading a pair, or named in the survey)
/// who are of the right kind for the form, have the experience and the valid credential the
/// form requires, are not archived and not one of the mentees, not their direct supervisor
/// (where `mentor.supervisor` is checked), without a disciplinary sanction (where
/// `mentor.disciplinary` is checked), and keep within the cap on every day of the planned term,
/// counted as `mentor.max_mentees` counts (single-mentee pairs, replacements by date). They rank
/// by mutual choice in the preference survey, then a choice one way, then the overlap of the
/// mentees' requests and categories with the mentor's competencies and position, then the same
/// unit, then the lower load. Missing consents and agreements do not exclude (they are signed
/// after matching); they are notes.
class MentorMatcher
{
    Q_DECLARE_TR_FUNCTIONS(MentorMatcher)

public:
    MentorMatcher(Dataset data, QList<Preference> preferences, Profile profile, const QDate& today);

    /// Everything the matcher needs from a database: its data, the survey, the active profile.
    static Result<MentorMatcher> fromDatabase(const QSqlDatabase& db, const QDate& today);

    MatchResult rank(const MatchRequest& request) const;

    /// People of the base of mentees, not archived, without a pair that has not ended on today
    /// (a planned pair counts as having one), by name.
    QStringList waitingMentees() const;

    /// The form a pair with `menteeId` most likely has under the profile: by the kind of person.
    QString suggestedForm(const QString& menteeId) const;
    /// A request with the suggested form, a start a week from today (a working weekday) and a
    /// planned end within the profile's limits.
    MatchRequest defaultRequest(const QStringList& mentees) const;

    /// The kinds of person who may mentor in `form` (`Vocab::PersonKind` codes).
    static QStringList mentorKinds(const QString& form);
    /// The stems of the meaningful words of `text`: lower case, ё as е, words of four letters
    /// or more cut to their first five.
    static QStringList stems(const QString& text);

    const Dataset& data() const { return m_data; }
    const Profile& profile() const { return m_profile; }
    const QList<Preference>& preferences() const { return m_preferences; }
    /// The person `id`, or nullptr.
    const Person* person(const QString& id) const;
    QDate today() const { return m_today; }

private:
    struct Interval
    {
        QDate from;
        QDate to;
        int cap; // INT_MAX: no cap
    };
    struct Capacity
    {
        bool fits = true;
        int load = 0; // existing pairs at the busiest time of the term
        QDate fullOn; // the first day the cap would be exceeded
        int fullCount = 0;
        int fullCap = 0;
    };
    Capacity capacity(const QString& mentorId, const MatchRequest& request) const;
    QStringList
    exclusionReasons(const Person& candidate, const MatchRequest& request, Capacity* capacity) const;
    QStringList notesFor(const Person& candidate, const MatchRequest& request) const;

    Dataset m_data;
    QList<Preference> m_preferences;
    Profile m_profile;
    QDate m_today;
    // Indexes into m_data (never pointers: the matcher is copied and moved).
    QHash<QString, qsizetype> m_people;
    QHash<QString, QList<Interval>> m_leading; // mentor → single-mentee leadership
    QHash<QString, QHash<QString, int>> m_choices; // person → preferred → rank
    QHash<QString, QList<qsizetype>> m_mentorConsents; // person → their mentor_role consents
};

} // namespace nastavnik
