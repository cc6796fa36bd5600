#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace nastavnik {

/// The user's settings, typed, with defaults. Everything the application remembers between
/// runs goes through here (never a raw QSettings key elsewhere).
class AppSettings
{
public:
    /// The user's own settings (per user, per machine).
    AppSettings();
    /// Settings kept in an INI file, for tests and portable installs.
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();

    static constexpr int kVersion = 1;
    static constexpr int kMaxRecent = 8;

    /// «Documents/Nastavnik/nastavnik.sqlite» of the current user.
    static QString defaultDatabasePath();
    /// «Documents/Nastavnik/demo.sqlite».
    static QString demoDatabasePath();

    QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    void removeRecentDatabase(const QString& path);

    /// "ru", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Saved state (column widths, sort order) of a named table view.
    QByteArray viewState(const QString& view) const;
    void setViewState(const QString& view, const QByteArray& state);

    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nastavnik
