#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "pairs/PairActionDialog.h"
#include "profiles/Profile.h"
#include "rules/Finding.h"
#include "widgets/EditorBase.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace nastavnik::ui {

class DateEdit;
class PersonChooser;

/// The editor of one pair or group: «Основное» (form of the active profile, mentor, mentees,
/// term, title, note, approving order, and the rule engine's findings about the pair as it is
/// being edited), «План» (the individual plan: items, approval, progress, templates, copying
/// from another pair, the plan deadline of the profile), «Встречи» (the meetings log) and
/// «История» (the timeline, with the lifecycle actions as buttons).
///
/// The form, the plan and the meetings are saved together in one transaction; the lifecycle
/// actions are recorded at once by their own dialogs (unsaved changes are saved first).
class PairEditor : public EditorBase
{
    Q_OBJECT

public:
    enum Tab
    {
        MainTab,
        PlanTab,
        MeetingsTab,
        HistoryTab
    };
    enum PlanColumn
    {
        PlanTitle,
        PlanDue,
        PlanExpected,
        PlanStatus,
        PlanDone,
        PlanResult,
        PlanColumns
    };
    enum MeetingColumn
    {
        MeetingDate,
        MeetingKind,
        MeetingTopic,
        MeetingNotes,
        MeetingColumns
    };

    /// An empty editor: edit() or editNew() fills it.
    explicit PairEditor(AppContext* context, QWidget* parent = nullptr);

    /// Edits the pair `id`; an empty id starts a new pair.
    void edit(const QString& id);
    /// A new pair with these fields filled in (unsaved).
    void editNew(const Pair& preset);
    QString pairId() const { return m_loaded.id; }

    QString title() const override;
    void load() override;
    bool isModified() const override;

    /// The pair as the form shows it now (with the plan and meetings of the tabs).
    Pair pair() const;
    /// The findings shown now, about the pair as it is in the form.
    const QList<Finding>& findings() const { return m_findings; }
    /// Runs the rules at once (otherwise they run shortly after each change).
    void refreshFindings();

    /// Opens the dialog of a lifecycle action for the stored pair, saving changes first; it is
    /// window-modal and deletes itself when closed, after which the editor shows the result.
    /// nullptr when the pair is not saved (or the changes cannot be).
    PairActionDialog* startAction(PairActionDialog::Action action);
    /// Fills the plan from a template (asks before replacing items).
    void applyTemplate(const QString& templateId);
    /// Copies the plan of another pair (asks before replacing items).
    void copyPlanFrom(const QString& pairId);
    /// Drafts an order approving the pair (saving it first) and opens it.
    void draftApprovalOrder();

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* formCombo() const { return m_form; }
    PersonChooser* mentorChooser() const { return m_mentor; }
    QListWidget* menteesList() const { return m_mentees; }
    PersonChooser* menteeChooser() const { return m_addMentee; }
    DateEdit* startEdit() const { return m_start; }
    DateEdit* plannedEndEdit() const { return m_plannedEnd; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* orderCombo() const { return m_order; }
    QLabel* findingsLabel() const { return m_findingsText; }
    QTableWidget* planTable() const { return m_plan; }
    DateEdit* planApprovedEdit() const { return m_planApproved; }
    QLabel* planDeadlineLabel() const { return m_planDeadline; }
    QProgressBar* planProgress() const { return m_progress; }
    QTableWidget* meetingsTable() const { return m_meetings; }
    QTextBrowser* historyView() const { return m_history; }
    QPushButton* actionButton(PairActionDialog::Action action) const;

    /// Adds a plan row / a meeting row (as the buttons do).
    void addPlanItem(const PlanItem& item);
    void addMeeting(const Meeting& meeting);

protected:
    QStringList validate() const override;
    Status save() override;
    void updateHints() override;

private:
    QWidget* buildMainTab();
    QWidget* buildPlanTab();
    QWidget* buildMeetingsTab();
    QWidget* buildHistoryTab();
    void fill(const Pair& pair);
    void fillPlan(const QList<PlanItem>& items);
    void fillMeetings(const QList<Meeting>& meetings);
    void addMentee(const QString& personId);
    QStringList menteeIds() const;
    QList<PlanItem> planItems() const;
    QList<Meeting> meetings() const;
    void onPlanChanged(int row, int column);
    void decoratePlan();
    void updatePlanSummary();
    void updateMeetingsSummary();
    void updateHeading();
    void updateOrderButtons();
    void updateActions();
    void updateLinks();
    void showHistory();
    void showFindings();
    void moveCurrentPlanRow(int delta);
    void replacePlanItems(const QList<PlanItem>& items, const QString& what);
    void offerApprovalOrder(const QString& pairId);
    void openLink(const QString& link);
    QString shortName(const QString& personId) const;
    QString fullName(const QString& personId) const;
    QString pairLabel(const Pair& pair) const;

    Pair m_loaded;
    Profile m_profile;
    WorkCalendar m_calendar;
    QString m_setupError;
    QList<Finding> m_findings;
    bool m_filling = false;
    mutable QHash<QString, Person> m_people; // names for labels, read once

    QLabel* m_heading;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QTimer* m_findingsTimer;

    QComboBox* m_form = nullptr;
    PersonChooser* m_mentor = nullptr;
    QLabel* m_mentorLinks = nullptr;
    QListWidget* m_mentees = nullptr;
    PersonChooser* m_addMentee = nullptr;
    QPushButton* m_removeMentee = nullptr;
    QLabel* m_menteeLinks = nullptr;
    DateEdit* m_start = nullptr;
    DateEdit* m_plannedEnd = nullptr;
    QLabel* m_termInfo = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_order = nullptr;
    QPushButton* m_openOrder = nullptr;
    QPushButton* m_draftOrder = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_findingsHeading = nullptr;
    QLabel* m_findingsText = nullptr;

    DateEdit* m_planApproved = nullptr;
    QLabel* m_planDeadline = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QTableWidget* m_plan = nullptr;
    QPushButton* m_templates = nullptr;
    QPushButton* m_planDocument = nullptr;

    QTableWidget* m_meetings = nullptr;
    QLabel* m_meetingsSummary = nullptr;

    QTextBrowser* m_history = nullptr;
    QLabel* m_actionsHint = nullptr;
    QHash<int, QPushButton*> m_actions;
};

} // namespace nastavnik::ui
