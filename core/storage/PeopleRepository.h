#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace nastavnik {

/// People of the bases of participants with their credentials and consents.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    explicit PeopleRepository(const QSqlDatabase& db);

    /// The person with credentials (consents are separate: `consentsOf`).
    Result<Person> load(const QString& id) const;
    bool exists(const QString& id) const;

    /// Checks a person before saving: every problem as a sentence, empty when fine.
    QStringList validate(const Person& person) const;

    /// Inserts (an empty id gets a new one) or updates the person and replaces the
    /// credentials, in one transaction. Returns the id.
    Result<QString> save(Person person);

    /// The person's consents, and consents signed for others by them are not included.
    QList<Consent> consentsOf(const QString& personId) const;
    /// Replaces the person's consents with `consents` (new ones get ids). One transaction.
    Status saveConsents(const QString& personId, QList<Consent> consents);
    QStringList validate(const Consent& consent) const;

    /// What refers to the person, as sentences for a message («наставник в паре g3», …).
    QStringList referencesTo(const QString& id) const;
    /// Deletes the person with credentials and own consents; refuses when anything else
    /// refers to them (the message lists what and suggests archiving).
    Status remove(const QString& id);
    Status setArchived(const QString& id, bool archived);

    /// The id of a person with this full name and birth date, or empty (duplicate check).
    QString findByNameAndBirth(const QString& lastName,
                               const QString& firstName,
                               const QString& middleName,
                               const QDate& birthDate) const;

    /// Inserts new people with their credentials in one transaction, reusing prepared
    /// statements (for imports of thousands of people). Each person gets a new id, whatever
    /// `id` says. Every person is validated first; on any problem or failed write nothing is
    /// stored and the message names the person. Returns the new ids in the order given.
    Result<QStringList> insertMany(QList<Person> people);

    /// The identity (`identityKey`) of everyone in the database → their id, read in one query,
    /// so that an import can find duplicates without a query per row.
    QHash<QString, QString> identityIndex() const;
    /// Full name and birth date as one key, with case, «ё» and extra spaces folded, so that
    /// «ИВАНОВА  Мария Петровна» and «Иванова Мария Петровна» born the same day are one person.
    static QString identityKey(const QString& lastName,
                               const QString& firstName,
                               const QString& middleName,
                               const QDate& birthDate);

    /// The lower-case text searched as you type: surname, name, patronymic, position (ё → е).
    static QString searchText(const Person& person);
    /// The same folding for what the user types.
    static QString foldForSearch(const QString& text);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
