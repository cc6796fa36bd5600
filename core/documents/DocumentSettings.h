#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nastavnik {

/// Settings of generated documents beyond the organisation's requisites (kept in the
/// database, so they travel with the file and every user of it prints the same).
struct DocumentSettings
{
    /// The registration number of orders: {n} = the sequence number within the calendar year,
    /// {suffix} = `Organization::orderSuffix`, {year} = the year. E.g. "{n}-{suffix}" → «12-о».
    QString orderNumberFormat = QStringLiteral("{n}-{suffix}");
    /// The monthly pay of a staff mentor in roubles for the supplementary agreement; empty
    /// leaves a blank to fill in by hand.
    QString mentorPay;
    /// The address of the organisation's website (consent to distribution, 002 8.4).
    QString website;

    bool operator==(const DocumentSettings&) const = default;
};

/// Reads and writes `DocumentSettings` (table app_meta, keys «documents.*»).
class DocumentSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSettingsRepository)

public:
    explicit DocumentSettingsRepository(const QSqlDatabase& db);

    /// The stored settings; defaults for what was never set.
    Result<DocumentSettings> load() const;
    /// Checks and stores the settings in one transaction.
    Status save(const DocumentSettings& settings);
    /// Every problem as a sentence; empty when the settings are fine.
    static QStringList validate(const DocumentSettings& settings);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
