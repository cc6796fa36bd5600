#include "TestSupport.h"
#include "storage/BulkInsert.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

/// A table of its own in a fresh database, with a CHECK of a list as the schema has them.
struct Fixture
{
    TempDatabase db;
    Fixture()
    {
        QSqlQuery q(db.connection());
        if (!q.exec(
                u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, x REAL, data BLOB, "
                "status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')))"_s))
            qFatal("the test table could not be made");
    }
    /// Every row as "id|name|typeof(name)|n|typeof(n)|x|data|status".
    QStringList rows() const
    {
        QStringList result;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id, name, typeof(name), n, typeof(n), x, hex(data), status FROM t ORDER BY id"_s);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row << q.value(i).toString();
            result << row.join(u'|');
        }
        return result;
    }
};

const QStringList kColumns { u"id"_s, u"name"_s, u"n"_s, u"x"_s, u"data"_s, u"status"_s };

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT

private slots:
    void bindsAsQSqlQueryDoes()
    {
        Fixture f;
        sql::BulkInsert insert(f.db.connection(), u"t"_s, kColumns);
        QVERIFY(insert.isPrepared());
        const QString quoted = u"О'Коннор «Ёж» \"🙂\""_s;
        QVERIFY(insert.insert({ 1, quoted, 7, 2.5, QByteArray("\x00\x01", 2), u"done"_s }));
        QVERIFY(insert.insert({ 2,
                                QString(),
                                QVariant(QMetaType::fromType<int>()),
                                QVariant(QMetaType::fromType<double>()),
                                QVariant(QMetaType::fromType<QByteArray>()),
                                u"planned"_s }));
        QVERIFY(
            insert.insert({ 3, u""_s, true, 0, QVariant(QMetaType::fromType<QString>()), u"cancelled"_s }));
        QVERIFY(insert.flush());
        QCOMPARE(f.rows(),
                 (QStringList { u"1|%1|text|7|integer|2.5|0001|done"_s.arg(quoted),
                                u"2||null||null|||planned"_s,
                                u"3||text|1|integer|0||cancelled"_s }));
    }

    void rowsGoTogetherAndTheRestWithFlush()
    {
        Fixture f;
        Transaction t(f.db.connection());
        sql::BulkInsert insert(f.db.connection(), u"t"_s, kColumns, 64);
        for (int i = 1; i <= 150; ++i)
            QVERIFY(insert.insert({ i,
                                    u"row %1"_s.arg(i),
                                    i,
                                    QVariant(QMetaType::fromType<double>()),
                                    QByteArray(),
                                    u"planned"_s }));
        // Two statements of 64 rows written, 22 rows kept.
        QCOMPARE(f.rows().size(), 128);
        QVERIFY(insert.flush());
        QVERIFY(insert.flush()); // nothing more to write
        QVERIFY(t.commit().ok());
        const QStringList rows = f.rows();
        QCOMPARE(rows.size(), 150);
        QCOMPARE(rows.first(), u"1|row 1|text|1|integer|||planned"_s);
        QCOMPARE(rows.last(), u"150|row 150|text|150|integer|||planned"_s);
    }

    void theRowThatFailsIsNamed_data()
    {
        QTest::addColumn<int>("rowsPerStatement");
        QTest::addColumn<int>("bad");
        QTest::newRow("one row a statement") << 1 << 70;
        QTest::newRow("in a full statement") << 64 << 70;
        QTest::newRow("among the rows written by flush") << 64 << 140;
    }
    void theRowThatFailsIsNamed()
    {
        QFETCH(int, rowsPerStatement);
        QFETCH(int, bad);
        Fixture f;
        Transaction t(f.db.connection());
        sql::BulkInsert insert(f.db.connection(), u"t"_s, kColumns, rowsPerStatement);
        bool ok = true;
        for (int i = 1; i <= 150 && ok; ++i)
            ok = insert.insert({ i, u"x"_s, i, 1.0, QByteArray(), i == bad ? u"lost"_s : u"done"_s },
                               u"row %1"_s.arg(i));
        if (ok)
            ok = insert.flush();
        QVERIFY(!ok);
        QCOMPARE(insert.failedRecord(), u"row %1"_s.arg(bad));
        QVERIFY2(insert.error().contains(u"CHECK constraint failed"_s), qPrintable(insert.error()));
    }

    void aDuplicateIsNamed()
    {
        Fixture f;
        Transaction t(f.db.connection());
        sql::BulkInsert insert(f.db.connection(), u"t"_s, kColumns, 64);
        for (int i = 1; i <= 64; ++i) {
            const bool ok = insert.insert({ i == 64 ? 5 : i, u"x"_s, i, 1.0, QByteArray(), u"done"_s },
                                          u"row %1"_s.arg(i));
            QCOMPARE(ok, i < 64);
        }
        QCOMPARE(insert.failedRecord(), u"row 64"_s);
        QVERIFY2(insert.error().contains(u"UNIQUE"_s), qPrintable(insert.error()));
    }

    void aTableThatIsNotThereIsSaid()
    {
        Fixture f;
        sql::BulkInsert insert(f.db.connection(), u"missing"_s, kColumns, 64);
        QVERIFY(!insert.isPrepared());
        QVERIFY2(insert.error().contains(u"missing"_s), qPrintable(insert.error()));
        QVERIFY(!insert.insert({ 1, u"x"_s, 1, 1.0, QByteArray(), u"done"_s }));
        QVERIFY(!insert.flush());
    }

    void manyColumnsStayWithinSQLitesLimit()
    {
        // 40 columns × 64 rows would be 2,560 parameters: fewer rows go together.
        TempDatabase db;
        QStringList columns;
        for (int i = 0; i < 40; ++i)
            columns << u"c%1"_s.arg(i);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"CREATE TABLE wide (%1)"_s.arg(columns.join(u", "_s))));
        sql::BulkInsert insert(db.connection(), u"wide"_s, columns, 64);
        QVERIFY2(insert.isPrepared(), qPrintable(insert.error()));
        QVariantList values;
        for (int i = 0; i < 40; ++i)
            values << i;
        for (int r = 0; r < 100; ++r)
            QVERIFY(insert.insert(values));
        QVERIFY(insert.flush());
        QVERIFY(q.exec(u"SELECT count(*), sum(c39) FROM wide"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        QCOMPARE(q.value(1).toInt(), 3900);
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
