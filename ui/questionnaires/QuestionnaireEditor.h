#pragma once

#include "domain/Monitoring.h"
#include "widgets/EditorBase.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace nastavnik::ui {

/// Edits a questionnaire template: title, purpose, who answers, the clause, the instruction and
/// the questions (kind, text, options separated by «;»). A version that already has answers
/// keeps its questions: when they change, saving stores a new version (the banner says so).
class QuestionnaireEditor : public EditorBase
{
    Q_OBJECT

public:
    /// `questionnaire` is what is edited (a new one has an empty id); `answers` its number of answers.
    QuestionnaireEditor(AppContext* context, const Questionnaire& questionnaire, int answers, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    bool isModified() const override;
    /// The questionnaire as stored (after committed(): possibly a new version).
    const Questionnaire& saved() const { return m_saved; }

    QLineEdit* titleEdit() const { return m_title; }
    QTableWidget* questions() const { return m_questions; }
    QLabel* banner() const { return m_banner; }
    /// Adds an empty question of `kind` at the end (the «Add a question» button).
    void addQuestion(const QString& kind = QStringLiteral("scale"));

protected:
    QStringList validate() const override;
    Status save() override;

private:
    Questionnaire current() const;
    void setRow(int row, const Question& question);
    void moveCurrent(int delta);
    void updateBanner();

    Questionnaire m_original;
    Questionnaire m_saved;
    int m_answers;
    QLineEdit* m_title;
    QComboBox* m_purpose;
    QComboBox* m_respondent;
    QLineEdit* m_clause;
    QPlainTextEdit* m_intro;
    QTableWidget* m_questions;
    QLabel* m_banner;
};

} // namespace nastavnik::ui
