#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nastavnik {

/// What the list of participants shows: every condition must hold.
struct PeopleFilter
{
    enum class Role {
        All,
        Mentors,     ///< in «база наставников» or leading a pair that has not ended
        Mentees,     ///< in «база наставляемых» or a mentee of a pair that has not ended
        LeadingPair, ///< leading a pair that has not ended (after replacements)
        InPair,      ///< a mentee of a pair that has not ended
    };
    enum class Staffing {
        All,
        Staff,    ///< Person::isStaff()
        External, ///< Person::external
    };

    QString text; ///< words typed in the search box; every word must occur
    Role role = Role::All;
    QString kind; ///< a PersonKind code, empty for any
    Staffing staffing = Staffing::All;
    bool withoutConsent = false; ///< only people without a valid personal-data consent
    bool showArchived = false;

    bool operator==(const PeopleFilter&) const = default;
};

/// The state of a person's consent to the processing of personal data (152-ФЗ art. 9).
enum class ConsentState {
    Valid,         ///< signed, not withdrawn (by a parent for a minor)
    Missing,       ///< never signed
    Withdrawn,     ///< every such consent was withdrawn
    SignedByMinor, ///< signed by the person while a minor: a parent must sign (002 4.17)
};

/// One line of the list of participants.
struct PersonRow
{
    qint64 rowId = 0;
    QString id;
    QString lastName;
    QString firstName;
    QString middleName;
    QString kind;
    bool external = false;
    QString position;
    QString unit;
    QDate birthDate;
    bool mentor = false; ///< in the base of mentors or leading a pair that has not ended
    bool mentee = false; ///< in the base of mentees or a mentee of a pair that has not ended
    ConsentState consent = ConsentState::Missing;
    bool archived = false;

    QString fullName() const;
    bool isStaff() const;
};

/// What PeopleQuery::search found.
struct PeopleFound
{
    QList<qint64> ids;        ///< the storage ids, in order
    QStringList searchTexts;  ///< each one's search text, when words were typed (else empty)
};

/// A person offered by a searchable chooser (supervisor, head, signer of a consent).
struct PersonChoice
{
    QString id;
    QString fullName;
    QString position;
    QDate birthDate;
    bool archived = false;

    /// «Иванова Мария Петровна, учитель математики».
    QString label() const;
};

/// Read-only queries over the bases of participants for lists and choosers. Filtering and
/// sorting run in SQL (over `person.search_text` for the typed words), so a list of 30,000
/// people stays instant: `find` returns only the storage ids in order, `rows` reads a page.
class PeopleQuery
{
    Q_DECLARE_TR_FUNCTIONS(PeopleQuery)

public:
    enum class SortKey { Name, Kind, Staffing, Position, Unit, BirthDate, Role, Consent };

    /// `today` decides which pairs are running and who is a minor.
    explicit PeopleQuery(const QSqlDatabase& db, const QDate& today = QDate::currentDate());

    /// The storage ids (rowid) of the people matching `filter`, sorted; ties by name.
    Result<QList<qint64>> find(const PeopleFilter& filter,
                               SortKey key = SortKey::Name,
                               Qt::SortOrder order = Qt::AscendingOrder) const;

    /// As `find`, with the search text of each person found when `filter` has words typed:
    /// what `narrow` needs.
    Result<PeopleFound> search(const PeopleFilter& filter,
                               SortKey key = SortKey::Name,
                               Qt::SortOrder order = Qt::AscendingOrder) const;

    /// Whether everyone `narrower` matches is among those `wider` matches because only more
    /// was typed: words were typed for `wider`, each is within a word typed now, and the rest
    /// of the filters is the same.
    static bool narrows(const PeopleFilter& narrower, const PeopleFilter& wider);
    /// Keeps of `found` (a search by `wider`) those `narrower` matches, in memory: the same
    /// words in the same search text as the query's.
    static PeopleFound narrow(const PeopleFound& found, const PeopleFilter& narrower);

    /// The rows for `rowIds`, in that order (ids no longer present are skipped).
    Result<QList<PersonRow>> rows(const QList<qint64>& rowIds) const;

    /// The storage id of the person `id`, or 0.
    qint64 rowIdOf(const QString& id) const;

    /// The number of people in the database, archived ones only when asked.
    int count(bool includeArchived) const;

    /// Up to `limit` people whose name or position contains every typed word, by name;
    /// archived people and `excluding` are left out.
    QList<PersonChoice> choices(const QString& text, int limit, const QString& excluding = {}) const;
    /// The person `id` as a choice (archived too), or nothing when there is no such person.
    std::optional<PersonChoice> choice(const QString& id) const;

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace nastavnik
