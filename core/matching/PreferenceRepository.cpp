#include "matching/PreferenceRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

Preference read(const QSqlQuery& q)
{
    return Preference { q.value(0).toLongLong(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toInt(),
                        sql::toDate(q.value(4)) };
}

} // namespace

PreferenceRepository::PreferenceRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<QList<Preference>> PreferenceRepository::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, person_id, preferred_id, rank, date FROM preference ORDER BY person_id, rank, id"_s))
        return Result<QList<Preference>>::failure(
            tr("The preference survey could not be read: %1").arg(sql::errorText(q)));
    QList<Preference> result;
    while (q.next())
        result << read(q);
    return result;
}

Result<QList<Preference>> PreferenceRepository::of(const QString& personId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT id, person_id, preferred_id, rank, date FROM preference WHERE person_id = ? ORDER BY rank, id"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return Result<QList<Preference>>::failure(
            tr("The preference survey could not be read: %1").arg(sql::errorText(q)));
    QList<Preference> result;
    while (q.next())
        result << read(q);
    return result;
}

QStringList PreferenceRepository::validate(const QString& personId, const QList<Preference>& answers) const
{
    QStringList problems;
    QSqlQuery exists(m_db);
    exists.prepare(u"SELECT 1 FROM person WHERE id = ?"_s);
    auto known = [&exists](const QString& id) {
        exists.addBindValue(id);
        return exists.exec() && exists.next();
    };
    if (personId.isEmpty())
        problems << tr("Choose the participant who answered.");
    else if (!known(personId))
        problems << tr("The participant «%1» is not in the database.").arg(personId);
    QSet<QString> seen;
    for (const Preference& p : answers) {
        if (p.preferred.isEmpty())
            continue;
        if (p.preferred == personId)
            problems << tr("A participant cannot name themselves.");
        else if (seen.contains(p.preferred))
            problems << tr("The same person is named twice: leave one choice.");
        else if (!known(p.preferred))
            problems << tr("The person «%1» is not in the database.").arg(p.preferred);
        seen.insert(p.preferred);
        if (p.rank < 1)
            problems << tr("The rank of a choice starts at 1.");
    }
    problems.removeDuplicates();
    return problems;
}

Status PreferenceRepository::setFor(const QString& personId, const QList<Preference>& answers)
{
    if (const QStringList problems = validate(personId, answers); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM preference WHERE person_id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return Status::failure(tr("The answers could not be saved: %1").arg(sql::errorText(q)));
    q.prepare(u"INSERT INTO preference (person_id, preferred_id, rank, date) VALUES (?, ?, ?, ?)"_s);
    for (const Preference& p : answers) {
        if (p.preferred.isEmpty())
            continue;
        q.addBindValue(personId);
        q.addBindValue(p.preferred);
        q.addBindValue(p.rank);
        q.addBindValue(sql::date(p.date));
        if (!q.exec())
            return Status::failure(tr("The answers could not be saved: %1").arg(sql::errorText(q)));
    }
    return tx.commit();
}

Status PreferenceRepository::insertMany(const QList<Preference>& answers)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO preference (person_id, preferred_id, rank, date) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (person_id, preferred_id) DO UPDATE SET rank = excluded.rank, date = excluded.date"_s);
    for (const Preference& p : answers) {
        q.addBindValue(p.person);
        q.addBindValue(p.preferred);
        q.addBindValue(p.rank);
        q.addBindValue(sql::date(p.date));
        if (!q.exec())
            return Status::failure(tr("The answers could not be saved: %1").arg(sql::errorText(q)));
    }
    return tx.commit();
}

Status PreferenceRepository::remove(qint64 rowId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM preference WHERE id = ?"_s);
    q.addBindValue(rowId);
    if (!q.exec())
        return Status::failure(tr("The answer could not be removed: %1").arg(sql::errorText(q)));
    return tx.commit();
}

} // namespace nastavnik
