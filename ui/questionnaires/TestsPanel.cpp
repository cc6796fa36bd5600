#include "questionnaires/TestsPanel.h"

#include "Icons.h"
#include "domain/Vocabulary.h"
#include "questionnaires/TestResultsModel.h"
#include "storage/MonitoringRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr int kTestIdRole = Qt::UserRole + 1;

QTableView* table(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

TestsPanel::TestsPanel(QWidget* parent)
    : QWidget(parent)
    , m_testsModel(std::make_unique<QStandardItemModel>())
    , m_resultsModel(std::make_unique<TestResultsModel>())
    , m_tests(table(this))
    , m_results(table(this))
    , m_summary(new QLabel(this))
    , m_editTest(new QPushButton(icons::get(u"edit"_s), tr("Change…"), this))
    , m_deleteTest(new QPushButton(icons::get(u"delete"_s), tr("Delete"), this))
    , m_addResult(new QPushButton(icons::get(u"add"_s), tr("Add a result…"), this))
    , m_deleteResult(new QPushButton(icons::get(u"delete"_s), tr("Delete the result"), this))
{
    m_tests->setModel(m_testsModel.get());
    m_results->setModel(m_resultsModel.get());
    m_summary->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Tests"), left));
    leftLayout->addWidget(m_tests, 1);
    auto* testButtons = new QHBoxLayout;
    auto* newTest = new QPushButton(icons::get(u"add"_s), tr("New test…"), left);
    testButtons->addWidget(newTest);
    testButtons->addWidget(m_editTest);
    testButtons->addWidget(m_deleteTest);
    testButtons->addStretch(1);
    leftLayout->addLayout(testButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Results at the entry and at the end"), right));
    rightLayout->addWidget(m_results, 1);
    rightLayout->addWidget(m_summary);
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_addResult);
    resultButtons->addWidget(m_deleteResult);
    resultButtons->addStretch(1);
    rightLayout->addLayout(resultButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(newTest, &QPushButton::clicked, this, [this] { editTest(true); });
    connect(m_editTest, &QPushButton::clicked, this, [this] { editTest(false); });
    connect(m_deleteTest, &QPushButton::clicked, this, &TestsPanel::deleteTest);
    connect(m_addResult, &QPushButton::clicked, this, [this] { addResult(); });
    connect(m_deleteResult, &QPushButton::clicked, this, &TestsPanel::deleteResult);
    connect(m_tests->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TestsPanel::showResults);
    connect(m_tests, &QTableView::activated, this, [this] { editTest(false); });
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString person = m_resultsModel->personId(index.row());
        addResult(person, index.column() == TestResultsModel::Final ? u"final"_s : u"entry"_s);
    });
}

TestsPanel::~TestsPanel()
{
    m_tests->setModel(nullptr);
    m_results->setModel(nullptr);
}

void TestsPanel::setContext(AppContext* context)
{
    m_context = context;
}

void TestsPanel::setDataset(const Dataset& dataset)
{
    const QString keep = currentTestId();
    m_data = dataset;
    m_testsModel->clear();
    m_testsModel->setHorizontalHeaderLabels({tr("Test"), tr("Maximum"), tr("Form")});
    for (const KnowledgeTest& t : dataset.monitoring.tests) {
        auto* title = new QStandardItem(t.title);
        title->setData(t.id, kTestIdRole);
        title->setToolTip(t.note.isEmpty() ? t.title : t.title + u'\n' + t.note);
        auto* max = new QStandardItem(QLocale().toString(t.maxScore));
        max->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* form = new QStandardItem(t.form.isEmpty() ? tr("any") : vocabulary::label(Vocab::PairForm, t.form));
        m_testsModel->appendRow({title, max, form});
    }
    m_tests->setColumnWidth(0, 300);
    m_tests->setColumnWidth(1, 80);
    if (!selectTest(keep) && m_testsModel->rowCount() > 0)
        m_tests->setCurrentIndex(m_testsModel->index(0, 0));
    showResults();
}

QString TestsPanel::currentTestId() const
{
    const QModelIndex index = m_tests->currentIndex();
    return index.isValid() ? m_testsModel->index(index.row(), 0).data(kTestIdRole).toString() : QString();
}

bool TestsPanel::selectTest(const QString& testId)
{
    for (int r = 0; r < m_testsModel->rowCount(); ++r) {
        if (!testId.isEmpty() && m_testsModel->index(r, 0).data(kTestIdRole).toString() == testId) {
            m_tests->setCurrentIndex(m_testsModel->index(r, 0));
            return true;
        }
    }
    return false;
}

void TestsPanel::showResults()
{
    const QString id = currentTestId();
    m_resultsModel->setTest(m_data, id);
    m_results->setColumnWidth(TestResultsModel::Mentee, 250);
    m_results->setColumnWidth(TestResultsModel::Form, 170);
    m_results->setColumnWidth(TestResultsModel::Entry, 80);
    m_results->setColumnWidth(TestResultsModel::Final, 80);
    m_editTest->setEnabled(!id.isEmpty());
    m_deleteTest->setEnabled(!id.isEmpty());
    m_addResult->setEnabled(!id.isEmpty());
    m_deleteResult->setEnabled(!id.isEmpty() && m_resultsModel->rowCount() > 0);
    if (id.isEmpty()) {
        m_summary->setText(tr("Add the entry and final tests (000 cl. 5.3.1) with «New test…»."));
        return;
    }
    const std::optional<double> all = m_resultsModel->averageGrowth();
    if (!all) {
        m_summary->setText(tr("Growth: no mentee has both results yet."));
        return;
    }
    QStringList byForm;
    for (const QString& f : m_resultsModel->forms()) {
        if (const std::optional<double> g = m_resultsModel->averageGrowth(f))
            byForm << u"%1: %2"_s.arg(vocabulary::label(Vocab::PairForm, f), QLocale().toString(*g, 'f', 1));
    }
    m_summary->setText(tr("Average growth: %1 p.p. of the maximum score").arg(QLocale().toString(*all, 'f', 1))
                       + (byForm.isEmpty() ? QString() : u" ("_s + byForm.join(u"; "_s) + u')'));
}

Result<KnowledgeTest> TestsPanel::saveTest(const KnowledgeTest& test)
{
    if (!m_context)
        return Result<KnowledgeTest>::failure(tr("No database is open."));
    const Result<KnowledgeTest> saved = MonitoringRepository(m_context->connection()).saveTest(test);
    if (saved) {
        m_context->notifyDataChanged();
        selectTest(saved->id);
    }
    return saved;
}

Status TestsPanel::saveResult(const TestResult& result)
{
    if (!m_context)
        return Status::failure(tr("No database is open."));
    const Status s = MonitoringRepository(m_context->connection()).saveResult(result);
    if (s)
        m_context->notifyDataChanged();
    return s;
}

void TestsPanel::editTest(bool create)
{
    KnowledgeTest test;
    if (!create) {
        const KnowledgeTest* found = m_data.monitoring.test(currentTestId());
        if (!found)
            return;
        test = *found;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(create ? tr("New test") : tr("Test"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(test.title, &dialog);
    title->setMinimumWidth(380);
    auto* max = new QDoubleSpinBox(&dialog);
    max->setRange(1, 1000);
    max->setDecimals(1);
    max->setValue(test.maxScore);
    auto* formBox = new QComboBox(&dialog);
    formBox->addItem(tr("any form"), QString());
    for (const QString& f : vocabulary::codes(Vocab::PairForm))
        formBox->addItem(vocabulary::label(Vocab::PairForm, f), f);
    formBox->setCurrentIndex(std::max(0, formBox->findData(test.form)));
    auto* note = new QLineEdit(test.note, &dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Maximum score:"), max);
    form->addRow(tr("For the form:"), formBox);
    form->addRow(tr("Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        test.title = title->text().simplified();
        test.maxScore = max->value();
        test.form = formBox->currentData().toString();
        test.note = note->text().trimmed();
        const Result<KnowledgeTest> saved = saveTest(test);
        if (!saved)
            MessageBox::warning(&dialog, tr("Test"), saved.error());
        else
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void TestsPanel::deleteTest()
{
    const KnowledgeTest* test = m_data.monitoring.test(currentTestId());
    if (!test || !m_context)
        return;
    if (MessageBox::question(this, tr("Delete the test"),
                             tr("Delete the test «%1» with all its results (%2)?").arg(test->title).arg(m_resultsModel->rowCount()),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = MonitoringRepository(m_context->connection()).removeTest(test->id); !s) {
        MessageBox::critical(this, tr("Delete the test"), s.error());
        return;
    }
    m_context->notifyDataChanged();
}

void TestsPanel::addResult(const QString& personId, const QString& stage)
{
    const KnowledgeTest* test = m_data.monitoring.test(currentTestId());
    if (!test || !m_context)
        return;
    TestResult result;
    result.test = test->id;
    result.person = personId;
    result.stage = stage;
    result.date = m_context->today();
    for (const TestResult& r : m_data.monitoring.testResults) {
        if (r.test == test->id && r.person == personId && r.stage == stage)
            result = r;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Result of «%1»").arg(test->title));
    auto* form = new QFormLayout(&dialog);
    auto* person = new PersonChooser(&dialog);
    person->setContext(m_context);
    person->setPersonId(result.person);
    person->setMinimumWidth(380);
    auto* stageBox = new QComboBox(&dialog);
    for (const QString& s : monitoringvocab::testStages())
        stageBox->addItem(monitoringvocab::testStageLabel(s), s);
    stageBox->setCurrentIndex(std::max(0, stageBox->findData(result.stage)));
    auto* score = new QDoubleSpinBox(&dialog);
    score->setRange(0, test->maxScore);
    score->setDecimals(1);
    score->setValue(result.score);
    score->setSuffix(tr(" of %1").arg(QLocale().toString(test->maxScore)));
    auto* date = new DateEdit(&dialog);
    date->setDate(result.date);
    form->addRow(tr("Mentee:"), person);
    form->addRow(tr("Testing:"), stageBox);
    form->addRow(tr("Score:"), score);
    form->addRow(tr("Date:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        result.person = person->personId();
        result.stage = stageBox->currentData().toString();
        result.score = score->value();
        result.date = date->date();
        // The pair of the mentee on the date, when there is one.
        result.pair.clear();
        for (const Pair& p : m_data.pairs) {
            if (p.mentees.contains(result.person) && (result.pair.isEmpty() || p.isActiveOn(result.date)))
                result.pair = p.id;
        }
        if (result.person.isEmpty()) {
            MessageBox::warning(&dialog, tr("Result"), tr("Choose the mentee from the base of participants."));
            return;
        }
        if (Status s = saveResult(result); !s)
            MessageBox::warning(&dialog, tr("Result"), s.error());
        else
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void TestsPanel::deleteResult()
{
    const QString person = m_resultsModel->personId(m_results->currentIndex().row());
    if (person.isEmpty() || !m_context)
        return;
    const QString stage = m_results->currentIndex().column() == TestResultsModel::Final ? u"final"_s : u"entry"_s;
    if (MessageBox::question(this, tr("Delete the result"),
                             tr("Delete the %1 result of %2?")
                                 .arg(monitoringvocab::testStageLabel(stage).toLower(),
                                      m_resultsModel->index(m_results->currentIndex().row(), 0).data().toString()),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = MonitoringRepository(m_context->connection()).removeResult(currentTestId(), person, stage); !s) {
        MessageBox::critical(this, tr("Delete the result"), s.error());
        return;
    }
    m_context->notifyDataChanged();
}

} // namespace nastavnik::ui
