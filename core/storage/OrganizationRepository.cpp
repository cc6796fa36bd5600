#include "storage/OrganizationRepository.h"

#include "storage/ProfileRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

OrganizationRepository::OrganizationRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<Organization> OrganizationRepository::load() const
{
    QSqlQuery q(m_db);
    if (!q.exec(selectStatement()) || !q.next())
        return Result<Organization>::failure(tr("The organisation's settings could not be read: %1").arg(sql::errorText(q)));
    return read(q);
}

QString OrganizationRepository::selectStatement()
{
    return u"SELECT name, short_name, place, address, head_id, head_position, curator_id, profile, "
           "order_suffix FROM organization WHERE id = 1"_s;
}

Organization OrganizationRepository::read(const QSqlQuery& q)
{
    Organization o;
    o.name = q.value(0).toString();
    o.shortName = q.value(1).toString();
    o.place = q.value(2).toString();
    o.address = q.value(3).toString();
    o.head = q.value(4).toString();
    o.headPosition = q.value(5).toString();
    o.curator = q.value(6).toString();
    o.profile = q.value(7).toString();
    o.orderSuffix = q.value(8).toString();
    return o;
}

QStringList OrganizationRepository::validate(const Organization& o) const
{
    QStringList problems;
    if (o.profile.trimmed().isEmpty())
        problems << tr("Choose the provision profile the organisation works under.");
    auto known = [this](const QString& id) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM person WHERE id = ?"_s);
        q.addBindValue(id);
        return q.exec() && q.next();
    };
    if (!o.head.isEmpty() && !known(o.head))
        problems << tr("The head «%1» is not in the database.").arg(o.head);
    if (!o.curator.isEmpty() && !known(o.curator))
        problems << tr("The curator «%1» is not in the database.").arg(o.curator);
    return problems;
}

Status OrganizationRepository::save(const Organization& o)
{
    if (const QStringList problems = validate(o); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE organization SET name = ?, short_name = ?, place = ?, address = ?, head_id = ?, "
              "head_position = ?, curator_id = ?, profile = ?, order_suffix = ? WHERE id = 1"_s);
    q.addBindValue(sql::text(o.name.trimmed()));
    q.addBindValue(sql::text(o.shortName.trimmed()));
    q.addBindValue(sql::text(o.place.trimmed()));
    q.addBindValue(sql::text(o.address.trimmed()));
    q.addBindValue(sql::ref(o.head));
    q.addBindValue(sql::text(o.headPosition.trimmed()));
    q.addBindValue(sql::ref(o.curator));
    q.addBindValue(sql::text(o.profile));
    q.addBindValue(sql::text(o.orderSuffix.trimmed()));
    if (!q.exec())
        return Status::failure(tr("The organisation's settings could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status OrganizationRepository::setProfile(const QString& profileId)
{
    if (const Result<Profile> profile = ProfileRepository(m_db).load(profileId); !profile)
        return profile.status();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE organization SET profile = ? WHERE id = 1"_s);
    q.addBindValue(sql::text(profileId));
    if (!q.exec())
        return Status::failure(tr("The organisation's provision profile could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

} // namespace nastavnik
