#include "RuleTestData.h"
#include "calendar/WorkCalendar.h"
#include "demo/DemoData.h"
#include "rules/Deadlines.h"

#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

using Kind = DeadlineItem::Kind;

QList<DeadlineItem> collect(const Dataset& d, const QString& profile, const QDate& today, int horizon = 14)
{
    return Deadlines::collect(d, test::profile(profile), WorkCalendar(), today, horizon);
}

/// "kind due overdue pair" of each item, for compact comparisons.
QStringList keys(const QList<DeadlineItem>& items)
{
    QStringList result;
    for (const DeadlineItem& i : items)
        result << u"%1 %2%3 %4"_s.arg(int(i.kind)).arg(dates::toIso(i.due), i.overdue ? u" overdue"_s : QString(), i.pair);
    return result;
}

QString key(Kind kind, const char* due, bool overdue, const QString& pair)
{
    return u"%1 %2%3 %4"_s.arg(int(kind)).arg(QString::fromLatin1(due), overdue ? u" overdue"_s : QString(), pair);
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void planDue_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("expected");
        // 15.09.2025 + 5 working days = 22.09.2025.
        QTest::newRow("the deadline beyond the horizon") << day("2025-09-07") << QStringList();
        QTest::newRow("the deadline at the horizon") << day("2025-09-08") << QStringList{key(Kind::PlanDue, "2025-09-22", false, u"g1"_s)};
        QTest::newRow("due today") << day("2025-09-22") << QStringList{key(Kind::PlanDue, "2025-09-22", false, u"g1"_s)};
        QTest::newRow("overdue the day after") << day("2025-09-23") << QStringList{key(Kind::PlanDue, "2025-09-22", true, u"g1"_s)};
        QTest::newRow("overdue months later") << day("2026-03-02") << QStringList{key(Kind::PlanDue, "2025-09-22", true, u"g1"_s)};
    }
    void planDue()
    {
        QFETCH(QDate, today);
        QFETCH(QStringList, expected);
        Dataset d = baseline(u"municipal"_s);
        removePlan(d, u"g1"_s);
        QCOMPARE(keys(collect(d, u"municipal"_s, today)), expected);
    }

    void planApprovedIsNotDue()
    {
        QVERIFY(collect(baseline(u"municipal"_s), u"municipal"_s, day("2025-09-20")).isEmpty());
        // The school profile has no plan deadline.
        Dataset d = baseline(u"school"_s);
        removePlan(d, u"g1"_s);
        QVERIFY(collect(d, u"school"_s, day("2025-09-20")).isEmpty());
    }

    void reportAndEnd()
    {
        Dataset d = baseline(u"municipal"_s);
        pair(d, u"g1"_s).reportDate = QDate();
        pair(d, u"g1"_s).menteeQuestionnaire = QDate();
        // Two weeks before the end: the end is within the horizon, the report (05.06) not yet.
        QCOMPARE(keys(collect(d, u"municipal"_s, day("2026-05-15"))), QStringList{key(Kind::PairEnding, "2026-05-29", false, u"g1"_s)});
        // The end day: ending today, report and questionnaire due within the horizon.
        QCOMPARE(keys(collect(d, u"municipal"_s, day("2026-05-29"))),
                 (QStringList{key(Kind::PairEnding, "2026-05-29", false, u"g1"_s), key(Kind::ReportDue, "2026-06-05", false, u"g1"_s),
                              key(Kind::QuestionnaireDue, "2026-06-05", false, u"g1"_s)}));
        // After the deadline both are overdue.
        QCOMPARE(keys(collect(d, u"municipal"_s, day("2026-06-08"))),
                 (QStringList{key(Kind::ReportDue, "2026-06-05", true, u"g1"_s), key(Kind::QuestionnaireDue, "2026-06-05", true, u"g1"_s)}));
        // The report is in: only the questionnaire is left.
        pair(d, u"g1"_s).reportDate = day("2026-06-03");
        QCOMPARE(keys(collect(d, u"municipal"_s, day("2026-06-08"))),
                 QStringList{key(Kind::QuestionnaireDue, "2026-06-05", true, u"g1"_s)});
        // Long after the end the pair drops out of «Сегодня» (its finding stays in «Проверка»).
        QVERIFY(collect(d, u"municipal"_s, day("2026-12-01")).isEmpty());
    }

    void planItems()
    {
        Dataset d = baseline(u"school"_s);
        Pair& g = pair(d, u"g1"_s);
        g.planItems << PlanItem{0, u"Посещение уроков"_s, day("2026-02-20"), {}, {}, {}, u"planned"_s}
                    << PlanItem{0, u"Открытый урок"_s, day("2026-03-16"), {}, {}, {}, u"in_progress"_s}
                    << PlanItem{0, u"Анализ урока"_s, day("2026-03-17"), {}, {}, {}, u"planned"_s}
                    << PlanItem{0, u"Сделано"_s, day("2026-02-25"), day("2026-02-24"), {}, {}, u"done"_s}
                    << PlanItem{0, u"Отменено"_s, day("2026-02-26"), {}, {}, {}, u"cancelled"_s};
        const QList<DeadlineItem> items = collect(d, u"school"_s, day("2026-03-02"));
        QCOMPARE(keys(items), (QStringList{key(Kind::PlanItemDue, "2026-02-20", true, u"g1"_s),
                                           key(Kind::PlanItemDue, "2026-03-16", false, u"g1"_s)}));
        QVERIFY(items.first().description.contains(u"Посещение уроков"_s));
        QCOMPARE(items.first().people, (QStringList{u"p1"_s, u"p2"_s}));
        QVERIFY(!items.first().unconfirmedCalendar);
    }

    void credentials()
    {
        Dataset d = baseline(u"municipal"_s);
        // p1's tutor certificate of 01.09.2024 is valid through 01.09.2027 (3 years).
        QVERIFY(collect(d, u"municipal"_s, day("2026-03-02")).isEmpty());
        credential(d, u"p1"_s, u"mentor_status"_s).validUntil = day("2026-03-10");
        addCredential(d, u"p2"_s, u"medical_certificate"_s, day("2025-01-01"), day("2026-02-01"));
        addCredential(d, u"p9"_s, u"coach_training"_s, day("2025-01-01"), day("2026-03-05")); // p9 is in no pair
        QList<DeadlineItem> items = collect(d, u"municipal"_s, day("2026-03-02"));
        QCOMPARE(keys(items), (QStringList{key(Kind::CredentialExpiring, "2026-02-01", true, QString()),
                                           key(Kind::CredentialExpiring, "2026-03-10", false, QString())}));
        QCOMPARE(items.first().people, QStringList{u"p2"_s});
        QVERIFY(items.at(1).description.contains(u"Иванова Мария Петровна"_s));
        // A renewed document replaces the expiring one.
        addCredential(d, u"p1"_s, u"mentor_status"_s, day("2026-03-01"), day("2029-03-01"));
        items = collect(d, u"municipal"_s, day("2026-03-02"));
        QCOMPARE(items.size(), 1);
        // The tutor certificate's three years count under the municipal profile.
        credential(d, u"p1"_s, u"tutor_certificate"_s).issued = day("2023-03-10");
        items = collect(d, u"municipal"_s, day("2026-03-02"));
        QCOMPARE(keys(items), (QStringList{key(Kind::CredentialExpiring, "2026-02-01", true, QString()),
                                           key(Kind::CredentialExpiring, "2026-03-10", false, QString())}));
        QVERIFY(items.at(1).description.contains(u"Tutor certificate"_s));
        // A document of the same type without an end (the municipal profile gives a medical
        // certificate no validity) keeps the type from expiring; the other holder's stays.
        addCredential(d, u"p2"_s, u"medical_certificate"_s, day("2025-06-01"));
        items = collect(d, u"municipal"_s, day("2026-03-02"));
        QCOMPARE(keys(items), QStringList{key(Kind::CredentialExpiring, "2026-03-10", false, QString())});
        QCOMPARE(items.first().people, QStringList{u"p1"_s});
    }

    void sameDayOrderedByPair()
    {
        // Deadlines of one day and kind follow the pairs' ids as a person reads them (g2 < g10).
        Dataset d = baseline(u"municipal"_s);
        Pair copy = pair(d, u"g1"_s);
        for (const QString& id : {u"g10"_s, u"g2"_s}) {
            copy.id = id;
            d.pairs << copy;
        }
        for (const QString& id : {u"g1"_s, u"g10"_s, u"g2"_s})
            removePlan(d, id);
        QCOMPARE(keys(collect(d, u"municipal"_s, day("2025-09-22"))),
                 (QStringList{key(Kind::PlanDue, "2025-09-22", false, u"g1"_s),
                              key(Kind::PlanDue, "2025-09-22", false, u"g2"_s),
                              key(Kind::PlanDue, "2025-09-22", false, u"g10"_s)}));
    }

    void horizon()
    {
        Dataset d = baseline(u"school"_s);
        QVERIFY(collect(d, u"school"_s, day("2026-05-14")).isEmpty());
        QCOMPARE(collect(d, u"school"_s, day("2026-05-15")).size(), 1);
        QCOMPARE(collect(d, u"school"_s, day("2026-05-10"), 30).size(), 1);
    }

    void unconfirmedCalendar()
    {
        Dataset d = baseline(u"municipal"_s);
        Pair& g = pair(d, u"g1"_s);
        g.start = day("2026-12-28");
        g.plannedEnd = day("2027-12-28");
        g.hasPlan = false;
        g.planApproved = QDate();
        const QList<DeadlineItem> items = collect(d, u"municipal"_s, day("2026-12-30"));
        QCOMPARE(keys(items), QStringList{key(Kind::PlanDue, "2027-01-13", false, u"g1"_s)});
        QVERIFY(items.first().unconfirmedCalendar);
    }

    void demoHasDeadlines()
    {
        const QDate today(2026, 11, 22);
        const Dataset demo = demo::school(today);
        const QList<DeadlineItem> items = Deadlines::collect(demo, test::profile(u"school"_s), WorkCalendar(), today);
        QVERIFY(!items.isEmpty());
        for (const DeadlineItem& i : items) {
            QVERIFY(!i.description.isEmpty());
            QVERIFY(i.due <= today.addDays(14));
            QCOMPARE(i.overdue, i.due < today);
            QVERIFY(!Deadlines::kindLabel(i.kind).isEmpty());
        }
        for (int k = 1; k < items.size(); ++k)
            QVERIFY(items.at(k - 1).due <= items.at(k).due);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
