#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// The organisation's requisites, signatories and active provision profile (one row).
class OrganizationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)

public:
    explicit OrganizationRepository(const QSqlDatabase& db);

    Result<Organization> load() const;
    QStringList validate(const Organization& organization) const;
    Status save(const Organization& organization);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
