#pragma once

#include "Section.h"
#include "rules/Deadlines.h"
#include "util/Result.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace nastavnik::ui {

class DeadlinesModel;

/// «Сегодня», the section that opens first: the deadlines that are overdue or come within 14
/// days (Deadlines::collect over the reduced read of DeadlinesRepository, so it is fast at
/// any scale), grouped «Просрочено» / «На этой неделе» / «В ближайшие 14 дней», and the
/// findings of «Проверка» in short (from the FindingsService, which may come a moment
/// later). Double-click opens the person, or the pair once a section can open pairs.
///
/// The deadlines are read in a worker thread with a read-only connection of its own, so the
/// window shows at once and stays responsive at region scale; isLoading() is true meanwhile
/// (the last deadlines stay on screen). A change during a read starts one more read.
///
/// The deadlines of today and of the days up to the next working day are kept ahead
/// (DeadlinesSnapshot), prepared on the upkeep's worker after every read: the next opening,
/// even the next morning's, shows them without reading the database.
class TodaySection : public Section
{
    Q_OBJECT

public:
    explicit TodaySection(QWidget* parent = nullptr);
    ~TodaySection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool isLoading() const override { return m_loading; }

    /// Opens what the deadline at `index` concerns.
    void openIndex(const QModelIndex& index);

    DeadlinesModel* model() const { return m_model.get(); }
    QTreeView* tree() const { return m_tree; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* findingsLabel() const { return m_findings; }
    /// The last load's error, or empty.
    QString error() const { return m_error; }

protected:
    void contextChanged() override;

private:
    using Outcome = std::shared_ptr<const Result<QList<DeadlineItem>>>;

    void startReading();
    /// The deadlines read are there (the read may still be letting go of its rows).
    void onRead();
    /// The read has ended: read again if it was out of date.
    void onReadEnded();
    /// Keeps the deadlines of today and the next days for the next opening (in the background).
    void prepareAhead();
    void onPrepared();
    /// Cancels the preparation and waits for its worker.
    void stopPreparing();
    void display(const Result<QList<DeadlineItem>>& read);
    void updateFindings();
    void onLink(const QString& link);

    std::unique_ptr<DeadlinesModel> m_model;
    QLabel* m_date;
    QLabel* m_counts;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QLabel* m_empty;
    QLabel* m_findings;
    QString m_error;
    QFutureWatcher<Outcome> m_reading;
    bool m_loading = false;
    bool m_again = false; // the read running is out of date: read again when it ends
    QFutureWatcher<Status> m_preparing;
    std::shared_ptr<std::atomic<bool>> m_cancelPreparing;
    bool m_prepareAgain = false; // prepare again when the preparation running ends
};

} // namespace nastavnik::ui
