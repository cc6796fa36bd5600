#include "storage/ValidationRepository.h"

#include "storage/CalendarRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/ProfileRepository.h"

namespace nastavnik {

ValidationRepository::ValidationRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<ValidationInput> ValidationRepository::load(const QString& profileId) const
{
    ValidationInput in;
    Result<Dataset> data = DatasetRepository(m_db).load(DatasetRepository::Scope::Validation);
    if (!data)
        return data.status();
    in.data = std::move(data).value();
    Result<WorkCalendar> calendar = CalendarRepository(m_db).loadCalendar();
    if (!calendar)
        return calendar.status();
    in.calendar = calendar.value();
    Result<QList<Profile>> profiles = ProfileRepository(m_db).list();
    if (!profiles)
        return profiles.status();
    in.profiles = profiles.value();
    const Result<Profile> profile =
        Profiles::find(in.profiles, profileId.isEmpty() ? in.data.organization.profile : profileId);
    if (!profile)
        return profile.status();
    in.profile = profile.value();
    return in;
}

} // namespace nastavnik
