#pragma once

#include "AppContext.h"
#include "domain/Dataset.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace nastavnik::ui {

class TestResultsModel;

/// Entry and final testing (000 5.3.1): the tests with their maximum scores, and for the chosen
/// test the mentees' results at the entry and at the end with the growth, per mentee and per form.
class TestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TestsPanel(QWidget* parent = nullptr);
    ~TestsPanel() override;

    void setContext(AppContext* context);
    void setDataset(const Dataset& dataset);

    /// Stores a test (new when its id is empty) and selects it.
    Result<KnowledgeTest> saveTest(const KnowledgeTest& test);
    /// Stores a result of the current test.
    Status saveResult(const TestResult& result);
    bool selectTest(const QString& testId);
    QString currentTestId() const;

    QTableView* testsView() const { return m_tests; }
    QTableView* resultsView() const { return m_results; }
    TestResultsModel* resultsModel() const { return m_resultsModel.get(); }
    QStandardItemModel* testsModel() const { return m_testsModel.get(); }
    QLabel* summary() const { return m_summary; }

private:
    void showResults();
    void editTest(bool create);
    void deleteTest();
    void addResult(const QString& personId = QString(), const QString& stage = QStringLiteral("entry"));
    void deleteResult();

    QPointer<AppContext> m_context;
    Dataset m_data;
    std::unique_ptr<QStandardItemModel> m_testsModel;
    std::unique_ptr<TestResultsModel> m_resultsModel;
    QTableView* m_tests;
    QTableView* m_results;
    QLabel* m_summary;
    QPushButton* m_editTest;
    QPushButton* m_deleteTest;
    QPushButton* m_addResult;
    QPushButton* m_deleteResult;
};

} // namespace nastavnik::ui
