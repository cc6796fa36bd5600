#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace nastavnik {

/// Replacement of the mentor (002 4.15–4.16): from `date` the pair is led by `newMentor`; the
/// term of the pair does not change.
struct ReplacementInput
{
    QDate date;
    QString newMentor;
    QString ground; ///< one of the profile's replacement grounds
    QString order; ///< an existing order, or empty (to be drafted afterwards)
    QString note;
};

/// Extension of the term (002 4.14).
struct ExtensionInput
{
    QDate date; ///< when the extension is decided
    QDate newEnd; ///< after the current end
    QString reason;
    QString order;
    QString note;
};

/// Early completion (002 4.14; Labour Code art. 351.8): the pair ends on `date`.
struct EarlyCompletionInput
{
    QDate date;
    QString initiator; ///< mentor, employer, agreement
    QDate noticeDate; ///< when the other side was notified
    QString order;
    QString note;
};

/// The lifecycle of a pair after it is formed. Every action is one transaction that appends
/// an event (or records a date) and never rewrites what happened before: replacing the
/// mentor, extending, completing early, completing, recording the report and the mentee's
/// questionnaire. Each is validated first under the active profile; problems come back as
/// sentences that say what to do.
class PairLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(PairLifecycle)

public:
    /// Uses the organisation's active profile and the database's working-day calendar.
    explicit PairLifecycle(const QSqlDatabase& db);
    /// Uses `profile` and `calendar` as given.
    PairLifecycle(const QSqlDatabase& db, const Profile& profile, const WorkCalendar& calendar);

    const Profile& profile() const { return m_profile; }
    const WorkCalendar& calendar() const { return m_calendar; }
    /// A problem reading the profile or the calendar (the actions then fail with it).
    const QString& setupError() const { return m_setupError; }

    QStringList validate(const Pair& pair, const ReplacementInput& input) const;
    QStringList validate(const Pair& pair, const ExtensionInput& input) const;
    QStringList validate(const Pair& pair, const EarlyCompletionInput& input) const;
    QStringList validateCompletion(const Pair& pair, const QDate& actualEnd) const;
    QStringList validateReport(const Pair& pair, const QDate& report, const QDate& questionnaire) const;

    /// The grounds a replacement may have: the profile's list, or every ground when it has none.
    QStringList replacementGrounds() const;
    /// The reasons an extension may have: the profile's list, or every reason when it has none.
    QStringList extensionReasons() const;

    /// The Labour Code art. 351.8 warning for an early completion at the employer's initiative
    /// of a staff mentor with less than the profile's notice (3 working days): the sentence to
    /// confirm, or empty when there is nothing to warn about. `mentor` is the mentor leading
    /// the pair on the completion date (nullptr: unknown, no warning).
    static QString noticeWarning(const EarlyCompletionInput& input,
                                 const Person* mentor,
                                 const Profile& profile,
                                 const WorkCalendar& calendar);
    /// The same for a stored pair (reads the mentor).
    QString noticeWarning(const Pair& pair, const EarlyCompletionInput& input) const;

    /// Appends a replacement; the new mentor leads from `date`, the term stays.
    Status replaceMentor(const QString& pairId, const ReplacementInput& input);
    /// Appends an extension: the pair's end becomes `newEnd`.
    Status extend(const QString& pairId, const ExtensionInput& input);
    /// Appends an early completion and sets the actual end to its date.
    Status completeEarly(const QString& pairId, const EarlyCompletionInput& input);
    /// Records the actual end of a pair that ran its term.
    Status complete(const QString& pairId, const QDate& actualEnd);
    /// Records (or clears, with an invalid date) the dates of the mentor's report and of the
    /// mentee's questionnaire.
    Status recordReport(const QString& pairId, const QDate& report, const QDate& questionnaire);

private:
    Result<Pair> loadPair(const QString& pairId) const;
    Status appendEvent(const QString& pairId, const PairEvent& event, const QDate& actualEnd = {});
    /// Validates `input` against the pair as stored, then appends `event`.
    template<typename Input>
    Status validateAndAppend(const QString& pairId, const Input& input, const PairEvent& event,
                             const QDate& actualEnd = {});
    QString personName(const QString& id) const;
    std::optional<Person> person(const QString& id) const;
    bool orderExists(const QString& id) const;

    QSqlDatabase m_db;
    Profile m_profile;
    WorkCalendar m_calendar;
    QString m_setupError;
};

} // namespace nastavnik
