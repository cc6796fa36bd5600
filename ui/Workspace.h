#pragma once

#include "util/Result.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace nastavnik {
class AppSettings;
class Database;
} // namespace nastavnik

namespace nastavnik::ui {

class AppContext;

/// The open database of the window and its context. Opening another file keeps the current
/// one open until the new one has opened; a failure returns the message of Database::open
/// as it is and changes nothing. After every successful open: the daily backup, and the
/// file becomes the last and the first of the recent ones in the settings.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(AppSettings& settings, QObject* parent = nullptr);
    ~Workspace() override;

    /// The context of the open database, or nullptr.
    AppContext* context() const { return m_context.get(); }
    bool isOpen() const { return m_context != nullptr; }
    /// The absolute path of the open file, or empty.
    QString path() const;

    /// Opens an existing database.
    Status open(const QString& path);
    /// Creates a new, empty database; refuses a file that already exists.
    Status create(const QString& path);
    /// (Re)creates the demo database at AppSettings::demoDatabasePath() and opens it.
    Status openDemo(const QDate& today);
    void close();

    /// A problem that did not prevent opening (the daily backup failed), or empty.
    QString warning() const { return m_warning; }

signals:
    /// Before the current context is destroyed: let go of it.
    void contextAboutToChange();
    /// After a database was opened (context) or closed (nullptr).
    void contextChanged(AppContext* context);

private:
    Status openWith(const QString& path, int mode);
    /// Lets go of the open database without announcing «nothing open» (a switch follows).
    void release();

    AppSettings& m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    QString m_warning;
};

} // namespace nastavnik::ui
