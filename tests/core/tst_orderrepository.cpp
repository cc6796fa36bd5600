#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/DocumentSettings.h"
#include "documents/OrderRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/OrganizationRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

void loadDemo(test::TempDatabase& t)
{
    const Status s = DatasetRepository(t.connection()).replaceAll(demo::school(kToday));
    if (!s)
        qFatal("%s", qPrintable(s.error()));
}
} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

private slots:
    void numberingPerYearWithSuffix()
    {
        test::TempDatabase t;
        OrderRepository journal(t.connection());
        QCOMPARE(journal.nextNumber(QDate(2026, 3, 1)).value(), u"1-о"_s);
        const Result<Order> first = journal.draftFinalEvent(QDate(2026, 3, 1));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->number, u"1-о"_s);
        QCOMPARE(journal.draftRoadmapApproval(QDate(2026, 4, 1))->number, u"2-о"_s);
        // A new calendar year starts again from 1.
        QCOMPARE(journal.draftFinalEvent(QDate(2027, 1, 11))->number, u"1-о"_s);
        QCOMPARE(journal.nextNumber(QDate(2026, 12, 30)).value(), u"3-о"_s);
        QCOMPARE(journal.journal(2026)->size(), 2);
        QCOMPARE(journal.journal()->size(), 3);
    }

    void numberFormatAndSuffix()
    {
        test::TempDatabase t;
        DocumentSettings settings;
        settings.orderNumberFormat = u"{n}/{year}-{suffix}"_s;
        QVERIFY(DocumentSettingsRepository(t.connection()).save(settings).ok());
        Organization org = OrganizationRepository(t.connection()).load().value();
        org.orderSuffix = u"од"_s;
        QVERIFY(OrganizationRepository(t.connection()).save(org).ok());
        OrderRepository journal(t.connection());
        QCOMPARE(journal.draftFinalEvent(QDate(2026, 5, 5))->number, u"1/2026-од"_s);
        QCOMPARE(journal.nextNumber(QDate(2026, 5, 6)).value(), u"2/2026-од"_s);
        QCOMPARE(OrderRepository::formatNumber(u"{n}-{suffix}"_s, 7, QString(), 2026), u"7"_s);
        QCOMPARE(DocumentSettingsRepository(t.connection()).load().value(), settings);

        settings.orderNumberFormat = u"приказ"_s;
        QVERIFY(!DocumentSettingsRepository(t.connection()).save(settings).ok());
        settings.orderNumberFormat = u"{n}"_s;
        settings.mentorPay = u"три тысячи"_s;
        QVERIFY(!DocumentSettingsRepository(t.connection()).save(settings).ok());
    }

    void demoJournalContinues()
    {
        test::TempDatabase t;
        loadDemo(t);
        OrderRepository journal(t.connection());
        // The demo's orders of 2026 are 41-о … 48-о (44-о is of 2025; 48-о approves the pair
        // completed a few days before today).
        QCOMPARE(journal.nextNumber(QDate(2026, 11, 20)).value(), u"49-о"_s);
        QCOMPARE(journal.nextNumber(QDate(2025, 10, 1)).value(), u"45-о"_s);
    }

    void draftThenSignedIsReadOnly()
    {
        test::TempDatabase t;
        loadDemo(t);
        OrderRepository journal(t.connection());
        const Result<Order> draft = journal.draftFinalEvent(QDate(2026, 11, 20));
        QVERIFY(draft.ok());
        QCOMPARE(draft->status, u"draft"_s);
        QVERIFY(draft->text.contains(u"ПРИКАЗЫВАЮ"_s));
        QVERIFY(orderstate::isEditable(draft->status));
        QVERIFY(journal.saveText(draft->id, u"<p>исправлено</p>"_s).ok());
        QCOMPARE(journal.load(draft->id)->text, u"<p>исправлено</p>"_s);
        QVERIFY(journal.regenerate(draft->id).ok());
        QVERIFY(journal.load(draft->id)->text.contains(u"ПРИКАЗЫВАЮ"_s));

        QVERIFY(journal.sign(draft->id).ok());
        const Order signedOrder = journal.load(draft->id).value();
        QCOMPARE(signedOrder.status, u"signed"_s);
        QVERIFY(!orderstate::isEditable(signedOrder.status));
        QVERIFY(!orderstate::canMove(u"signed"_s, u"draft"_s));

        // Every change of a signed order is refused with the same message; nothing changes.
        const QList<Status> refused = {journal.saveText(draft->id, u"<p>другое</p>"_s),
                                       journal.update(signedOrder),
                                       journal.regenerate(draft->id),
                                       journal.sign(draft->id),
                                       journal.removeDraft(draft->id)};
        for (const Status& s : refused) {
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(signedOrder.number), qPrintable(s.error()));
        }
        QCOMPARE(journal.load(draft->id).value(), signedOrder);

        // Corrections go through a new order, with the next number.
        const Result<Order> correction = journal.draftFinalEvent(QDate(2026, 11, 21));
        QVERIFY(correction.ok());
        QVERIFY(correction->number != signedOrder.number);
    }

    void draftsForPairEvents()
    {
        test::TempDatabase t;
        loadDemo(t);
        OrderRepository journal(t.connection());
        // The demo's replacement is in pair g10.
        const Result<Order> replacement = journal.draftReplacement(u"g10"_s, QDate(2026, 11, 20));
        QVERIFY2(replacement.ok(), qPrintable(replacement.error()));
        QCOMPARE(replacement->pairs, QStringList{u"g10"_s});
        QVERIFY(replacement->text.contains(u"наставником"_s));
        QSqlQuery q(t.connection());
        q.prepare(u"SELECT order_id FROM pair_event WHERE pair_id = 'g10' AND type = 'replacement'"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), replacement->id);

        QVERIFY(journal.draftExtension(u"g3"_s, QDate(2026, 11, 20)).ok());
        QVERIFY(journal.draftEarlyCompletion(u"g15"_s, QDate(2026, 11, 20)).ok());
        // No such event: refused with a message naming the pair.
        const Result<Order> none = journal.draftExtension(u"g1"_s);
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(u"g1"_s));
    }

    void pairsApprovalLinksPairs()
    {
        test::TempDatabase t;
        loadDemo(t);
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"SELECT id FROM pair WHERE order_id IS NULL"_s) && q.next());
        const QString unapproved = q.value(0).toString();
        OrderRepository journal(t.connection());
        const Result<Order> o = journal.draftPairsApproval({unapproved}, QDate(2026, 11, 20));
        QVERIFY2(o.ok(), qPrintable(o.error()));
        q.prepare(u"SELECT order_id FROM pair WHERE id = ?"_s);
        q.addBindValue(unapproved);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), o->id);
        QCOMPARE(journal.load(o->id)->pairs, QStringList{unapproved});
    }

    void badDraftsChangeNothing()
    {
        test::TempDatabase t;
        loadDemo(t);
        OrderRepository journal(t.connection());
        const int before = int(journal.journal()->size());
        Order wrongType;
        wrongType.type = u"dismissal"_s;
        QVERIFY(!journal.createDraft(wrongType).ok());
        const Result<Order> missingPair = journal.draftPairsApproval({u"g-none"_s});
        QVERIFY(!missingPair.ok());
        QVERIFY(missingPair.error().contains(u"g-none"_s));
        QVERIFY(!journal.draftPairsApproval({}).ok());
        QVERIFY(!journal.draftReward({}).ok());
        QCOMPARE(int(journal.journal()->size()), before);
        QVERIFY(!journal.load(u"o-none"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
