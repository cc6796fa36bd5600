#include "FindingsService.h"

#include "AppContext.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "util/Background.h"


namespace nastavnik::ui {
namespace {
// Long enough to gather the notifications of one user action, short enough not to be seen.
constexpr int kBurstMs = 120;
} // namespace

FindingsService::FindingsService(AppContext& context)
    : m_context(context)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &FindingsService::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FindingsService::onFinished);
    connect(&context, &AppContext::dataChanged, this, &FindingsService::invalidate);
    m_checking = true;
    // A moment after opening, so that the window's first screen is drawn before a check
    // starts competing for the processor.
    m_delay.start(kBurstMs);
}

FindingsService::~FindingsService()
{
    m_delay.stop();
    if (m_cancel)
        m_cancel->store(true);
    // The worker reads the database file: it must be done before the file is closed, replaced
    // (the demo) or removed (tests). The cancel flag makes this short.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QList<Finding> FindingsService::concerningPerson(const QString& personId) const
{
    return RuleEngine::concerningPerson(m_report.findings, personId);
}

QList<Finding> FindingsService::concerningPair(const QString& pairId) const
{
    return RuleEngine::concerningPair(m_report.findings, pairId);
}

void FindingsService::invalidate()
{
    setChecking(true);
    if (m_running) {
        // What it computes is already out of date: stop it and check again when it is done.
        m_again = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    m_delay.start(kBurstMs);
}

void FindingsService::checkNow()
{
    setChecking(true);
    if (m_running) {
        m_again = true;
        return;
    }
    m_delay.stop();
    start();
}

void FindingsService::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    ++m_started;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_context.database().path();
    const QDate today = m_context.today();
    std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher.setFuture(background::run(background::Check, [path, today, cancel]() -> Outcome {
        return std::make_shared<const Result<FindingsReport>>(FindingsReport::computeFile(path, today, cancel.get()));
    }));
}

void FindingsService::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (m_again) {
        // The data changed while this ran: its result is stale, never published.
        m_delay.start(kBurstMs);
        return;
    }
    if (!outcome || !outcome->ok()) {
        m_error = outcome ? outcome->error() : QString();
        setChecking(false);
        emit checkFailed(m_error);
        return;
    }
    m_error.clear();
    m_report = outcome->value();
    m_pairs.clear();
    for (const Finding& f : std::as_const(m_report.findings)) {
        for (const QString& id : f.pairs)
            m_pairs.insert(id);
    }
    m_hasReport = true;
    setChecking(false);
    emit reportChanged();
}

void FindingsService::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    emit checkingChanged(checking);
}

} // namespace nastavnik::ui
