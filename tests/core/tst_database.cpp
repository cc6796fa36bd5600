#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

/// Creates a plain SQLite file with `statements`, outside of Nastavnik's Database class.
void makeRawSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void insertPerson(Database& db, const QString& id, const QString& lastName)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO person (id, last_name) VALUES (?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(lastName);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFreshDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/new.sqlite"_s);
        Database db;
        QVERIFY2(db.open(path, Database::Mode::CreateIfMissing).ok(), "fresh database");
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 3);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
        QVERIFY(db.isEmpty());
        // A brand-new database needs no backup.
        QVERIFY(!QDir(db.backupFolder()).exists());
    }

    void reopensExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
            insertPerson(db, u"p1"_s, u"Иванова"_s);
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT last_name FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Иванова"_s);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.sqlite"_s);
        Database db;
        const Status s = db.open(path, Database::Mode::OpenExisting);
        QVERIFY(!s.ok());
        QCOMPARE(db.failure(), Database::Failure::NotFound);
        QVERIFY(s.error().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!db.isOpen());
    }

    void emptyPath()
    {
        Database db;
        QVERIFY(!db.open(QString()).ok());
        QCOMPARE(db.failure(), Database::Failure::NoPath);
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        Database db;
        const Status s = db.open(dir.path());
        QVERIFY(!s.ok());
        QCOMPARE(db.failure(), Database::Failure::NotADatabase);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("Фамилия;Имя\nИванова;Мария\n");
        QTest::newRow("zip file") << QByteArray("PK\x03\x04 rest of an xlsx", 24);
        QTest::newRow("sqlite header, garbage after") << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\xff');
    }
    void notADatabase()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"people.sqlite"_s);
        QVERIFY(test::writeFile(path, content));
        const QByteArray before = fingerprint(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(db.failure() == Database::Failure::NotADatabase || db.failure() == Database::Failure::Corrupt,
                 qPrintable(s.error()));
        QVERIFY(s.error().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }

    void foreignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        makeRawSqlite(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s,
                             u"INSERT INTO invoices VALUES (1, 99.5)"_s});
        const QByteArray before = fingerprint(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(db.failure(), Database::Failure::ForeignDatabase);
        QVERIFY(s.error().contains(u"another program"_s));
        QCOMPARE(fingerprint(path), before);
    }

    void corruptDatabase_data()
    {
        QTest::addColumn<bool>("inBackground");
        QTest::newRow("checked before opening") << false;
        QTest::newRow("checked in the background") << true;
    }

    void corruptDatabase()
    {
        QFETCH(bool, inBackground);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
            Transaction tx(db.connection());
            for (int i = 0; i < 3000; ++i)
                insertPerson(db, u"p%1"_s.arg(i), u"Фамилия%1"_s.arg(i));
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(test::damageFile(path));
        const QByteArray before = fingerprint(path);
        Database db;
        if (!inBackground) {
            const Status s = db.open(path);
            QVERIFY(!s.ok());
            QCOMPARE(db.failure(), Database::Failure::Corrupt);
            QVERIFY(s.error().contains(u"damaged"_s));
            QVERIFY(s.error().contains(QDir::toNativeSeparators(db.backupFolder())));
            QCOMPARE(fingerprint(path), before);
            return;
        }
        // The window opens at once; the check finds the damage, and nothing is written then.
        QVERIFY(db.open(path, Database::Mode::OpenExisting, -1, Database::Check::InBackground).ok());
        db.checkInBackground(3);
        Transaction tx(db.connection()); // waits for the check
        QVERIFY(!tx.isActive());
        QVERIFY2(tx.error().contains(u"damaged"_s), qPrintable(tx.error()));
        QVERIFY(db.checked().isFinished());
        const Database::Checked checked = db.checked().result();
        QVERIFY(!checked.intact.ok());
        QVERIFY(checked.intact.error().contains(QDir::toNativeSeparators(db.backupFolder())));
        QVERIFY2(!QDir(db.backupFolder()).exists(), "a damaged file is not copied over the good backups");
        db.close();
        QCOMPARE(fingerprint(path), before);
    }

    void backgroundCheckOfAnIntactFile()
    {
        test::TempDatabase t;
        insertPerson(t.db(), u"p1"_s, u"Иванова"_s);
        const QString path = t.db().path();
        t.db().close();
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, -1, Database::Check::InBackground).ok());
        db.checkInBackground(3);
        {
            Transaction tx(db.connection()); // waits for the check and the copy, then writes
            QVERIFY2(tx.isActive(), qPrintable(tx.error()));
            insertPerson(db, u"p2"_s, u"Петрова"_s);
            QVERIFY(tx.commit().ok());
        }
        const Database::Checked checked = db.checked().result();
        QVERIFY(checked.intact.ok());
        QVERIFY(checked.backup.ok());
        // Today's copy holds the data as it was when opened.
        const QStringList copies = QDir(db.backupFolder()).entryList({u"*.sqlite"_s}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        Database copy;
        QVERIFY(copy.open(QDir(db.backupFolder()).filePath(copies.first())).ok());
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
            insertPerson(db, u"p1"_s, u"Петров"_s);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fingerprint(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(db.failure(), Database::Failure::ReadOnly);
        QVERIFY(s.error().contains(u"read-only"_s));
        QCOMPARE(fingerprint(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedByAnotherInstance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sqlite"_s);
        Database first;
        QVERIFY(first.open(path, Database::Mode::CreateIfMissing).ok());
        Database second;
        const Status s = second.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(second.failure(), Database::Failure::Locked);
        QVERIFY(s.error().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(first.isOpen());
        first.close();
        QVERIFY2(second.open(path).ok(), "free again once the first instance closed it");
    }

    void lockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
        }
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            Database db;
            const Status s = db.open(path);
            QVERIFY(!s.ok());
            QCOMPARE(db.failure(), Database::Failure::Locked);
            QVERIFY(s.error().contains(u"another program"_s));
            q.exec(u"ROLLBACK"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other-program"_s);
    }

    void newerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        const QByteArray before = fingerprint(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(db.failure(), Database::Failure::NewerVersion);
        QVERIFY(s.error().contains(u"newer version"_s));
        QCOMPARE(fingerprint(path), before);
    }

    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from schema %d", v) << v;
    }
    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing, from).ok());
            QCOMPARE(db.schemaVersion(), from);
            insertPerson(db, u"p1"_s, u"О'Коннор-Шевченко «Тест» 🙂"_s);
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT last_name FROM person WHERE id = 'p1'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"О'Коннор-Шевченко «Тест» 🙂"_s);
        // A copy was taken before migrating, and it is the old version.
        const QStringList backups = QDir(db.backupFolder()).entryList({u"*before-v*.sqlite"_s}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        Database copy;
        QVERIFY(copy.open(QDir(db.backupFolder()).filePath(backups.first()), Database::Mode::OpenExisting, from).ok());
        QCOMPARE(copy.schemaVersion(), from);
    }

    void transactionsNestAndRollBack()
    {
        test::TempDatabase t;
        {
            Transaction outer(t.connection());
            QVERIFY(outer.isActive());
            insertPerson(t.db(), u"p1"_s, u"Первый"_s);
            {
                Transaction inner(t.connection());
                QVERIFY(inner.isActive());
                insertPerson(t.db(), u"p2"_s, u"Второй"_s);
                // not committed: rolled back on scope exit
            }
            QVERIFY(outer.commit().ok());
        }
        {
            Transaction abandoned(t.connection());
            insertPerson(t.db(), u"p3"_s, u"Третий"_s);
        }
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"SELECT group_concat(id) FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"p1"_s);
    }

    void foreignKeysEnforced()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        q.prepare(u"INSERT INTO credential (person_id, type) VALUES ('nobody', 'mentor_status')"_s);
        QVERIFY(!q.exec());
    }

    void dailyBackup()
    {
        test::TempDatabase t;
        QVERIFY(t.db().makeDailyBackup(3).ok());
        QVERIFY2(!QDir(t.db().backupFolder()).exists(), "an empty database is not backed up");
        insertPerson(t.db(), u"p1"_s, u"Иванова"_s);
        QVERIFY(t.db().makeDailyBackup(3).ok());
        QVERIFY(t.db().makeDailyBackup(3).ok());
        QDir folder(t.db().backupFolder());
        const QStringList files = folder.entryList({u"*.sqlite"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        // Old daily copies beyond the limit are removed.
        for (const char* day : {"2020-01-01", "2020-01-02", "2020-01-03"})
            QVERIFY(QFile::copy(folder.filePath(files.first()), folder.filePath(u"test-"_s + QString::fromLatin1(day) + u".sqlite"_s)));
        QFile::remove(folder.filePath(files.first()));
        QVERIFY(t.db().makeDailyBackup(3).ok());
        const QStringList kept = folder.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 3);
        QVERIFY(!kept.contains(u"test-2020-01-01.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
