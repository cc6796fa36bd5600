#pragma once

#include "Section.h"

#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace nastavnik::ui {

class FindingsModel;

/// «Проверка»: every finding of the active profile, from the shared FindingsService, grouped
/// by rule or by person/pair, with a filter, a details pane (message, clause, what to do, the
/// people and the pair concerned) and the findings as text (copy, save). Double-click opens
/// the person, or the pair once a section can open pairs; until then a pair's finding opens
/// the first person it concerns (its mentor).
class ChecksSection : public Section
{
    Q_OBJECT

public:
    explicit ChecksSection(QWidget* parent = nullptr);
    ~ChecksSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;
    /// Item::Rule: shows the findings of that rule (grouped by rule, its group expanded).
    void open(AppContext::Item item, const QString& id) override;

    /// Opens what the finding or group at `index` is about (double-click, Enter).
    void openIndex(const QModelIndex& index);
    /// Copies the shown findings as text to the clipboard.
    void copyText();
    /// Asks for a file and writes the shown findings as text.
    void saveText();

    FindingsModel* model() const { return m_model.get(); }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* filterBox() const { return m_filter; }
    QRadioButton* byRuleButton() const { return m_byRule; }
    QRadioButton* bySubjectButton() const { return m_bySubject; }
    QLabel* summaryLabel() const { return m_summary; }
    QTextBrowser* details() const { return m_details; }

protected:
    void contextChanged() override;

private:
    void onReport();
    void updateState();
    void updateDetails();
    void applyGrouping();
    void applyFilter();
    void expandGroups();
    void onLink(const QUrl& url);

    std::unique_ptr<FindingsModel> m_model;
    QLabel* m_summary;
    QLabel* m_state;
    QLineEdit* m_filter;
    QRadioButton* m_byRule;
    QRadioButton* m_bySubject;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_again;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_tree;
    QTextBrowser* m_details;
    QTimer m_filterDelay;
    QString m_pendingRule;
};

} // namespace nastavnik::ui
