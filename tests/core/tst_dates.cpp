#include "util/Dates.h"

#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void parseIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ordinary") << u"2026-01-13"_s << QDate(2026, 1, 13);
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("impossible 30 February") << u"2026-02-30"_s << QDate();
        QTest::newRow("29 February of a common year") << u"2026-02-29"_s << QDate();
        QTest::newRow("month 13") << u"2026-13-01"_s << QDate();
        QTest::newRow("single digits") << u"2026-1-5"_s << QDate();
        QTest::newRow("Russian format is not ISO") << u"05.06.2026"_s << QDate();
        QTest::newRow("trailing time") << u"2026-01-13T00:00"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("letters") << u"abcd-ef-gh"_s << QDate();
        QTest::newRow("Arabic-Indic digits") << u"٢٠٢٦-٠١-١٣"_s << QDate();
    }
    void parseIso()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(dates::parseIso(text), expected);
    }

    void parseUserDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("dd.MM.yyyy") << u"05.06.2026"_s << QDate(2026, 6, 5);
        QTest::newRow("d.M.yyyy") << u"5.6.2026"_s << QDate(2026, 6, 5);
        QTest::newRow("two-digit year") << u"05.06.26"_s << QDate(2026, 6, 5);
        QTest::newRow("old two-digit year") << u"01.03.78"_s << QDate(1978, 3, 1);
        QTest::newRow("slashes") << u"05/06/2026"_s << QDate(2026, 6, 5);
        QTest::newRow("ISO accepted too") << u"2026-06-05"_s << QDate(2026, 6, 5);
        QTest::newRow("spaces around") << u"  05.06.2026 "_s << QDate(2026, 6, 5);
        QTest::newRow("impossible day") << u"31.02.2026"_s << QDate();
        QTest::newRow("text") << u"пятое июня"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseUserDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(dates::parseUserDate(text), expected);
    }

    void addMonthsCivil_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("same day number") << QDate(2026, 1, 13) << 12 << QDate(2027, 1, 13);
        QTest::newRow("31 January + 1 → end of February") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
        QTest::newRow("31 January + 1 in a leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
        QTest::newRow("31 August + 6 → 28 February") << QDate(2026, 8, 31) << 6 << QDate(2027, 2, 28);
        QTest::newRow("29 February + 12") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
        QTest::newRow("36 months") << QDate(2026, 3, 31) << 36 << QDate(2029, 3, 31);
    }
    void addMonthsCivil()
    {
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        QCOMPARE(dates::addMonthsCivil(from, months), expected);
    }

    void minors_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("minor");
        QTest::newRow("day before 18th birthday") << QDate(2008, 5, 10) << QDate(2026, 5, 9) << true;
        QTest::newRow("on 18th birthday") << QDate(2008, 5, 10) << QDate(2026, 5, 10) << false;
        QTest::newRow("born 29 February, 28 February of a common year") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << true;
        QTest::newRow("born 29 February, 1 March of a common year") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << false;
        QTest::newRow("unknown birth date") << QDate() << QDate(2026, 1, 1) << false;
    }
    void minors()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(bool, minor);
        QCOMPARE(dates::isMinorOn(birth, on), minor);
    }

    void russianWords()
    {
        QCOMPARE(dates::toRussianWords(QDate(2026, 6, 5)), u"5 июня 2026 г."_s);
        QCOMPARE(dates::toRussianWords(QDate(2026, 3, 1)), u"1 марта 2026 г."_s);
        QCOMPARE(dates::toRussianQuoted(QDate(2026, 6, 5)), u"«05» июня 2026 г."_s);
        QCOMPARE(dates::toDisplay(QDate(2026, 6, 5)), u"05.06.2026"_s);
        QCOMPARE(dates::toRussianWords(QDate()), QString());
    }

    void displayFormAsQDateWrites()
    {
        // Written by hand; the same as QDate::toString("dd.MM.yyyy") wherever that is defined.
        for (const QDate& d : {QDate(2026, 12, 31), QDate(2000, 1, 1), QDate(1999, 9, 9), QDate(999, 10, 20),
                               QDate(1, 2, 3), QDate(9999, 12, 31), QDate(2024, 2, 29)})
            QCOMPARE(dates::toDisplay(d), d.toString(u"dd.MM.yyyy"_s));
        QCOMPARE(dates::toDisplay(QDate()), QString());
        QVERIFY(!dates::toDisplay(QDate(-44, 3, 15)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
