#include "TestSupport.h"
#include "calendar/WorkCalendar.h"
#include "storage/CalendarRepository.h"
#include "util/Dates.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char* iso)
{
    return dates::parseIso(QString::fromLatin1(iso));
}

QList<QDate> list(std::initializer_list<const char*> isos)
{
    QList<QDate> result;
    for (const char* iso : isos)
        result << d(iso);
    return result;
}

// The decrees as product.md states them, independent of the resource file.
const QList<QDate> kNonWorking2025 = list({"2025-01-01", "2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07", "2025-01-08",
                                           "2025-05-01", "2025-05-02", "2025-05-08", "2025-05-09", "2025-06-12", "2025-06-13",
                                           "2025-11-03", "2025-11-04", "2025-12-31"});
const QList<QDate> kNonWorking2026 = list({"2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08",
                                           "2026-01-09", "2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12",
                                           "2026-11-04", "2026-12-31"});

/// A valid user year for 2027: art. 112 plus a transfer to 31 December.
CalendarYear year2027()
{
    CalendarYear y = WorkCalendar::article112(2027);
    y.origin = CalendarYear::Origin::User;
    y.nonWorking << d("2027-12-31");
    y.source = u"Постановление Правительства РФ (проект)"_s;
    return y;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtInYearsMatchTheDecrees_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("nonWorking");
        QTest::addColumn<QList<QDate>>("working");
        QTest::newRow("2025, decree № 1335") << 2025 << kNonWorking2025 << list({"2025-11-01"});
        QTest::newRow("2026, decree of 24.09.2025") << 2026 << kNonWorking2026 << QList<QDate>();
    }
    void builtInYearsMatchTheDecrees()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, nonWorking);
        QFETCH(QList<QDate>, working);
        const WorkCalendar calendar;
        QVERIFY(calendar.isConfirmed(year));
        const CalendarYear data = calendar.yearData(year);
        QCOMPARE(data.origin, CalendarYear::Origin::BuiltIn);
        QVERIFY(!data.source.isEmpty());
        QVERIFY(WorkCalendar::validate(data).isEmpty());
        // Every day of the year: a weekday works unless listed, a weekend day rests unless listed.
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            const bool weekend = day.dayOfWeek() >= 6;
            const bool expected = weekend ? working.contains(day) : !nonWorking.contains(day);
            QVERIFY2(calendar.isWorkingDay(day) == expected, qPrintable(dates::toIso(day)));
        }
    }

    void decreesAgreeWithArticle112_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("2025") << 2025;
        QTest::newRow("2026") << 2026;
    }
    void decreesAgreeWithArticle112()
    {
        // Every holiday on a weekday is non-working, and the decree adds exactly one day off per
        // holiday on a weekend (January ones included: the decree moves them) plus one per
        // working Saturday.
        QFETCH(int, year);
        const CalendarYear data = WorkCalendar().yearData(year);
        int coincidences = 0;
        int weekdayHolidays = 0;
        for (const QDate& h : WorkCalendar::holidays(year)) {
            if (h.dayOfWeek() >= 6) {
                ++coincidences;
            } else {
                ++weekdayHolidays;
                QVERIFY2(data.nonWorking.contains(h), qPrintable(dates::toIso(h)));
            }
        }
        QCOMPARE(data.nonWorking.size(), weekdayHolidays + coincidences + data.working.size());
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        for (const QDate& h : kNonWorking2025)
            QTest::addRow("2025 non-working %s", qPrintable(dates::toIso(h))) << h << false;
        for (const QDate& h : kNonWorking2026)
            QTest::addRow("2026 non-working %s", qPrintable(dates::toIso(h))) << h << false;
        QTest::newRow("Saturday 1 Nov 2025 is a working day") << d("2025-11-01") << true;
        QTest::newRow("Sunday 2 Nov 2025 is not") << d("2025-11-02") << false;
        QTest::newRow("ordinary Monday") << d("2026-03-02") << true;
        QTest::newRow("Saturday in 2026") << d("2026-03-07") << false;
        QTest::newRow("24 Feb 2025 works: the decree moved 23 Feb") << d("2025-02-24") << true;
        QTest::newRow("10 Mar 2025 works: the decree moved 8 Mar") << d("2025-03-10") << true;
        QTest::newRow("2027: 4 Nov, Thursday holiday") << d("2027-11-04") << false;
        QTest::newRow("2027: 3 May off, 1 May was a Saturday") << d("2027-05-03") << false;
        QTest::newRow("2027: 10 May off, 9 May was a Sunday") << d("2027-05-10") << false;
        QTest::newRow("2027: 14 Jun off, 12 Jun was a Saturday") << d("2027-06-14") << false;
        QTest::newRow("2027: 11 Jan works, January coincidences are not moved") << d("2027-01-11") << true;
        QTest::newRow("2029: 9 Jan works, 7 Jan (Sunday) is not moved either") << d("2029-01-09") << true;
        QTest::newRow("2030: 25 Feb off, 23 Feb was a Saturday") << d("2030-02-25") << false;
        QTest::newRow("2030: 26 Feb works") << d("2030-02-26") << true;
        QTest::newRow("1980, before the precomputed years: 8 Mar, Saturday, moves to Monday") << d("1980-03-10") << false;
        QTest::newRow("2150, after the precomputed years: 4 Nov, Wednesday") << d("2150-11-04") << false;
        QTest::newRow("invalid date") << QDate() << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(WorkCalendar().isWorkingDay(date), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("across New Year 2026") << d("2025-12-30") << 1 << d("2026-01-12");
        QTest::newRow("ordinary next day") << d("2025-12-29") << 1 << d("2025-12-30");
        QTest::newRow("May 2025: 1-4 May off") << d("2025-04-30") << 1 << d("2025-05-05");
        QTest::newRow("May 2025: 8-11 May off") << d("2025-05-07") << 1 << d("2025-05-12");
        QTest::newRow("May 2026: five days over 11 May") << d("2026-05-08") << 5 << d("2026-05-18");
        QTest::newRow("June 2025: 12-15 June off") << d("2025-06-11") << 1 << d("2025-06-16");
        QTest::newRow("working Saturday 1 Nov 2025") << d("2025-10-31") << 1 << d("2025-11-01");
        QTest::newRow("after the working Saturday: 3-4 Nov off") << d("2025-10-31") << 2 << d("2025-11-05");
        QTest::newRow("from a Saturday, 9 Mar 2026 off") << d("2026-03-07") << 1 << d("2026-03-10");
        QTest::newRow("from a Sunday") << d("2026-03-15") << 1 << d("2026-03-16");
        QTest::newRow("five days within a week") << d("2025-09-15") << 5 << d("2025-09-22");
        QTest::newRow("n = 0 is the day itself") << d("2026-03-02") << 0 << d("2026-03-02");
        QTest::newRow("n = 0 on a day off") << d("2026-01-10") << 0 << d("2026-01-10");
        QTest::newRow("back over New Year 2026") << d("2026-01-12") << -1 << d("2025-12-30");
        QTest::newRow("back over a weekend and 9 Mar") << d("2026-03-10") << -1 << d("2026-03-06");
        QTest::newRow("back over May 2025") << d("2025-05-12") << -1 << d("2025-05-07");
        QTest::newRow("back from a Saturday") << d("2026-03-07") << -1 << d("2026-03-06");
        QTest::newRow("back five") << d("2025-09-22") << -5 << d("2025-09-15");
        QTest::newRow("into 2027: 31 Dec 2026 off, 1-8 Jan 2027 off") << d("2026-12-30") << 1 << d("2027-01-11");
        QTest::newRow("2027: over the Thursday holiday 4 Nov") << d("2027-11-03") << 1 << d("2027-11-05");
        QTest::newRow("2027: 1 May on Saturday moves to 3 May") << d("2027-04-30") << 1 << d("2027-05-04");
        QTest::newRow("2027: 9 May on Sunday moves to 10 May") << d("2027-05-07") << 1 << d("2027-05-11");
        QTest::newRow("2027: 12 Jun on Saturday moves to 14 Jun") << d("2027-06-11") << 1 << d("2027-06-15");
        QTest::newRow("2026 has 247 working days from 12 January") << d("2026-01-12") << 246 << d("2026-12-30");
        QTest::newRow("the 247th is the first of 2027") << d("2026-01-12") << 247 << d("2027-01-11");
        QTest::newRow("beyond the precomputed years") << d("2150-11-03") << 1 << d("2150-11-05");
        QTest::newRow("invalid date") << QDate() << 1 << QDate();
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(WorkCalendar().addWorkingDays(from, n), expected);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("across New Year") << d("2025-12-30") << d("2026-01-12") << 1;
        QTest::newRow("reversed is negative") << d("2026-01-12") << d("2025-12-30") << -1;
        QTest::newRow("the same day") << d("2026-03-02") << d("2026-03-02") << 0;
        QTest::newRow("May 2026 has 19 working days") << d("2026-04-30") << d("2026-05-31") << 19;
        QTest::newRow("2025 has 247 working days") << d("2024-12-31") << d("2025-12-31") << 247;
        QTest::newRow("2026 has 247 working days") << d("2025-12-31") << d("2026-12-31") << 247;
        QTest::newRow("the end day counts, the start day does not") << d("2026-03-02") << d("2026-03-03") << 1;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(int, expected);
        QCOMPARE(WorkCalendar().workingDaysBetween(a, b), expected);
    }

    void addAndBetweenAgree()
    {
        const WorkCalendar calendar;
        for (QDate from(2024, 12, 1); from < QDate(2027, 3, 1); from = from.addDays(5)) {
            for (int n : {1, 2, 5, 17, 60}) {
                const QDate to = calendar.addWorkingDays(from, n);
                QVERIFY(calendar.isWorkingDay(to));
                QCOMPARE(calendar.workingDaysBetween(from, to), n);
                QCOMPARE(calendar.addWorkingDays(to, -n) <= from, true);
            }
        }
    }

    void confirmation()
    {
        const WorkCalendar calendar;
        QVERIFY(calendar.isConfirmed(2025));
        QVERIFY(calendar.isConfirmed(2026));
        QVERIFY(!calendar.isConfirmed(2024));
        QVERIFY(!calendar.isConfirmed(2027));
        QVERIFY(!calendar.isConfirmed(QDate()));
        QCOMPARE(calendar.confirmedYears(), (QList<int>{2025, 2026}));
        QVERIFY(calendar.isConfirmedSpan(d("2025-12-30"), d("2026-01-12")));
        QVERIFY(!calendar.isConfirmedSpan(d("2026-12-30"), d("2027-01-11")));
        QVERIFY2(!calendar.isConfirmedSpan(d("2024-12-30"), d("2025-01-09")), "counts 31 Dec 2024 by art. 112");
        QVERIFY2(calendar.isConfirmedSpan(d("2024-12-31"), d("2025-01-09")), "the event day itself is not counted");
        QVERIFY(!WorkCalendar::withoutDecrees().isConfirmed(2026));
    }

    void fallbackYear()
    {
        const CalendarYear y = WorkCalendar().yearData(2027);
        QCOMPARE(y.origin, CalendarYear::Origin::Computed);
        QCOMPARE(y.year, 2027);
        QVERIFY(y.working.isEmpty());
        QCOMPARE(y.nonWorking,
                 list({"2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08", "2027-02-23",
                       "2027-03-08", "2027-05-03", "2027-05-10", "2027-06-14", "2027-11-04"}));
        QVERIFY(WorkCalendar::validate(y).isEmpty());
    }

    void userYearOverrides()
    {
        const WorkCalendar builtIn;
        QVERIFY(builtIn.isWorkingDay(d("2027-12-31")));
        const WorkCalendar withUser = builtIn.withUserYears({year2027()});
        QVERIFY(withUser.isConfirmed(2027));
        QVERIFY(!withUser.isWorkingDay(d("2027-12-31")));
        QCOMPARE(withUser.yearData(2027).origin, CalendarYear::Origin::User);
        QCOMPARE(withUser.addWorkingDays(d("2027-12-30"), 1), d("2028-01-10"));

        // A user year replaces the built-in data of that year.
        CalendarYear y2026 = builtIn.yearData(2026);
        y2026.nonWorking.removeAll(d("2026-12-31"));
        y2026.nonWorking << d("2026-12-30");
        const WorkCalendar overridden = builtIn.withUserYears({y2026});
        QVERIFY(!overridden.isWorkingDay(d("2026-12-30")));
        QVERIFY(overridden.isWorkingDay(d("2026-12-31")));
        QCOMPARE(overridden.yearData(2026).origin, CalendarYear::Origin::User);
        // The original is unchanged (shared data is copied on change).
        QVERIFY(builtIn.isWorkingDay(d("2026-12-30")));
    }

    void validate_data()
    {
        QTest::addColumn<QList<QDate>>("nonWorking");
        QTest::addColumn<QList<QDate>>("working");
        QTest::addColumn<QString>("problem");
        const QList<QDate> base = WorkCalendar::article112(2027).nonWorking;
        QTest::newRow("a date of another year") << (base + list({"2028-01-10"})) << QList<QDate>() << u"10.01.2028"_s;
        QTest::newRow("a Saturday listed as non-working") << (base + list({"2027-01-02"})) << QList<QDate>() << u"02.01.2027"_s;
        QTest::newRow("a weekday listed as working") << base << list({"2027-03-03"}) << u"03.03.2027"_s;
        QTest::newRow("a working day of another year") << base << list({"2026-03-07"}) << u"07.03.2026"_s;
        QTest::newRow("a holiday on a weekend made working") << base << list({"2027-01-02"}) << u"02.01.2027"_s;
        QTest::newRow("a weekday holiday missing") << QList<QDate>(base.mid(1)) << QList<QDate>() << u"01.01.2027"_s;
        QTest::newRow("an invalid date") << (base + QList<QDate>{QDate()}) << QList<QDate>() << u"YYYY-MM-DD"_s;
    }
    void validate()
    {
        QFETCH(QList<QDate>, nonWorking);
        QFETCH(QList<QDate>, working);
        QFETCH(QString, problem);
        CalendarYear y;
        y.year = 2027;
        y.nonWorking = nonWorking;
        y.working = working;
        const QStringList problems = WorkCalendar::validate(y);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    void validateYearRange()
    {
        CalendarYear y;
        y.year = 1800;
        QVERIFY(!WorkCalendar::validate(y).isEmpty());
        QVERIFY(WorkCalendar::validate(year2027()).isEmpty());
    }

    // ---- CalendarRepository ----

    void repositorySaveLoadDelete()
    {
        test::TempDatabase t;
        CalendarRepository repo(t.connection());
        QVERIFY(repo.userYears().value().isEmpty());
        QVERIFY(!repo.loadCalendar().value().isConfirmed(2027));

        CalendarYear y = year2027();
        y.nonWorking << d("2027-12-31"); // a repeat is stored once
        const Status saved = repo.save(y);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const QList<CalendarYear> years = repo.userYears().value();
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.first().year, 2027);
        QCOMPARE(years.first().nonWorking, year2027().nonWorking);
        QCOMPARE(years.first().source, year2027().source);
        QCOMPARE(years.first().origin, CalendarYear::Origin::User);

        const WorkCalendar calendar = repo.loadCalendar().value();
        QVERIFY(calendar.isConfirmed(2027));
        QVERIFY(!calendar.isWorkingDay(d("2027-12-31")));
        QVERIFY(calendar.isConfirmed(2026)); // built-in years stay

        // Saving again replaces the year.
        y = year2027();
        y.source = u"Постановление Правительства РФ от 01.10.2026"_s;
        QVERIFY(repo.save(y).ok());
        QCOMPARE(repo.userYears().value().size(), 1);
        QCOMPARE(repo.userYears().value().first().source, y.source);

        QVERIFY(repo.remove(2027).ok());
        QVERIFY(repo.userYears().value().isEmpty());
        QVERIFY(!repo.loadCalendar().value().isConfirmed(2027));
        const Status again = repo.remove(2027);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(u"2027"_s));
    }

    void repositoryOverridesBuiltIn()
    {
        test::TempDatabase t;
        CalendarRepository repo(t.connection());
        CalendarYear y = WorkCalendar().yearData(2026);
        y.nonWorking.removeAll(d("2026-12-31"));
        y.nonWorking << d("2026-12-30");
        QVERIFY(repo.save(y).ok());
        const WorkCalendar calendar = repo.loadCalendar().value();
        QVERIFY(!calendar.isWorkingDay(d("2026-12-30")));
        QVERIFY(calendar.isWorkingDay(d("2026-12-31")));
        QVERIFY(repo.remove(2026).ok());
        QVERIFY(!repo.loadCalendar().value().isWorkingDay(d("2026-12-31")));
    }

    void repositoryRefusesInvalidYear()
    {
        test::TempDatabase t;
        CalendarRepository repo(t.connection());
        QVERIFY(repo.save(year2027()).ok());
        CalendarYear bad = year2027();
        bad.nonWorking << d("2027-03-06"); // a Saturday
        const Status s = repo.save(bad);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"06.03.2027"_s), qPrintable(s.error()));
        // Nothing changed.
        QCOMPARE(repo.userYears().value().first().nonWorking, year2027().nonWorking);
    }

    void repositoryReportsDamagedRow()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"INSERT INTO calendar_year (year, non_working, working, source) VALUES (2028, 'not json', '[]', '')"_s));
        CalendarRepository repo(t.connection());
        const Result<WorkCalendar> calendar = repo.loadCalendar();
        QVERIFY(!calendar.ok());
        QVERIFY2(calendar.error().contains(u"2028"_s), qPrintable(calendar.error()));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
