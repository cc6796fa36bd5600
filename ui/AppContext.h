#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>

namespace nastavnik {
class AppSettings;
class Database;
} // namespace nastavnik

namespace nastavnik::ui {

/// What a section or an editor works with while a database is open: the database, the
/// user's settings, today's date, and the `dataChanged()` signal.
///
/// One context lives exactly as long as its database is open; sections receive it through
/// Section::setContext() and lose it (nullptr) before it goes away. Whoever commits a change
/// to the database calls `notifyDataChanged()` afterwards (EditorBase::commit() does it for
/// every editor), so that every section, the «Проверка» list and the «Сегодня» panel refresh.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database& database, AppSettings& settings, QObject* parent = nullptr);

    Database& database() const { return m_database; }
    /// The open database's connection, for core's repositories and queries.
    QSqlDatabase connection() const;
    AppSettings& settings() const { return m_settings; }

    /// The date the application treats as today: the system date, unless fixed (tests,
    /// demonstrations) with setToday().
    QDate today() const;
    void setToday(const QDate& date);

    /// To be called after every successful commit to the database.
    void notifyDataChanged();

signals:
    /// The database changed: views re-read what they show.
    void dataChanged();

private:
    Database& m_database;
    AppSettings& m_settings;
    QDate m_today;
};

} // namespace nastavnik::ui
