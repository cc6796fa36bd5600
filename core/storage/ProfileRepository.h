#pragma once

#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// Provision profiles of a database: the built-in ones and the custom ones stored in table
/// `profile` (a copy of a built-in profile with changed numbers and lists).
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(const QSqlDatabase& db);

    /// The built-in profiles, then the custom ones by id.
    Result<QList<Profile>> list() const;
    /// The custom profiles only.
    Result<QList<Profile>> custom() const;
    /// The profile `id`; an unknown id names it and lists the known ones.
    Result<Profile> load(const QString& id) const;
    /// The organisation's active profile.
    Result<Profile> active() const;

    /// A new custom profile copied from `base` (a built-in id) under `id` and `name`; not
    /// stored yet — change it and `save` it.
    Result<Profile> copyOf(const QString& base, const QString& id, const QString& name) const;

    /// The problems that keep `profile` from being saved as a custom profile.
    QStringList validate(const Profile& profile) const;
    /// Adds or replaces the custom profile; nothing changes on failure.
    Status save(const Profile& profile);
    /// Deletes the custom profile `id`; refused for built-in profiles and for the
    /// organisation's active profile.
    Status remove(const QString& id);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
