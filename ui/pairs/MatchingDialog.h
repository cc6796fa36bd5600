#pragma once

#include "AppContext.h"
#include "matching/MentorMatcher.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace nastavnik::ui {

class DateEdit;
class MessageArea;
class PersonChooser;

/// «Подбор наставника»: the matching assistant and the preference survey.
///
/// The first tab lists the mentees waiting for a mentor (the base of mentees, without a pair
/// that has not ended) or any one mentee chosen by name; for the form and the planned dates it
/// ranks the possible mentors with the reasons for each rank (and, on request, everyone
/// excluded with why), and creates the pair — one per mentee, or one group — from the choice,
/// offering to draft the order approving it. The second tab takes the answers of the survey
/// after the group meeting quickly from the keyboard.
class MatchingDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        MatchTab,
        SurveyTab
    };

    explicit MatchingDialog(AppContext* context, QWidget* parent = nullptr);
    ~MatchingDialog() override;

    /// Re-reads the data (after a change elsewhere) and ranks again.
    void reload();
    /// Selects these mentees (adding one not waiting to the list) and ranks for them.
    void selectMentees(const QStringList& ids);
    /// Ranks for the selected mentees with the form and dates shown.
    void rank();
    /// Creates the pair(s) with the candidate in `row` of the candidates table (the current one
    /// by default); offers the order approving them. Returns the new pair ids.
    QStringList createPairs(int row = -1);
    /// Records the survey answers typed in the survey tab.
    bool recordAnswers();

    const MatchResult& result() const { return m_result; }
    /// The request ranked last.
    const MatchRequest& request() const { return m_request; }

    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* waitingList() const { return m_waiting; }
    PersonChooser* otherMentee() const { return m_other; }
    QComboBox* formCombo() const { return m_form; }
    DateEdit* startEdit() const { return m_start; }
    DateEdit* endEdit() const { return m_end; }
    QCheckBox* groupBox() const { return m_group; }
    QCheckBox* showExcludedBox() const { return m_showExcluded; }
    QTreeWidget* candidatesTree() const { return m_candidates; }
    QLabel* detailsLabel() const { return m_details; }
    QPushButton* createButton() const { return m_create; }
    PersonChooser* respondent() const { return m_respondent; }
    QList<PersonChooser*> choiceChoosers() const { return m_choices; }
    DateEdit* surveyDate() const { return m_surveyDate; }
    QTableWidget* answersTable() const { return m_answers; }
    MessageArea* messageArea() const { return m_messages; }

private:
    QWidget* buildMatchTab();
    QWidget* buildSurveyTab();
    void fillWaiting();
    QStringList selectedMentees() const;
    void showResult();
    void showDetails();
    void fillAnswers();
    void loadAnswersOf(const QString& personId);
    QString nameOf(const QString& id) const;
    QString labelOf(const QString& id) const;

    QPointer<AppContext> m_context;
    std::optional<MentorMatcher> m_matcher;
    MatchRequest m_request;
    MatchResult m_result;
    bool m_filling = false;

    QTabWidget* m_tabs = nullptr;
    MessageArea* m_messages = nullptr;
    QListWidget* m_waiting = nullptr;
    PersonChooser* m_other = nullptr;
    QComboBox* m_form = nullptr;
    DateEdit* m_start = nullptr;
    DateEdit* m_end = nullptr;
    QCheckBox* m_group = nullptr;
    QCheckBox* m_showExcluded = nullptr;
    QTreeWidget* m_candidates = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_create = nullptr;

    PersonChooser* m_respondent = nullptr;
    QList<PersonChooser*> m_choices;
    DateEdit* m_surveyDate = nullptr;
    QPushButton* m_record = nullptr;
    QTableWidget* m_answers = nullptr;
};

} // namespace nastavnik::ui
