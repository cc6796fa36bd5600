#include "TestSupport.h"
#include "demo/DemoData.h"
#include "storage/DatasetRepository.h"

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
