// sql::readInParallel (ParallelRead.h): the parts of one read side by side on two connections,
// one state of the file, and the cases read on the caller's connection alone.

#include "TestSupport.h"
#include "storage/ParallelRead.h"
#include "storage/Transaction.h"

#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

/// How many people the connection sees.
int people(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM person"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool addPerson(const QSqlDatabase& db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO person (id, last_name, first_name, kind) VALUES (?, 'Иванова', 'Анна', 'teacher')"_s);
    q.addBindValue(id);
    return q.exec();
}

} // namespace

class TestParallelRead : public QObject
{
    Q_OBJECT

private slots:
    void partsRunSideBySide()
    {
        test::TempDatabase t;
        QVERIFY(addPerson(t.connection(), u"p1"_s));
        // The first two parts wait for each other: they can only both finish side by side.
        QSemaphore started;
        QMutex mutex;
        QSet<QString> connections;
        QList<int> seen(4, -1);
        std::atomic<bool> together = true;
        QList<sql::ReadPart> parts;
        for (int i = 0; i < 4; ++i) {
            parts << [&, i](const QSqlDatabase& db) {
                if (i < 2) {
                    started.release();
                    if (!started.tryAcquire(2, 10000))
                        together = false;
                    started.release(2);
                }
                const QMutexLocker lock(&mutex);
                connections.insert(db.connectionName());
                seen[i] = people(db);
                return Status::success();
            };
        }
        int resets = 0;
        const Status s = sql::readInParallel(t.connection(), parts, [&] { ++resets; });
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(together);
        QCOMPARE(resets, 0);
        QCOMPARE(connections.size(), 2);
        QVERIFY(connections.contains(t.connection().connectionName()));
        QCOMPARE(seen, QList<int>(4, 1));
    }

    void aChangeMeanwhileIsReadAgain()
    {
        test::TempDatabase t;
        QVERIFY(addPerson(t.connection(), u"p1"_s));
        // Another connection commits while the first try runs: the read starts over and the
        // result is that of the file after the change, whole.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(t.path());
        QVERIFY(other.open());
        int tries = 0;
        int first = -1;
        int second = -1;
        const QList<sql::ReadPart> parts{
            [&](const QSqlDatabase& db) {
                first = people(db);
                return Status::success();
            },
            [&](const QSqlDatabase& db) {
                if (tries++ == 0) {
                    // Written from this part's thread on a connection of its own.
                    const QString name = u"writer-%1"_s.arg(quintptr(QThread::currentThreadId()));
                    {
                        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                        writer.setDatabaseName(t.path());
                        writer.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
                        if (!writer.open() || !addPerson(writer, u"p2"_s))
                            return Status::failure(u"the other write failed"_s);
                        writer.close();
                    }
                    QSqlDatabase::removeDatabase(name);
                }
                second = people(db);
                return Status::success();
            },
        };
        int resets = 0;
        const Status s = sql::readInParallel(t.connection(), parts, [&] {
            ++resets;
            first = second = -1;
        });
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(resets, 1);
        QCOMPARE(first, 2);
        QCOMPARE(second, 2);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    }

    void insideATransactionReadsAlone()
    {
        test::TempDatabase t;
        Transaction tx(t.connection());
        QVERIFY(tx.isActive());
        QVERIFY(addPerson(t.connection(), u"p1"_s));
        // The change is not committed: only the caller's connection sees it.
        QSet<QString> connections;
        QList<int> seen;
        QList<sql::ReadPart> parts;
        for (int i = 0; i < 3; ++i) {
            parts << [&](const QSqlDatabase& db) {
                connections.insert(db.connectionName());
                seen << people(db);
                return Status::success();
            };
        }
        QVERIFY(sql::readInParallel(t.connection(), parts, [] {}).ok());
        QCOMPARE(connections, QSet<QString>{t.connection().connectionName()});
        QCOMPARE(seen, QList<int>(3, 1));
        tx.rollback();
    }

    void inMemoryReadsAlone()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"memory"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSet<QString> connections;
        const sql::ReadPart part = [&](const QSqlDatabase& c) {
            connections.insert(c.connectionName());
            return Status::success();
        };
        QVERIFY(sql::readInParallel(db, {part, part, part}, [] {}).ok());
        QCOMPARE(connections, QSet<QString>{u"memory"_s});
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"memory"_s);
    }

    void aFailureIsTheCallersOwn()
    {
        test::TempDatabase t;
        const QString own = t.connection().connectionName();
        // A part failing on the second connection only: read again on the caller's, it succeeds.
        std::atomic<int> calls = 0;
        const sql::ReadPart picky = [&](const QSqlDatabase& db) {
            ++calls;
            return db.connectionName() == own ? Status::success() : Status::failure(u"not here"_s);
        };
        int resets = 0;
        QVERIFY(sql::readInParallel(t.connection(), {picky, picky, picky, picky}, [&] { ++resets; }).ok());
        QVERIFY(calls >= 4);
        // A part failing everywhere: its message is the result.
        const QList<sql::ReadPart> parts{
            [](const QSqlDatabase&) { return Status::failure(u"people could not be read"_s); },
            [](const QSqlDatabase&) { return Status::success(); },
        };
        const Status s = sql::readInParallel(t.connection(), parts, [] {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), u"people could not be read"_s);
    }
};

QTEST_GUILESS_MAIN(TestParallelRead)
#include "tst_parallelread.moc"
