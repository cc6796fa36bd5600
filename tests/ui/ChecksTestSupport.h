#pragma once

// Shared by the tests of «Сегодня», «Проверка», the findings service and the settings pages.

#include "AppContext.h"
#include "FindingsService.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "settings/AppSettings.h"
#include "storage/DatasetRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace nastavnik::test {

/// Waits until the service has published the report of the latest change (or failed).
inline bool settle(ui::FindingsService& service, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (service.isChecking() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !service.isChecking();
}

/// A fresh database holding `data` (the demo school of `today` by default), and a context on
/// it whose today is fixed.
struct ContextFixture
{
    TempDatabase db;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<ui::AppContext> context;

    explicit ContextFixture(const QDate& today) : ContextFixture(today, demo::school(today)) {}
    ContextFixture(const QDate& today, const Dataset& data)
    {
        const Status s = DatasetRepository(db.connection()).replaceAll(data);
        if (!s)
            qFatal("the test data could not be stored: %s", qPrintable(s.error()));
        context = std::make_unique<ui::AppContext>(db.db(), settings);
        context->setToday(today);
    }
    ui::FindingsService& findings() const { return context->findings(); }
};

} // namespace nastavnik::test
