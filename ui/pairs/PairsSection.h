#pragma once

#include "Section.h"

#include <QSet>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nastavnik {
class PairsTableModel;
}

namespace nastavnik::ui {

class EditorDialog;
class MatchingDialog;
class PersonChooser;

/// «Пары и группы»: every pair and group with filters (form, status, mentor, overdue plan
/// items, findings of «Проверка», no meeting for a long time) and counts, search by the names
/// of the mentor and mentees, the pair editor (double-click, Enter), New (Ctrl+N), Delete (Del)
/// and the matching assistant.
class PairsSection : public Section
{
    Q_OBJECT

public:
    explicit PairsSection(QWidget* parent = nullptr);
    ~PairsSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;
    void open(AppContext::Item item, const QString& id) override;

    /// Opens the editor of `pairId` (empty: a new pair), window-modal; it deletes itself.
    EditorDialog* openEditor(const QString& pairId);
    /// Opens the matching assistant (for the mentee `menteeId` when given).
    MatchingDialog* openMatching(const QString& menteeId = {});
    /// Deletes the pair after asking; explains when orders list it.
    void deletePair(const QString& pairId);

    QString currentPairId() const;
    bool selectPair(const QString& pairId);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* formFilter() const { return m_form; }
    QComboBox* statusFilter() const { return m_status; }
    PersonChooser* mentorFilter() const { return m_mentor; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QCheckBox* findingsFilter() const { return m_withFindings; }
    QCheckBox* noMeetingFilter() const { return m_noMeeting; }
    QSpinBox* noMeetingDays() const { return m_noMeetingDays; }
    QTableView* table() const { return m_table; }
    PairsTableModel* model() const { return m_model.get(); }
    QLabel* countLabel() const { return m_count; }

protected:
    void contextChanged() override;

private:
    /// The model of the open database, its view state and filter: when first shown.
    void buildModel();
    void applyFilter();
    void updateCount();
    void updateButtons();
    void updateStatusCounts();
    void fillForms();
    void saveViewState();
    void editCurrent();
    /// The pairs with findings for the «with findings» filter: from the shared findings
    /// service of the context (computed off the UI thread); the filter is applied again when
    /// the service publishes a new report.
    QSet<QString> findingPairs() const;

    std::unique_ptr<PairsTableModel> m_model;

    QLineEdit* m_search;
    QComboBox* m_form;
    QComboBox* m_status;
    PersonChooser* m_mentor;
    QCheckBox* m_overdue;
    QCheckBox* m_withFindings;
    QCheckBox* m_noMeeting;
    QSpinBox* m_noMeetingDays;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_match;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace nastavnik::ui
