// sql::Cursor (Cursor.h): a statement stepped directly through SQLite gives the same values
// as QSqlQuery (texts with quotes and emoji, NULLs, integers, dates) and says why it failed.

#include "TestSupport.h"
#include "storage/Cursor.h"
#include "storage/PersonRecord.h"
#include "storage/SqlHelpers.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

class TestCursor : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQSqlQueryReads()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"CREATE TABLE sample (id INTEGER PRIMARY KEY, name TEXT, day TEXT, n INTEGER)"_s));
        const QList<QVariantList> rows{
            {u"Ёлкина «Алёна» O'Neil 👩‍🏫"_s, u"2026-03-02"_s, 42},
            {QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>()),
             QVariant(QMetaType::fromType<int>())},
            {u""_s, u"2026-02-30"_s, -7},  // an impossible day
            {u"x"_s, u"02.03.2026"_s, 0},  // not ISO
            {u"y"_s, u"2026-3-2"_s, 1},    // not ten characters
            {u"z"_s, u"2026-0a-02"_s, 2},  // not digits
        };
        for (const QVariantList& row : rows) {
            q.prepare(u"INSERT INTO sample (name, day, n) VALUES (?, ?, ?)"_s);
            for (const QVariant& v : row)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(sql::errorText(q)));
        }
        const QString select = u"SELECT id, name, day, n FROM sample WHERE id >= ? ORDER BY id"_s;
        QSqlQuery expected(t.connection());
        expected.prepare(select);
        expected.addBindValue(u"1"_s);
        QVERIFY(expected.exec());
        sql::Cursor cursor(t.connection(), select, {u"1"_s});
        int count = 0;
        while (cursor.next()) {
            QVERIFY(expected.next());
            const sql::QueryRow row{expected};
            QCOMPARE(cursor.integer(0), row.integer(0));
            QCOMPARE(cursor.text(1), row.text(1));
            QCOMPARE(cursor.text(1).isNull(), expected.value(1).isNull());
            QCOMPARE(cursor.isNull(1), expected.value(1).isNull());
            QCOMPARE(cursor.date(2), row.date(2));
            QCOMPARE(cursor.integer(3), row.integer(3));
            ++count;
        }
        QVERIFY(!expected.next());
        QVERIFY(cursor.status().ok());
        QCOMPARE(count, rows.size());
        QVERIFY(!cursor.next()); // stays at the end

        sql::Cursor first(t.connection(), select, {u"1"_s});
        QVERIFY(first.next());
        QCOMPARE(first.text(1), u"Ёлкина «Алёна» O'Neil 👩‍🏫"_s);
        QCOMPARE(first.date(2), QDate(2026, 3, 2));
        QCOMPARE(first.integer(3), 42);
    }

    void decodesTextAsQtDoes()
    {
        // Well-formed UTF-8 of every length (ASCII, Cyrillic, CJK, emoji with surrogates) and
        // bytes that are not (cut sequences, overlong forms, surrogates, beyond U+10FFFF): the
        // cursor's text is always what QString::fromUtf8 makes of the same bytes.
        QList<QByteArray> samples{
            "", "p12345", "\xd0\x81\xd0\xbb\xd0\xba\xd0\xb8\xd0\xbd\xd0\xb0", "\xe2\x80\x94", "\xf0\x9f\x91\xa9",
            "\xd0", "\xe2\x80", "\xf0\x9f\x91", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
            "\xff", "\x80" "abc", "abc\xd0\x81\xf0\x9f\x91\xa9" "def",
        };
        QRandomGenerator random(20261207);
        for (int i = 0; i < 300; ++i) {
            QString text;
            for (int n = int(random.bounded(12)); n > 0; --n) {
                char32_t c = 0;
                do
                    c = char32_t(random.bounded(i % 2 ? 0x110000u : 0x500u));
                while (QChar::isSurrogate(c) || c == 0);
                text += QString::fromUcs4(&c, 1);
            }
            samples << text.toUtf8();
            QByteArray bytes;
            for (int n = int(random.bounded(10)); n > 0; --n)
                bytes += char(random.bounded(256));
            samples << bytes.replace('\0', 'x');
        }
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"CREATE TABLE sample (id INTEGER PRIMARY KEY, name TEXT)"_s));
        for (const QByteArray& bytes : std::as_const(samples)) {
            q.prepare(u"INSERT INTO sample (name) VALUES (CAST(? AS TEXT))"_s);
            q.addBindValue(bytes);
            QVERIFY2(q.exec(), qPrintable(sql::errorText(q)));
        }
        sql::Cursor cursor(t.connection(), u"SELECT name FROM sample ORDER BY id"_s);
        for (const QByteArray& bytes : std::as_const(samples)) {
            QVERIFY(cursor.next());
            const QString text = cursor.text(0);
            QCOMPARE(text, QString::fromUtf8(bytes));
            QCOMPARE(text.capacity(), text.size());
        }
        QVERIFY(!cursor.next());
        QVERIFY(cursor.status().ok());
    }

    void readsACredentialAsTheQueryDoes()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"INSERT INTO person (id, last_name, first_name, kind) VALUES ('p1', 'Иванова', 'Анна', 'teacher')"_s));
        QVERIFY(q.exec(u"INSERT INTO credential (person_id, type, number, issued, valid_until, note) VALUES "
                       "('p1', 'medical_certificate', '№ 12/\"А\"', '2025-09-01', NULL, 'к делу')"_s));
        const QString select = u"SELECT "_s + record::credentialColumns() + u" FROM credential"_s;
        QVERIFY(q.exec(select) && q.next());
        const Credential expected = record::readCredential(q, 0);
        sql::Cursor cursor(t.connection(), select);
        QVERIFY(cursor.next());
        const Credential actual = record::readCredential(cursor, 0);
        QCOMPARE(actual.number, expected.number);
        QCOMPARE(actual.issued, QDate(2025, 9, 1));
        QVERIFY(!actual.validUntil.isValid());
        QCOMPARE(actual.note, u"к делу"_s);
        QVERIFY(actual == expected);
    }

    void saysWhyItFailed()
    {
        test::TempDatabase t;
        sql::Cursor wrong(t.connection(), u"SELECT name FROM nowhere"_s);
        QVERIFY(!wrong.next());
        QVERIFY(!wrong.status().ok());
        QVERIFY2(wrong.status().error().contains(u"nowhere"_s), qPrintable(wrong.status().error()));

        sql::Cursor tooMany(t.connection(), u"SELECT ?"_s, {u"a"_s, u"b"_s});
        QVERIFY(!tooMany.next());
        QVERIFY(!tooMany.status().ok());

        QSqlDatabase closed;
        sql::Cursor none(closed, u"SELECT 1"_s);
        QVERIFY(!none.next());
        QVERIFY(!none.status().ok());
    }
};

QTEST_GUILESS_MAIN(TestCursor)
#include "tst_cursor.moc"
