#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// Everything the rule engine and «Сегодня» need from one database.
struct ValidationInput
{
    /// Read with DatasetRepository::Scope::Validation: what the rules and «Сегодня» use, not
    /// a whole Dataset (no meetings, no closed plan items, no notes); never export or write it back.
    Dataset data;
    WorkCalendar calendar;   ///< the built-in decrees and the years the user entered
    QList<Profile> profiles; ///< the built-in profiles and the custom ones
    Profile profile;         ///< the profile to check under
};

/// Reads a ValidationInput in one go:
/// `RuleEngine::check(in.data, in.profile, in.calendar, today)`.
class ValidationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ValidationRepository)

public:
    explicit ValidationRepository(const QSqlDatabase& db);

    /// The data, calendar and profiles of the database, with `profileId` chosen (empty: the
    /// organisation's profile). An unknown profile id fails with a message listing the known ones.
    Result<ValidationInput> load(const QString& profileId = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
