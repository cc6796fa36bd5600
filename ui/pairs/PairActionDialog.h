#pragma once

#include "AppContext.h"
#include "domain/Dataset.h"
#include "pairs/PairLifecycle.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nastavnik::ui {

class DateEdit;
class MessageArea;
class PersonChooser;

/// One lifecycle action on a stored pair, as a small dialog with its fields: replace the
/// mentor, extend, complete early, complete, record the report. «Записать» validates (the
/// problems appear inline and the dialog stays open), asks to confirm a Labour Code art. 351.8
/// warning, records the action in one transaction, tells the context the data changed and —
/// for a replacement, an extension or an early completion without an order — offers to draft
/// the order and opens it.
class PairActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        Replace,
        Extend,
        CompleteEarly,
        Complete,
        Report
    };

    PairActionDialog(Action action, AppContext* context, const Pair& pair, QWidget* parent = nullptr);
    ~PairActionDialog() override;

    Action action() const { return m_action; }

    /// Validates and records; true when recorded (then the dialog is accepted).
    bool apply();
    void accept() override;

    /// The id of the order drafted after the action, if one was.
    QString draftedOrder() const { return m_draftedOrder; }

    // Fields, for tests (those of other actions are nullptr).
    DateEdit* dateEdit() const { return m_date; }
    DateEdit* secondDateEdit() const { return m_second; }
    PersonChooser* mentorChooser() const { return m_mentor; }
    QComboBox* choiceCombo() const { return m_choice; }
    QComboBox* orderCombo() const { return m_order; }
    QLineEdit* noteEdit() const { return m_note; }
    MessageArea* messageArea() const { return m_messages; }
    QLabel* warningLabel() const { return m_warning; }
    QPushButton* applyButton() const { return m_apply; }

    /// The title of an action in the UI language («Замена наставника»).
    static QString title(Action action);

signals:
    /// The action was recorded (the dialog may still be open).
    void recorded();

private:
    void build();
    void updateWarning();
    void growToFit();
    QString orderType() const;
    ReplacementInput replacement() const;
    ExtensionInput extension() const;
    EarlyCompletionInput earlyCompletion() const;
    QStringList problems() const;
    Status record();
    void offerOrder();

    Action m_action;
    QPointer<AppContext> m_context;
    Pair m_pair;
    std::unique_ptr<PairLifecycle> m_lifecycle;
    QString m_draftedOrder;

    MessageArea* m_messages = nullptr;
    QLabel* m_about = nullptr;
    DateEdit* m_date = nullptr;
    DateEdit* m_second = nullptr;
    PersonChooser* m_mentor = nullptr;
    QComboBox* m_choice = nullptr;
    QComboBox* m_order = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace nastavnik::ui
