#pragma once

#include "Section.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nastavnik {
class PeopleTableModel;
}

namespace nastavnik::ui {

class EditorDialog;

/// «Участники»: the bases of mentors and mentees. Search as you type, filters, sorting by
/// the headers, the editor on double-click or Enter, New (Ctrl+N or the button), Delete (Del)
/// with the offer to archive a person the records refer to.
class PeopleSection : public Section
{
    Q_OBJECT

public:
    explicit PeopleSection(QWidget* parent = nullptr);
    ~PeopleSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;
    void open(AppContext::Item item, const QString& id) override;

    /// Opens the editor of `personId` (empty: a new person). Returns the dialog, shown
    /// window-modal; it deletes itself when closed.
    EditorDialog* openEditor(const QString& personId);
    /// Deletes the person, or offers to archive them when the records refer to them.
    void deletePerson(const QString& personId);

    /// The id of the person in the current row, or empty.
    QString currentPersonId() const;
    /// Makes the person's row current (when the filter shows them).
    bool selectPerson(const QString& personId);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* roleFilter() const { return m_role; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* staffingFilter() const { return m_staffing; }
    QCheckBox* withoutConsentFilter() const { return m_withoutConsent; }
    QCheckBox* archivedFilter() const { return m_showArchived; }
    QTableView* table() const { return m_table; }
    PeopleTableModel* model() const { return m_model.get(); }
    QLabel* countLabel() const { return m_count; }

protected:
    void contextChanged() override;

private:
    /// The model of the open database, its view state and filter: when first shown.
    void buildModel();
    void applyFilter();
    void updateCount();
    void updateButtons();
    void saveViewState();
    void editCurrent();

    std::unique_ptr<PeopleTableModel> m_model;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_kind;
    QComboBox* m_staffing;
    QCheckBox* m_withoutConsent;
    QCheckBox* m_showArchived;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace nastavnik::ui
