#pragma once

#include "Sections.h"
#include "settings/SettingsDialog.h"

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QMenu;

namespace nastavnik {
class AppSettings;
}

namespace nastavnik::ui {


class FirstRunWidget;
class PageStack;
class Section;
class Workspace;

/// The main window: composes the first-run screen and the sections, routes the menus to
/// them, and owns nothing else. The database and its context belong to the Workspace; the
/// sections come from sectionEntries(), each made when first shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() const { return *m_workspace; }
    AppSettings& settings() const { return m_settings; }
    /// The context of the open database, or nullptr.
    AppContext* context() const;

    /// Open a database / create one / (re)create and open the demo. A failure is shown in a
    /// message box as Database::open said it; the window stays as it was. True on success.
    bool openDatabase(const QString& path);
    bool createDatabase(const QString& path);
    bool openDemo();

    bool isShowingFirstRun() const;
    Section* currentSection() const;
    /// The section `id`, made if it was not yet.
    Section* section(const QString& id);
    /// The ids of the sections in the order of the navigation.
    QStringList sectionIds() const;
    bool showSection(const QString& id);

    /// Opens the settings dialog (window-modal) on `page`; it deletes itself when closed.
    SettingsDialog* showSettings(SettingsDialog::Page page = SettingsDialog::Page::Organization);

    /// File → Import people from CSV/XLSX… (enabled while a database is open).
    QAction* importPeopleAction() const { return m_importPeople; }
    /// File → Export to an exchange file… / Import from an exchange file…
    QAction* exportExchangeAction() const { return m_exportExchange; }
    QAction* importExchangeAction() const { return m_importExchange; }
    QAction* newDatabaseAction() const { return m_newDatabase; }
    QAction* findAction() const { return m_find; }
    QAction* deleteAction() const { return m_delete; }

    /// File → New database…: asks for the file, creates it, then asks for the organisation.
    void newDatabase();
    /// File → Open…
    void openDatabaseDialog();
    /// File → Save a copy…
    void saveCopy();
    /// File → Import people from CSV/XLSX…: the import dialog, window-modal; it deletes itself
    /// when closed, and the sections refresh after an import.
    void importPeople();
    /// File → Export to an exchange file…
    void exportExchange();
    /// File → Import from an exchange file… (replaces the content after a confirmation)
    void importExchange();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createSectionsPage();
    /// The section of the navigation's `row`, made when first asked for (null for no row).
    Section* sectionAt(int row);
    /// Shows the first-run page, made on first use.
    void showFirstRun();
    void onContextAboutToChange();
    void onContextChanged(AppContext* context);
    void openItem(AppContext::Item item, const QString& id);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void showWarning();

    AppSettings& m_settings;
    std::unique_ptr<Workspace> m_workspace;
    PageStack* m_pages;
    FirstRunWidget* m_firstRun = nullptr;
    QListWidget* m_navigation;
    PageStack* m_sectionStack;
    std::vector<SectionEntry> m_entries;
    std::vector<Section*> m_sections; // per entry, null until made; owned by m_sectionStack
    QLabel* m_pathLabel;
    QLabel* m_countsLabel;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newDatabase = nullptr;
    QAction* m_open = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_importPeople = nullptr;
    QAction* m_exportExchange = nullptr;
    QAction* m_importExchange = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_find = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_about = nullptr;
};

} // namespace nastavnik::ui
