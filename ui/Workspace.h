#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace nastavnik {
class AppSettings;
} // namespace nastavnik

namespace nastavnik::ui {

class AppContext;

/// The open database of the window and its context. Opening another file keeps the current
/// one open until the new one has opened; a failure returns the message of Database::open
/// as it is and changes nothing. After every successful open the file becomes the last and
/// the first of the recent ones in the settings, and the integrity check and the daily backup
/// run in the background (Database::checkInBackground): a damaged file is announced with
/// damaged() and takes no writes, a failed backup with warningRaised().
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

    /// Fixes the date every context made from now on treats as today (AppContext::setToday):
    /// for demonstrations and measurements on data made for another date. Invalid: the system date.
    void setToday(const QDate& date) { m_today = date; }

    /// A problem that did not prevent opening (the daily backup failed), or empty.
    QString warning() const { return m_warning; }
    /// Why the open file is damaged (found by the background check), or empty.
    QString damage() const { return m_damage; }
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// True once the background check of the open file is done (tests).
    bool isChecked() const { return m_checked.isFinished(); }

signals:
    /// Before the current context is destroyed: let go of it.
    void contextAboutToChange();
    /// After a database was opened (context) or closed (nullptr).
    void contextChanged(AppContext* context);
    /// The background check found the open file damaged (damage() says what to do).
    void damaged(const QString& message);
    /// A problem that did not prevent opening (warning()).
    void warningRaised(const QString& message);

private:
    Status openWith(const QString& path, int mode);
    /// Lets go of the open database without announcing «nothing open» (a switch follows).
    void release();
    void onChecked();

    AppSettings& m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    QString m_warning;
    QString m_damage;
    QDate m_today;
    QFutureWatcher<Database::Checked> m_checked;
};

} // namespace nastavnik::ui
