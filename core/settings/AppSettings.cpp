#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nastavnik {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(u"Nastavnik"_s, u"Nastavnik"_s))
{
    m_settings->setValue(u"version"_s, kVersion);
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    m_settings->setValue(u"version"_s, kVersion);
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultDatabasePath()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(u"Nastavnik/nastavnik.sqlite"_s);
}

QString AppSettings::demoDatabasePath()
{
    return QFileInfo(defaultDatabasePath()).absoluteDir().filePath(u"demo.sqlite"_s);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(u"database/last"_s).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    m_settings->setValue(u"database/last"_s, path);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings->value(u"database/recent"_s).toStringList();
}

void AppSettings::addRecentDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(u"database/recent"_s, recent);
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    m_settings->setValue(u"database/recent"_s, recent);
}

QString AppSettings::language() const
{
    return m_settings->value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(u"ui/language"_s, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(u"ui/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(u"ui/geometry"_s, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(u"ui/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(u"ui/state"_s, state);
}

QByteArray AppSettings::viewState(const QString& view) const
{
    return m_settings->value(u"views/"_s + view).toByteArray();
}

void AppSettings::setViewState(const QString& view, const QByteArray& state)
{
    m_settings->setValue(u"views/"_s + view, state);
}

int AppSettings::backupsToKeep() const
{
    return m_settings->value(u"database/backupsToKeep"_s, 10).toInt();
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings->setValue(u"database/backupsToKeep"_s, count);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace nastavnik
