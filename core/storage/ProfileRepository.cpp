#include "storage/ProfileRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

ProfileRepository::ProfileRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<QList<Profile>> ProfileRepository::custom() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, base, parameters FROM profile ORDER BY id"_s))
        return Result<QList<Profile>>::failure(tr("The custom provision profiles could not be read: %1").arg(sql::errorText(q)));
    QList<Profile> result;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &error);
        const QString where = tr("«%1» stored in the database").arg(id);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return Result<QList<Profile>>::failure(
                tr("The provision profile %1 is damaged (%2). Delete it in Settings → Profile and create it again.")
                    .arg(where, error.error != QJsonParseError::NoError ? error.errorString() : tr("not a JSON object")));
        }
        Result<Profile> p = Profile::fromJson(doc.object(), where);
        if (!p)
            return p.status();
        // The columns are authoritative for what the table lists.
        p->id = id;
        p->nameRu = q.value(1).toString();
        p->nameEn = q.value(1).toString();
        p->base = q.value(2).toString();
        p->builtIn = false;
        result << p.value();
    }
    return result;
}

Result<QList<Profile>> ProfileRepository::list() const
{
    Result<QList<Profile>> stored = custom();
    if (!stored)
        return stored;
    return Profiles::builtIn() + stored.value();
}

Result<Profile> ProfileRepository::load(const QString& id) const
{
    if (Profiles::isBuiltIn(id))
        return Profiles::find(Profiles::builtIn(), id);
    const Result<QList<Profile>> all = list();
    if (!all)
        return all.status();
    return Profiles::find(all.value(), id);
}

Result<Profile> ProfileRepository::active() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT profile FROM organization WHERE id = 1"_s) || !q.next())
        return Result<Profile>::failure(tr("The organisation's provision profile could not be read: %1").arg(sql::errorText(q)));
    return load(q.value(0).toString());
}

Result<Profile> ProfileRepository::copyOf(const QString& base, const QString& id, const QString& name) const
{
    Result<Profile> source = load(base);
    if (!source)
        return source;
    Profile p = source.value();
    p.base = p.builtIn ? p.id : p.base;
    p.id = id;
    p.nameRu = name;
    p.nameEn = name;
    p.builtIn = false;
    return p;
}

QStringList ProfileRepository::validate(const Profile& profile) const
{
    QStringList problems = profile.validate();
    if (Profiles::isBuiltIn(profile.id))
        problems.prepend(tr("«%1» is the id of a built-in profile: give the custom profile an id of its own.").arg(profile.id));
    if (!Profiles::isBuiltIn(profile.base))
        problems << tr("A custom profile must be based on a built-in one (%1), not on «%2».")
                        .arg(Profiles::builtInIds().join(u", "), profile.base);
    return problems;
}

Status ProfileRepository::save(const Profile& profile)
{
    if (const QStringList problems = validate(profile); !problems.isEmpty())
        return Status::failure(tr("The profile «%1» was not saved. %2").arg(profile.id, problems.join(u' ')));
    Profile stored = profile;
    stored.builtIn = false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO profile (id, name, base, parameters) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, base = excluded.base, "
              "parameters = excluded.parameters"_s);
    q.addBindValue(sql::text(stored.id));
    q.addBindValue(sql::text((stored.nameRu.trimmed().isEmpty() ? stored.nameEn : stored.nameRu).trimmed()));
    q.addBindValue(sql::text(stored.base));
    q.addBindValue(sql::text(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return Status::failure(tr("The profile «%1» could not be saved: %2").arg(profile.id, sql::errorText(q)));
    return tx.commit();
}

Status ProfileRepository::remove(const QString& id)
{
    if (Profiles::isBuiltIn(id))
        return Status::failure(tr("«%1» is a built-in profile and cannot be deleted.").arg(id));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT profile FROM organization WHERE id = 1"_s) || !q.next())
        return Status::failure(tr("The organisation's provision profile could not be read: %1").arg(sql::errorText(q)));
    if (q.value(0).toString() == id)
        return Status::failure(tr("The profile «%1» is the organisation's active profile and cannot be deleted. Choose "
                                  "another profile for the organisation first.")
                                   .arg(id));
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM profile WHERE id = ?"_s);
    del.addBindValue(sql::text(id));
    if (!del.exec())
        return Status::failure(tr("The profile «%1» could not be deleted: %2").arg(id, sql::errorText(del)));
    if (del.numRowsAffected() == 0)
        return Status::failure(tr("There is no custom profile «%1» to delete.").arg(id));
    return tx.commit();
}

} // namespace nastavnik
