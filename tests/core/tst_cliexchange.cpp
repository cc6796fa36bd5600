#include "TestSupport.h"
#include "cli/Cli.h"
#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "storage/DatasetRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

QByteArray contractExample()
{
    return test::readFile(test::dataPath(u"exchange/contract-example.json"_s));
}

/// Writes the demo school into a new database at `path`.
void makeDemoDatabase(const QString& path)
{
    Database db;
    QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
    QVERIFY(DatasetRepository(db.connection()).replaceAll(demo::school(QDate(2026, 4, 14))).ok());
}

Dataset loadDatabase(const QString& path)
{
    Database db;
    const Status s = db.open(path);
    if (!s)
        qFatal("open failed: %s", qPrintable(s.error()));
    return DatasetRepository(db.connection()).load().value();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void importIntoNewDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"school.json"_s);
        const QString db = dir.filePath(u"new/school.sqlite"_s);
        QVERIFY(test::writeFile(file, contractExample()));
        const Run r = runCli({u"import"_s, file, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(u"5 people"_s));
        QVERIFY(QFile::exists(db));
        QCOMPARE(exchange::write(loadDatabase(db)), exchange::write(exchange::read(contractExample()).value()));
    }

    void exportImportExportIsIdentical()
    {
        QTemporaryDir dir;
        const QString demoDb = dir.filePath(u"demo.sqlite"_s);
        makeDemoDatabase(demoDb);
        const QString first = dir.filePath(u"first.json"_s);
        Run r = runCli({u"export"_s, demoDb, first});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(QDir::toNativeSeparators(first)));

        const QString copy = dir.filePath(u"copy.sqlite"_s);
        r = runCli({u"import"_s, first, copy});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const QString second = dir.filePath(u"second.json"_s);
        QCOMPARE(runCli({u"export"_s, copy, second}).code, 0);
        QCOMPARE(test::readFile(second), test::readFile(first));
    }

    void badFileChangesNothing_data()
    {
        QTest::addColumn<bool>("databaseExists");
        QTest::newRow("database absent: none is created") << false;
        QTest::newRow("database with data: untouched") << true;
    }

    void badFileChangesNothing()
    {
        QFETCH(bool, databaseExists);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"school.sqlite"_s);
        if (databaseExists)
            makeDemoDatabase(db);
        const QByteArray before = fingerprint(db);

        const QString file = dir.filePath(u"bad.json"_s);
        QByteArray json = contractExample();
        json.replace("\"1980-05-01\"", "\"1980-02-30\"");
        json.replace("\"new_mentor\": \"p3\"", "\"new_mentor\": \"p33\"");
        json.replace("\"planned_end\": \"2026-12-31\"", "\"planned_end\": \"2025-12-31\"");
        QVERIFY(test::writeFile(file, json));

        for (const QStringList& args : {QStringList{u"import"_s, file, db}, QStringList{u"import"_s, file, db, u"--replace"_s}}) {
            const Run r = runCli(args);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QString());
            const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
            const QString shown = QDir::toNativeSeparators(file);
            QCOMPARE(lines.size(), 4);
            QCOMPARE(lines.at(0), shown + u": people[0].birth_date: «1980-02-30» is not a real date; expected YYYY-MM-DD"_s);
            QCOMPARE(lines.at(1), shown + u": pairs[0].planned_end: 2025-12-31 is before start 2026-01-13; correct one of the two dates"_s);
            QCOMPARE(lines.at(2), shown + u": pairs[0].events[0].new_mentor: «p33» does not match any person id; add the person to «people» or correct the id"_s);
            QVERIFY(lines.at(3).contains(u"3 problem(s)"_s));
            QVERIFY(lines.at(3).contains(u"nothing was imported"_s));
            QCOMPARE(QFile::exists(db), databaseExists);
            QCOMPARE(fingerprint(db), before);
        }
    }

    void brokenFilesExitTwo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << u"the file is empty"_s;
        QTest::newRow("array") << QByteArray("[]") << u"JSON array"_s;
        QTest::newRow("broken JSON") << QByteArray("{\"format\": \"nastavnik-exchange\",\n\"version\" 1}") << u"line 2, column"_s;
        QTest::newRow("other format") << QByteArray("{\"format\": \"csv\", \"version\": 1}") << u"format:"_s;
        QTest::newRow("newer version") << QByteArray("{\"format\": \"nastavnik-exchange\", \"version\": 3}") << u"version: the file is of version 3"_s;
    }

    void brokenFilesExitTwo()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"in.json"_s);
        const QString db = dir.filePath(u"db.sqlite"_s);
        QVERIFY(test::writeFile(file, json));
        const Run r = runCli({u"import"_s, file, db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QDir::toNativeSeparators(file) + u": "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }

    void everyKindOfBadFileLeavesTheDatabaseAlone_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        auto edited = [](const char* from, const char* to) { return contractExample().replace(from, to); };
        QTest::newRow("text for a number") << edited("\"pedagogical\": 12", "\"pedagogical\": \"12\"")
                                           << u"people[0].experience_years.pedagogical: expected a whole number"_s;
        QTest::newRow("number for a date") << edited("\"2024-01-10\"", "20240110")
                                           << u"people[0].credentials[0].issued: expected a date"_s;
        QTest::newRow("object for an array") << edited("\"mentees\": [\"p2\"]", "\"mentees\": {\"p2\": 1}")
                                             << u"pairs[0].mentees: expected an array"_s;
        QTest::newRow("unresolved mentor") << edited("\"mentor\": \"p1\"", "\"mentor\": \"p7\"")
                                           << u"pairs[0].mentor: «p7» does not match any person id"_s;
        QTest::newRow("unresolved order") << edited("\"order\": \"o1\"", "\"order\": \"o9\"")
                                          << u"pairs[0].order: «o9» does not match any order id"_s;
        QTest::newRow("duplicate id") << edited("\"id\": \"p3\"", "\"id\": \"p2\"")
                                      << u"people[2].id: «p2» is already the id of people[1]"_s;
        QTest::newRow("end before start") << edited("\"planned_end\": \"2026-12-31\"", "\"planned_end\": \"2025-12-31\"")
                                          << u"pairs[0].planned_end: 2025-12-31 is before start 2026-01-13"_s;
        QTest::newRow("13th month") << edited("\"2026-01-10\"", "\"2026-13-01\"")
                                    << u"consents[0].date: «2026-13-01» is not a real date"_s;
        QTest::newRow("Russian date") << edited("\"2026-01-10\"", "\"10.01.2026\"")
                                      << u"consents[0].date: «10.01.2026» is not in the form YYYY-MM-DD; write it as 2026-01-10"_s;
        QTest::newRow("unknown form") << edited("\"teacher_teacher\"", "\"teacher\"")
                                      << u"pairs[0].form: «teacher» is not an allowed value"_s;
        QTest::newRow("broken JSON") << edited("\"kind\": \"teacher\",", "\"kind\": \"teacher\"")
                                     << u"line 12, column 5: the JSON is broken"_s;
        QTest::newRow("empty") << QByteArray("\n") << u"the file is empty"_s;
        QTest::newRow("array") << QByteArray("[{}]") << u"the file holds a JSON array"_s;
        QTest::newRow("wrong format") << edited("\"nastavnik-exchange\"", "\"nastavnik\"")
                                      << u"format: the text «nastavnik» is not the format"_s;
        QTest::newRow("newer version") << edited("\"version\": 1", "\"version\": 2")
                                       << u"version: the file is of version 2"_s;
    }

    void everyKindOfBadFileLeavesTheDatabaseAlone()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"school.sqlite"_s);
        makeDemoDatabase(db);
        const QByteArray before = fingerprint(db);
        const QString file = dir.filePath(u"bad.json"_s);
        QVERIFY(test::writeFile(file, json));
        const Run r = runCli({u"import"_s, u"--replace"_s, file, db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(file) + u": "_s + problem), qPrintable(r.err));
        QCOMPARE(fingerprint(db), before);
        QVERIFY(!QDir(dir.filePath(u"school-backups"_s)).exists());
    }

    void refusesToReplaceWithoutOption()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"school.sqlite"_s);
        makeDemoDatabase(db);
        const QByteArray before = fingerprint(db);
        const QString file = dir.filePath(u"school.json"_s);
        QVERIFY(test::writeFile(file, contractExample()));

        const Run r = runCli({u"import"_s, file, db});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"already holds data"_s));
        QVERIFY(r.err.contains(u"--replace"_s));
        QVERIFY(r.err.contains(QDir::toNativeSeparators(db)));
        QCOMPARE(fingerprint(db), before);
        QVERIFY(!QDir(dir.filePath(u"school-backups"_s)).exists());
    }

    void replaceWritesBackupFirst()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"school.sqlite"_s);
        makeDemoDatabase(db);
        const Dataset old = loadDatabase(db);
        const QString file = dir.filePath(u"school.json"_s);
        QVERIFY(test::writeFile(file, contractExample()));

        const Run r = runCli({u"import"_s, u"--replace"_s, file, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(loadDatabase(db).people.size(), 5);

        const QStringList backups = QDir(dir.filePath(u"school-backups"_s)).entryList({u"*before-import.sqlite"_s});
        QCOMPARE(backups.size(), 1);
        QVERIFY(r.out.contains(backups.first()));
        const Dataset saved = loadDatabase(dir.filePath(u"school-backups/"_s + backups.first()));
        QCOMPARE(saved.people.size(), old.people.size());
        QCOMPARE(saved.pairs.size(), old.pairs.size());
    }

    void warningsGoToStderrAndImportSucceeds()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"extra.json"_s);
        QByteArray json = contractExample();
        json.replace("\"id\": \"p1\",", "\"id\": \"p1\", \"favourite_colour\": \"blue\",");
        QVERIFY(test::writeFile(file, json));
        const QString db = dir.filePath(u"db.sqlite"_s);
        const Run r = runCli({u"import"_s, file, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QDir::toNativeSeparators(file) + u": people[0].favourite_colour: unknown key, ignored\n"_s);
        QCOMPARE(loadDatabase(db).people.first().id, u"p1"_s);
    }

    void namesWithQuotesAndEmojiSurvive()
    {
        QTemporaryDir dir;
        Dataset d = exchange::read(contractExample()).value();
        d.people[1].lastName = u"Д'Артаньян-\"Гасконец\""_s;
        d.people[1].firstName = u"Шарль 🤺"_s;
        d.people[1].middleName = u"«Ёлкин» \\ 👩‍🏫"_s;
        d.people[1].note = u"строка 1\nстрока 2"_s;
        const QString file = dir.filePath(u"names.json"_s);
        QVERIFY(exchange::writeFile(d, file).ok());

        const QString db = dir.filePath(u"names.sqlite"_s);
        QCOMPARE(runCli({u"import"_s, file, db}).code, 0);
        const QString back = dir.filePath(u"back.json"_s);
        QCOMPARE(runCli({u"export"_s, db, back}).code, 0);
        QCOMPARE(test::readFile(back), test::readFile(file));
        const Dataset loaded = loadDatabase(db);
        QCOMPARE(loaded.people.at(1).lastName, d.people[1].lastName);
        QCOMPARE(loaded.people.at(1).firstName, d.people[1].firstName);
        QCOMPARE(loaded.people.at(1).middleName, d.people[1].middleName);
        QCOMPARE(loaded.people.at(1).note, d.people[1].note);
    }

    void exportFailures()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.sqlite"_s);
        Run r = runCli({u"export"_s, missing, dir.filePath(u"out.json"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QDir::toNativeSeparators(missing)));
        QVERIFY(r.err.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(dir.filePath(u"out.json"_s)));

        const QString db = dir.filePath(u"school.sqlite"_s);
        makeDemoDatabase(db);
        const QString unwritable = dir.filePath(u"no/such/folder/out.json"_s);
        r = runCli({u"export"_s, db, unwritable});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"export: "_s), qPrintable(r.err));
        QVERIFY(r.err.contains(QDir::toNativeSeparators(unwritable)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("import without arguments") << QStringList{u"import"_s} << u"import: give the exchange file"_s;
        QTest::newRow("import with one argument") << QStringList{u"import"_s, u"a.json"_s} << u"import: give"_s;
        QTest::newRow("import with three") << QStringList{u"import"_s, u"a"_s, u"b"_s, u"c"_s} << u"import: give"_s;
        QTest::newRow("import with an unknown option")
            << QStringList{u"import"_s, u"a.json"_s, u"b.sqlite"_s, u"--force"_s} << u"«--force»"_s;
        QTest::newRow("export without arguments") << QStringList{u"export"_s} << u"export: give the database"_s;
        QTest::newRow("export with an option")
            << QStringList{u"export"_s, u"a.sqlite"_s, u"b.json"_s, u"--replace"_s} << u"«--replace»"_s;
        QTest::newRow("import of a missing file")
            << QStringList{u"import"_s, u"/nonexistent/a.json"_s, u"/nonexistent/b.sqlite"_s}
            << u"the file does not exist"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
