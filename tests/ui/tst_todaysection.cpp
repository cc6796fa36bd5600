#include "../core/RuleTestData.h"
#include "ChecksTestSupport.h"
#include "rules/Deadlines.h"
#include "storage/DeadlinesSnapshot.h"
#include "storage/ValidationRepository.h"
#include "today/DeadlinesModel.h"
#include "today/TodaySection.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeView>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

using Group = DeadlinesModel::Group;

/// Monday: «this week» runs to Sunday 02.11.2025, the horizon is 10.11.2025.
const QDate kToday(2025, 10, 27);

struct Fixture : test::ContextFixture
{
    TodaySection section;

    explicit Fixture(const QDate& today) : Fixture(today, demo::school(today)) {}
    Fixture(const QDate& today, const Dataset& data)
        : test::ContextFixture(today, data)
    {
        section.resize(1100, 700);
        section.setContext(context.get());
        section.show();
    }
    ~Fixture() { section.setContext(nullptr); }

    /// Waits until the deadlines, read on the background worker, are on screen.
    bool read()
    {
        return QTest::qWaitFor([this] { return !section.isLoading(); }, 10000);
    }

    QModelIndex group(Group g) const
    {
        DeadlinesModel* m = section.model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row, 0);
            if (i.data(DeadlinesModel::GroupRole).toInt() == int(g))
                return i;
        }
        return {};
    }
};

} // namespace

class TestTodaySection : public QObject
{
    Q_OBJECT

private slots:
    void groupsTheDemosDeadlines()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        QAbstractItemModelTester tester(f.section.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeadlinesModel* m = f.section.model();
        QVERIFY2(f.section.error().isEmpty(), qPrintable(f.section.error()));

        // The demo school on Monday 27.10.2025: overdue plan items, the items of the autumn
        // holidays' week and pairs that end.
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, 0).data().toString(), u"Overdue (%1)"_s.arg(m->count(Group::Overdue)));
        QCOMPARE(m->index(1, 0).data().toString(), u"This week (%1)"_s.arg(m->count(Group::ThisWeek)));
        QCOMPARE(m->index(2, 0).data().toString(), u"In the next 14 days (%1)"_s.arg(m->count(Group::Soon)));

        // The same deadlines the whole database gives.
        const ValidationInput in = ValidationRepository(f.db.connection()).load().value();
        QCOMPARE(m->items(), Deadlines::collect(in.data, in.profile, in.calendar, kToday));

        const QDate sunday(2025, 11, 2);
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex g = m->index(row, 0);
            const auto group = Group(g.data(DeadlinesModel::GroupRole).toInt());
            QVERIFY(f.section.tree()->isExpanded(g));
            for (int r = 0; r < m->rowCount(g); ++r) {
                const DeadlineItem* item = m->item(m->index(r, 0, g));
                QVERIFY(item);
                switch (group) {
                case Group::Overdue:
                    QVERIFY(item->due < kToday);
                    QVERIFY(m->index(r, DeadlinesModel::LeftColumn, g).data().toString().startsWith(u"overdue by"_s));
                    break;
                case Group::ThisWeek:
                    QVERIFY(item->due >= kToday && item->due <= sunday);
                    break;
                case Group::Soon:
                    QVERIFY(item->due > sunday && item->due <= kToday.addDays(14));
                    break;
                }
                QCOMPARE(m->index(r, DeadlinesModel::DueColumn, g).data().toString(), item->due.toString(u"dd.MM.yyyy"_s));
                QCOMPARE(m->index(r, DeadlinesModel::KindColumn, g).data().toString(), Deadlines::kindLabel(item->kind));
                QCOMPARE(m->index(r, DeadlinesModel::DescriptionColumn, g).data().toString(), item->description);
            }
        }
        const QString counts = f.section.countsLabel()->text();
        QVERIFY2(counts.contains(u"<b>%1</b> overdue"_s.arg(m->count(Group::Overdue))), qPrintable(counts));
    }

    void daysLeftInWords_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("text");
        QTest::newRow("today") << kToday << u"today"_s;
        QTest::newRow("tomorrow") << kToday.addDays(1) << u"tomorrow"_s;
        QTest::newRow("in five days") << kToday.addDays(5) << u"in 5 day(s)"_s;
        QTest::newRow("yesterday") << kToday.addDays(-1) << u"overdue by 1 day(s)"_s;
    }
    void daysLeftInWords()
    {
        QFETCH(QDate, due);
        QFETCH(QString, text);
        QCOMPARE(DeadlinesModel::daysText(due, kToday), text);
    }

    void weekGroups_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("group");
        QTest::newRow("monday, due sunday") << QDate(2026, 3, 2) << QDate(2026, 3, 8) << int(Group::ThisWeek);
        QTest::newRow("monday, due next monday") << QDate(2026, 3, 2) << QDate(2026, 3, 9) << int(Group::Soon);
        QTest::newRow("sunday, due today") << QDate(2026, 3, 8) << QDate(2026, 3, 8) << int(Group::ThisWeek);
        QTest::newRow("sunday, due tomorrow") << QDate(2026, 3, 8) << QDate(2026, 3, 9) << int(Group::Soon);
        QTest::newRow("due yesterday") << QDate(2026, 3, 8) << QDate(2026, 3, 7) << int(Group::Overdue);
    }
    void weekGroups()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(int, group);
        QCOMPARE(int(DeadlinesModel::groupOf(due, today)), group);
    }

    void theFindingsFollowInShort()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        QLabel* findings = f.section.findingsLabel();
        QVERIFY(findings->text().contains(u"checking the data"_s));
        QVERIFY(test::settle(f.findings()));
        const int total = int(f.findings().findings().size());
        QVERIFY(total > 0);
        QVERIFY2(findings->text().contains(u"%1 finding(s)"_s.arg(total)), qPrintable(findings->text()));
        QVERIFY(findings->text().contains(u"href=\"checks\""_s));
        QVERIFY(findings->text().contains(u"href=\"rule:"_s));

        QSignalSpy sections(f.context.get(), &AppContext::sectionRequested);
        QSignalSpy opened(f.context.get(), &AppContext::openRequested);
        emit findings->linkActivated(u"checks"_s);
        QCOMPARE(sections.count(), 1);
        QCOMPARE(sections.first().first().toString(), u"checks"_s);
        const QString rule = f.findings().findings().first().rule;
        emit findings->linkActivated(u"rule:"_s + rule);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).value<AppContext::Item>(), AppContext::Item::Rule);
        QCOMPARE(opened.first().at(1).toString(), rule);
    }

    void doubleClickOpensThePersonOrThePair()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        DeadlinesModel* m = f.section.model();
        QSignalSpy opened(f.context.get(), &AppContext::openRequested);
        // A deadline of a pair: its mentor while no section opens pairs, the pair once one does.
        QModelIndex pairItem;
        QModelIndex credentialItem;
        for (int g = 0; g < m->rowCount(); ++g) {
            for (int r = 0; r < m->rowCount(m->index(g, 0)); ++r) {
                const QModelIndex i = m->index(r, 0, m->index(g, 0));
                if (!m->item(i)->pair.isEmpty() && !pairItem.isValid())
                    pairItem = i;
                if (m->item(i)->kind == DeadlineItem::Kind::CredentialExpiring && !credentialItem.isValid())
                    credentialItem = i;
            }
        }
        QVERIFY(pairItem.isValid());
        f.section.openIndex(pairItem);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Person);
        QCOMPARE(opened.last().at(1).toString(), m->item(pairItem)->people.first());

        f.context->setOpenableItems({AppContext::Item::Person, AppContext::Item::Pair});
        f.section.openIndex(pairItem);
        QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Pair);
        QCOMPARE(opened.last().at(1).toString(), m->item(pairItem)->pair);

        if (credentialItem.isValid()) {
            f.section.openIndex(credentialItem);
            QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Person);
            QCOMPARE(opened.last().at(1).toString(), m->item(credentialItem)->people.first());
        }
        // A group opens nothing.
        const int before = int(opened.count());
        f.section.openIndex(m->index(0, 0));
        QCOMPARE(opened.count(), before);
    }

    void unconfirmedDeadlinesAreMarked()
    {
        // A municipal pair starting on 28.12.2026 without a plan: due 13.01.2027, a year
        // without decree data.
        Dataset d = test::baseline(u"municipal"_s);
        test::pair(d, u"g1"_s).start = QDate(2026, 12, 28);
        test::pair(d, u"g1"_s).plannedEnd = QDate(2027, 6, 30);
        test::removePlan(d, u"g1"_s);
        Fixture f(QDate(2026, 12, 30), d);
        QVERIFY(f.read());
        DeadlinesModel* m = f.section.model();
        const QModelIndex week = f.group(Group::Soon);
        QVERIFY(week.isValid());
        const QModelIndex item = m->index(0, DeadlinesModel::DescriptionColumn, week);
        QVERIFY(m->item(item)->unconfirmedCalendar);
        QVERIFY2(item.data().toString().endsWith(u"(the deadline is not confirmed by the production calendar)"_s),
                 qPrintable(item.data().toString()));
        QCOMPARE(m->index(0, DeadlinesModel::DueColumn, week).data().toString(), u"13.01.2027 *"_s);
        QVERIFY(item.data(Qt::ToolTipRole).toString().contains(u"Labour Code art. 112"_s));
    }

    void nothingDueSaysSo()
    {
        Fixture f(kToday, Dataset());
        QVERIFY(f.read());
        QCOMPARE(f.section.model()->rowCount(), 0);
        QVERIFY(f.section.findChild<QLabel*>(u"todayEmpty"_s)->text().startsWith(u"No deadlines"_s));
    }

    void aDatabaseThatCannotBeReadIsExplained()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(u"UPDATE organization SET profile = 'gone'"_s));
        f.context->notifyDataChanged();
        QVERIFY(f.read());
        QVERIFY2(f.section.error().contains(u"gone"_s), qPrintable(f.section.error()));
        QCOMPARE(f.section.model()->rowCount(), 0);
        QVERIFY(f.section.findChild<QLabel*>(u"todayEmpty"_s)->text().contains(u"gone"_s));
    }

    void refreshesAfterAChange()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        const int before = int(f.section.model()->items().size());
        // Every plan item done: their deadlines go.
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(u"UPDATE plan_item SET done = '2026-03-01', status = 'done'"_s));
        f.context->notifyDataChanged();
        QVERIFY(f.read());
        QVERIFY(f.section.model()->items().size() < before);
        for (const DeadlineItem& i : f.section.model()->items())
            QVERIFY(i.kind != DeadlineItem::Kind::PlanItemDue);
    }

    void keepsTheDeadlinesForTheNextOpening()
    {
        Fixture f(kToday);
        QVERIFY(f.read());
        const DeadlinesSnapshot snapshot;
        // Prepared on the upkeep's worker after the read: today and tomorrow (a Tuesday).
        QVERIFY(QTest::qWaitFor([&] { return snapshot.isPrepared(f.db.path(), kToday); }, 20000));
        QCOMPARE(*snapshot.find(f.db.path(), kToday), f.section.model()->items());
        QVERIFY(!snapshot.find(f.db.path(), kToday.addDays(2)));

        // After a change the section reads again, and keeps the lists of the data as it is now.
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(u"UPDATE plan_item SET done = '2025-10-01', status = 'done'"_s));
        QVERIFY(!snapshot.find(f.db.path(), kToday));
        f.context->notifyDataChanged();
        QVERIFY(f.read());
        QVERIFY(QTest::qWaitFor([&] { return snapshot.isPrepared(f.db.path(), kToday); }, 20000));
        const std::optional<QList<DeadlineItem>> kept = snapshot.find(f.db.path(), kToday);
        QVERIFY(kept);
        QCOMPARE(*kept, f.section.model()->items());
        for (const DeadlineItem& i : *kept)
            QVERIFY(i.kind != DeadlineItem::Kind::PlanItemDue);

        // The next opening, tomorrow, shows the deadlines kept for it.
        f.section.setContext(nullptr);
        f.context->setToday(kToday.addDays(1));
        f.section.setContext(f.context.get());
        QVERIFY(f.read());
        QCOMPARE(f.section.model()->items(), *snapshot.find(f.db.path(), kToday.addDays(1)));
    }
};

QTEST_MAIN(TestTodaySection)
#include "tst_todaysection.moc"
