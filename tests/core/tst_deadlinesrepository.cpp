#include "RuleTestData.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "rules/Deadlines.h"
#include "rules/FindingsReport.h"
#include "rules/RuleEngine.h"
#include "storage/CalendarRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/DeadlinesRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ReadConnection.h"
#include "storage/ValidationRepository.h"

#include <QSqlQuery>
#include <QtTest>

Q_DECLARE_METATYPE(nastavnik::Dataset)

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

/// The demo school plus pairs that exercise what the reduced read must keep: a replacement,
/// an extension, an early completion, a pair ended long ago, one starting beyond the horizon.
Dataset rich(const QDate& today)
{
    Dataset d = baseline(u"municipal"_s);
    removePlan(d, u"g1"_s);
    const QString form = formOf(u"municipal"_s);
    addPair(d, u"g2"_s, u"p9"_s, {u"p3"_s, u"p4"_s}, today.addMonths(-5), today.addDays(3));
    replace(d, u"g2"_s, today.addMonths(-1), u"p1"_s, u"dismissal"_s, u"o2"_s);
    addPair(d, u"g3"_s, u"p9"_s, {u"p5"_s}, today.addMonths(-8), today.addMonths(-4));
    extend(d, u"g3"_s, today.addMonths(-4), today.addDays(10), u"sick_leave"_s);
    addPair(d, u"g4"_s, u"p1"_s, {u"p6"_s}, today.addYears(-3), today.addYears(-2));
    addPair(d, u"g5"_s, u"p9"_s, {u"p7"_s}, today.addMonths(2), today.addMonths(8));
    addPair(d, u"g6"_s, u"p9"_s, {u"p8"_s}, today.addMonths(-3), today.addMonths(3));
    completeEarly(d, u"g6"_s, today.addDays(-20), today.addDays(-30), u"employer"_s);
    for (Pair& p : d.pairs)
        p.form = form;
    // g2: no report yet, its plan approved late, items done, open, cancelled and far ahead.
    Pair& g2 = pair(d, u"g2"_s);
    g2.reportDate = QDate();
    g2.menteeQuestionnaire = QDate();
    g2.planApproved = QDate();
    PlanItem done;
    done.title = u"Выполнено"_s;
    done.due = today.addDays(-3);
    done.done = today.addDays(-4);
    PlanItem open;
    open.title = u"Посещение уроков"_s;
    open.due = today.addDays(-2);
    PlanItem cancelled = open;
    cancelled.title = u"Отменено"_s;
    cancelled.status = u"cancelled"_s;
    PlanItem later = open;
    later.title = u"Позже"_s;
    later.due = today.addDays(40);
    g2.planItems << done << open << cancelled << later;
    // A credential that runs out soon, another long expired and renewed.
    credential(d, u"p9"_s, u"tutor_certificate"_s).validUntil = today.addDays(5);
    addCredential(d, u"p3"_s, u"medical_certificate"_s, today.addYears(-2), today.addDays(-10));
    addCredential(d, u"p3"_s, u"medical_certificate"_s, today.addDays(-9), today.addYears(1));
    return d;
}

void store(TempDatabase& db, const Dataset& d)
{
    const Status s = DatasetRepository(db.connection()).replaceAll(d);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

QStringList describe(const QList<DeadlineItem>& items)
{
    QStringList lines;
    for (const DeadlineItem& i : items)
        lines << u"%1 %2 %3 %4 %5"_s.arg(int(i.kind)).arg(i.due.toString(Qt::ISODate), i.pair, i.people.join(u','),
                                       i.description);
    return lines;
}

} // namespace

class TestDeadlinesRepository : public QObject
{
    Q_OBJECT

private slots:
    void sameDeadlinesAsTheWholeDatabase_data()
    {
        QTest::addColumn<Dataset>("data");
        QTest::addColumn<QDate>("today");
        for (const QDate& today : {QDate(2025, 10, 1), QDate(2026, 3, 2), QDate(2026, 5, 25), QDate(2026, 6, 8)}) {
            QTest::addRow("the demo school on %s", qPrintable(today.toString(Qt::ISODate))) << demo::school(today) << today;
            QTest::addRow("the demo school a month later, on %s", qPrintable(today.addMonths(1).toString(Qt::ISODate)))
                << demo::school(today) << today.addMonths(1);
        }
        for (const QDate& today : {QDate(2025, 9, 16), QDate(2026, 5, 30), QDate(2026, 6, 10)})
            QTest::addRow("municipal pairs with events on %s", qPrintable(today.toString(Qt::ISODate)))
                << rich(today) << today;
        QTest::newRow("an empty database") << Dataset() << QDate(2026, 3, 2);
    }

    void sameDeadlinesAsTheWholeDatabase()
    {
        QFETCH(Dataset, data);
        QFETCH(QDate, today);
        TempDatabase db;
        store(db, data);
        const Result<ValidationInput> whole = ValidationRepository(db.connection()).load();
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        const Result<ValidationInput> reduced = DeadlinesRepository(db.connection()).load(today);
        QVERIFY2(reduced.ok(), qPrintable(reduced.error()));
        QCOMPARE(reduced->profile, whole->profile);
        const QList<DeadlineItem> expected = Deadlines::collect(whole->data, whole->profile, whole->calendar, today);
        const QList<DeadlineItem> actual = Deadlines::collect(reduced->data, reduced->profile, reduced->calendar, today);
        QCOMPARE(describe(actual), describe(expected));
        QCOMPARE(actual, expected);
        // Only what the deadlines need.
        QVERIFY(reduced->data.consents.isEmpty());
        QVERIFY(reduced->data.orders.isEmpty());
        QVERIFY(reduced->data.people.size() <= whole->data.people.size());
        for (const Pair& p : reduced->data.pairs)
            QVERIFY(p.meetings.isEmpty());
    }

    void readsOnlyTheRelevantPairs()
    {
        const QDate today(2026, 6, 10);
        TempDatabase db;
        store(db, rich(today));
        const Result<ValidationInput> reduced = DeadlinesRepository(db.connection()).load(today);
        QVERIFY(reduced.ok());
        QStringList ids;
        for (const Pair& p : reduced->data.pairs)
            ids << p.id;
        // g4 ended two years ago, g5 starts in two months.
        QCOMPARE(ids, (QStringList{u"g1"_s, u"g2"_s, u"g3"_s, u"g6"_s}));
        const Pair& g2 = reduced->data.pairs.at(1);
        QCOMPARE(g2.planItems.size(), 1);
        QCOMPARE(g2.planItems.first().title, u"Посещение уроков"_s);
        QCOMPARE(g2.mentorOn(today), u"p1"_s);
    }

    void usesTheUsersCalendarAndTheActiveProfile()
    {
        const QDate today(2025, 9, 16);
        TempDatabase db;
        Dataset d = baseline(u"municipal"_s);
        removePlan(d, u"g1"_s);
        store(db, d);
        // A made-up decree that makes 16–19 September 2025 days off moves the plan's deadline.
        CalendarYear y = WorkCalendar().yearData(2025);
        y.origin = CalendarYear::Origin::User;
        y.source = u"Тестовое постановление"_s;
        for (int day = 16; day <= 19; ++day)
            y.nonWorking << QDate(2025, 9, day);
        QVERIFY(CalendarRepository(db.connection()).save(y).ok());
        const Result<ValidationInput> reduced = DeadlinesRepository(db.connection()).load(today);
        QVERIFY(reduced.ok());
        QCOMPARE(reduced->profile.id, u"municipal"_s);
        const QList<DeadlineItem> items = Deadlines::collect(reduced->data, reduced->profile, reduced->calendar, today);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().kind, DeadlineItem::Kind::PlanDue);
        // 15.09 + 5 working days, with 16–19.09 off: 22, 23, 24, 25, 26 September.
        QCOMPARE(items.first().due, QDate(2025, 9, 26));
    }

    void anUnknownProfileIsReported()
    {
        TempDatabase db;
        Dataset d = baseline(u"school"_s);
        d.organization.profile = u"gone"_s;
        store(db, d);
        const Result<ValidationInput> reduced = DeadlinesRepository(db.connection()).load(QDate(2026, 3, 2));
        QVERIFY(!reduced.ok());
        QVERIFY2(reduced.error().contains(u"gone"_s), qPrintable(reduced.error()));
    }

    void findingsReportOfAFile()
    {
        const QDate today(2026, 3, 2);
        TempDatabase db;
        store(db, demo::school(today));
        const Result<FindingsReport> report = FindingsReport::computeFile(db.path(), today);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const ValidationInput in = ValidationRepository(db.connection()).load().value();
        QCOMPARE(report->findings, RuleEngine::check(in.data, in.profile, in.calendar, today));
        QVERIFY(!report->findings.isEmpty());
        QCOMPARE(report->profile.id, u"school"_s);
        QCOMPARE(report->today, today);
        for (const Finding& f : report->findings) {
            for (const QString& id : f.people)
                QVERIFY2(!report->personName(id).startsWith(u'«'), qPrintable(id));
            for (const QString& id : f.pairs)
                QVERIFY2(report->pairLabel(id).contains(u" – "_s), qPrintable(report->pairLabel(id)));
        }
        QCOMPARE(report->personName(u"nobody"_s), u"«nobody»"_s);
    }

    void findingsReportFailures()
    {
        const QDate today(2026, 3, 2);
        const Result<FindingsReport> missing = FindingsReport::computeFile(u"/nonexistent/folder/base.sqlite"_s, today);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"base.sqlite"_s), qPrintable(missing.error()));

        TempDatabase db;
        store(db, demo::school(today));
        const std::atomic<bool> cancelled{true};
        const Result<FindingsReport> stopped = FindingsReport::computeFile(db.path(), today, &cancelled);
        QVERIFY(!stopped.ok());
    }

    void aReadConnectionDoesNotWrite()
    {
        TempDatabase db;
        store(db, baseline(u"school"_s));
        const ReadConnection reader(db.path());
        QVERIFY(reader.status().ok());
        QSqlQuery q(reader.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 11);
        QVERIFY(!q.exec(u"DELETE FROM consent"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM consent"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadlinesRepository)
#include "tst_deadlinesrepository.moc"
