#include "AppContext.h"
#include "Application.h"
#include "MainWindow.h"
#include "Section.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "Workspace.h"
#include "models/PeopleTableModel.h"
#include "people/PeopleSection.h"
#include "settings/AppSettings.h"
#include "settings/OrganizationEditor.h"
#include "settings/ProfilePage.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PeopleRepository.h"
#include "widgets/EditorBase.h"
#include "widgets/EditorDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

/// A valid database with a few people, at `path`.
void makeDatabase(const QString& path, int people = 3)
{
    Database db;
    QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
    Dataset d;
    d.organization.name = u"Гимназия № 1"_s;
    d.organization.shortName = u"Гимназия"_s;
    for (int i = 0; i < people; ++i) {
        Person p;
        p.id = u"p%1"_s.arg(i);
        p.lastName = u"Фамилия%1"_s.arg(i);
        p.kind = u"teacher"_s;
        d.people << p;
    }
    QVERIFY(DatasetRepository(db.connection()).replaceAll(d).ok());
}

/// A window with settings of its own, shown offscreen.
struct Window
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    MainWindow window{settings};

    Window()
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the main window did not become active");
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    PeopleSection* people() { return static_cast<PeopleSection*>(window.section(u"people"_s)); }
    template <typename T>
    T* visible() const
    {
        for (T* w : window.findChildren<T*>()) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }
};

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The demo lives in the user's documents: a home of our own keeps tests apart.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME");
        setUpApplication(*qApp, u"en"_s);
        QVERIFY(AppSettings::demoDatabasePath().startsWith(m_home.path()));
        QCOMPARE(QApplication::applicationDisplayName(), u"Nastavnik"_s);
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
        QVERIFY2(!FileDialog::hasNextFileName(), "a test left a file name unanswered");
    }

    void startsOnTheFirstRunScreen()
    {
        Window w;
        openFromCommandLine(w.window, {});
        QVERIFY(w.window.isShowingFirstRun());
        QVERIFY(!w.window.context());
        QCOMPARE(w.window.windowTitle(), u"Nastavnik"_s);
        QVERIFY(!w.window.importPeopleAction()->isEnabled());
        QCOMPARE(w.window.importPeopleAction()->text(), u"&Import people from CSV/XLSX…"_s);
    }

    void demoFromTheCommandLine()
    {
        Window w;
        openFromCommandLine(w.window, {u"--demo"_s});
        QVERIFY(!w.window.isShowingFirstRun());
        QVERIFY(w.window.context());
        const QString demo = AppSettings::demoDatabasePath();
        QCOMPARE(QFileInfo(w.window.workspace().path()), QFileInfo(demo));
        QVERIFY(!w.people()->model()); // a hidden section reads when first shown
        QVERIFY(w.window.showSection(u"people"_s));
        QVERIFY(w.people()->model()->rowCount() > 100);
        QCOMPARE(w.window.windowTitle(), u"МОУ «Ялунинская СОШ» — demo.sqlite — Nastavnik"_s);
        QVERIFY(w.window.statusBar()->findChildren<QLabel*>().size() >= 2);
        QCOMPARE(QFileInfo(w.settings.lastDatabase()), QFileInfo(demo));
        QCOMPARE(QFileInfo(w.settings.recentDatabases().value(0)), QFileInfo(demo));
        QTRY_VERIFY(w.window.workspace().isChecked()); // checked and copied in the background
        QVERIFY(!w.window.workspace().isDamaged());
        QVERIFY(QDir(w.window.context()->database().backupFolder()).exists()); // today's backup

        // The demo is made anew each time, also while this window has it open.
        QVERIFY(w.window.showSection(u"people"_s)); // «Сегодня» opens first; a hidden section refreshes when shown
        Person extra;
        extra.lastName = u"Лишний"_s;
        QVERIFY(PeopleRepository(w.window.context()->connection()).save(extra).ok());
        const int withExtra = w.people()->model()->totalCount();
        w.window.context()->notifyDataChanged();
        QCOMPARE(w.people()->model()->totalCount(), withExtra + 1);
        QVERIFY(w.window.openDemo());
        QCOMPARE(w.people()->model()->totalCount(), withExtra);
    }

    void badFileOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a database") << u"text"_s << u"is not a Nastavnik database"_s;
        QTest::newRow("newer version") << u"newer"_s << u"was written by a newer version"_s;
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("another program's database") << u"foreign"_s << u"another program"_s;
    }

    void badFileOnTheCommandLine()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        Window w;
        const QString path = w.path(u"file.sqlite"_s);
        if (kind == u"text") {
            QVERIFY(test::writeFile(path, "Фамилия;Имя\nИванов;Иван\n"));
        } else if (kind == u"newer") {
            makeDatabase(path);
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        } else if (kind == u"foreign") {
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(u"CREATE TABLE accounts (id INTEGER)"_s));
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"raw"_s);
        }
        const QByteArray before = fingerprint(path);
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(MessageBox::Ok);
        openFromCommandLine(w.window, {path});
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
        QVERIFY(w.window.isShowingFirstRun());
        QVERIFY(!w.window.context());
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!w.settings.recentDatabases().contains(path));
    }

    void lastDatabaseOpensWithoutArguments()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        w.settings.setLastDatabase(path);
        openFromCommandLine(w.window, {});
        QVERIFY(w.window.context());
        QVERIFY(w.window.showSection(u"people"_s));
        QCOMPARE(w.people()->model()->rowCount(), 3);
        QCOMPARE(w.window.windowTitle(), u"Гимназия — school.sqlite — Nastavnik"_s);
    }

    void aDamagedFileOpensReadOnly()
    {
        // The integrity check runs in the background: the window shows the file at once, then
        // says it is damaged, and nothing is saved into it.
        Window w;
        const QString path = w.path(u"file.sqlite"_s);
        makeDatabase(path, 3000);
        QVERIFY(test::damageFile(path));
        const QByteArray before = fingerprint(path);
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(MessageBox::Ok);
        openFromCommandLine(w.window, {path});
        QVERIFY(w.window.context());
        QTRY_COMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(w.window.workspace().isDamaged());
        QVERIFY2(MessageBox::lastText().contains(u"is damaged"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
        QVERIFY(MessageBox::lastText().contains(u"read-only"_s));
        QVERIFY2(w.window.windowTitle().contains(u"file.sqlite (damaged, read-only)"_s), qPrintable(w.window.windowTitle()));
        Person extra;
        extra.lastName = u"Лишний"_s;
        const Result<QString> saved = PeopleRepository(w.window.context()->connection()).save(extra);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"is damaged"_s), qPrintable(saved.error()));
        w.window.workspace().close();
        QCOMPARE(fingerprint(path), before);
    }

    void lastDatabaseGoneShowsTheFirstRunScreen()
    {
        Window w;
        w.settings.setLastDatabase(w.path(u"moved.sqlite"_s));
        w.settings.addRecentDatabase(w.path(u"moved.sqlite"_s));
        MessageBox::setNextAnswer(MessageBox::Ok);
        openFromCommandLine(w.window, {});
        QVERIFY(MessageBox::lastText().contains(u"does not exist"_s));
        QVERIFY(w.window.isShowingFirstRun());
        QVERIFY(w.settings.recentDatabases().isEmpty());
    }

    void failedOpenKeepsTheOpenDatabase()
    {
        Window w;
        const QString good = w.path(u"good.sqlite"_s);
        makeDatabase(good);
        QVERIFY(w.window.openDatabase(good));
        const QString bad = w.path(u"bad.sqlite"_s);
        QVERIFY(test::writeFile(bad, "not a database at all"));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!w.window.openDatabase(bad));
        QVERIFY(w.window.context());
        QCOMPARE(QFileInfo(w.window.workspace().path()), QFileInfo(good));
        QVERIFY(w.window.showSection(u"people"_s));
        QCOMPARE(w.people()->model()->rowCount(), 3);
        // Opening the file that is already open changes nothing.
        QVERIFY(w.window.openDatabase(good));
        QCOMPARE(w.people()->model()->rowCount(), 3);
    }

    void newDatabaseAsksForTheOrganisation()
    {
        Window w;
        const QString path = w.path(u"new/Наша школа.sqlite"_s);
        FileDialog::setNextFileName(path);
        w.window.newDatabaseAction()->trigger();
        QVERIFY(w.window.context());
        QVERIFY(QFile::exists(path));
        SettingsDialog* settings = w.visible<SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->currentPage(), SettingsDialog::Page::Organization);
        OrganizationEditor* org = settings->organizationEditor();
        QVERIFY(!org->messageArea()->messages(u"welcome"_s).isEmpty());

        // The full name is required.
        test::typeText(org->shortNameEdit(), u"СОШ № 5"_s);
        settings->accept();
        QVERIFY(settings->isVisible());
        QVERIFY(org->messageArea()->messages(u"validation"_s).join(u' ').contains(u"full name"_s));
        test::typeText(org->nameEdit(), u"Средняя школа № 5"_s);
        // The profile is chosen on its own page, saved with the same «Save».
        QVERIFY(settings->profilePage()->showProfile(u"municipal"_s));
        settings->profilePage()->makeShownActive();
        settings->accept();
        QVERIFY(!settings->isVisible());
        const Organization saved = OrganizationRepository(w.window.context()->connection()).load().value();
        QCOMPARE(saved.name, u"Средняя школа № 5"_s);
        QCOMPARE(saved.profile, u"municipal"_s);
        QCOMPARE(w.window.windowTitle(), u"СОШ № 5 — Наша школа.sqlite — Nastavnik"_s);
    }

    void newDatabaseRefusesAnExistingFile()
    {
        Window w;
        const QString path = w.path(u"exists.sqlite"_s);
        makeDatabase(path);
        const QByteArray before = fingerprint(path);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(MessageBox::Ok);
        w.window.newDatabase();
        QVERIFY(MessageBox::lastText().contains(u"already exists"_s));
        QVERIFY(!w.window.context());
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!w.visible<SettingsDialog>());
    }

    void saveACopy()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        QVERIFY(w.window.openDatabase(path));
        const QString copy = w.path(u"copies/school-copy"_s);
        FileDialog::setNextFileName(copy);
        w.window.saveCopy();
        Database db;
        QVERIFY(db.open(copy + u".sqlite"_s).ok());
        QCOMPARE(PeopleRepository(db.connection()).load(u"p1"_s)->lastName, u"Фамилия1"_s);

        // Never over the open file itself.
        const QByteArray before = fingerprint(path);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(MessageBox::Ok);
        w.window.saveCopy();
        QVERIFY(MessageBox::lastText().contains(u"is the open database itself"_s));
        QCOMPARE(fingerprint(path), before);
    }

    void shortcutsReachTheSection()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        QVERIFY(w.window.openDatabase(path));
        // «Сегодня» opens first.
        QCOMPARE(w.window.currentSection()->id(), u"today"_s);
        PeopleSection* people = w.people();
        QVERIFY(w.window.showSection(u"people"_s));
        QCOMPARE(w.window.currentSection(), people);

        // Ctrl+F: the search box.
        people->table()->setFocus();
        QTest::keyClick(people->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(people->searchBox()->hasFocus());

        // Del in the search box edits the text; in the list it deletes the person.
        people->searchBox()->setText(u"ab"_s);
        people->searchBox()->setCursorPosition(0);
        const int boxes = MessageBox::count();
        QTest::keyClick(people->searchBox(), Qt::Key_Delete);
        QCOMPARE(people->searchBox()->text(), u"b"_s);
        QCOMPARE(MessageBox::count(), boxes);
        people->searchBox()->clear();
        QVERIFY(people->selectPerson(u"p1"_s));
        people->table()->setFocus();
        QVERIFY(w.window.deleteAction()->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::keyClick(people->table(), Qt::Key_Delete);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(u"Delete «Фамилия1»"_s));

        // Ctrl+N inside the section: a new person, not a new database.
        QTest::keyClick(people->table(), Qt::Key_N, Qt::ControlModifier);
        EditorDialog* editor = w.visible<EditorDialog>();
        QVERIFY(editor);
        QCOMPARE(editor->editor()->title(), u"New participant"_s);
        editor->reject();
        QVERIFY(!editor->isVisible());

        // Elsewhere in the window, Ctrl+N is File → New database (cancelled here).
        auto* navigation = w.window.findChild<QListWidget*>(u"navigation"_s);
        navigation->setFocus();
        FileDialog::setNextFileName(QString());
        QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!FileDialog::hasNextFileName());
        QCOMPARE(QFileInfo(w.window.workspace().path()), QFileInfo(path));
    }

    void requestOpenShowsTheOwningSection()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        QVERIFY(w.window.openDatabase(path));
        AppContext* context = w.window.context();
        QVERIFY(context);
        QVERIFY(context->canOpen(AppContext::Item::Person));

        // From anywhere: the participants section comes forward with the person's editor.
        context->requestOpen(AppContext::Item::Person, u"p2"_s);
        QCOMPARE(w.window.currentSection(), w.people());
        EditorDialog* editor = w.visible<EditorDialog>();
        QVERIFY(editor);
        QVERIFY2(editor->editor()->title().contains(u"Фамилия2"_s), qPrintable(editor->editor()->title()));
        editor->reject();

        // A kind no section owns opens nothing.
        if (!context->canOpen(AppContext::Item::Order)) {
            context->requestOpen(AppContext::Item::Order, u"o1"_s);
            QVERIFY(!w.visible<EditorDialog>());
        }
    }

    void closingAsksAboutAnOpenEditor()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        QVERIFY(w.window.openDatabase(path));
        EditorDialog* editor = w.people()->openEditor(u"p1"_s);
        editor->editor()->findChild<QLineEdit*>(u"position"_s)->setText(u"директор"_s);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QVERIFY(!w.window.close());
        QVERIFY(w.window.context());
        MessageBox::setNextAnswer(MessageBox::Save);
        QVERIFY(w.window.close());
        QVERIFY(!w.settings.windowGeometry().isEmpty());
        Database db;
        QVERIFY(db.open(path).ok()); // closed: the lock is free
        QCOMPARE(PeopleRepository(db.connection()).load(u"p1"_s)->position, u"директор"_s);
    }

    void settingsDialogSavesTheInterface()
    {
        Window w;
        SettingsDialog* dialog = w.window.showSettings(SettingsDialog::Page::Organization);
        QVERIFY(!dialog->organizationEditor()); // no database: only the interface page
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Interface);
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"ru"_s));
        dialog->backupsSpin()->setValue(5);
        dialog->accept();
        QCOMPARE(w.settings.language(), u"ru"_s);
        QCOMPARE(w.settings.backupsToKeep(), 5);
    }

    void aboutNamesTheDataFile()
    {
        Window w;
        const QString path = w.path(u"school.sqlite"_s);
        makeDatabase(path);
        QVERIFY(w.window.openDatabase(path));
        MessageBox::setNextAnswer(MessageBox::Ok);
        w.window.showAbout();
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(path).toHtmlEscaped()));
        QVERIFY(MessageBox::lastText().contains(QApplication::applicationVersion()));
    }

    void unknownOptionIsExplained()
    {
        Window w;
        MessageBox::setNextAnswer(MessageBox::Ok);
        openFromCommandLine(w.window, {u"--frobnicate"_s});
        QVERIFY(MessageBox::lastText().contains(u"frobnicate"_s));
        QVERIFY(w.window.isShowingFirstRun());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
