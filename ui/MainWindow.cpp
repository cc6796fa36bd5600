#include "MainWindow.h"

#include "AppContext.h"
#include "FirstRunWidget.h"
#include "Icons.h"
#include "Section.h"
#include "Sections.h"
#include "Workspace.h"
#include "exchange/ExchangeActions.h"
#include "import/ImportPeopleDialog.h"
#include "models/DatabaseSummary.h"
#include "settings/AppSettings.h"
#include "settings/OrganizationEditor.h"
#include "storage/Database.h"
#include "storage/OrganizationRepository.h"
#include "storage/PeopleRepository.h"
#include "widgets/EditorBase.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PageStack.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
enum Page { SectionsPage, FirstRunPage };
} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(std::make_unique<Workspace>(settings))
    , m_pages(new PageStack(this))
    , m_navigation(new QListWidget(this))
    , m_sectionStack(new PageStack(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    setWindowIcon(icons::application());
    createActions();
    m_pages->addWidget(createSectionsPage());
    setCentralWidget(m_pages);
    createMenus();

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_workspace.get(), &Workspace::contextAboutToChange, this, &MainWindow::onContextAboutToChange);
    connect(m_workspace.get(), &Workspace::contextChanged, this, &MainWindow::onContextChanged);
    connect(m_workspace.get(), &Workspace::warningRaised, this, &MainWindow::showWarning);
    connect(m_workspace.get(), &Workspace::damaged, this, [this](const QString& message) {
        updateTitle();
        MessageBox::critical(this,
                             tr("The database is damaged"),
                             message + u"\n\n"_s
                                 + tr("It stays open read-only so that you can look at the data and export it; "
                                      "nothing will be saved into it."));
    });

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    onContextChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // Sections let go of the context before the workspace closes the database.
    onContextAboutToChange();
    m_workspace->close();
}

AppContext* MainWindow::context() const
{
    return m_workspace->context();
}

QWidget* MainWindow::createSectionsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(180);
    m_navigation->setStyleSheet(u"#navigation { background: palette(alternate-base); padding-top: 8px; } "
                                "#navigation::item { padding: 8px 6px; } "_s);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(page);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_sectionStack, 1);

    m_entries = sectionEntries();
    m_sections.assign(m_entries.size(), nullptr);
    for (const SectionEntry& entry : m_entries) {
        auto* item = new QListWidgetItem(entry.info.icon, entry.info.title, m_navigation);
        item->setData(Qt::UserRole, entry.info.id);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (Section* s = sectionAt(row))
            m_sectionStack->setCurrentIndex(m_sectionStack->indexOf(s));
        updateActions();
    });
    m_navigation->setCurrentRow(0);
    return page;
}

void MainWindow::createActions()
{
    m_newDatabase = new QAction(icons::get(u"database-new"_s), tr("&New database…"), this);
    m_newDatabase->setShortcut(QKeySequence::New);
    m_newDatabase->setStatusTip(tr("Create an empty database in a new file"));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);

    m_open = new QAction(icons::get(u"open"_s), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a database file"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_saveCopy = new QAction(icons::get(u"save-copy"_s), tr("Save a &copy…"), this);
    m_saveCopy->setStatusTip(tr("Write a copy of the open database to another file (for a flash drive or an "
                                "archive)"));
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);

    m_importPeople = new QAction(icons::get(u"import"_s), tr("&Import people from CSV/XLSX…"), this);
    m_importPeople->setStatusTip(tr("Add staff or pupil lists from a spreadsheet"));
    connect(m_importPeople, &QAction::triggered, this, &MainWindow::importPeople);

    m_exportExchange = new QAction(icons::get(u"export"_s), tr("&Export to an exchange file…"), this);
    m_exportExchange->setStatusTip(tr("Write the whole database to a JSON exchange file (for the municipal centre or "
                                      "another school)"));
    connect(m_exportExchange, &QAction::triggered, this, &MainWindow::exportExchange);

    m_importExchange = new QAction(icons::get(u"import"_s), tr("Import from an e&xchange file…"), this);
    m_importExchange->setStatusTip(tr("Replace the content of the database with a JSON exchange file"));
    connect(m_importExchange, &QAction::triggered, this, &MainWindow::importExchange);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_find = new QAction(icons::get(u"search"_s), tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (Section* s = currentSection(); s && s->canRun(Section::Command::Find))
            s->run(Section::Command::Find);
    });

    m_delete = new QAction(icons::get(u"delete"_s), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (Section* s = currentSection(); s && s->canRun(Section::Command::Delete))
            s->run(Section::Command::Delete);
    });

    m_settingsAction = new QAction(icons::get(u"settings"_s), tr("&Settings…"), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        showSettings(context() ? SettingsDialog::Page::Organization : SettingsDialog::Page::Interface);
    });

    m_about = new QAction(icons::get(u"about"_s), tr("&About Nastavnik"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabase);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    file->addSeparator();
    file->addAction(m_saveCopy);
    file->addSeparator();
    file->addAction(m_importPeople);
    file->addSeparator();
    file->addAction(m_exportExchange);
    file->addAction(m_importExchange);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_find);
    edit->addAction(m_delete);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    int number = 0;
    for (const QString& path : recent) {
        ++number;
        QAction* a = m_recentMenu->addAction(
            u"&%1 %2"_s.arg(number).arg(QDir::toNativeSeparators(path)), this, [this, path] { openDatabase(path); });
        a->setEnabled(QFileInfo::exists(path) && QFileInfo(path) != QFileInfo(m_workspace->path()));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    if (m_firstRun)
        m_firstRun->setRecentFiles(recent);
}

void MainWindow::showFirstRun()
{
    // Made when first needed: a window opening a database at its start never shows it.
    if (!m_firstRun) {
        m_firstRun = new FirstRunWidget(this);
        connect(m_firstRun, &FirstRunWidget::createRequested, this, &MainWindow::newDatabase);
        connect(m_firstRun, &FirstRunWidget::openRequested, this, &MainWindow::openDatabaseDialog);
        connect(m_firstRun, &FirstRunWidget::demoRequested, this, &MainWindow::openDemo);
        connect(m_firstRun, &FirstRunWidget::recentRequested, this, &MainWindow::openDatabase);
        m_firstRun->setRecentFiles(m_settings.recentDatabases());
        const int index = m_pages->addWidget(m_firstRun);
        Q_ASSERT(index == FirstRunPage);
    }
    m_pages->setCurrentIndex(FirstRunPage);
}

bool MainWindow::isShowingFirstRun() const
{
    // Without a database the window shows the first-run page (made when the window is shown).
    return !context();
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (!context())
        showFirstRun();
    QMainWindow::showEvent(event);
}

Section* MainWindow::currentSection() const
{
    if (isShowingFirstRun())
        return nullptr;
    return qobject_cast<Section*>(m_sectionStack->currentWidget());
}

Section* MainWindow::sectionAt(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return nullptr;
    if (!m_sections[row]) {
        Section* s = m_entries[row].make().release();
        m_sectionStack->addWidget(s); // takes it over
        m_sections[row] = s;
        connect(s, &Section::commandsChanged, this, &MainWindow::updateActions);
        if (context())
            s->setContext(context());
    }
    return m_sections[row];
}

Section* MainWindow::section(const QString& id)
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[row].info.id == id)
            return sectionAt(row);
    }
    return nullptr;
}

QStringList MainWindow::sectionIds() const
{
    QStringList ids;
    for (const SectionEntry& entry : m_entries)
        ids << entry.info.id;
    return ids;
}

bool MainWindow::showSection(const QString& id)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == id) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onContextAboutToChange()
{
    // Editors still open work on the old database: they go with it (callers asked first).
    for (EditorBase* editor : findChildren<EditorBase*>()) {
        QWidget* window = editor->window();
        if (window != this) {
            window->hide();
            window->deleteLater();
        }
    }
    for (Section* s : m_sections) {
        if (s)
            s->setContext(nullptr);
    }
}

void MainWindow::onContextChanged(AppContext* context)
{
    // Only a change: a section made without a context (the window's construction) is
    // already in that state, and clearing it again would read its empty state for nothing.
    for (Section* s : m_sections) {
        if (s && s->context() != context)
            s->setContext(context);
    }
    if (context) {
        QList<AppContext::Item> openable;
        for (AppContext::Item item : {AppContext::Item::Person, AppContext::Item::Pair, AppContext::Item::Order,
                                       AppContext::Item::Rule, AppContext::Item::RoadmapActivity}) {
            if (std::any_of(m_entries.cbegin(), m_entries.cend(),
                            [item](const SectionEntry& e) { return e.info.opens.contains(item); }))
                openable << item;
        }
        context->setOpenableItems(openable);
        connect(context, &AppContext::openRequested, this, &MainWindow::openItem);
        connect(context, &AppContext::sectionRequested, this, &MainWindow::showSection);
        connect(context, &AppContext::dataChanged, this, &MainWindow::updateTitle);
        connect(context, &AppContext::dataChanged, this, &MainWindow::updateStatus);
        m_pages->setCurrentIndex(SectionsPage);
        if (Section* s = currentSection())
            s->setFocus();
    } else if (isVisible()) {
        showFirstRun();
    }
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::openItem(AppContext::Item item, const QString& id)
{
    for (const SectionEntry& entry : m_entries) {
        if (entry.info.opens.contains(item)) {
            showSection(entry.info.id);
            if (Section* s = section(entry.info.id))
                s->open(item, id);
            return;
        }
    }
}

void MainWindow::updateTitle()
{
    const QString application = QApplication::applicationDisplayName();
    AppContext* c = context();
    if (!c) {
        setWindowTitle(application);
        return;
    }
    QStringList parts;
    if (const Result<Organization> o = OrganizationRepository(c->connection()).load(); o) {
        const QString name = o->shortName.isEmpty() ? o->name : o->shortName;
        if (!name.isEmpty())
            parts << name;
    }
    parts << QFileInfo(m_workspace->path()).fileName() + (m_workspace->isDamaged() ? tr(" (damaged, read-only)") : QString())
          << application;
    setWindowTitle(parts.join(u" — "_s));
}

void MainWindow::updateStatus()
{
    AppContext* c = context();
    if (!c) {
        m_pathLabel->setText(tr("No database is open"));
        m_countsLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    const DatabaseSummary s = DatabaseSummary::read(c->connection());
    QStringList parts{tr("%n participant(s)", "", s.people), tr("%n pair(s)", "", s.pairs)};
    if (s.archivedPeople > 0)
        parts << tr("%n in the archive", "", s.archivedPeople);
    m_countsLabel->setText(parts.join(u" · "_s));
}

void MainWindow::updateActions()
{
    const bool open = context() != nullptr;
    m_saveCopy->setEnabled(open);
    m_importPeople->setEnabled(open);
    m_exportExchange->setEnabled(open);
    m_importExchange->setEnabled(open);
    Section* s = currentSection();
    m_find->setEnabled(s && s->canRun(Section::Command::Find));
    m_delete->setEnabled(s && s->canRun(Section::Command::Delete));
}

void MainWindow::showWarning()
{
    if (!m_workspace->warning().isEmpty())
        MessageBox::warning(this, tr("Backup copy"), m_workspace->warning());
}

namespace {
bool confirmCloseEditors(QWidget* window)
{
    for (EditorBase* editor : window->findChildren<EditorBase*>()) {
        if (editor->isVisible() && !editor->confirmClose())
            return false;
    }
    return true;
}
} // namespace

bool MainWindow::openDatabase(const QString& path)
{
    if (!confirmCloseEditors(this))
        return false;
    if (Status s = m_workspace->open(path); !s) {
        MessageBox::critical(this, tr("The database could not be opened"), s.error());
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentDatabase(path);
            rebuildRecentMenu();
        }
        return false;
    }
    return true;
}

bool MainWindow::createDatabase(const QString& path)
{
    if (!confirmCloseEditors(this))
        return false;
    if (Status s = m_workspace->create(path); !s) {
        MessageBox::critical(this, tr("The database could not be created"), s.error());
        return false;
    }
    return true;
}

bool MainWindow::openDemo()
{
    if (!confirmCloseEditors(this))
        return false;
    if (Status s = m_workspace->openDemo(QDate::currentDate()); !s) {
        MessageBox::critical(this, tr("The demo could not be opened"), s.error());
        return false;
    }
    return true;
}

void MainWindow::newDatabase()
{
    QString proposed = AppSettings::defaultDatabasePath();
    for (int n = 2; QFileInfo::exists(proposed); ++n)
        proposed = QFileInfo(AppSettings::defaultDatabasePath()).absoluteDir().filePath(u"nastavnik-%1.sqlite"_s.arg(n));
    QString path = FileDialog::saveFileName(this, tr("New database"), proposed, tr("Nastavnik databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (!createDatabase(path))
        return;
    SettingsDialog* dialog = showSettings(SettingsDialog::Page::Organization);
    if (OrganizationEditor* editor = dialog->organizationEditor()) {
        editor->messageArea()->setMessages(u"welcome"_s,
                                           MessageArea::Level::Information,
                                           {tr("The new database is ready. Enter the organisation's name and choose "
                                               "the provision it works under: documents and checks use them.")});
        editor->nameEdit()->setFocus();
    }
}

void MainWindow::openDatabaseDialog()
{
    QString folder = QFileInfo(m_workspace->path()).absolutePath();
    if (m_workspace->path().isEmpty())
        folder = QFileInfo(AppSettings::defaultDatabasePath()).absolutePath();
    const QString path = FileDialog::openFileName(this,
                                                  tr("Open a database"),
                                                  folder,
                                                  tr("Nastavnik databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    AppContext* c = context();
    if (!c)
        return;
    const QFileInfo current(m_workspace->path());
    const QString proposed = current.absoluteDir().filePath(
        tr("%1-copy-%2.sqlite").arg(current.completeBaseName(), QDate::currentDate().toString(u"yyyy-MM-dd"_s)));
    QString path = FileDialog::saveFileName(this, tr("Save a copy of the database"), proposed, tr("Nastavnik databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (QFileInfo(path) == current) {
        MessageBox::warning(this,
                            tr("Save a copy"),
                            tr("«%1» is the open database itself. Choose another name for the copy.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QFileInfo::exists(path)
        && MessageBox::question(this,
                                tr("Save a copy"),
                                tr("«%1» already exists. Replace it with the copy?").arg(QDir::toNativeSeparators(path)),
                                MessageBox::Yes | MessageBox::Cancel,
                                MessageBox::Cancel)
               != MessageBox::Yes) {
        return;
    }
    if (Status s = c->database().backupTo(path); !s) {
        MessageBox::critical(this, tr("Save a copy"), s.error());
        return;
    }
    statusBar()->showMessage(tr("A copy was saved to «%1».").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::importPeople()
{
    AppContext* c = context();
    if (!c)
        return;
    // The repository lives as long as the dialog, which goes with the window or the database.
    auto repository = std::make_shared<PeopleRepository>(c->connection());
    auto* dialog = new ImportPeopleDialog(*repository, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QObject::destroyed, this, [repository] {});
    connect(dialog, &ImportPeopleDialog::peopleImported, c, [c](const QStringList& ids) {
        if (!ids.isEmpty())
            c->notifyDataChanged();
    });
    connect(c, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::exportExchange()
{
    if (AppContext* c = context()) {
        if (const QString done = ExchangeActions::exportFile(this, *c); !done.isEmpty())
            statusBar()->showMessage(done, 15000);
    }
}

void MainWindow::importExchange()
{
    if (!context() || !confirmCloseEditors(this))
        return;
    if (const QString done = ExchangeActions::importFile(this, *context()); !done.isEmpty())
        statusBar()->showMessage(done, 20000);
}

SettingsDialog* MainWindow::showSettings(SettingsDialog::Page page)
{
    auto* dialog = new SettingsDialog(context(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->showPage(page);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    QString where = tr("No database is open.");
    if (AppContext* c = context()) {
        where = tr("Data file: %1<br>Backup copies: %2")
                   .arg(QDir::toNativeSeparators(m_workspace->path()).toHtmlEscaped(),
                        QDir::toNativeSeparators(c->database().backupFolder()).toHtmlEscaped());
    }
    const QString html = u"<h3>%1 %2</h3><p>%3</p><p>%4</p><p style=\"color: gray\">%5</p>"_s.arg(
        QApplication::applicationDisplayName().toHtmlEscaped(),
        QApplication::applicationVersion(),
        tr("Runs the mentorship programme of a school, a municipal education department or a civil-service HR "
           "department: the bases of mentors and mentees, pairs and groups, individual plans, orders and documents, "
           "deadlines and monitoring, under the provision the organisation works under."),
        where,
        tr("Built with Qt %1. The data is one SQLite file on this computer; nothing is sent anywhere.")
            .arg(QString::fromLatin1(qVersion())));
    MessageBox::about(this, tr("About Nastavnik"), html);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmCloseEditors(this)) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    onContextAboutToChange();
    m_workspace->close();
    event->accept();
}

} // namespace nastavnik::ui
