#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

#include "domain/Dataset.h"
#include "util/Result.h"

namespace nastavnik {
class AppSettings;
class Database;
} // namespace nastavnik

namespace nastavnik::ui {

class FindingsService;

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
    /// What can be opened from anywhere (a «Проверка» line, a deadline, a link in an editor).
    /// A Rule is a rule id: «Проверка» shows the findings of that rule.
    enum class Item { Person, Pair, Order, Rule, RoadmapActivity };
    Q_ENUM(Item)

    AppContext(Database& database, AppSettings& settings, QObject* parent = nullptr);
    ~AppContext() override;

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

    /// The whole database (DatasetRepository::load), read once after each change and shared
    /// by the views that need all of it (questionnaires, monitoring): copies share the lists.
    Result<Dataset> dataset();

    /// The findings of the rule engine on this database, computed once per change in a
    /// worker thread and shared by every view (see FindingsService).
    FindingsService& findings() const { return *m_findings; }

    /// Asks the main window to show the section that owns `item` and open `id` there.
    void requestOpen(Item item, const QString& id);
    /// True when some section can open `item` (set by the main window).
    bool canOpen(Item item) const;
    void setOpenableItems(const QList<Item>& items);

    /// Asks the main window to show the section `sectionId` («checks» from the count of
    /// findings on «Сегодня»).
    void requestSection(const QString& sectionId);

signals:
    /// The database changed: views re-read what they show.
    void dataChanged();
    /// Someone asked to open `id` (see requestOpen()).
    void openRequested(nastavnik::ui::AppContext::Item item, const QString& id);
    /// Someone asked to show a section (see requestSection()).
    void sectionRequested(const QString& sectionId);

private:
    Database& m_database;
    AppSettings& m_settings;
    QDate m_today;
    QList<Item> m_openable;
    std::optional<Dataset> m_dataset; // the shared read, until the next change
    std::unique_ptr<FindingsService> m_findings; // last: it uses the members above
};

} // namespace nastavnik::ui
