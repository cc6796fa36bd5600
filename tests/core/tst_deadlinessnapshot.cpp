#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "demo/DemoData.h"
#include "rules/Deadlines.h"
#include "storage/DatasetRepository.h"
#include "storage/DeadlinesSnapshot.h"
#include "storage/Transaction.h"
#include "storage/ValidationRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

// The demo school is made for the school year of this day, a Friday before a weekend.
const QDate kFriday(2026, 3, 13);

void store(TempDatabase& db, const Dataset& d)
{
    const Status s = DatasetRepository(db.connection()).replaceAll(d);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

/// What «Сегодня» shows on `day` when it reads the whole database.
QList<DeadlineItem> collected(TempDatabase& db, const QDate& day)
{
    const Result<ValidationInput> whole = ValidationRepository(db.connection()).load();
    if (!whole)
        return {};
    return Deadlines::collect(whole->data, whole->profile, whole->calendar, day);
}

void prepare(const DeadlinesSnapshot& snapshot, const TempDatabase& db, const QDate& day)
{
    const Status s = snapshot.prepare(db.path(), day);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

} // namespace

class TestDeadlinesSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheDeadlinesUpToTheNextWorkingDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("nextWorkingDay");
        QTest::newRow("a Friday: the weekend and Monday") << kFriday << QDate(2026, 3, 16);
        QTest::newRow("a Tuesday: Wednesday") << QDate(2026, 3, 17) << QDate(2026, 3, 18);
        // The New Year holidays of 2026 (the decree): 31.12.2025 to 11.01.2026.
        QTest::newRow("before the New Year holidays") << QDate(2025, 12, 30) << QDate(2026, 1, 12);
    }
    void keepsTheDeadlinesUpToTheNextWorkingDay()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, nextWorkingDay);
        QCOMPARE(WorkCalendar().addWorkingDays(today, 1), nextWorkingDay);
        TempDatabase db;
        store(db, demo::school(today));
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        QVERIFY(!snapshot.find(db.path(), today));
        QVERIFY(!snapshot.isPrepared(db.path(), today));
        prepare(snapshot, db, today);
        QVERIFY(QFile::exists(snapshot.fileFor(db.path())));
        QVERIFY(snapshot.isPrepared(db.path(), today));
        int nonEmpty = 0;
        for (QDate day = today; day <= nextWorkingDay; day = day.addDays(1)) {
            const std::optional<QList<DeadlineItem>> kept = snapshot.find(db.path(), day);
            QVERIFY2(kept, qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(*kept, collected(db, day));
            nonEmpty += kept->isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty > 0); // the demo school has deadlines: the lists compared are not all empty
        // Not the day before, nor beyond the next working day.
        QVERIFY(!snapshot.find(db.path(), today.addDays(-1)));
        QVERIFY(!snapshot.find(db.path(), nextWorkingDay.addDays(1)));
        // On the next working day the lists are there, but not those of the day after it.
        QVERIFY(!snapshot.isPrepared(db.path(), nextWorkingDay));
    }

    void anyChangeOfTheFileSetsThemAside()
    {
        TempDatabase db;
        Dataset school = demo::school(kFriday);
        store(db, school);
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        prepare(snapshot, db, kFriday);
        const QList<DeadlineItem> before = collected(db, kFriday);
        QVERIFY(!before.isEmpty());
        QVERIFY(snapshot.find(db.path(), kFriday));

        // A name with quotes and an emoji, written as every change is.
        const QString person = before.constFirst().people.constFirst();
        {
            Transaction t(db.connection());
            QSqlQuery q(db.connection());
            q.prepare(u"UPDATE person SET last_name = ? WHERE id = ?"_s);
            q.addBindValue(u"О'Коннор «Новая» 🙂"_s);
            q.addBindValue(person);
            QVERIFY(q.exec());
            QVERIFY(t.commit().ok());
        }
        QVERIFY(!snapshot.find(db.path(), kFriday));
        QVERIFY(!snapshot.isPrepared(db.path(), kFriday));
        prepare(snapshot, db, kFriday);
        const std::optional<QList<DeadlineItem>> kept = snapshot.find(db.path(), kFriday);
        QVERIFY(kept);
        QCOMPARE(*kept, collected(db, kFriday));
        QVERIFY(*kept != before);

        // Reading leaves the file as it is: the lists stay good.
        QCOMPARE(collected(db, kFriday.addDays(1)), *snapshot.find(db.path(), kFriday.addDays(1)));
        QVERIFY(snapshot.find(db.path(), kFriday));
    }

    void keptOnlyForThisFileAndLanguage()
    {
        TempDatabase db;
        store(db, demo::school(kFriday));
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        prepare(snapshot, db, kFriday);
        QVERIFY(snapshot.find(db.path(), kFriday));

        // The sentences are of the UI language.
        const QLocale language;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia) == language
                                ? QLocale(QLocale::English)
                                : QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY(!snapshot.find(db.path(), kFriday));
        QLocale::setDefault(language);
        QVERIFY(snapshot.find(db.path(), kFriday));

        // A copy of the file elsewhere (even with the lists of the original beside it) has none.
        const QString copy = db.dir() + u"/copy.sqlite"_s;
        QVERIFY(QFile::copy(db.path(), copy));
        QVERIFY(!snapshot.find(copy, kFriday));
        QVERIFY(QFile::copy(snapshot.fileFor(db.path()), snapshot.fileFor(copy)));
        QVERIFY(!snapshot.find(copy, kFriday));

        // Another folder has no lists.
        const QTemporaryDir other;
        QVERIFY(!DeadlinesSnapshot(other.path()).find(db.path(), kFriday));
    }

    void damagedListsAreIgnored_data()
    {
        QTest::addColumn<int>("cut"); // bytes kept of the file (-1: all)
        QTest::addColumn<int>("flip"); // a byte changed at this offset from the end (-1: none)
        QTest::newRow("empty") << 0 << -1;
        QTest::newRow("only the magic") << 4 << -1;
        QTest::newRow("cut in the header") << 60 << -1;
        QTest::newRow("cut in the lists") << -2 << -1;
        QTest::newRow("a byte changed in the last list") << -1 << 200;
        QTest::newRow("the last byte changed") << -1 << 1;
    }
    void damagedListsAreIgnored()
    {
        QFETCH(int, cut);
        QFETCH(int, flip);
        TempDatabase db;
        store(db, demo::school(kFriday));
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        prepare(snapshot, db, kFriday);
        const QString file = snapshot.fileFor(db.path());
        QByteArray bytes = readFile(file);
        QVERIFY(bytes.size() > 1000);
        if (cut == -2)
            bytes.truncate(bytes.size() - 100);
        else if (cut >= 0)
            bytes.truncate(cut);
        if (flip > 0)
            bytes[bytes.size() - flip] = char(bytes.at(bytes.size() - flip) ^ 0x5a);
        QVERIFY(writeFile(file, bytes));
        // No list of a damaged file is used.
        for (QDate day = kFriday; day <= kFriday.addDays(3); day = day.addDays(1))
            QVERIFY(!snapshot.find(db.path(), day));
        QVERIFY(!snapshot.isPrepared(db.path(), kFriday));
        // Prepared again over the damaged file.
        prepare(snapshot, db, kFriday);
        QVERIFY(snapshot.find(db.path(), kFriday.addDays(3)));
    }

    void nothingKeptWhenTheFileCannotTellItsChanges()
    {
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        {
            // A journal beside the file: a write under way, or one to be rolled back.
            TempDatabase db;
            store(db, demo::school(kFriday));
            QVERIFY(writeFile(db.path() + u"-journal"_s, QByteArray()));
            prepare(snapshot, db, kFriday);
            QVERIFY(!QFile::exists(snapshot.fileFor(db.path())));
            QVERIFY(QFile::remove(db.path() + u"-journal"_s));
            prepare(snapshot, db, kFriday);
            QVERIFY(snapshot.find(db.path(), kFriday));
            QVERIFY(writeFile(db.path() + u"-journal"_s, QByteArray()));
            QVERIFY(!snapshot.find(db.path(), kFriday));
            QVERIFY(QFile::remove(db.path() + u"-journal"_s));
        }
        {
            // WAL mode: the header's change counter does not move.
            TempDatabase db;
            store(db, demo::school(kFriday));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
            prepare(snapshot, db, kFriday);
            QVERIFY(!snapshot.find(db.path(), kFriday));
            QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        // Not an SQLite file, or none.
        const QString text = cache.path() + u"/text.sqlite"_s;
        QVERIFY(writeFile(text, QByteArray(200, 'x')));
        prepare(snapshot, TempDatabase(), kFriday);
        QVERIFY(snapshot.prepare(text, kFriday).ok());
        QVERIFY(!snapshot.find(text, kFriday));
        QVERIFY(!snapshot.find(cache.path() + u"/missing.sqlite"_s, kFriday));
    }

    void aFolderThatCannotBeWrittenIsSaid()
    {
        TempDatabase db;
        store(db, demo::school(kFriday));
        const QTemporaryDir cache;
        // A file where the folder should be.
        const QString folder = cache.path() + u"/deadlines"_s;
        QVERIFY(writeFile(folder, "not a folder"));
        const DeadlinesSnapshot snapshot(folder);
        const Status s = snapshot.prepare(db.path(), kFriday);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(snapshot.fileFor(db.path())), qPrintable(s.error()));
        QVERIFY(!snapshot.find(db.path(), kFriday));
        QCOMPARE(readFile(folder), QByteArray("not a folder"));
    }

    void cancelledKeepsNothing()
    {
        TempDatabase db;
        store(db, demo::school(kFriday));
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        const std::atomic<bool> cancelled(true);
        QVERIFY(snapshot.prepare(db.path(), kFriday, &cancelled).ok());
        QVERIFY(!QFile::exists(snapshot.fileFor(db.path())));
    }

    void staleListsOfOtherFilesGo()
    {
        TempDatabase db;
        store(db, demo::school(kFriday));
        const QTemporaryDir cache;
        const DeadlinesSnapshot snapshot(cache.path());
        const QString old = cache.path() + u"/0000.deadlines"_s;
        const QString recent = cache.path() + u"/1111.deadlines"_s;
        QVERIFY(writeFile(old, "old"));
        QVERIFY(writeFile(recent, "recent"));
        QFile oldFile(old);
        QVERIFY(oldFile.open(QIODevice::ReadWrite));
        QVERIFY(oldFile.setFileTime(QDateTime::currentDateTime().addDays(-DeadlinesSnapshot::kKeepDays - 1),
                                    QFileDevice::FileModificationTime));
        oldFile.close();
        prepare(snapshot, db, kFriday);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        QVERIFY(snapshot.find(db.path(), kFriday));
    }
};

QTEST_GUILESS_MAIN(TestDeadlinesSnapshot)
#include "tst_deadlinessnapshot.moc"
