#pragma once

#include "Section.h"
#include "domain/Dataset.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace nastavnik::ui {

class AnswerEntry;
class EditorDialog;
class QuestionnaireListModel;
class ResponsesModel;
class TestsPanel;

/// «Анкеты и тесты»: the questionnaire templates (built-in and the school's own, with their
/// versions), printable blanks, the quick entry of paper answers, the answers given, and the
/// entry and final tests with their results.
class QuestionnairesSection : public Section
{
    Q_OBJECT

public:
    enum Tab { Templates, Entry, Answers, Tests };

    explicit QuestionnairesSection(QWidget* parent = nullptr);
    ~QuestionnairesSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;

    /// The template (family) selected and the version shown.
    QString currentFamily() const;
    QString currentVersionId() const;
    bool selectFamily(const QString& family);
    /// Opens the editor of the shown version (empty id: a new questionnaire).
    EditorDialog* editQuestionnaire(bool create = false);
    /// Opens the blank of the shown version in the document editor (print, PDF).
    void printBlank();
    /// Switches to the entry of answers for the shown version.
    void enterAnswers();

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* templatesView() const { return m_templates; }
    QuestionnaireListModel* templatesModel() const { return m_templatesModel.get(); }
    QComboBox* versionBox() const { return m_versions; }
    QTextBrowser* preview() const { return m_preview; }
    AnswerEntry* entry() const { return m_entry; }
    QTableView* answersView() const { return m_answers; }
    ResponsesModel* answersModel() const { return m_answersModel.get(); }
    TestsPanel* tests() const { return m_tests; }

protected:
    void contextChanged() override;

private:
    void reload();
    void showTemplate();
    void showVersion();
    void filterAnswers();
    void openAnswer();
    void deleteAnswer();

    Dataset m_data;
    std::unique_ptr<QuestionnaireListModel> m_templatesModel;
    std::unique_ptr<ResponsesModel> m_answersModel;
    QTabWidget* m_tabs;
    QTableView* m_templates;
    QLabel* m_templateTitle;
    QLabel* m_templateMeta;
    QComboBox* m_versions;
    QTextBrowser* m_preview;
    QPushButton* m_edit;
    QPushButton* m_print;
    QPushButton* m_enter;
    QPushButton* m_deleteVersion;
    AnswerEntry* m_entry;
    QComboBox* m_answersFilter;
    QTableView* m_answers;
    QLabel* m_answersCount;
    TestsPanel* m_tests;
};

} // namespace nastavnik::ui
