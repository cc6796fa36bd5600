#include "MonitoringTestData.h"
#include "TestSupport.h"
#include "exports/Registers.h"
#include "import/XlsxReader.h"
#include "util/Zip.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 5, 10);

Consent consent(const QString& id, const QString& person, const QString& type, const QDate& date,
                const QDate& withdrawn = {}, const QString& signer = {})
{
    Consent c;
    c.id = id;
    c.person = person;
    c.type = type;
    c.date = date;
    c.withdrawn = withdrawn;
    c.signedBy = signer.isEmpty() ? person : signer;
    return c;
}

/// The small school with positions, competencies and consents to distribution of every kind.
Dataset school()
{
    Dataset d = test::monitoringSchool();
    d.people[0].position = u"учитель математики"_s;
    d.people[0].competencies = u"олимпиады; проекты «Умники»"_s;
    d.people[0].phone = u"+7 900 000-00-01"_s;
    d.people[0].birthDate = QDate(1980, 5, 1);
    d.people[1].position = u"учитель физики"_s;
    d.people[7].mentorBase = true; // no consent at all
    d.people[5].mentorBase = true; // a pupil mentor, a minor
    d.people[5].birthDate = QDate(2011, 3, 3);
    d.people[6].mentorBase = true; // a pupil mentor whose parent signed
    d.people[6].birthDate = QDate(2010, 4, 4);
    d.people[6].position = u"обучающийся 10 класса"_s;
    d.consents = {
        consent(u"c1"_s, u"p1"_s, u"distribution"_s, QDate(2026, 1, 10)),
        consent(u"c2"_s, u"p2"_s, u"distribution"_s, QDate(2026, 1, 10), QDate(2026, 3, 1)), // withdrawn
        consent(u"c3"_s, u"p3"_s, u"distribution"_s, QDate(2026, 1, 10)),                    // not a mentor
        consent(u"c4"_s, u"p6"_s, u"distribution"_s, QDate(2026, 1, 10)),                    // signed by a minor
        consent(u"c5"_s, u"p7"_s, u"distribution"_s, QDate(2026, 1, 10), {}, u"p8"_s),       // a parent signed
        consent(u"c6"_s, u"p8"_s, u"personal_data"_s, QDate(2026, 1, 10)),                   // not to distribution
        consent(u"c7"_s, u"p1"_s, u"personal_data"_s, QDate(2026, 1, 10)),
    };
    return d;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inItem = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == u"t" && inItem) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == u"si") {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

/// Cell reference → its text (shared strings resolved) or raw value.
QHash<QString, QString> cells(const QByteArray& sheetXml, const QStringList& strings)
{
    QHash<QString, QString> result;
    QXmlStreamReader r(sheetXml);
    QString ref;
    QString type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c") {
            ref = r.attributes().value(u"r"_s).toString();
            type = r.attributes().value(u"t"_s).toString();
        } else if (r.isStartElement() && r.name() == u"v") {
            const QString v = r.readElementText();
            result.insert(ref, type == u"s" ? strings.value(v.toInt()) : v);
        }
    }
    return result;
}

} // namespace

class TestRegisters : public QObject
{
    Q_OBJECT

private slots:
    void websiteListsOnlyConsentingMentors()
    {
        const QString html = Registers::websiteHtml(school(), kToday);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"Первова Имя Отчество"_s));
        QVERIFY(html.contains(u"учитель математики"_s));
        QVERIFY(html.contains(u"олимпиады; проекты «Умники»"_s.toHtmlEscaped()));
        QVERIFY(html.contains(u"Семёнов Имя Отчество"_s)); // a minor whose parent signed
        QVERIFY2(!html.contains(u"Второва"_s), "a withdrawn consent");
        QVERIFY2(!html.contains(u"Третьякова"_s), "not a mentor");
        QVERIFY2(!html.contains(u"Шестакова"_s), "a minor who signed herself");
        QVERIFY2(!html.contains(u"Восьмёркина"_s), "no consent to distribution");
        // Only what the consent covers: no phone, no birth date.
        QVERIFY(!html.contains(u"+7 900"_s));
        QVERIFY(!html.contains(u"01.05.1980"_s));
        QVERIFY(html.contains(u"10.05.2026"_s));
    }

    void consentDates_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("mayPublish");
        QTest::newRow("before the consent") << QDate(2026, 1, 9) << false;
        QTest::newRow("on the day of the consent") << QDate(2026, 1, 10) << true;
        QTest::newRow("the day before the withdrawal") << QDate(2026, 2, 28) << true;
        QTest::newRow("from the withdrawal on") << QDate(2026, 3, 1) << false;
    }
    void consentDates()
    {
        QFETCH(QDate, on);
        QFETCH(bool, mayPublish);
        const Dataset d = school();
        QCOMPARE(Registers::mayPublish(d.people[1], d, on), mayPublish);
    }

    void emptyWebsiteRegister()
    {
        Dataset d = school();
        d.consents.clear();
        const QString html = Registers::websiteHtml(d, kToday);
        QVERIFY(html.contains(u"Нет наставников"_s));
    }

    void csvForRussianExcel()
    {
        const Registers::Sheet sheet = Registers::build(Registers::Kind::Mentors, school(), kToday);
        const QByteArray bytes = Registers::csv(sheet);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList rows = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), sheet.rows.size() + 1);
        QVERIFY(rows.first().startsWith(u"№;Фамилия;Имя;Отчество;Дата рождения"_s));
        QCOMPARE(rows.first().count(u';'), sheet.header.size() - 1);
        // A field holding «;» and quotes is quoted, its quotes doubled.
        QVERIFY(text.contains(u"\"олимпиады; проекты «Умники»\""_s));
        QVERIFY(rows.at(1).contains(u";Первова;Имя;Отчество;01.05.1980;"_s));
        Dataset quoted = school();
        quoted.people[0].competencies = u"курс \"Наставник\""_s;
        QVERIFY(QString::fromUtf8(Registers::csv(Registers::build(Registers::Kind::Mentors, quoted, kToday)))
                    .contains(u"\"курс \"\"Наставник\"\"\""_s));
    }

    void registersContent()
    {
        const Dataset d = school();
        const Registers::Sheet mentees = Registers::build(Registers::Kind::Mentees, d, kToday);
        // p3, p5, p6 in pairs, p8 in the base; p4 archived.
        QStringList surnames;
        for (const QStringList& row : mentees.rows)
            surnames << row.at(1);
        QCOMPARE(surnames, (QStringList{u"Третьякова"_s, u"Пятаков"_s, u"Шестакова"_s, u"Восьмёркина"_s}));
        QCOMPARE(mentees.rows.at(3).at(14), u"без пары"_s);
        const Registers::Sheet pairs = Registers::build(Registers::Kind::Pairs, d, kToday);
        QCOMPARE(pairs.rows.size(), 4);
        QCOMPARE(pairs.rows.at(1).at(1), u"g2"_s);
        QCOMPARE(pairs.rows.at(1).at(14), u"действует"_s);
        QCOMPARE(pairs.rows.at(2).at(13), u"10.03.2026: Второва Имя Отчество"_s);
    }

    void xlsxReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"реестры.xlsx"_s);
        const Dataset d = school();
        QVERIFY(Registers::writeXlsx(d, kToday, path).ok());
        const zip::Reader zip(test::readFile(path));
        QVERIFY(zip.isOpen());
        const QByteArray workbook = zip.read(u"xl/workbook.xml"_s).value_or(QByteArray());
        QVERIFY(QString::fromUtf8(workbook).contains(u"name=\"Наставники\""_s));
        QVERIFY(QString::fromUtf8(workbook).contains(u"name=\"Наставляемые\""_s));
        QVERIFY(QString::fromUtf8(workbook).contains(u"name=\"Пары и группы\""_s));
        const QStringList strings = sharedStrings(zip.read(u"xl/sharedStrings.xml"_s).value_or(QByteArray()));
        const QHash<QString, QString> sheet = cells(zip.read(u"xl/worksheets/sheet1.xml"_s).value_or(QByteArray()), strings);
        const Registers::Sheet expected = Registers::build(Registers::Kind::Mentors, d, kToday);
        // The header row, column by column.
        for (int c = 0; c < expected.header.size(); ++c) {
            const QString ref = QString(QChar(u'A' + c)) + u'1';
            QCOMPARE(sheet.value(ref), expected.header.at(c));
        }
        QCOMPARE(sheet.value(u"B2"_s), u"Первова"_s);
        QCOMPARE(sheet.value(u"A2"_s), u"1"_s);
        // The birth date is an Excel date (a serial number), not text: 01.05.1980 = 29342.
        QCOMPARE(sheet.value(u"E2"_s), u"29342"_s);
        QCOMPARE(sheet.value(u"K2"_s), u"олимпиады; проекты «Умники»"_s);

        // The application's own XLSX reader reads it back as a user would see it.
        const Result<import::Table> table = import::XlsxReader::readFile(path, 0);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.first().mid(0, 5), (QStringList{u"№"_s, u"Фамилия"_s, u"Имя"_s, u"Отчество"_s, u"Дата рождения"_s}));
        QCOMPARE(table->rows.at(1).at(4), u"01.05.1980"_s);
        const Result<import::Table> pairs = import::XlsxReader::readFile(path, 2);
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->rows.size(), 5);
    }

    void writeFailures()
    {
        const Dataset d = school();
        const QString path = u"/no/such/folder/реестры.xlsx"_s;
        const Status xlsx = Registers::writeXlsx(d, kToday, path);
        QVERIFY(!xlsx.ok());
        QVERIFY(xlsx.error().contains(u"реестры.xlsx"_s));
        QVERIFY(!Registers::writeCsv(Registers::Kind::Pairs, d, kToday, u"/no/such/folder/p.csv"_s).ok());
        QVERIFY(!Registers::writeWebsiteHtml(d, kToday, u"/no/such/folder/p.html"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"
