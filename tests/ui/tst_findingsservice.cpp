#include "ChecksTestSupport.h"
#include "MainWindow.h"
#include "checks/ChecksSection.h"
#include "checks/FindingsModel.h"
#include "rules/RuleEngine.h"
#include "storage/ValidationRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

QList<Finding> expected(const QSqlDatabase& db, const QDate& today)
{
    const ValidationInput in = ValidationRepository(db).load().value();
    return RuleEngine::check(in.data, in.profile, in.calendar, today);
}

bool exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    return q.exec(statement);
}

} // namespace

class TestFindingsService : public QObject
{
    Q_OBJECT

private slots:
    void publishesTheFindingsOfTheDatabase()
    {
        test::ContextFixture f(kToday);
        FindingsService& service = f.findings();
        QSignalSpy published(&service, &FindingsService::reportChanged);
        QVERIFY(service.isChecking());
        QVERIFY(!service.hasReport());
        QVERIFY(service.findings().isEmpty());
        QVERIFY(test::settle(service));
        QVERIFY(service.hasReport());
        QVERIFY2(service.error().isEmpty(), qPrintable(service.error()));
        // The context's start and its today() came together: one check.
        QCOMPARE(service.checksStarted(), 1);
        QCOMPARE(published.count(), 1);
        QCOMPARE(service.findings(), expected(f.db.connection(), kToday));
        QVERIFY(!service.findings().isEmpty());
        QCOMPARE(service.report().today, kToday);
        QCOMPARE(service.report().profile.id, u"school"_s);

        // The helpers agree with the rule engine's.
        const Finding& first = service.findings().first();
        const QString person = first.people.value(0);
        QCOMPARE(service.concerningPerson(person), RuleEngine::concerningPerson(service.findings(), person));
        for (const Finding& finding : service.findings()) {
            for (const QString& pair : finding.pairs)
                QVERIFY(service.pairHasFindings(pair));
        }
        QVERIFY(!service.pairHasFindings(u"no-such-pair"_s));
    }

    void aBurstOfChangesIsCheckedOnce()
    {
        test::ContextFixture f(kToday);
        FindingsService& service = f.findings();
        QVERIFY(test::settle(service));
        QSignalSpy published(&service, &FindingsService::reportChanged);
        QSignalSpy checking(&service, &FindingsService::checkingChanged);
        const int before = service.checksStarted();
        for (int i = 0; i < 5; ++i)
            f.context->notifyDataChanged();
        QVERIFY(service.isChecking());
        QCOMPARE(checking.count(), 1);
        QVERIFY(test::settle(service));
        QCOMPARE(service.checksStarted(), before + 1);
        QCOMPARE(published.count(), 1);
        QCOMPARE(checking.count(), 2);
        QCOMPARE(checking.last().first().toBool(), false);
    }

    void aChangeDuringACheckIsNeverPublishedStale()
    {
        test::ContextFixture f(kToday);
        FindingsService& service = f.findings();
        QVERIFY(test::settle(service));
        const int findings = int(service.findings().size());
        QSignalSpy published(&service, &FindingsService::reportChanged);
        const int before = service.checksStarted();
        service.checkNow();
        // While that check reads, every personal-data consent disappears.
        QVERIFY(exec(f.db.connection(), u"DELETE FROM consent WHERE type = 'personal_data'"_s));
        f.context->notifyDataChanged();
        QVERIFY(test::settle(service));
        QCOMPARE(published.count(), 1);
        QCOMPARE(service.checksStarted(), before + 2);
        QCOMPARE(service.findings(), expected(f.db.connection(), kToday));
        QVERIFY(service.findings().size() > findings);
    }

    void aFailedCheckKeepsTheLastReport()
    {
        test::ContextFixture f(kToday);
        FindingsService& service = f.findings();
        QVERIFY(test::settle(service));
        const QList<Finding> last = service.findings();
        QSignalSpy failed(&service, &FindingsService::checkFailed);
        QSignalSpy published(&service, &FindingsService::reportChanged);
        QVERIFY(exec(f.db.connection(), u"UPDATE organization SET profile = 'gone'"_s));
        f.context->notifyDataChanged();
        QVERIFY(test::settle(service));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(published.count(), 0);
        QVERIFY2(service.error().contains(u"gone"_s), qPrintable(service.error()));
        QVERIFY(service.hasReport());
        QCOMPARE(service.findings(), last);

        // Repaired: the error goes.
        QVERIFY(exec(f.db.connection(), u"UPDATE organization SET profile = 'school'"_s));
        f.context->notifyDataChanged();
        QVERIFY(test::settle(service));
        QVERIFY(service.error().isEmpty());
        QCOMPARE(published.count(), 1);
    }

    void todayIsPartOfTheCheck()
    {
        test::ContextFixture f(kToday);
        FindingsService& service = f.findings();
        QVERIFY(test::settle(service));
        f.context->setToday(kToday.addYears(2));
        QVERIFY(test::settle(service));
        QCOMPARE(service.report().today, kToday.addYears(2));
        QCOMPARE(service.findings(), expected(f.db.connection(), kToday.addYears(2)));
    }

    void aContextMayGoWhileItChecks()
    {
        test::ContextFixture f(kToday);
        f.findings().checkNow();
        QVERIFY(f.findings().isChecking());
        f.context.reset(); // waits for the worker; nothing is published to a dead service
        QVERIFY(!f.context);
    }

    void noStaleResultsAfterSwitchingDatabases()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"demo.sqlite"_s);
        const QString second = dir.filePath(u"empty.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(first, Database::Mode::CreateIfMissing).ok());
            QVERIFY(DatasetRepository(db.connection()).replaceAll(demo::school(kToday)).ok());
            Database other;
            QVERIFY(other.open(second, Database::Mode::CreateIfMissing).ok());
        }
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openDatabase(first));
        window.context()->setToday(kToday);
        QVERIFY(test::settle(window.context()->findings()));
        auto* checks = static_cast<ChecksSection*>(window.section(u"checks"_s));
        QVERIFY(checks->model()->shownCount() > 0);

        QVERIFY(window.openDatabase(second));
        FindingsService& service = window.context()->findings();
        // Nothing of the first database is shown while the second one is checked.
        QCOMPARE(checks->model()->rowCount(), 0);
        QCOMPARE(checks->model()->shownCount(), 0);
        QVERIFY(!service.hasReport());
        QVERIFY(test::settle(service));
        QVERIFY(service.hasReport());
        QVERIFY(service.findings().isEmpty());
        QCOMPARE(checks->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFindingsService)
#include "tst_findingsservice.moc"
