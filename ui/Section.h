#pragma once

#include "AppContext.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

namespace nastavnik::ui {

/// What the main window shows of a section before making it, and what it opens.
struct SectionInfo
{
    QString id;    ///< a stable name for settings keys and tests: "people"
    QString title; ///< the title in the navigation, translated: «Участники»
    QIcon icon;
    QList<AppContext::Item> opens; ///< the items it can open (AppContext::requestOpen)
};

/// One screen of the main window, listed in the navigation on the left («Участники»,
/// later «Сегодня», «Проверка», «Пары», «Документы», «Мониторинг»).
///
/// To add a section: subclass Section, give it a static `info()` (its SectionInfo, passed to
/// this constructor), implement refresh/contextChanged (and canRun/run for the Edit menu's
/// commands, open for the items it opens), then add one line to sectionEntries() in
/// Sections.cpp. The main window does the rest: navigation entry, making the section when
/// it is first shown, context, Edit menu, refresh when data changes.
class Section : public QWidget
{
    Q_OBJECT

public:
    /// Commands the main window routes to the current section.
    enum class Command {
        New,    ///< Ctrl+N while the focus is inside the section (a new record)
        Find,   ///< Edit → Find (Ctrl+F): focus the section's search box
        Delete, ///< Edit → Delete (Del): delete the current selection
    };

    explicit Section(SectionInfo info, QWidget* parent = nullptr);

    QString id() const { return m_info.id; }
    QString title() const { return m_info.title; }
    QIcon icon() const { return m_info.icon; }

    /// Gives the section the open database, or nullptr when none is open (before the old
    /// context is destroyed). Calls contextChanged(), which (re)builds models.
    void setContext(AppContext* context);
    AppContext* context() const { return m_context; }

    /// Re-reads what the section shows from the database. Called when the data changed
    /// while the section is visible, or when it becomes visible after such a change.
    virtual void refresh() = 0;

    /// True while the section is still reading what it shows in the background (its view is
    /// then incomplete).
    virtual bool isLoading() const { return false; }

    virtual bool canRun(Command command) const;
    virtual void run(Command command);

    /// True when this section owns `item` and can open it (AppContext::requestOpen).
    bool canOpen(AppContext::Item item) const { return m_info.opens.contains(item); }
    /// Opens `id` (e.g. its editor). Called after the section has been shown.
    virtual void open(AppContext::Item item, const QString& id);

signals:
    /// What canRun() answers may have changed (selection, focus): the main window updates
    /// its actions.
    void commandsChanged();

protected:
    /// The context was set or cleared (context() may be nullptr).
    virtual void contextChanged() = 0;

    /// For a section whose reading is costly (the whole database): while it is hidden, its
    /// refresh() is left for the moment it is first shown. True when deferred; call it in
    /// contextChanged() before reading.
    bool deferUntilShown();

    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onDataChanged();

    SectionInfo m_info;
    QPointer<AppContext> m_context;
    bool m_stale = false;
};

} // namespace nastavnik::ui
