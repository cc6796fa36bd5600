#include "Workspace.h"

#include "AppContext.h"
#include "demo/DemoDatabase.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nastavnik::ui {

Workspace::Workspace(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_checked, &QFutureWatcher<Database::Checked>::finished, this, &Workspace::onChecked);
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::path() const
{
    return m_database ? m_database->path() : QString();
}

Status Workspace::open(const QString& path)
{
    return openWith(path, int(Database::Mode::OpenExisting));
}

Status Workspace::create(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Status::failure(tr("«%1» already exists, and a new database is only created as a new file. Choose "
                                  "another name, or open that file with File → Open.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return openWith(path, int(Database::Mode::CreateIfMissing));
}

Status Workspace::openDemo(const QDate& today)
{
    const QString demo = AppSettings::demoDatabasePath();
    // The older demo is replaced, so this window lets go of it first.
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(demo))
        close();
    if (Status s = demo::createDatabase(demo, today); !s)
        return s;
    return open(demo);
}

Status Workspace::openWith(const QString& path, int mode)
{
    if (m_database && !path.isEmpty() && QFileInfo(m_database->path()) == QFileInfo(path))
        return Status::success(); // already open here
    auto database = std::make_unique<Database>();
    if (Status s = database->open(path, Database::Mode(mode), -1, Database::Check::InBackground); !s)
        return s;
    m_settings.setLastDatabase(database->path());
    m_settings.addRecentDatabase(database->path());
    m_settings.sync();

    release();
    m_warning.clear();
    m_damage.clear();
    m_database = std::move(database);
    m_context = std::make_unique<AppContext>(*m_database, m_settings);
    if (m_today.isValid())
        m_context->setToday(m_today);
    emit contextChanged(m_context.get());
    // After the first reads of the window (they are queued first on the worker).
    m_database->checkInBackground(m_settings.backupsToKeep());
    m_checked.setFuture(m_database->checked());
    return Status::success();
}

void Workspace::onChecked()
{
    if (!m_database || !m_checked.future().isValid())
        return;
    const Database::Checked checked = m_checked.result();
    if (!checked.intact.ok()) {
        m_damage = checked.intact.error();
        emit damaged(m_damage);
    } else if (!checked.backup.ok()) {
        m_warning = tr("The database was opened, but today's backup copy could not be written: %1")
                        .arg(checked.backup.error());
        emit warningRaised(m_warning);
    }
}

void Workspace::release()
{
    if (!m_database)
        return;
    emit contextAboutToChange();
    m_checked.setFuture(QFuture<Database::Checked>()); // its news was about this file
    m_context.reset();
    m_database.reset();
}

void Workspace::close()
{
    if (!m_database)
        return;
    release();
    emit contextChanged(nullptr);
}

} // namespace nastavnik::ui
