#include "TestSupport.h"
#include "demo/DemoData.h"
#include "rules/Deadlines.h"
#include "rules/RuleEngine.h"
#include "storage/DatasetRepository.h"
#include "storage/ValidationRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {
/// Storage row ids are not part of the data; clear them before comparing.
Dataset withoutRowIds(Dataset d)
{
    for (Person& p : d.people) {
        for (Credential& c : p.credentials)
            c.rowId = 0;
    }
    for (Pair& p : d.pairs) {
        for (PairEvent& e : p.events)
            e.rowId = 0;
        for (PlanItem& i : p.planItems)
            i.rowId = 0;
        for (Meeting& m : p.meetings)
            m.rowId = 0;
    }
    return d;
}
} // namespace

class TestDatasetRepository : public QObject
{
    Q_OBJECT

private slots:
    void demoRoundTrip()
    {
        test::TempDatabase t;
        DatasetRepository repo(t.connection());
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        QVERIFY(demo.people.size() > 100);
        QVERIFY(demo.pairs.size() >= 35);
        const Status s = repo.replaceAll(demo);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const Result<Dataset> loaded = repo.load();
        QVERIFY(loaded.ok());
        const Dataset back = withoutRowIds(loaded.value());
        QCOMPARE(back.people.size(), demo.people.size());
        for (int i = 0; i < demo.people.size(); ++i)
            QCOMPARE(back.people.at(i), demo.people.at(i));
        QCOMPARE(back.consents, demo.consents);
        QCOMPARE(back.orders, demo.orders);
        for (int i = 0; i < demo.pairs.size(); ++i)
            QCOMPARE(back.pairs.at(i), demo.pairs.at(i));
        QCOMPARE(back.organization, demo.organization);
        QVERIFY(back == demo);
    }

    // The check reads only part of the database (Scope::Validation); it must find exactly what
    // it finds in the whole Dataset, under every profile and on any day of the year.
    void validationScopeFindsTheSame_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("start of the school year") << QDate(2026, 9, 15);
        QTest::newRow("the day the demo is made for") << QDate(2026, 11, 22);
        QTest::newRow("spring, reports due") << QDate(2027, 5, 20);
        QTest::newRow("a year later, pairs ended") << QDate(2027, 12, 1);
    }
    void validationScopeFindsTheSame()
    {
        QFETCH(QDate, today);
        test::TempDatabase t;
        DatasetRepository repo(t.connection());
        const Status s = repo.replaceAll(demo::school(QDate(2026, 11, 22)));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const Result<Dataset> whole = repo.load();
        QVERIFY(whole.ok());
        const Result<ValidationInput> in = ValidationRepository(t.connection()).load();
        QVERIFY2(in.ok(), qPrintable(in.error()));
        QVERIFY(!in->profiles.isEmpty());
        qsizetype found = 0;
        for (const Profile& profile : in->profiles) {
            const QList<Finding> expected = RuleEngine::check(whole.value(), profile, in->calendar, today);
            QCOMPARE(RuleEngine::check(in->data, profile, in->calendar, today), expected);
            QCOMPARE(Deadlines::collect(in->data, profile, in->calendar, today, 60, 365),
                     Deadlines::collect(whole.value(), profile, in->calendar, today, 60, 365));
            found += expected.size();
        }
        QVERIFY(found > 0);
    }

    // Rows edited later (not written in order by replaceAll) still come in their positions.
    void childrenComeInTheirPositions()
    {
        test::TempDatabase t;
        DatasetRepository repo(t.connection());
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        QVERIFY(repo.replaceAll(demo).ok());
        qsizetype pairIndex = -1;
        for (qsizetype i = 0; i < demo.pairs.size() && pairIndex < 0; ++i) {
            if (demo.pairs.at(i).planItems.size() >= 3)
                pairIndex = i;
        }
        QVERIFY(pairIndex >= 0);
        const Pair& pair = demo.pairs.at(pairIndex);
        QSqlQuery q(t.connection());
        q.prepare(u"UPDATE plan_item SET position = ? - position WHERE pair_id = ?"_s);
        q.addBindValue(int(pair.planItems.size()) - 1);
        q.addBindValue(pair.id);
        QVERIFY(q.exec());
        const Result<Dataset> loaded = repo.load();
        QVERIFY(loaded.ok());
        QList<PlanItem> reversed = withoutRowIds(loaded.value()).pairs.at(pairIndex).planItems;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(reversed, pair.planItems);
        if (pairIndex + 1 < demo.pairs.size())
            QCOMPARE(withoutRowIds(loaded.value()).pairs.at(pairIndex + 1), demo.pairs.at(pairIndex + 1));
    }

    void replaceIsAllOrNothing()
    {
        test::TempDatabase t;
        DatasetRepository repo(t.connection());
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        QVERIFY(repo.replaceAll(demo).ok());

        Dataset broken = demo;
        broken.pairs.first().mentor = u"p-nobody"_s; // a reference that does not resolve
        const Status s = repo.replaceAll(broken);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
        QCOMPARE(withoutRowIds(repo.load().value()), demo);
    }

    void forwardReferences()
    {
        test::TempDatabase t;
        Dataset d;
        Person staff;
        staff.id = u"a"_s;
        staff.lastName = u"Петров"_s;
        staff.supervisor = u"b"_s; // listed after
        Person boss;
        boss.id = u"b"_s;
        boss.lastName = u"Сидорова"_s;
        d.people << staff << boss;
        DatasetRepository repo(t.connection());
        const Status s = repo.replaceAll(d);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(repo.load()->people.first().supervisor, u"b"_s);
    }

    void emptyDatabaseLoadsEmpty()
    {
        test::TempDatabase t;
        const Result<Dataset> d = DatasetRepository(t.connection()).load();
        QVERIFY(d.ok());
        QVERIFY(d->people.isEmpty());
        QVERIFY(d->pairs.isEmpty());
        QCOMPARE(d->organization.profile, u"school"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatasetRepository)
#include "tst_datasetrepository.moc"
