#include "../core/RuleTestData.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "import/ImportPeopleDialog.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

struct Window
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    MainWindow window{settings};
    QString database = dir.filePath(u"school.sqlite"_s);

    Window()
    {
        {
            Database db;
            if (!db.open(database, Database::Mode::CreateIfMissing).ok()
                || !DatasetRepository(db.connection()).replaceAll(demo::school(kToday)).ok())
                qFatal("the test database could not be written");
        }
        window.show();
        if (!window.openDatabase(database))
            qFatal("the test database could not be opened");
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    Dataset content() const { return DatasetRepository(window.context()->connection()).load().value(); }
    QStringList backups() const
    {
        return QDir(window.context()->database().backupFolder()).entryList({u"*before-import*"_s}, QDir::Files);
    }
};

} // namespace

class TestExchangeMenu : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
        QVERIFY2(!FileDialog::hasNextFileName(), "a test left a file name unanswered");
    }

    void theActionsNeedADatabase()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        QVERIFY(!window.exportExchangeAction()->isEnabled());
        QVERIFY(!window.importExchangeAction()->isEnabled());
        QVERIFY(!window.importPeopleAction()->isEnabled());
        Window w;
        QVERIFY(w.window.exportExchangeAction()->isEnabled());
        QVERIFY(w.window.importExchangeAction()->isEnabled());
        QVERIFY(w.window.importPeopleAction()->isEnabled());
    }

    void exportsTheDatabase()
    {
        Window w;
        const QString file = w.path(u"export"_s);
        FileDialog::setNextFileName(file);
        w.window.exportExchangeAction()->trigger();
        const Result<Dataset> read = exchange::readFile(file + u".json"_s);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->people.size(), w.content().people.size());
        QCOMPARE(read->pairs.size(), w.content().pairs.size());
        QVERIFY(w.window.statusBar()->currentMessage().contains(u"Exported"_s));

        // An existing file is replaced only when the user says so.
        const QByteArray before = test::readFile(file + u".json"_s);
        FileDialog::setNextFileName(file + u".json"_s);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        w.window.exportExchange();
        QVERIFY(MessageBox::lastText().contains(u"already exists"_s));
        QCOMPARE(test::readFile(file + u".json"_s), before);
    }

    void importReplacesTheContentAfterABackup()
    {
        Window w;
        const QString file = w.path(u"other.json"_s);
        const Dataset other = test::baseline(u"municipal"_s);
        QVERIFY(exchange::writeFile(other, file).ok());
        QSignalSpy changed(w.window.context(), &AppContext::dataChanged);

        // Cancelled: nothing changes, nothing is written.
        const Dataset before = w.content();
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        w.window.importExchangeAction()->trigger();
        QVERIFY(MessageBox::lastText().contains(u"replaces everything in the open database"_s));
        QVERIFY(MessageBox::lastText().contains(u"11 participant(s) and 1 pair(s)"_s));
        QCOMPARE(w.content(), before);
        QVERIFY(w.backups().isEmpty());
        QCOMPARE(changed.count(), 0);

        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Replace);
        w.window.importExchangeAction()->trigger();
        const Dataset after = w.content();
        QCOMPARE(after.people.size(), other.people.size());
        QCOMPARE(after.pairs.size(), 1);
        QCOMPARE(after.organization.profile, u"municipal"_s);
        QCOMPARE(w.backups().size(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(w.window.statusBar()->currentMessage().contains(u"Imported 11 participant(s) and 1 pair(s)"_s));

        // The backup holds the content from before.
        Database backup;
        QVERIFY(backup.open(QDir(w.window.context()->database().backupFolder()).filePath(w.backups().first())).ok());
        QCOMPARE(DatasetRepository(backup.connection()).load().value().people.size(), before.people.size());
    }

    void aBadFileIsRefusedWithEveryProblem()
    {
        Window w;
        const QString file = w.path(u"bad.json"_s);
        QVERIFY(test::writeFile(file, R"({"format": "nastavnik-exchange", "version": 1,
            "organization": {"name": "Школа", "profile": "school"},
            "people": [{"id": "p1", "last_name": "Иванова", "birth_date": "2026-02-30"}],
            "pairs": [{"id": "g1", "form": "teacher_teacher", "mentor": "p9", "mentees": ["p1"],
                       "start": "2026-01-13", "planned_end": "2025-12-31"}]})"));
        const Dataset before = w.content();
        QSignalSpy changed(w.window.context(), &AppContext::dataChanged);
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Close);
        const int boxes = MessageBox::count();
        w.window.importExchangeAction()->trigger();
        QCOMPARE(MessageBox::count(), boxes + 1); // no question: the refusal only
        QVERIFY(MessageBox::lastText().contains(u"cannot be imported"_s));
        QVERIFY(MessageBox::lastText().contains(u"Nothing was changed in the database"_s));
        const QStringList problems = MessageBox::lastDetails();
        QVERIFY2(problems.size() >= 3, qPrintable(problems.join(u'\n')));
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(u"people[0].birth_date"_s), qPrintable(all));
        QVERIFY(all.contains(u"pairs[0].mentor"_s));
        QVERIFY(all.contains(u"pairs[0].planned_end"_s));
        // Listed by their place in the file, without the file's name before each.
        for (const QString& p : problems)
            QVERIFY2(!p.contains(QDir::toNativeSeparators(file)), qPrintable(p));
        QCOMPARE(w.content(), before);
        QVERIFY(w.backups().isEmpty());
        QCOMPARE(changed.count(), 0);

        // Not JSON at all.
        QVERIFY(test::writeFile(file, "{ this is not json"));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Close);
        w.window.importExchange();
        QCOMPARE(MessageBox::lastDetails().size(), 1);
        QCOMPARE(w.content(), before);
    }

    void unknownKeysAreReportedAfterTheImport()
    {
        Window w;
        const QString file = w.path(u"extra.json"_s);
        QByteArray json = exchange::write(test::baseline(u"school"_s));
        json.replace("\"format\"", "\"favourite_colour\": \"green\", \"format\"");
        QVERIFY(test::writeFile(file, json));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Replace);
        MessageBox::addNextAnswer(MessageBox::Ok);
        const int boxes = MessageBox::count();
        w.window.importExchange();
        // The question, then the list of what was ignored.
        QCOMPARE(MessageBox::count(), boxes + 2);
        QVERIFY(MessageBox::lastText().contains(u"were ignored"_s));
        QVERIFY(MessageBox::lastDetails().join(u' ').contains(u"favourite_colour"_s));
        QCOMPARE(w.content().people.size(), 11);
    }

    void importPeopleOpensTheDialog()
    {
        Window w;
        w.window.importPeopleAction()->trigger();
        ImportPeopleDialog* dialog = nullptr;
        for (ImportPeopleDialog* d : w.window.findChildren<ImportPeopleDialog*>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->reject();
    }
};

QTEST_MAIN(TestExchangeMenu)
#include "tst_exchangemenu.moc"
