#pragma once

#include "Section.h"

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
class TodaySection : public Section
{
    Q_OBJECT

public:
    explicit TodaySection(QWidget* parent = nullptr);
    ~TodaySection() override;

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

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
};

} // namespace nastavnik::ui
