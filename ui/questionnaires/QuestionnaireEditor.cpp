#include "questionnaires/QuestionnaireEditor.h"

#include "Icons.h"
#include "monitoring/Templates.h"
#include "storage/MonitoringRepository.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
enum QuestionColumn { KindColumn, TextColumn, OptionsColumn };
} // namespace

QuestionnaireEditor::QuestionnaireEditor(AppContext* context, const Questionnaire& questionnaire, int answers, QWidget* parent)
    : EditorBase(parent)
    , m_original(questionnaire)
    , m_saved(questionnaire)
    , m_answers(answers)
    , m_title(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_respondent(new QComboBox(this))
    , m_clause(new QLineEdit(this))
    , m_intro(new QPlainTextEdit(this))
    , m_questions(new QTableWidget(0, 3, this))
    , m_banner(new QLabel(this))
{
    setContext(context);
    for (const QString& code : monitoringvocab::purposes())
        m_purpose->addItem(monitoringvocab::purposeLabel(code), code);
    for (const QString& code : monitoringvocab::respondents())
        m_respondent->addItem(monitoringvocab::respondentLabel(code), code);
    m_clause->setPlaceholderText(tr("e.g. 002 cl. 8.3"));
    m_intro->setTabChangesFocus(true);
    m_intro->setFixedHeight(m_intro->fontMetrics().lineSpacing() * 3 + 12);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 6px; }"_s);

    m_questions->setHorizontalHeaderLabels({tr("Kind"), tr("Question"), tr("Options (separated by «;»)")});
    m_questions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_questions->setColumnWidth(KindColumn, 170);
    m_questions->setColumnWidth(OptionsColumn, 280);
    m_questions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questions->verticalHeader()->setDefaultSectionSize(m_questions->fontMetrics().height() + 14);
    m_questions->setWordWrap(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());
    layout->addWidget(m_banner);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Title:"), m_title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_purpose, 1);
    row->addWidget(new QLabel(tr("answers:"), this));
    row->addWidget(m_respondent);
    form->addRow(tr("Purpose:"), row);
    form->addRow(tr("Clause:"), m_clause);
    form->addRow(tr("Instruction:"), m_intro);
    layout->addLayout(form);
    layout->addWidget(form::heading(tr("Questions"), this));
    layout->addWidget(m_questions, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(icons::get(u"add"_s), tr("Add a question"), this);
    auto* remove = new QPushButton(icons::get(u"delete"_s), tr("Remove"), this);
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(form::hint(tr("A scale question is answered with a number from 1 to 10; a choice needs two options "
                                    "at least."),
                                 this));

    connect(add, &QPushButton::clicked, this, [this] { addQuestion(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_questions->currentRow();
        if (r >= 0) {
            m_questions->removeRow(r);
            notifyEdited();
        }
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    load();
    watchInputs(this);
    connect(this, &EditorBase::edited, this, &QuestionnaireEditor::updateBanner);
}

QString QuestionnaireEditor::title() const
{
    return m_original.id.isEmpty() ? tr("New questionnaire") : m_original.title;
}

void QuestionnaireEditor::setRow(int row, const Question& question)
{
    auto* kind = new QComboBox(m_questions);
    for (const QString& code : monitoringvocab::questionKinds())
        kind->addItem(monitoringvocab::questionKindLabel(code), code);
    kind->setCurrentIndex(std::max(0, kind->findData(question.kind)));
    // The question's id rides on the kind cell: kept through edits, so answers stay matched.
    kind->setProperty("questionId", question.id);
    m_questions->setCellWidget(row, KindColumn, kind);
    m_questions->setItem(row, TextColumn, new QTableWidgetItem(question.text));
    m_questions->setItem(row, OptionsColumn, new QTableWidgetItem(question.options.join(u"; "_s)));
    connect(kind, &QComboBox::currentIndexChanged, this, &EditorBase::edited);
}

void QuestionnaireEditor::addQuestion(const QString& kind)
{
    // A new id: one more than the largest «qN».
    int next = 1;
    for (const Question& q : current().questions) {
        if (q.id.startsWith(u'q'))
            next = std::max(next, q.id.mid(1).toInt() + 1);
    }
    const int row = m_questions->rowCount();
    m_questions->insertRow(row);
    setRow(row, Question{u"q%1"_s.arg(next), kind, QString(), {}});
    m_questions->setCurrentCell(row, TextColumn);
    m_questions->editItem(m_questions->item(row, TextColumn));
    notifyEdited();
}

void QuestionnaireEditor::moveCurrent(int delta)
{
    const int r = m_questions->currentRow();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_questions->rowCount())
        return;
    Questionnaire q = current();
    q.questions.move(r, to);
    for (int i = 0; i < q.questions.size(); ++i)
        setRow(i, q.questions.at(i));
    m_questions->setCurrentCell(to, TextColumn);
    notifyEdited();
}

void QuestionnaireEditor::load()
{
    m_title->setText(m_original.title);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(m_original.purpose)));
    m_respondent->setCurrentIndex(std::max(0, m_respondent->findData(m_original.respondent)));
    m_clause->setText(m_original.clause);
    m_intro->setPlainText(m_original.intro);
    m_questions->setRowCount(0);
    m_questions->setRowCount(int(m_original.questions.size()));
    for (int i = 0; i < m_original.questions.size(); ++i)
        setRow(i, m_original.questions.at(i));
    updateBanner();
}

Questionnaire QuestionnaireEditor::current() const
{
    Questionnaire q = m_original;
    q.title = m_title->text().simplified();
    q.purpose = m_purpose->currentData().toString();
    q.respondent = m_respondent->currentData().toString();
    q.clause = m_clause->text().trimmed();
    q.intro = m_intro->toPlainText().trimmed();
    q.questions.clear();
    for (int r = 0; r < m_questions->rowCount(); ++r) {
        auto* kind = qobject_cast<QComboBox*>(m_questions->cellWidget(r, KindColumn));
        Question question;
        question.id = kind ? kind->property("questionId").toString() : QString();
        question.kind = kind ? kind->currentData().toString() : u"scale"_s;
        question.text = m_questions->item(r, TextColumn) ? m_questions->item(r, TextColumn)->text().simplified() : QString();
        if (question.kind == u"single" || question.kind == u"multiple") {
            const QString options = m_questions->item(r, OptionsColumn) ? m_questions->item(r, OptionsColumn)->text() : QString();
            for (const QString& o : options.split(u';', Qt::SkipEmptyParts)) {
                if (!o.trimmed().isEmpty())
                    question.options << o.trimmed();
            }
        }
        q.questions << question;
    }
    return q;
}

bool QuestionnaireEditor::isModified() const
{
    const Questionnaire q = current();
    return m_original.id.isEmpty() || q.title != m_original.title || q.purpose != m_original.purpose
        || q.respondent != m_original.respondent || q.clause != m_original.clause || q.intro != m_original.intro
        || QuestionnaireLibrary::changesMeaning(m_original, q);
}

void QuestionnaireEditor::updateBanner()
{
    const bool newVersion = m_answers > 0 && QuestionnaireLibrary::changesMeaning(m_original, current());
    if (m_answers > 0) {
        m_banner->setText(newVersion ? tr("This version has %n answer(s). The questions changed: saving stores them as "
                                          "version %1; the answers given stay with version %2.",
                                          "", m_answers)
                                           .arg(m_original.version + 1)
                                           .arg(m_original.version)
                                     : tr("This version has %n answer(s): its title and instruction change in place; "
                                          "a change of the questions is saved as a new version.",
                                          "", m_answers));
    }
    m_banner->setVisible(m_answers > 0);
}

QStringList QuestionnaireEditor::validate() const
{
    return QuestionnaireLibrary::validate(current());
}

Status QuestionnaireEditor::save()
{
    if (!context())
        return Status::failure(tr("No database is open."));
    const Result<Questionnaire> saved = MonitoringRepository(context()->connection()).saveQuestionnaire(current(), context()->today());
    if (!saved)
        return saved.status();
    const bool newVersion = saved->id != m_original.id;
    m_saved = saved.value();
    m_original = saved.value();
    if (newVersion)
        m_answers = 0;
    return Status::success();
}

} // namespace nastavnik::ui
