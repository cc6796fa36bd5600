#include "util/Background.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtTest>

#include <atomic>

using namespace nastavnik;

namespace {

/// A screen's read that runs until `release` is set (or ten seconds pass).
QFuture<void> screenReadUntil(const std::shared_ptr<std::atomic<bool>>& release)
{
    return background::run(background::Screen, [release](QPromise<void>&) {
        QElapsedTimer held;
        held.start();
        while (!release->load() && held.elapsed() < 10000)
            QThread::msleep(2);
    });
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private slots:
    void lowerWorkWaitsForTheScreensRead()
    {
        auto release = std::make_shared<std::atomic<bool>>(false);
        QFuture<void> screen = screenReadUntil(release);
        QTRY_COMPARE(background::pool(background::Screen).activeThreadCount(), 1);
        auto upkeepStarted = std::make_shared<std::atomic<bool>>(false);
        auto checkStarted = std::make_shared<std::atomic<bool>>(false);
        QFuture<int> upkeep = background::run(background::Upkeep, [upkeepStarted] {
            upkeepStarted->store(true);
            return 1;
        });
        QFuture<int> check = background::run(background::Check, [checkStarted] {
            checkStarted->store(true);
            return 2;
        });
        // While the screen's read runs, neither the upkeep nor the findings begin.
        QTest::qWait(300);
        QVERIFY(!upkeepStarted->load());
        QVERIFY(!checkStarted->load());
        release->store(true);
        screen.waitForFinished();
        QCOMPARE(upkeep.result(), 1);
        QCOMPARE(check.result(), 2);
        QVERIFY(upkeepStarted->load());
        QVERIFY(checkStarted->load());
    }

    void lowerWorkWaitsNoLongerThanItsLimit()
    {
        // A screen's read that does not end does not hold the integrity check back for good.
        auto release = std::make_shared<std::atomic<bool>>(false);
        QFuture<void> screen = screenReadUntil(release);
        QTRY_COMPARE(background::pool(background::Screen).activeThreadCount(), 1);
        QElapsedTimer waited;
        waited.start();
        QFuture<qint64> upkeep = background::run(background::Upkeep, [waited] { return waited.elapsed(); });
        const qint64 startedAfter = upkeep.result();
        QVERIFY(!screen.isFinished());
        QVERIFY2(startedAfter >= background::kScreenFirstMs - 50, qPrintable(QString::number(startedAfter)));
        QVERIFY2(startedAfter < background::kScreenFirstMs + 2000, qPrintable(QString::number(startedAfter)));
        release->store(true);
        screen.waitForFinished();
    }

    void nothingWaitsWithoutAScreensRead()
    {
        QElapsedTimer waited;
        waited.start();
        QFuture<qint64> upkeep = background::run(background::Upkeep, [waited] { return waited.elapsed(); });
        QVERIFY2(upkeep.result() < background::kScreenFirstMs / 2, qPrintable(QString::number(upkeep.result())));
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
