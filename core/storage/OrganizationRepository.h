#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace nastavnik {

/// The organisation's requisites, signatories and active provision profile (one row).
class OrganizationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)

public:
    explicit OrganizationRepository(const QSqlDatabase& db);

    Result<Organization> load() const;
    /// The statement reading the one row, and its reader (also for the whole dataset's read).
    static QString selectStatement();
    static Organization read(const QSqlQuery& query);
    QStringList validate(const Organization& organization) const;
    Status save(const Organization& organization);
    /// Makes `profileId` (built-in or custom) the organisation's active profile; an unknown
    /// id is refused with the list of the known ones, and nothing changes.
    Status setProfile(const QString& profileId);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
