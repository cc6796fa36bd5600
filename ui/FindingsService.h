#pragma once

#include "rules/FindingsReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

namespace nastavnik::ui {

class AppContext;

/// The findings of the open database under its active profile, computed once per change of
/// the data and shared by every view: «Проверка», the count on «Сегодня», the findings panel
/// of the person editor, the pairs view's "has findings" filter and the pair editor.
///
/// The rule engine needs the whole database; at region scale reading it takes about a second.
/// So the check runs on the background worker (util/Background.h) with a read-only connection
/// of its own (ReadConnection), and the result is published with reportChanged(). Changes arriving in a
/// burst (AppContext::dataChanged) start one check; a change during a check stops it and
/// starts a new one, so a published report is never older than the last change it saw.
///
/// Between a change and the new report, isChecking() is true and report() is still the last
/// one (or empty before the first): views show "checking…" and may keep the old lines.
///
///     FindingsService& service = context->findings();
///     connect(&service, &FindingsService::reportChanged, this, &View::update);
///     connect(&service, &FindingsService::checkingChanged, this, &View::updateState);
///     if (service.hasReport()) show(service.concerningPair(id));
class FindingsService : public QObject
{
    Q_OBJECT

public:
    /// Owned by `context` (AppContext::findings()); checks its database on its today(). The
    /// first check starts as soon as the event loop runs.
    explicit FindingsService(AppContext& context);
    ~FindingsService() override;

    /// True from a change of the data until its report is published (or the check failed).
    bool isChecking() const { return m_checking; }
    /// True once a report was published (it may be older than a change being checked).
    bool hasReport() const { return m_hasReport; }
    /// The last published report; empty before the first.
    const FindingsReport& report() const { return m_report; }
    const QList<Finding>& findings() const { return m_report.findings; }
    /// The message of the last check when it failed (the database could not be read); empty
    /// after a successful one.
    QString error() const { return m_error; }

    /// The findings about the person (as subject, mentor or mentee): RuleEngine::concerningPerson.
    QList<Finding> concerningPerson(const QString& personId) const;
    /// The findings about the pair: RuleEngine::concerningPair.
    QList<Finding> concerningPair(const QString& pairId) const;
    /// The pairs some finding concerns (for a "has findings" filter).
    const QSet<QString>& pairsWithFindings() const { return m_pairs; }
    bool pairHasFindings(const QString& pairId) const { return m_pairs.contains(pairId); }

    /// The data changed: check again after the burst. Called on AppContext::dataChanged;
    /// call it directly only for changes the context was not told about.
    void invalidate();
    /// Starts a check now instead of after the burst delay (tests, "check again" buttons).
    void checkNow();

    /// How many checks were started since the service was created (tests).
    int checksStarted() const { return m_started; }

signals:
    /// A new report was published (report(), findings(), … changed).
    void reportChanged();
    /// isChecking() changed.
    void checkingChanged(bool checking);
    /// A check failed; error() says why. The last report stays.
    void checkFailed(const QString& message);

private:
    void start();
    void onFinished();
    void setChecking(bool checking);

    using Outcome = std::shared_ptr<const Result<FindingsReport>>;

    AppContext& m_context;
    QTimer m_delay;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    bool m_again = false;
    bool m_checking = false;
    bool m_hasReport = false;
    int m_started = 0;
    FindingsReport m_report;
    QSet<QString> m_pairs;
    QString m_error;
};

} // namespace nastavnik::ui
