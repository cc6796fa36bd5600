#include "storage/PeopleRepository.h"

#include "domain/Vocabulary.h"
#include "storage/PersonRecord.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
PeopleRepository::PeopleRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

QString PeopleRepository::foldForSearch(const QString& text)
{
    QString folded = text.toLower();
    folded.replace(u'ё', u'е');
    return folded.simplified();
}

QString PeopleRepository::searchText(const Person& p)
{
    return foldForSearch(p.lastName + u' ' + p.firstName + u' ' + p.middleName + u' ' + p.position);
}

bool PeopleRepository::exists(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next();
}

Result<Person> PeopleRepository::load(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + record::personColumns() + u" FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Person>::failure(tr("The person could not be read: %1").arg(sql::errorText(q)));
    if (!q.next())
        return Result<Person>::failure(tr("The person «%1» is not in the database (it may have been deleted).").arg(id));
    Person p = record::readPerson(q, 0);
    p.id = id;

    QSqlQuery c(m_db);
    c.prepare(u"SELECT "_s + record::credentialColumns() + u" FROM credential WHERE person_id = ? ORDER BY position, id"_s);
    c.addBindValue(id);
    if (!c.exec())
        return Result<Person>::failure(tr("The person's documents could not be read: %1").arg(sql::errorText(c)));
    while (c.next())
        p.credentials << record::readCredential(c, 0);
    return p;
}

QStringList PeopleRepository::validate(const Person& p) const
{
    QStringList problems;
    if (p.lastName.trimmed().isEmpty())
        problems << tr("The surname is empty.");
    if (p.birthDate.isValid() && p.birthDate > QDate::currentDate())
        problems << tr("The birth date %1 is in the future.").arg(dates::toDisplay(p.birthDate));
    if (p.birthDate.isValid() && p.birthDate.year() < 1900)
        problems << tr("The birth date %1 is before 1900.").arg(dates::toDisplay(p.birthDate));
    if (!vocabulary::contains(Vocab::PersonKind, p.kind))
        problems << tr("The kind of person «%1» is unknown.").arg(p.kind);
    if (!p.gender.isEmpty() && p.gender != u"m" && p.gender != u"f")
        problems << tr("The gender must be «m», «f» or empty.");
    if (!p.supervisor.isEmpty() && p.supervisor == p.id)
        problems << tr("A person cannot be their own supervisor.");
    if (!p.supervisor.isEmpty() && !exists(p.supervisor))
        problems << tr("The supervisor «%1» is not in the database.").arg(p.supervisor);
    for (const std::optional<int>& years : {p.pedagogicalYears, p.managerialYears, p.methodicalYears}) {
        if (years && (*years < 0 || *years > 80)) {
            problems << tr("Years of experience must be between 0 and 80.");
            break;
        }
    }
    for (const QString& category : p.menteeCategories) {
        if (!vocabulary::contains(Vocab::MenteeCategory, category))
            problems << tr("The mentee category «%1» is unknown.").arg(category);
    }
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        problems << tr("The e-mail «%1» does not look like an address (name@example.ru).").arg(p.email);
    for (const Credential& c : p.credentials) {
        const QString name = vocabulary::label(Vocab::CredentialType, c.type);
        if (!vocabulary::contains(Vocab::CredentialType, c.type))
            problems << tr("The document type «%1» is unknown.").arg(c.type);
        if (c.issued.isValid() && c.validUntil.isValid() && c.validUntil < c.issued)
            problems << tr("«%1»: valid until %2 is before the issue date %3.")
                            .arg(name, dates::toDisplay(c.validUntil), dates::toDisplay(c.issued));
        if (c.issued.isValid() && c.issued > QDate::currentDate().addYears(1))
            problems << tr("«%1»: the issue date %2 is too far in the future.").arg(name, dates::toDisplay(c.issued));
    }
    return problems;
}

Result<QString> PeopleRepository::save(Person p)
{
    p.lastName = p.lastName.trimmed();
    p.firstName = p.firstName.trimmed();
    p.middleName = p.middleName.trimmed();
    if (const QStringList problems = validate(p); !problems.isEmpty())
        return Result<QString>::failure(problems.join(u' '));

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<QString>::failure(tx.error());
    const bool isNew = p.id.isEmpty() || !exists(p.id);
    if (p.id.isEmpty())
        p.id = sql::nextId(m_db, u"person"_s, u"p"_s);

    QSqlQuery q(m_db);
    q.prepare(isNew ? u"INSERT INTO person ("_s + record::personColumns() + u", id) VALUES ("_s
                          + record::personPlaceholders() + u")"_s
                    : u"UPDATE person SET "_s + record::personAssignments() + u" WHERE id = ?"_s);
    record::bindPerson(q, p);
    if (!q.exec())
        return Result<QString>::failure(tr("«%1» could not be saved: %2").arg(p.fullName(), sql::errorText(q)));

    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM credential WHERE person_id = ?"_s);
    del.addBindValue(p.id);
    if (!del.exec())
        return Result<QString>::failure(tr("The documents of «%1» could not be saved: %2").arg(p.fullName(), sql::errorText(del)));
    QSqlQuery ins(m_db);
    ins.prepare(u"INSERT INTO credential (person_id, position, type, number, issued, valid_until, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < p.credentials.size(); ++i) {
        const Credential& c = p.credentials.at(i);
        ins.addBindValue(p.id);
        ins.addBindValue(i);
        ins.addBindValue(sql::text(c.type));
        ins.addBindValue(sql::text(c.number));
        ins.addBindValue(sql::date(c.issued));
        ins.addBindValue(sql::date(c.validUntil));
        ins.addBindValue(sql::text(c.note));
        if (!ins.exec())
            return Result<QString>::failure(tr("The documents of «%1» could not be saved: %2").arg(p.fullName(), sql::errorText(ins)));
    }
    if (Status s = tx.commit(); !s)
        return Result<QString>::failure(s.error());
    return p.id;
}

QList<Consent> PeopleRepository::consentsOf(const QString& personId) const
{
    QList<Consent> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, type, signed_by, date, withdrawn, note FROM consent WHERE person_id = ? "
              "ORDER BY position, date, id"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Consent c;
        c.id = q.value(0).toString();
        c.person = personId;
        c.type = q.value(1).toString();
        c.signedBy = q.value(2).toString();
        c.date = sql::toDate(q.value(3));
        c.withdrawn = sql::toDate(q.value(4));
        c.note = q.value(5).toString();
        result << c;
    }
    return result;
}

QStringList PeopleRepository::validate(const Consent& c) const
{
    QStringList problems;
    const QString name = vocabulary::label(Vocab::ConsentType, c.type);
    if (!vocabulary::contains(Vocab::ConsentType, c.type))
        problems << tr("The consent type «%1» is unknown.").arg(c.type);
    if (!c.date.isValid())
        problems << tr("«%1»: the date of signing is missing.").arg(name);
    if (c.date.isValid() && c.date > QDate::currentDate())
        problems << tr("«%1»: the date of signing %2 is in the future.").arg(name, dates::toDisplay(c.date));
    if (c.withdrawn.isValid() && c.date.isValid() && c.withdrawn < c.date)
        problems << tr("«%1»: withdrawn on %2, before it was signed on %3.")
                        .arg(name, dates::toDisplay(c.withdrawn), dates::toDisplay(c.date));
    if (!c.signedBy.isEmpty() && !exists(c.signedBy))
        problems << tr("«%1»: the signer «%2» is not in the database.").arg(name, c.signedBy);
    return problems;
}

Status PeopleRepository::saveConsents(const QString& personId, QList<Consent> consents)
{
    QStringList problems;
    for (const Consent& c : consents)
        problems << validate(c);
    if (!problems.isEmpty())
        return Status::failure(problems.join(u' '));

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QStringList keep;
    for (Consent& c : consents) {
        if (c.id.isEmpty())
            c.id = sql::nextId(m_db, u"consent"_s, u"c"_s);
        keep << c.id;
    }
    QSqlQuery existing(m_db);
    existing.prepare(u"SELECT id FROM consent WHERE person_id = ?"_s);
    existing.addBindValue(personId);
    existing.exec();
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM consent WHERE id = ?"_s);
    while (existing.next()) {
        const QString id = existing.value(0).toString();
        if (!keep.contains(id)) {
            del.addBindValue(id);
            if (!del.exec())
                return Status::failure(tr("A consent could not be removed: %1").arg(sql::errorText(del)));
        }
    }
    QSqlQuery up(m_db);
    up.prepare(u"INSERT INTO consent (id, position, person_id, type, signed_by, date, withdrawn, note) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
               "person_id = excluded.person_id, type = excluded.type, signed_by = excluded.signed_by, "
               "date = excluded.date, withdrawn = excluded.withdrawn, note = excluded.note"_s);
    for (int i = 0; i < consents.size(); ++i) {
        const Consent& c = consents.at(i);
        up.addBindValue(c.id);
        up.addBindValue(i);
        up.addBindValue(personId);
        up.addBindValue(sql::text(c.type));
        up.addBindValue(sql::ref(c.signedBy.isEmpty() ? personId : c.signedBy));
        up.addBindValue(sql::date(c.date));
        up.addBindValue(sql::date(c.withdrawn));
        up.addBindValue(sql::text(c.note));
        if (!up.exec())
            return Status::failure(tr("A consent could not be saved: %1").arg(sql::errorText(up)));
    }
    return tx.commit();
}

QStringList PeopleRepository::referencesTo(const QString& id) const
{
    QStringList refs;
    auto collect = [&](const QString& sqlText, const auto& describe) {
        QSqlQuery q(m_db);
        q.prepare(sqlText);
        const int placeholders = int(sqlText.count(u'?'));
        for (int i = 0; i < placeholders; ++i)
            q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                refs << describe(q);
        }
    };
    collect(u"SELECT id FROM pair WHERE mentor_id = ? UNION SELECT pair_id FROM pair_event WHERE new_mentor_id = ?"_s,
            [](const QSqlQuery& q) { return tr("mentor of pair %1").arg(q.value(0).toString()); });
    collect(u"SELECT pair_id FROM pair_mentee WHERE person_id = ?"_s,
            [](const QSqlQuery& q) { return tr("mentee in pair %1").arg(q.value(0).toString()); });
    collect(u"SELECT p.last_name || ' ' || p.first_name FROM consent c JOIN person p ON p.id = c.person_id "
            "WHERE c.signed_by = ? AND c.person_id <> ?"_s,
            [](const QSqlQuery& q) { return tr("signed a consent for %1").arg(q.value(0).toString()); });
    collect(u"SELECT last_name || ' ' || first_name FROM person WHERE supervisor_id = ?"_s,
            [](const QSqlQuery& q) { return tr("supervisor of %1").arg(q.value(0).toString()); });
    collect(u"SELECT CASE WHEN head_id = ? THEN 1 ELSE 0 END, CASE WHEN curator_id = ? THEN 1 ELSE 0 END "
            "FROM organization WHERE head_id = ? OR curator_id = ?"_s,
            [](const QSqlQuery& q) {
                return q.value(0).toBool() ? tr("head of the organisation") : tr("curator of the programme");
            });
    collect(u"SELECT o.number FROM order_person op JOIN orders o ON o.id = op.order_id WHERE op.person_id = ?"_s,
            [](const QSqlQuery& q) { return tr("named in order № %1").arg(q.value(0).toString()); });
    // The monitoring (roadmap, questionnaires, tests) keeps who did and answered what.
    collect(u"SELECT title FROM roadmap_activity WHERE responsible_id = ? LIMIT 3"_s,
            [](const QSqlQuery& q) { return tr("responsible for «%1» in the roadmap").arg(q.value(0).toString()); });
    collect(u"SELECT COUNT(*) FROM response WHERE person_id = ? HAVING COUNT(*) > 0"_s,
            [](const QSqlQuery& q) { return tr("answered %n questionnaire(s)", "", q.value(0).toInt()); });
    collect(u"SELECT COUNT(*) FROM test_result WHERE person_id = ? HAVING COUNT(*) > 0"_s,
            [](const QSqlQuery& q) { return tr("has %n test result(s)", "", q.value(0).toInt()); });
    return refs;
}

Status PeopleRepository::remove(const QString& id)
{
    const QStringList refs = referencesTo(id);
    if (!refs.isEmpty()) {
        return Status::failure(tr("This person cannot be deleted because the records refer to them: %1. "
                                  "Archive the person instead: they disappear from the lists but the history "
                                  "stays intact.")
                                   .arg(refs.join(u"; "_s)));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    // The person's own consents go first: a consent they signed themselves refers to them twice.
    QSqlQuery q(m_db);
    for (const QString& statement : {u"DELETE FROM consent WHERE person_id = ?"_s,
                                     u"DELETE FROM credential WHERE person_id = ?"_s,
                                     u"DELETE FROM person WHERE id = ?"_s}) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(tr("The person could not be deleted: %1").arg(sql::errorText(q)));
    }
    return tx.commit();
}

Status PeopleRepository::setArchived(const QString& id, bool archived)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE person SET archived = ? WHERE id = ?"_s);
    q.addBindValue(archived);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The person could not be archived: %1").arg(sql::errorText(q)));
    return tx.commit();
}

QString PeopleRepository::identityKey(const QString& lastName,
                                      const QString& firstName,
                                      const QString& middleName,
                                      const QDate& birthDate)
{
    return foldForSearch(lastName) + u'|' + foldForSearch(firstName) + u'|' + foldForSearch(middleName) + u'|'
           + dates::toIso(birthDate);
}

QHash<QString, QString> PeopleRepository::identityIndex() const
{
    QHash<QString, QString> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, last_name, first_name, middle_name, birth_date FROM person"_s))
        return index;
    while (q.next()) {
        index.insert(identityKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 sql::toDate(q.value(4))),
                     q.value(0).toString());
    }
    return index;
}

Result<QStringList> PeopleRepository::insertMany(QList<Person> people)
{
    for (qsizetype i = 0; i < people.size(); ++i) {
        Person& p = people[i];
        p.lastName = p.lastName.trimmed();
        p.firstName = p.firstName.trimmed();
        p.middleName = p.middleName.trimmed();
        p.id.clear();
        if (const QStringList problems = validate(p); !problems.isEmpty()) {
            return Result<QStringList>::failure(tr("Nothing was saved: «%1» (%2 of %3) has errors: %4")
                                                    .arg(p.fullName())
                                                    .arg(i + 1)
                                                    .arg(people.size())
                                                    .arg(problems.join(u' ')));
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<QStringList>::failure(tx.error());
    auto failed = [](const Person& p, const QSqlQuery& q) {
        return Result<QStringList>::failure(
            tr("Nothing was saved: «%1» could not be written: %2").arg(p.fullName(), sql::errorText(q)));
    };

    // New ids continue the sequence, skipping ids that exchange files brought in; all taken
    // ids are read once instead of asking for each candidate.
    QSet<QString> taken;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id FROM person"_s)) {
        while (q.next())
            taken.insert(q.value(0).toString());
    }
    qint64 next = 1;
    q.prepare(u"SELECT next FROM id_sequence WHERE kind = 'person'"_s);
    if (q.exec() && q.next())
        next = q.value(0).toLongLong();

    QSqlQuery insert(m_db);
    if (!insert.prepare(u"INSERT INTO person ("_s + record::personColumns() + u", id) VALUES ("_s
                        + record::personPlaceholders() + u")"_s))
        return failed(people.value(0), insert);
    QSqlQuery credential(m_db);
    credential.prepare(u"INSERT INTO credential (person_id, position, type, number, issued, valid_until, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QStringList ids;
    ids.reserve(people.size());
    for (Person& p : people) {
        QString id;
        do {
            id = u"p"_s + QString::number(next++);
        } while (taken.contains(id));
        p.id = id;
        record::bindPerson(insert, p);
        if (!insert.exec())
            return failed(p, insert);
        for (int i = 0; i < p.credentials.size(); ++i) {
            const Credential& c = p.credentials.at(i);
            credential.addBindValue(p.id);
            credential.addBindValue(i);
            credential.addBindValue(sql::text(c.type));
            credential.addBindValue(sql::text(c.number));
            credential.addBindValue(sql::date(c.issued));
            credential.addBindValue(sql::date(c.validUntil));
            credential.addBindValue(sql::text(c.note));
            if (!credential.exec())
                return failed(p, credential);
        }
        ids << id;
    }
    QSqlQuery sequence(m_db);
    sequence.prepare(u"INSERT INTO id_sequence (kind, next) VALUES ('person', ?) "
                     "ON CONFLICT (kind) DO UPDATE SET next = excluded.next"_s);
    sequence.addBindValue(next);
    if (!sequence.exec())
        return failed(people.value(0), sequence);
    if (Status s = tx.commit(); !s)
        return Result<QStringList>::failure(s.error());
    return ids;
}

QString PeopleRepository::findByNameAndBirth(const QString& lastName,
                                             const QString& firstName,
                                             const QString& middleName,
                                             const QDate& birthDate) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM person WHERE last_name = ? AND first_name = ? AND middle_name = ? "
              "AND birth_date IS ?"_s);
    q.addBindValue(lastName.trimmed());
    q.addBindValue(firstName.trimmed());
    q.addBindValue(middleName.trimmed());
    q.addBindValue(sql::date(birthDate));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace nastavnik
