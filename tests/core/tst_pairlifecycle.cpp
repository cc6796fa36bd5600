#include "RuleTestData.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/OrderRepository.h"
#include "pairs/PairLifecycle.h"
#include "pairs/PairNeighbourhood.h"
#include "pairs/PairRepository.h"
#include "rules/Deadlines.h"
#include "rules/RuleEngine.h"
#include "storage/DatasetRepository.h"
#include "storage/OrganizationRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;
using test::day;

namespace {

/// The baseline school (test::baseline) in a fresh database: p1 leads p2 in g1 from 15.09.2025
/// to 29.05.2026, approved by the signed order o1; p9 is another mentor, p3–p8 teachers.
struct Db
{
    test::TempDatabase t;
    Dataset data = test::baseline(u"school"_s);

    explicit Db(const std::function<void(Dataset&)>& change = {})
    {
        for (Order& o : data.orders)
            o.status = u"signed"_s;
        if (change)
            change(data);
        if (!DatasetRepository(t.connection()).replaceAll(data).ok())
            qFatal("the test data could not be written");
    }
    QSqlDatabase db() const { return t.connection(); }
    Pair pair(const QString& id = u"g1"_s) const { return PairRepository(t.connection()).load(id).value(); }
    int events() const
    {
        QSqlQuery q(t.connection());
        q.exec(u"SELECT count(*) FROM pair_event"_s);
        q.next();
        return q.value(0).toInt();
    }
};

ReplacementInput replacement(const QDate& date, const QString& mentor, const QString& ground = u"request"_s)
{
    ReplacementInput in;
    in.date = date;
    in.newMentor = mentor;
    in.ground = ground;
    return in;
}

} // namespace

class TestPairLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void replacementKeepsTheTerm()
    {
        Db d;
        PairLifecycle life(d.db());
        QVERIFY(life.setupError().isEmpty());
        ReplacementInput in = replacement(day("2026-02-02"), u"p9"_s, u"dismissal"_s);
        in.order = u"o2"_s;
        in.note = u"Наставник уволился"_s;
        const Status s = life.replaceMentor(u"g1"_s, in);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const Pair p = d.pair();
        QCOMPARE(p.events.size(), 1);
        const PairEvent& e = p.events.first();
        QCOMPARE(e.type, u"replacement"_s);
        QCOMPARE(e.date, day("2026-02-02"));
        QCOMPARE(e.newMentor, u"p9"_s);
        QCOMPARE(e.ground, u"dismissal"_s);
        QCOMPARE(e.order, u"o2"_s);
        QCOMPARE(e.note, u"Наставник уволился"_s);
        // 002 4.16: the period does not change; the mentor at the start stays on record.
        QCOMPARE(p.start, d.data.pairs.first().start);
        QCOMPARE(p.plannedEnd, d.data.pairs.first().plannedEnd);
        QCOMPARE(p.end(), d.data.pairs.first().end());
        QCOMPARE(p.mentor, u"p1"_s);
        QCOMPARE(p.mentorOn(day("2026-02-01")), u"p1"_s);
        QCOMPARE(p.mentorOn(day("2026-02-02")), u"p9"_s);

        // A replacement dated earlier than the recorded one rewrites the past: refused.
        const Status earlier = life.replaceMentor(u"g1"_s, replacement(day("2026-01-15"), u"p3"_s));
        QVERIFY(!earlier.ok());
        QVERIFY2(earlier.error().contains(u"02.02.2026"_s), qPrintable(earlier.error()));
        QCOMPARE(d.events(), 1);
        // A later one appends.
        QVERIFY(life.replaceMentor(u"g1"_s, replacement(day("2026-03-02"), u"p1"_s)).ok());
        const Pair twice = d.pair();
        QCOMPARE(twice.events.size(), 2);
        QCOMPARE(twice.events.first(), p.events.first());
        QCOMPARE(twice.currentMentor(), u"p1"_s);
    }

    void replacementRefused_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("mentor");
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("says");
        QTest::newRow("no date") << QDate() << u"p9"_s << u"request"_s << QString() << u"date"_s;
        QTest::newRow("before the start")
            << day("2025-09-01") << u"p9"_s << u"request"_s << QString() << u"15.09.2025"_s;
        QTest::newRow("after the end")
            << day("2026-06-01") << u"p9"_s << u"request"_s << QString() << u"29.05.2026"_s;
        QTest::newRow("the same mentor")
            << day("2026-02-02") << u"p1"_s << u"request"_s << QString() << u"already leads"_s;
        QTest::newRow("a mentee as mentor")
            << day("2026-02-02") << u"p2"_s << u"request"_s << QString() << u"mentee"_s;
        QTest::newRow("nobody") << day("2026-02-02") << QString() << u"request"_s << QString()
                                << u"new mentor"_s;
        QTest::newRow("unknown person")
            << day("2026-02-02") << u"p99"_s << u"request"_s << QString() << u"p99"_s;
        QTest::newRow("archived mentor")
            << day("2026-02-02") << u"p8"_s << u"request"_s << QString() << u"archive"_s;
        QTest::newRow("no ground") << day("2026-02-02") << u"p9"_s << QString() << QString() << u"ground"_s;
        QTest::newRow("ground not in the list")
            << day("2026-02-02") << u"p9"_s << u"whim"_s << QString() << u"whim"_s;
        QTest::newRow("unknown order")
            << day("2026-02-02") << u"p9"_s << u"request"_s << u"o77"_s << u"o77"_s;
    }
    void replacementRefused()
    {
        QFETCH(QDate, date);
        QFETCH(QString, mentor);
        QFETCH(QString, ground);
        QFETCH(QString, order);
        QFETCH(QString, says);
        Db d([](Dataset& data) { test::person(data, u"p8"_s).archived = true; });
        ReplacementInput in = replacement(date, mentor, ground);
        in.order = order;
        const Status s = PairLifecycle(d.db()).replaceMentor(u"g1"_s, in);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(says, Qt::CaseInsensitive), qPrintable(s.error()));
        QCOMPARE(d.events(), 0);
        QCOMPARE(d.pair(), PairRepository(d.db()).load(u"g1"_s).value());
    }

    void extensionMovesTheEnd()
    {
        Db d;
        PairLifecycle life(d.db());
        ExtensionInput in;
        in.date = day("2026-05-04");
        in.newEnd = day("2026-06-30");
        in.reason = u"sick_leave"_s;
        QVERIFY(life.extend(u"g1"_s, in).ok());
        Pair p = d.pair();
        QCOMPARE(p.end(), day("2026-06-30"));
        QCOMPARE(p.plannedEnd, day("2026-05-29"));
        QVERIFY(p.hasExtension());
        // Not beyond the new end again; a reason of the profile's list only.
        in.date = day("2026-06-01");
        in.newEnd = day("2026-06-15");
        QVERIFY(!life.extend(u"g1"_s, in).ok());
        in.newEnd = day("2026-07-31");
        in.reason = u"holiday"_s;
        const Status badReason = life.extend(u"g1"_s, in);
        QVERIFY(!badReason.ok());
        QVERIFY(badReason.error().contains(u"holiday"_s));
        in.reason = u"business_trip"_s;
        QVERIFY(life.extend(u"g1"_s, in).ok());
        p = d.pair();
        QCOMPARE(p.events.size(), 2);
        QCOMPARE(p.end(), day("2026-07-31"));
        // A completed pair is not extended.
        QVERIFY(life.complete(u"g1"_s, day("2026-07-31")).ok());
        in.date = day("2026-07-20");
        in.newEnd = day("2026-08-31");
        const Status completed = life.extend(u"g1"_s, in);
        QVERIFY(!completed.ok());
        QVERIFY(completed.error().contains(u"31.07.2026"_s));
        QCOMPARE(d.events(), 2);
    }

    void earlyCompletionSetsTheActualEnd()
    {
        Db d;
        PairLifecycle life(d.db());
        EarlyCompletionInput in;
        in.date = day("2026-03-13");
        in.initiator = u"agreement"_s;
        in.noticeDate = day("2026-03-06");
        in.note = u"Цели достигнуты досрочно"_s;
        QVERIFY(life.validate(d.pair(), in).isEmpty());
        QVERIFY(life.noticeWarning(d.pair(), in).isEmpty());
        QVERIFY(life.completeEarly(u"g1"_s, in).ok());
        const Pair p = d.pair();
        QCOMPARE(p.actualEnd, day("2026-03-13"));
        QVERIFY(p.completedEarly());
        QCOMPARE(p.events.last().initiator, u"agreement"_s);
        QCOMPARE(p.events.last().noticeDate, day("2026-03-06"));
        // Once completed, nothing ends it again, and the date cannot be the end of the term.
        QVERIFY(!life.completeEarly(u"g1"_s, in).ok());
        QVERIFY(!life.complete(u"g1"_s, day("2026-05-29")).ok());
        Db other;
        in.date = day("2026-05-29");
        const QStringList atTheEnd = PairLifecycle(other.db()).validate(other.pair(), in);
        QVERIFY(!atTheEnd.isEmpty());
        QVERIFY(atTheEnd.join(u' ').contains(u"Complete"_s));
        in.date = day("2026-03-13");
        in.noticeDate = day("2026-03-20");
        QVERIFY(!PairLifecycle(other.db()).validate(other.pair(), in).isEmpty()); // notice after the end
    }

    // Labour Code art. 351.8: three working days' notice. 12 June 2026 (Friday) is a holiday.
    void noticeWarning_data()
    {
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<QDate>("notice");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("external");
        QTest::addColumn<bool>("warned");
        QTest::newRow("2 working days over the holiday")
            << u"employer"_s << day("2026-06-10") << day("2026-06-15") << false << true;
        QTest::newRow("3 working days over the holiday")
            << u"employer"_s << day("2026-06-10") << day("2026-06-16") << false << false;
        QTest::newRow("the notice day itself")
            << u"employer"_s << day("2026-06-10") << day("2026-06-10") << false << true;
        QTest::newRow("no notice at all") << u"employer"_s << QDate() << day("2026-06-16") << false << true;
        QTest::newRow("the mentor's own initiative")
            << u"mentor"_s << day("2026-06-10") << day("2026-06-11") << false << false;
        QTest::newRow("by agreement")
            << u"agreement"_s << day("2026-06-10") << day("2026-06-11") << false << false;
        QTest::newRow("an external mentor")
            << u"employer"_s << day("2026-06-10") << day("2026-06-11") << true << false;
    }
    void noticeWarning()
    {
        QFETCH(QString, initiator);
        QFETCH(QDate, notice);
        QFETCH(QDate, end);
        QFETCH(bool, external);
        QFETCH(bool, warned);
        Db d([&](Dataset& data) {
            test::pair(data, u"g1"_s).plannedEnd = day("2026-06-30");
            test::person(data, u"p1"_s).external = external;
        });
        PairLifecycle life(d.db());
        EarlyCompletionInput in;
        in.date = end;
        in.initiator = initiator;
        in.noticeDate = notice;
        const QString warning = life.noticeWarning(d.pair(), in);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned)
            QVERIFY2(warning.contains(u"351.8"_s) && warning.contains(u"Иванова"_s), qPrintable(warning));
        if (warned && notice.isValid())
            QVERIFY2(warning.contains(u"16.06.2026"_s), qPrintable(warning)); // the earliest day
        // The warning is a question, not a refusal; the rule engine then reports the same.
        QVERIFY(life.completeEarly(u"g1"_s, in).ok());
        const Result<Dataset> data = DatasetRepository(d.db()).load();
        const QList<Finding> findings
            = RuleEngine::check(data.value(), life.profile(), life.calendar(), day("2026-07-01"));
        const bool reported = std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
            return f.rule == u"early_completion.notice";
        });
        QCOMPARE(reported, warned);
    }

    void completionRecordsTheActualEnd_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("ok");
        QTest::newRow("on the end of the term") << day("2026-05-29") << true;
        QTest::newRow("a few days before it") << day("2026-05-22") << true;
        QTest::newRow("months before: an early completion") << day("2026-03-02") << false;
        QTest::newRow("after the end: extend first") << day("2026-06-05") << false;
        QTest::newRow("before the start") << day("2025-09-01") << false;
        QTest::newRow("no date") << QDate() << false;
    }
    void completionRecordsTheActualEnd()
    {
        QFETCH(QDate, end);
        QFETCH(bool, ok);
        Db d;
        const Status s = PairLifecycle(d.db()).complete(u"g1"_s, end);
        QCOMPARE(s.ok(), ok);
        const Pair p = d.pair();
        QCOMPARE(p.actualEnd, ok ? end : QDate());
        QVERIFY(!p.completedEarly());
        QCOMPARE(p.events.size(), 0);
        if (!ok)
            QVERIFY(!s.error().isEmpty());
    }

    void reportDates()
    {
        Db d;
        PairLifecycle life(d.db());
        QVERIFY(life.recordReport(u"g1"_s, day("2026-06-03"), day("2026-06-02")).ok());
        QCOMPARE(d.pair().reportDate, day("2026-06-03"));
        QCOMPARE(d.pair().menteeQuestionnaire, day("2026-06-02"));
        QVERIFY(life.recordReport(u"g1"_s, QDate(), day("2026-06-02")).ok());
        QVERIFY(!d.pair().reportDate.isValid());
        QVERIFY(!life.recordReport(u"g1"_s, day("2025-01-01"), QDate()).ok());
        QVERIFY(!life.recordReport(u"g99"_s, day("2026-06-03"), QDate()).ok());
    }

    void historyOfAWholeLife()
    {
        Db d([](Dataset& data) {
            Pair& g1 = test::pair(data, u"g1"_s);
            g1.reportDate = QDate();
            g1.menteeQuestionnaire = QDate();
        });
        PairLifecycle life(d.db());
        QVERIFY(life.replaceMentor(u"g1"_s, replacement(day("2026-02-02"), u"p9"_s)).ok());
        ExtensionInput ext;
        ext.date = day("2026-05-04");
        ext.newEnd = day("2026-06-30");
        ext.reason = u"sick_leave"_s;
        QVERIFY(life.extend(u"g1"_s, ext).ok());
        QVERIFY(life.complete(u"g1"_s, day("2026-06-30")).ok());

        PairRepository repo(d.db());
        Result<QList<HistoryEntry>> history = repo.history(u"g1"_s, day("2026-07-01"));
        QVERIFY(history.ok());
        QList<HistoryEntry::Kind> kinds;
        for (const HistoryEntry& e : history.value())
            kinds << e.kind;
        const QList<HistoryEntry::Kind> expected
            = { HistoryEntry::Kind::Approved,     HistoryEntry::Kind::Started,
                HistoryEntry::Kind::PlanApproved, HistoryEntry::Kind::Replacement,
                HistoryEntry::Kind::Extension,    HistoryEntry::Kind::Completed,
                HistoryEntry::Kind::Report };
        QCOMPARE(kinds, expected);
        const HistoryEntry& approved = history->first();
        QCOMPARE(approved.orderId, u"o1"_s);
        QVERIFY2(approved.text.contains(u"12-о"_s), qPrintable(approved.text));
        const HistoryEntry& replaced = history->at(3);
        QCOMPARE(replaced.people, (QStringList { u"p1"_s, u"p9"_s }));
        QVERIFY(replaced.text.contains(u"Иванова М."_s) && replaced.text.contains(u"Сидорова А."_s));
        QVERIFY2(history->at(4).text.contains(u"30.06.2026"_s), qPrintable(history->at(4).text));
        // What is still awaited after the end: report and questionnaire, undated.
        QVERIFY(!history->last().date.isValid());
        QVERIFY(history->last().future);
        for (int i = 1; i + 1 < history->size(); ++i)
            QVERIFY(history->at(i - 1).date <= history->at(i).date);

        QVERIFY(life.recordReport(u"g1"_s, day("2026-07-02"), day("2026-07-03")).ok());
        history = repo.history(u"g1"_s, day("2026-07-10"));
        QCOMPARE(history->last().kind, HistoryEntry::Kind::Questionnaire);
        QCOMPARE(history->last().date, day("2026-07-03"));
        // Before today's date the end is ahead.
        Db fresh;
        const QList<HistoryEntry> ahead = repo.history(fresh.pair(), {}, {}, day("2026-01-20"));
        const auto plannedEnd = std::find_if(ahead.cbegin(), ahead.cend(), [](const HistoryEntry& e) {
            return e.kind == HistoryEntry::Kind::PlannedEnd;
        });
        QVERIFY(plannedEnd != ahead.cend());
        QCOMPARE(plannedEnd->date, day("2026-05-29"));
        QVERIFY(plannedEnd->future);
    }

    void reportDeadlinesAfterCompletion()
    {
        // Under the municipal profile the report and questionnaire are due 5 working days
        // after the end (004 6.1); «Сегодня» shows them from the completion on.
        Db d([](Dataset& data) {
            data.organization.profile = u"municipal"_s;
            Pair& g1 = test::pair(data, u"g1"_s);
            g1.form = u"traditional"_s;
            g1.reportDate = QDate();
            g1.menteeQuestionnaire = QDate();
            g1.plannedEnd = day("2026-06-19");
        });
        PairLifecycle life(d.db());
        QCOMPARE(life.profile().id, u"municipal"_s);
        QVERIFY(life.complete(u"g1"_s, day("2026-06-19")).ok());
        const QDate today = day("2026-06-22");
        Dataset data = DatasetRepository(d.db()).load().value();
        QList<DeadlineItem> items = Deadlines::collect(data, life.profile(), life.calendar(), today);
        QStringList kinds;
        for (const DeadlineItem& i : items) {
            if (i.pair == u"g1")
                kinds << Deadlines::kindLabel(i.kind) + u' ' + i.due.toString(Qt::ISODate);
        }
        // 19.06 (Friday) + 5 working days = 26.06.
        const QString due = life.calendar().addWorkingDays(day("2026-06-19"), 5).toString(Qt::ISODate);
        QCOMPARE(due, u"2026-06-26"_s);
        QVERIFY2(kinds.contains(Deadlines::kindLabel(DeadlineItem::Kind::ReportDue) + u' ' + due),
                 qPrintable(kinds.join(u"; ")));
        QVERIFY(kinds.contains(Deadlines::kindLabel(DeadlineItem::Kind::QuestionnaireDue) + u' ' + due));
        QVERIFY(life.recordReport(u"g1"_s, day("2026-06-23"), day("2026-06-24")).ok());
        data = DatasetRepository(d.db()).load().value();
        items = Deadlines::collect(data, life.profile(), life.calendar(), today);
        for (const DeadlineItem& i : items) {
            QVERIFY(i.kind != DeadlineItem::Kind::ReportDue);
            QVERIFY(i.kind != DeadlineItem::Kind::QuestionnaireDue);
        }
    }

    void demoPairCompletedDaysAgoIsDue()
    {
        const QDate today(2026, 11, 18);
        const Dataset demo = demo::school(today);
        const Pair* recent = nullptr;
        for (const Pair& p : demo.pairs) {
            if (p.actualEnd.isValid() && p.actualEnd > today.addDays(-10) && !p.reportDate.isValid())
                recent = &p;
        }
        QVERIFY(recent);
        const QList<DeadlineItem> items
            = Deadlines::collect(demo, test::profile(u"municipal"_s), WorkCalendar(), today);
        bool due = false;
        for (const DeadlineItem& i : items)
            due = due || (i.pair == recent->id && i.kind == DeadlineItem::Kind::ReportDue && !i.overdue);
        QVERIFY(due);
    }

    void demoKeepsItsFiveMistakes_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("February") << QDate(2026, 2, 1);
        QTest::newRow("April") << QDate(2026, 4, 14);
        QTest::newRow("November") << QDate(2026, 11, 22);
        QTest::newRow("next March") << QDate(2027, 3, 15);
    }
    void demoKeepsItsFiveMistakes()
    {
        QFETCH(QDate, today);
        const Dataset demo = demo::school(today);
        QStringList rules;
        for (const Finding& f : RuleEngine::check(demo, test::profile(u"school"_s), WorkCalendar(), today))
            rules << f.rule;
        QCOMPARE(rules,
                 (QStringList { u"consent.personal_data"_s,
                                u"external_mentor.documents"_s,
                                u"mentor.max_mentees"_s,
                                u"pair.duration_max"_s,
                                u"pair.order"_s }));
        // The survey names people of the demo, some of them mutually.
        const QList<Preference> survey = demo::survey(today);
        QVERIFY(survey.size() >= 8);
        int mutual = 0;
        for (const Preference& a : survey) {
            for (const Preference& b : survey)
                mutual += a.person == b.preferred && a.preferred == b.person ? 1 : 0;
        }
        QVERIFY(mutual >= 4);
    }

    // ---- PairRepository ----

    void saveValidates_data()
    {
        QTest::addColumn<test::DataChange>("change");
        QTest::addColumn<QString>("says");
        auto edit = [](std::function<void(Pair&)> f) {
            return test::DataChange([f](Dataset& d) { f(d.pairs[0]); });
        };
        QTest::newRow("no mentor") << edit([](Pair& p) { p.mentor.clear(); }) << u"mentor"_s;
        QTest::newRow("no mentees") << edit([](Pair& p) { p.mentees.clear(); }) << u"mentee"_s;
        QTest::newRow("mentor among the mentees")
            << edit([](Pair& p) { p.mentees << u"p1"_s; }) << u"Иванова"_s;
        QTest::newRow("a mentee twice") << edit([](Pair& p) { p.mentees << u"p2"_s; }) << u"twice"_s;
        QTest::newRow("end before the start")
            << edit([](Pair& p) { p.plannedEnd = day("2025-09-01"); }) << u"01.09.2025"_s;
        QTest::newRow("no start") << edit([](Pair& p) { p.start = QDate(); }) << u"start"_s;
        QTest::newRow("unknown person") << edit([](Pair& p) { p.mentees = { u"p404"_s }; }) << u"p404"_s;
        QTest::newRow("archived new mentee") << edit([](Pair& p) { p.mentees << u"p8"_s; }) << u"archive"_s;
        QTest::newRow("form of another profile")
            << edit([](Pair& p) { p.form = u"tutoring"_s; }) << u"profile"_s;
        QTest::newRow("unknown order") << edit([](Pair& p) { p.order = u"o99"_s; }) << u"o99"_s;
        QTest::newRow("an order of another type") << edit([](Pair& p) { p.order = u"o2"_s; }) << u"3-о"_s;
    }
    void saveValidates()
    {
        QFETCH(test::DataChange, change);
        QFETCH(QString, says);
        Db d([](Dataset& data) { test::person(data, u"p8"_s).archived = true; });
        Dataset edited = d.data;
        edited.pairs[0] = d.pair();
        change(edited);
        const Result<QString> saved
            = PairRepository(d.db()).save(edited.pairs[0], test::profile(u"school"_s));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(says, Qt::CaseInsensitive), qPrintable(saved.error()));
        QCOMPARE(d.pair(), PairRepository(d.db()).load(u"g1"_s).value());
        QCOMPARE(d.pair().mentees, QStringList { u"p2"_s });
    }

    void saveAndDelete()
    {
        Db d([](Dataset& data) {
            test::person(data, u"p2"_s).archived = true; // archived since: the pair stays editable
            data.pairs[0].form = u"coaching"_s; // a form of another profile, stored before
        });
        PairRepository repo(d.db());
        const Profile school = test::profile(u"school"_s);
        Pair g1 = d.pair();
        g1.note = u"  Пара работает по плану  "_s;
        QVERIFY2(repo.save(g1, school).ok(), qPrintable(repo.save(g1, school).error()));
        QCOMPARE(d.pair().note, u"Пара работает по плану"_s);

        // A new pair gets an id; a draft approving order chosen lists it.
        OrderRepository journal(d.db());
        Order draft;
        draft.type = u"pairs_approval"_s;
        draft.date = day("2026-01-12");
        const Result<Order> o = journal.createDraft(draft);
        QVERIFY(o.ok());
        Pair p;
        p.form = u"teacher_teacher"_s;
        p.mentor = u"p9"_s;
        p.mentees = { u"p3"_s, u"p4"_s };
        p.start = day("2026-01-19");
        p.plannedEnd = day("2026-12-18");
        p.title = u"Группа молодых педагогов"_s;
        p.order = o->id;
        const Result<QString> id = repo.save(p, school);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(!id->isEmpty());
        const Pair stored = d.pair(id.value());
        QCOMPARE(stored.mentees, (QStringList { u"p3"_s, u"p4"_s }));
        QCOMPARE(stored.order, o->id);
        QVERIFY(journal.load(o->id)->pairs.contains(id.value()));
        // Deleting: refused while an order lists the pair, with the order named.
        const Status refused = repo.remove(id.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(o->number), qPrintable(refused.error()));
        QVERIFY(journal.removeDraft(o->id).ok());
        QVERIFY(repo.remove(id.value()).ok());
        QVERIFY(!repo.exists(id.value()));
        QVERIFY(!repo.remove(u"g1"_s).ok()); // in the signed order o1
        QVERIFY(repo.exists(u"g1"_s));
        // A signed order that does not list the pair is not taken.
        Pair other = p;
        other.order = u"o1"_s;
        other.mentees = { u"p5"_s };
        const Result<QString> signedOrder = repo.save(other, school);
        QVERIFY(!signedOrder.ok());
        QVERIFY(signedOrder.error().contains(u"12-о"_s));
    }

    // ---- The data around a pair: inline findings ----

    void neighbourhoodFindings()
    {
        // p9 leads two single-mentee pairs over 2026; a third while both run is over the cap of
        // 2; in 2027 there is room. An earlier overload of p9 must not hide or stand in for it.
        Db d([](Dataset& data) {
            test::addPair(data, u"g2"_s, u"p9"_s, { u"p3"_s }, day("2026-01-12"), day("2026-12-18"));
            test::addPair(data, u"g3"_s, u"p9"_s, { u"p4"_s }, day("2026-01-12"), day("2026-12-18"));
        });
        const Profile school = test::profile(u"school"_s);
        const WorkCalendar calendar;
        PairNeighbourhood around(d.db());
        Pair p;
        p.form = u"teacher_teacher"_s;
        p.mentor = u"p9"_s;
        p.mentees = { u"p5"_s };
        p.start = day("2026-03-02");
        p.plannedEnd = day("2026-06-30");
        auto rules = [&](const Pair& pair) {
            QStringList ids;
            const Result<QList<Finding>> findings = around.check(pair, school, calendar, day("2026-02-01"));
            for (const Finding& f : findings.value())
                ids << f.rule;
            return ids;
        };
        QStringList found = rules(p);
        QVERIFY2(found.contains(u"mentor.max_mentees"_s), qPrintable(found.join(u", ")));
        QVERIFY(found.contains(u"pair.order"_s));
        const Result<Dataset> data = around.load(p);
        QVERIFY(data.ok());
        QCOMPARE(data->pairs.size(), 3); // the edited one and p9's two
        QCOMPARE(data->pairs.first().id, PairNeighbourhood::kNewPairId);
        p.start = day("2027-01-11");
        p.plannedEnd = day("2027-06-30");
        QVERIFY(!rules(p).contains(u"mentor.max_mentees"_s));
        p.mentor = u"p1"_s; // p1 leads g1 until 29.05.2026 only
        p.start = day("2026-03-02");
        QVERIFY(!rules(p).contains(u"mentor.max_mentees"_s));
        p.mentees = { u"p5"_s, u"p6"_s }; // a group is exempt
        p.mentor = u"p9"_s;
        QVERIFY(!rules(p).contains(u"mentor.max_mentees"_s));
        // A draft approving order chosen in the form counts as listing the pair.
        OrderRepository journal(d.db());
        Order draft;
        draft.type = u"pairs_approval"_s;
        draft.date = day("2026-02-20");
        p.order = journal.createDraft(draft)->id;
        QVERIFY(!rules(p).contains(u"pair.order"_s));
        // The stored pair g1 under its own id.
        QCOMPARE(rules(d.pair()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPairLifecycle)
#include "tst_pairlifecycle.moc"
