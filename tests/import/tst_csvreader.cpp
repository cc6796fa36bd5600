#include "TestSupport.h"
#include "import/CsvReader.h"
#include "import/TableReader.h"

#include <QStringDecoder>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::import;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(nastavnik::import::TextEncoding)

namespace {
// «Фамилия;Имя» and «Иванова;Мария» in Windows-1251, byte by byte.
const QByteArray kWindows1251Header = QByteArray::fromHex("d4e0ece8ebe8ff3bc8ecff");
const QByteArray kWindows1251Row = QByteArray::fromHex("c8e2e0edeee2e03bcce0f0e8ff");
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        const QByteArray utf8 = u"Фамилия;Имя\r\nИванова;Мария\r\n"_s.toUtf8();
        QTest::newRow("UTF-8 without BOM") << utf8 << TextEncoding::Utf8;
        QTest::newRow("UTF-8 with BOM (Excel «CSV UTF-8»)")
            << QByteArray("\xEF\xBB\xBF") + utf8 << TextEncoding::Utf8;
        QTest::newRow("Windows-1251 (Excel «CSV»)") << kWindows1251Header + "\r\n" + kWindows1251Row + "\r\n"
                                                    << TextEncoding::Windows1251;
        QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 with BOM (Excel «Unicode text»)")
            << QByteArray(toUtf16.encode(u"Фамилия\tИмя\r\nИванова\tМария\r\n"_s)) << TextEncoding::Utf16;
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
        const Table t = CsvReader::parse(bytes);
        QCOMPARE(t.encoding, encoding);
        QCOMPARE(t.rows, (Rows { { u"Фамилия"_s, u"Имя"_s }, { u"Иванова"_s, u"Мария"_s } }));
        QCOMPARE(t.rowNumbers, (QList<int> { 1, 2 }));
    }

    void explicitEncodingOverridesDetection()
    {
        // Bytes valid in both: read as told.
        const QByteArray bytes = u"Ёлкина"_s.toUtf8();
        QCOMPARE(CsvReader::parse(bytes).rows.value(0).value(0), u"Ёлкина"_s);
        ReadOptions options;
        options.encoding = TextEncoding::Windows1251;
        const Table t = CsvReader::parse(bytes, options);
        QCOMPARE(t.encoding, TextEncoding::Windows1251);
        QCOMPARE(t.rows.value(0).value(0), CsvReader::decodeWindows1251(bytes));
        QVERIFY(t.rows.value(0).value(0) != u"Ёлкина"_s);
    }

    void windows1251TableMatchesTheCodePage()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString table = CsvReader::decodeWindows1251(all);
        QCOMPARE(table.size(), 256);
        QCOMPARE(table.at(0xC0), QChar(u'А'));
        QCOMPARE(table.at(0xFF), QChar(u'я'));
        QCOMPARE(table.at(0xA8), QChar(u'Ё'));
        QCOMPARE(table.at(0xB8), QChar(u'ё'));
        QCOMPARE(table.at(0xB9), QChar(u'№'));
        QCOMPARE(table.at(0xAB), QChar(u'«'));
        QCOMPARE(table.at(0x96), QChar(u'–'));
        QStringDecoder icu("windows-1251");
        if (!icu.isValid())
            QSKIP("This Qt has no Windows-1251 codec to compare with; the table is used.");
        QCOMPARE(table, QString(icu.decode(all)));
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon (Russian Excel)") << u"Фамилия;Имя;Отчество\n"_s << QChar(u';');
        QTest::newRow("comma") << u"Фамилия,Имя,Отчество\n"_s << QChar(u',');
        QTest::newRow("tab") << u"Фамилия\tИмя\tОтчество\n"_s << QChar(u'\t');
        QTest::newRow("commas inside quotes do not count")
            << u"\"Фамилия, имя, отчество\";Дата\n"_s << QChar(u';');
        QTest::newRow("only the header line decides") << u"ФИО;Дата\nа,б,в,г,д\n"_s << QChar(u';');
        QTest::newRow("leading empty lines skipped") << u"\n\nФамилия,Имя\n"_s << QChar(u',');
        QTest::newRow("one column") << u"Фамилия\nИванова\n"_s << QChar(u';');
    }
    void delimiters()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void explicitDelimiterOverridesDetection()
    {
        ReadOptions options;
        options.delimiter = u',';
        const Table t = CsvReader::parse("a;b,c\n", options);
        QCOMPARE(t.delimiter, QChar(u','));
        QCOMPARE(t.rows, (Rows { { u"a;b"_s, u"c"_s } }));
    }

    void quotingAndLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("numbers");
        QTest::newRow("delimiter inside quotes")
            << u"\"Иванова; Мария\";x\n"_s << Rows { { u"Иванова; Мария"_s, u"x"_s } } << QList<int> { 1 };
        QTest::newRow("doubled quotes")
            << u"\"МОУ \"\"Ялунинская СОШ\"\"\";x\n"_s << Rows { { u"МОУ \"Ялунинская СОШ\""_s, u"x"_s } }
            << QList<int> { 1 };
        QTest::newRow("line break inside quotes counts as one row")
            << u"\"строка 1\nстрока 2\";x\r\nb;y\r\n"_s
            << Rows { { u"строка 1\nстрока 2"_s, u"x"_s }, { u"b"_s, u"y"_s } } << QList<int> { 1, 2 };
        QTest::newRow("CRLF") << u"a;b\r\nc;d\r\n"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } }
                              << QList<int> { 1, 2 };
        QTest::newRow("CR only (old Mac)")
            << u"a;b\rc;d"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } } << QList<int> { 1, 2 };
        QTest::newRow("no line end at the end")
            << u"a;b\nc;d"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } } << QList<int> { 1, 2 };
        QTest::newRow("empty lines skipped, numbers kept")
            << u"a;b\n\n\nc;d\n\n"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } }
            << QList<int> { 1, 4 };
        QTest::newRow("lines of only delimiters are empty")
            << u"a;b\n;;;\n  ; \nc;d\n"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } }
            << QList<int> { 1, 4 };
        QTest::newRow("trailing empty columns dropped")
            << u"a;b;;;\nc;;;\n"_s << Rows { { u"a"_s, u"b"_s }, { u"c"_s } } << QList<int> { 1, 2 };
        QTest::newRow("ragged rows") << u"a;b;c\nd\ne;f;g;h\n"_s
                                     << Rows { { u"a"_s, u"b"_s, u"c"_s },
                                               { u"d"_s },
                                               { u"e"_s, u"f"_s, u"g"_s, u"h"_s } }
                                     << QList<int> { 1, 2, 3 };
        QTest::newRow("empty cells in the middle kept")
            << u"a;;c\n"_s << Rows { { u"a"_s, QString(), u"c"_s } } << QList<int> { 1 };
        QTest::newRow("quote inside an unquoted field is text")
            << u"ООО \"Ромашка\";x\n"_s << Rows { { u"ООО \"Ромашка\""_s, u"x"_s } } << QList<int> { 1 };
        QTest::newRow("unclosed quote takes the rest")
            << u"a;\"b\nc"_s << Rows { { u"a"_s, u"b\nc"_s } } << QList<int> { 1 };
        QTest::newRow("quoted empty field")
            << u"\"\";x\n"_s << Rows { { QString(), u"x"_s } } << QList<int> { 1 };
    }
    void quotingAndLines()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, numbers);
        const Table t = CsvReader::parseText(text, u';');
        QCOMPARE(t.rows, rows);
        QCOMPARE(t.rowNumbers, numbers);
        int widest = 0;
        for (const QStringList& r : rows)
            widest = std::max(widest, int(r.size()));
        QCOMPARE(t.columnCount, widest);
    }

    void tenThousandRows()
    {
        QByteArray bytes = "\xEF\xBB\xBF" + u"Фамилия;Имя;Отчество;Дата рождения;Примечание\r\n"_s.toUtf8();
        for (int i = 1; i <= 10000; ++i) {
            bytes += u"Фамилия%1;Имя%1;Отчество%1;%2;\"заметка; \"\"%1\"\"\nвторая строка\"\r\n"_s.arg(i)
                         .arg(QDate(1970, 1, 1).addDays(i).toString(u"dd.MM.yyyy"_s))
                         .toUtf8();
            if (i % 1000 == 0)
                bytes += "\r\n"; // an empty line now and then
        }
        const Table t = CsvReader::parse(bytes);
        QCOMPARE(t.rows.size(), 10001);
        QCOMPARE(t.columnCount, 5);
        QCOMPARE(t.rows.at(1).at(0), u"Фамилия1"_s);
        QCOMPARE(t.rows.at(10000).at(3), QDate(1970, 1, 1).addDays(10000).toString(u"dd.MM.yyyy"_s));
        QCOMPARE(t.rows.at(777).at(4), u"заметка; \"777\"\nвторая строка"_s);
        // Each thousand rows one empty line: row 1001 is followed by an empty line 1002.
        QCOMPARE(t.rowNumbers.at(1000), 1001);
        QCOMPARE(t.rowNumbers.at(1001), 1003);
        QCOMPARE(t.rowNumbers.last(), 10010);
    }

    void readsFilesThroughTableReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"сотрудники.csv"_s);
        QVERIFY(test::writeFile(path, kWindows1251Header + "\r\n" + kWindows1251Row + "\r\n"));
        const Result<Table> t = TableReader::read(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->format, FileFormat::Csv);
        QCOMPARE(t->encoding, TextEncoding::Windows1251);
        QCOMPARE(t->rows.value(1), (QStringList { u"Иванова"_s, u"Мария"_s }));
    }

    void refusesWhatIsNotATable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("old Excel .xls")
            << u"список.xls"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12) << u"97–2003"_s;
        QTest::newRow("binary file") << u"фото.csv"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                                     << u"neither a CSV file nor an Excel workbook"_s;
        QTest::newRow("text named .xlsx")
            << u"список.xlsx"_s << QByteArray("Фамилия;Имя") << u"damaged or is not an Excel workbook"_s;
    }
    void refusesWhatIsNotATable()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(test::writeFile(path, bytes));
        const Result<Table> t = TableReader::read(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(name), qPrintable(t.error()));
        QVERIFY2(t.error().contains(expected), qPrintable(t.error()));
        QVERIFY2(t.error().contains(u".xlsx"_s) && t.error().contains(u".csv"_s), qPrintable(t.error()));
    }

    void missingFileNamesTheFile()
    {
        QTemporaryDir dir;
        const Result<Table> t = TableReader::read(dir.filePath(u"нет такого.csv"_s));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(u"нет такого.csv"_s), qPrintable(t.error()));
    }

    void emptyFileIsAnEmptyTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"пусто.csv"_s);
        QVERIFY(test::writeFile(path, QByteArray()));
        const Result<Table> t = TableReader::read(path);
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 0);
        QCOMPARE(t->columnCount, 0);
    }

    void columnLetters_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("letters");
        QTest::newRow("first") << 0 << u"A"_s;
        QTest::newRow("last single") << 25 << u"Z"_s;
        QTest::newRow("first double") << 26 << u"AA"_s;
        QTest::newRow("AZ") << 51 << u"AZ"_s;
        QTest::newRow("last column of Excel") << 16383 << u"XFD"_s;
    }
    void columnLetters()
    {
        QFETCH(int, column);
        QFETCH(QString, letters);
        QCOMPARE(import::columnLetters(column), letters);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
