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
    /// Where the ids of the pairs with findings come from for the «with findings» filter. By
    /// default the section runs the rule engine over the database itself when the filter is
    /// switched on; a shared findings service can provide them instead.
    using FindingsProvider = std::function<QSet<QString>()>;

    explicit PairsSection(QWidget* parent = nullptr);
    ~PairsSection() override;

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;
    bool canOpen(AppContext::Item item) const override;
    void open(AppContext::Item item, const QString& id) override;

    void setFindingsProvider(FindingsProvider provider);

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
    void applyFilter();
    void updateCount();
    void updateButtons();
    void updateStatusCounts();
    void fillForms();
    void saveViewState();
    void editCurrent();
    QSet<QString> findingPairs();

    std::unique_ptr<PairsTableModel> m_model;
    FindingsProvider m_provider;
    QSet<QString> m_findingPairs;
    bool m_findingsKnown = false;

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
