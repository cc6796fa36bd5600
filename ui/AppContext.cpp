#include "AppContext.h"

#include "FindingsService.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

namespace nastavnik::ui {

AppContext::AppContext(Database& database, AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(settings)
{
    m_findings = std::make_unique<FindingsService>(*this);
}

// The service waits for a check still reading the database before the context goes.
AppContext::~AppContext() = default;

QSqlDatabase AppContext::connection() const
{
    return m_database.connection();
}

QDate AppContext::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void AppContext::setToday(const QDate& date)
{
    m_today = date;
    notifyDataChanged();
}

void AppContext::notifyDataChanged()
{
    m_dataset.reset();
    emit dataChanged();
}

Result<Dataset> AppContext::dataset()
{
    if (!m_dataset) {
        Result<Dataset> loaded = DatasetRepository(connection()).load();
        if (!loaded)
            return loaded;
        m_dataset = std::move(loaded).value();
    }
    return *m_dataset;
}

void AppContext::requestOpen(Item item, const QString& id)
{
    if (!id.isEmpty())
        emit openRequested(item, id);
}

bool AppContext::canOpen(Item item) const
{
    return m_openable.contains(item);
}

void AppContext::requestSection(const QString& sectionId)
{
    emit sectionRequested(sectionId);
}

void AppContext::setOpenableItems(const QList<Item>& items)
{
    m_openable = items;
}

} // namespace nastavnik::ui
