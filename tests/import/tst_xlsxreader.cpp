#include "TestSupport.h"
#include "XlsxFixtures.h"
#include "import/TableReader.h"
#include "import/XlsxReader.h"

#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::import;
using namespace Qt::StringLiterals;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixtures::writeWorkbooks(m_dir.path()));
    }

    void readsStringsNumbersDatesAndGaps()
    {
        const QString path = m_dir.filePath(u"employees.xlsx"_s);
        const Result<Table> t = TableReader::read(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->format, FileFormat::Xlsx);
        QCOMPARE(t->sheets, QStringList { u"Сотрудники"_s });
        QCOMPARE(t->rowNumbers, (QList<int> { 1, 2, 4, 5 }));
        QCOMPARE(t->columnCount, 8);
        QCOMPARE(t->rows.at(0).at(3), u"Дата рождения"_s);
        QCOMPARE(t->rows.at(1),
                 (QStringList { u"Иванова"_s,
                                u"Мария"_s,
                                u"Петровна"_s,
                                u"01.05.1980"_s,
                                u"12"_s,
                                u"79120000000"_s,
                                XlsxReader::tr("TRUE"),
                                u"1500"_s }));
        QCOMPARE(t->rows.at(2),
                 (QStringList { u"Петров"_s,
                                QString(),
                                QString(),
                                u"31.12.1975"_s,
                                u"12.5"_s,
                                QString(),
                                XlsxReader::tr("FALSE") }));
        QCOMPARE(t->rows.at(3),
                 (QStringList { u"Сидорова"_s, u"Анна"_s, QString(), u"03.02.2001 14:30"_s, u"5"_s }));
    }

    void inlineStringsOfConstantMemoryMode()
    {
        const QString path = m_dir.filePath(u"inline.xlsx"_s);
        QVERIFY(fixtures::readPart(path, u"xl/worksheets/sheet1.xml"_s).contains("inlineStr"));
        const Result<Table> t = TableReader::read(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->rows.value(1),
                 (QStringList { u"Кузнецова Ольга Игоревна"_s, QString(), u"после пропуска"_s }));
    }

    void severalSheets()
    {
        const QString path = m_dir.filePath(u"school.xlsx"_s);
        Result<Table> first = TableReader::read(path);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->sheets, (QStringList { u"Служебный"_s, u"Учителя"_s, u"Ученики"_s }));
        QCOMPARE(first->sheet, 1); // the first visible one
        QCOMPARE(first->rows.value(0).value(0), u"Иванова"_s);

        ReadOptions options;
        options.sheet = 2;
        Result<Table> third = TableReader::read(path, options);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->sheet, 2);
        QCOMPARE(third->rows.size(), 2);
        QCOMPARE(third->rows.value(1).value(0), u"Кузнецов"_s);

        options.sheet = 7;
        Result<Table> none = TableReader::read(path, options);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(u"school.xlsx"_s), qPrintable(none.error()));
    }

    void handmadeWorkbookWith1904Dates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mac.xlsx"_s);
        // 27759 in the 1904 system is 1 January 1980. Cells without references follow the
        // previous one; `t="d"` holds an ISO date; phonetic hints are not text.
        QVERIFY(fixtures::writeZip(path, fixtures::handmadeBook(fixtures::sheet(fixtures::kRows1904))));
        const Result<Table> t = XlsxReader::readFile(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->sheets, QStringList { u"Список"_s });
        QCOMPARE(t->rowNumbers, (QList<int> { 1, 3, 4 }));
        QCOMPARE(t->rows.at(0), (QStringList { u"Фамилия"_s, QString(), u"Дата"_s }));
        QCOMPARE(
            t->rows.at(1),
            (QStringList {
                u"Иванова "_s, u"Анна"_s, u"01.01.1980"_s, u"02.01.1980"_s, u"09.09.1999"_s, u"#N/A"_s }));
        QCOMPARE(t->rows.at(2), (QStringList { u"Иванова"_s, u"3.14159"_s, XlsxReader::tr("FALSE") }));
    }

    void excelsFictitiousLeapDayIsShownAsSuch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"1900.xlsx"_s);
        auto parts = fixtures::handmadeBook(fixtures::sheet(fixtures::kRowsLeapDay));
        parts[2].second.replace("date1904=\"1\"", "date1904=\"false\"");
        QVERIFY(fixtures::writeZip(path, parts));
        const Result<Table> t = XlsxReader::readFile(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->rows.value(0), (QStringList { u"29.02.1900"_s, u"01.03.1900"_s }));
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated zip") << u"truncated"_s << u"damaged or is not an Excel workbook"_s;
        QTest::newRow("damaged compressed data") << u"corrupted"_s << u"damaged"_s;
        QTest::newRow("zip that is not a workbook") << u"not-xlsx"_s << u"not an Excel workbook (.xlsx)"_s;
        QTest::newRow("OpenDocument spreadsheet") << u"ods"_s << u"OpenDocument"_s;
        QTest::newRow("broken XML in the sheet") << u"bad-xml"_s << u"xl/worksheets/sheet1.xml"_s;
        QTest::newRow("sheet part missing") << u"no-sheet"_s << u"xl/worksheets/sheet1.xml"_s;
        QTest::newRow("shared string out of range") << u"bad-string"_s << u"xl/sharedStrings.xml"_s;
    }
    void refusesDamagedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"список.xlsx"_s);
        const QByteArray goodSheet = fixtures::sheet(fixtures::kRowsGood);
        if (kind == u"truncated" || kind == u"corrupted") {
            // A real workbook, big enough to have compressed data worth damaging.
            QVERIFY(QFile::copy(m_dir.filePath(u"big.xlsx"_s), path));
            QByteArray bytes = test::readFile(path);
            if (kind == u"truncated") {
                bytes.truncate(bytes.size() / 2);
            } else {
                // Damage the middle of every stored part, leaving the headers and directory alone.
                const qsizetype directory = bytes.lastIndexOf("PK\x01\x02");
                qsizetype at = 0;
                while ((at = bytes.indexOf("PK\x03\x04", at)) >= 0 && at < directory) {
                    const qsizetype next = bytes.indexOf("PK", at + 4);
                    for (qsizetype i = at + 80; i < next - 4 && i < at + 400; i += 7)
                        bytes[i] = char(bytes.at(i) ^ 0x5A);
                    at += 4;
                }
            }
            QVERIFY(test::writeFile(path, bytes));
        } else if (kind == u"not-xlsx") {
            QVERIFY(fixtures::writeZip(path, { { u"readme.txt"_s, "hello" } }));
        } else if (kind == u"ods") {
            QVERIFY(fixtures::writeZip(path,
                                       { { u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet" },
                                         { u"content.xml"_s, "<office:document-content/>" } }));
        } else if (kind == u"bad-xml") {
            QVERIFY(fixtures::writeZip(path, fixtures::handmadeBook(fixtures::sheet(fixtures::kRowsBadXml))));
        } else if (kind == u"no-sheet") {
            auto parts = fixtures::handmadeBook(goodSheet);
            parts.removeLast();
            QVERIFY(fixtures::writeZip(path, parts));
        } else if (kind == u"bad-string") {
            QVERIFY(
                fixtures::writeZip(path, fixtures::handmadeBook(fixtures::sheet(fixtures::kRowsBadString))));
        }
        const Result<Table> t = TableReader::read(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(u"список.xlsx"_s), qPrintable(t.error()));
        QVERIFY2(t.error().contains(expected), qPrintable(t.error()));
        QVERIFY2(t.error().contains(u".csv"_s), qPrintable(t.error()));
    }

    void dateFromSerial_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1900: day 1") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("1900: 28 February") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("1900: the leap day that never was") << 60.0 << false << QDate();
        QTest::newRow("1900: 1 March") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("1900: 1 January 1980") << 29221.0 << false << QDate(1980, 1, 1);
        QTest::newRow("1900: 1 January 2025") << 45658.0 << false << QDate(2025, 1, 1);
        QTest::newRow("1900: time of day ignored") << 45658.75 << false << QDate(2025, 1, 1);
        QTest::newRow("1900: zero is no date") << 0.0 << false << QDate();
        QTest::newRow("1900: negative") << -5.0 << false << QDate();
        QTest::newRow("1904: day 0") << 0.0 << true << QDate(1904, 1, 1);
        QTest::newRow("1904: 1 January 1980") << 27759.0 << true << QDate(1980, 1, 1);
        QTest::newRow("beyond 9999") << 3e6 << false << QDate();
    }
    void dateFromSerial()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QCOMPARE(XlsxReader::dateFromSerial(serial, date1904), date);
    }

    void isDateFormat_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("built-in 14 (short date)") << 14 << QString() << true;
        QTest::newRow("built-in 22 (date and time)") << 22 << QString() << true;
        QTest::newRow("built-in 0 (General)") << 0 << QString() << false;
        QTest::newRow("built-in 20 (h:mm)") << 20 << QString() << false;
        QTest::newRow("dd.mm.yyyy") << 164 << u"dd.mm.yyyy"_s << true;
        QTest::newRow("locale tag") << 165 << u"[$-419]d mmmm yyyy;@"_s << true;
        QTest::newRow("month and year") << 166 << u"mmm-yy"_s << true;
        QTest::newRow("Russian tokens") << 167 << u"ДД.ММ.ГГГГ"_s << true;
        QTest::newRow("time h:mm") << 168 << u"h:mm"_s << false;
        QTest::newRow("minutes and seconds") << 169 << u"mm:ss"_s << false;
        QTest::newRow("number") << 170 << u"0.00"_s << false;
        QTest::newRow("colour") << 171 << u"[Red]0.00"_s << false;
        QTest::newRow("quoted text with date letters") << 172 << u"0 \"дней\""_s << false;
        QTest::newRow("escaped letter") << 173 << u"0\\d"_s << false;
        QTest::newRow("General") << 174 << u"General"_s << false;
    }
    void isDateFormat()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxReader::isDateFormat(id, code), isDate);
    }

    void columnOfReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("column");
        QTest::newRow("A1") << u"A1"_s << 0;
        QTest::newRow("Z9") << u"Z9"_s << 25;
        QTest::newRow("AA10") << u"AA10"_s << 26;
        QTest::newRow("AB12") << u"AB12"_s << 27;
        QTest::newRow("XFD1") << u"XFD1"_s << 16383;
        QTest::newRow("lower case") << u"b2"_s << 1;
        QTest::newRow("no letters") << u"12"_s << -1;
        QTest::newRow("too far") << u"ZZZZ1"_s << -1;
    }
    void columnOfReference()
    {
        QFETCH(QString, reference);
        QFETCH(int, column);
        QCOMPARE(XlsxReader::columnOfReference(reference), column);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
