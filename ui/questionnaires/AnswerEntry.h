#pragma once

#include "AppContext.h"
#include "domain/Dataset.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace nastavnik::ui {

class DateEdit;
class MessageArea;
class PersonChooser;

/// Entry of paper questionnaires from the keyboard: choose the questionnaire, the respondent
/// (and their pair) and the date, then type an answer a line — a digit 1–10 for a scale, the
/// number of the option for a choice (several numbers for several choices), text for a free
/// answer. Enter or Tab moves on (a single digit moves on by itself); Ctrl+Enter or «Save and
/// next» stores the answers and clears the form for the next person of the pile.
class AnswerEntry : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerEntry(QWidget* parent = nullptr);

    void setContext(AppContext* context);
    /// The database's data changed: the lists of questionnaires and pairs are read again (the
    /// answers being typed are kept).
    void setDataset(const Dataset& dataset);

    /// Shows the questions of the questionnaire version `id` (stored or built in).
    bool setQuestionnaire(const QString& id);
    QString questionnaireId() const;
    void setRespondent(const QString& personId);
    /// Loads a stored response to correct it (saving replaces it).
    bool editResponse(const QString& responseId);

    /// Stores the answers; on success clears them (keeping the questionnaire and the date) and
    /// puts the cursor on the respondent. Returns the stored response's id.
    Result<QString> save(bool next = true);
    void clear();

    int questionCount() const { return int(m_inputs.size()); }
    QLineEdit* answerEdit(int question) const;
    QComboBox* questionnaireBox() const { return m_questionnaire; }
    PersonChooser* respondentChooser() const { return m_respondent; }
    QComboBox* pairBox() const { return m_pair; }
    DateEdit* dateEdit() const { return m_date; }
    MessageArea* messageArea() const { return m_messages; }
    QPushButton* saveNextButton() const { return m_saveNext; }

signals:
    void saved(const QString& responseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildQuestions();
    void fillPairs();
    void advanceIfComplete(int question);
    QStringList parse(QList<Answer>* answers) const;

    QPointer<AppContext> m_context;
    Dataset m_data;
    QList<Questionnaire> m_choices;
    QString m_editing; // the response being corrected
    QComboBox* m_questionnaire;
    PersonChooser* m_respondent;
    QComboBox* m_pair;
    DateEdit* m_date;
    QScrollArea* m_scroll;
    QWidget* m_form = nullptr;
    QList<QLineEdit*> m_inputs;
    QLabel* m_editingLabel;
    MessageArea* m_messages;
    QPushButton* m_clear;
    QPushButton* m_save;
    QPushButton* m_saveNext;
};

} // namespace nastavnik::ui
