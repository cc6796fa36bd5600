#include "questionnaires/QuestionnairesSection.h"

#include "Icons.h"
#include "documents/DocumentOpener.h"
#include "monitoring/Templates.h"
#include "questionnaires/AnswerEntry.h"
#include "questionnaires/QuestionnaireEditor.h"
#include "questionnaires/QuestionnaireListModel.h"
#include "questionnaires/ResponsesModel.h"
#include "questionnaires/TestsPanel.h"
#include "storage/MonitoringRepository.h"
#include "util/Dates.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

QTableView* listView(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString questionsHtml(const Questionnaire& q)
{
    QString html;
    if (!q.intro.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(q.intro.toHtmlEscaped());
    html += u"<ol>"_s;
    for (const Question& question : q.questions) {
        html += u"<li style=\"margin-bottom: 6px\">%1 <span style=\"color: #5f6b76\">— %2</span>"_s.arg(
            question.text.toHtmlEscaped(), monitoringvocab::questionKindLabel(question.kind).toHtmlEscaped());
        if (!question.options.isEmpty()) {
            QStringList options;
            for (const QString& o : question.options)
                options << o.toHtmlEscaped();
            html += u"<br/><span style=\"color: #5f6b76\">%1</span>"_s.arg(options.join(u" · "_s));
        }
        html += u"</li>"_s;
    }
    html += u"</ol>"_s;
    return html;
}

} // namespace

QuestionnairesSection::QuestionnairesSection(QWidget* parent)
    : Section(info(), parent)
    , m_templatesModel(std::make_unique<QuestionnaireListModel>())
    , m_answersModel(std::make_unique<ResponsesModel>())
    , m_tabs(new QTabWidget(this))
    , m_templates(listView(this))
    , m_templateTitle(new QLabel(this))
    , m_templateMeta(new QLabel(this))
    , m_versions(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_edit(new QPushButton(icons::get(u"edit"_s), tr("Change…"), this))
    , m_print(new QPushButton(icons::get(u"print"_s), tr("Blank to print…"), this))
    , m_enter(new QPushButton(tr("Enter answers"), this))
    , m_deleteVersion(new QPushButton(icons::get(u"delete"_s), tr("Delete the version"), this))
    , m_entry(new AnswerEntry(this))
    , m_answersFilter(new QComboBox(this))
    , m_answers(listView(this))
    , m_answersCount(new QLabel(this))
    , m_tests(new TestsPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* heading = new QLabel(tr("Questionnaires and tests"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* subtitle = new QLabel(tr("Satisfaction questionnaires (002 cl. 8.3), the mentee's final evaluation (004 cl. "
                                   "6.1), the curator's questionnaire, the preference survey; entry and final testing "
                                   "(000 cl. 5.3.1)."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);

    // Templates.
    m_templates->setModel(m_templatesModel.get());
    auto* templatesPage = new QWidget(this);
    auto* splitter = new QSplitter(templatesPage);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_templates, 1);
    auto* newButton = new QPushButton(icons::get(u"add"_s), tr("New questionnaire…"), left);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(newButton);
    newRow->addStretch(1);
    leftLayout->addLayout(newRow);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    QFont bold = m_templateTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_templateTitle->setFont(bold);
    m_templateTitle->setWordWrap(true);
    m_templateMeta->setWordWrap(true);
    m_templateMeta->setStyleSheet(u"color: #5f6b76;"_s);
    rightLayout->addWidget(m_templateTitle);
    rightLayout->addWidget(m_templateMeta);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("Version:"), right));
    versionRow->addWidget(m_versions, 1);
    rightLayout->addLayout(versionRow);
    rightLayout->addWidget(m_preview, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_print);
    actions->addWidget(m_enter);
    actions->addStretch(1);
    actions->addWidget(m_deleteVersion);
    rightLayout->addLayout(actions);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({520, 700});
    auto* templatesLayout = new QVBoxLayout(templatesPage);
    templatesLayout->addWidget(splitter);
    m_tabs->addTab(templatesPage, tr("Questionnaires"));

    m_tabs->addTab(m_entry, tr("Entry of answers"));

    // Answers.
    m_answers->setModel(m_answersModel.get());
    auto* answersPage = new QWidget(this);
    auto* answersLayout = new QVBoxLayout(answersPage);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), answersPage));
    m_answersFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_answersFilter->setMinimumContentsLength(40);
    filterRow->addWidget(m_answersFilter);
    filterRow->addStretch(1);
    auto* open = new QPushButton(icons::get(u"edit"_s), tr("Correct…"), answersPage);
    auto* remove = new QPushButton(icons::get(u"delete"_s), tr("Delete"), answersPage);
    filterRow->addWidget(open);
    filterRow->addWidget(remove);
    answersLayout->addLayout(filterRow);
    answersLayout->addWidget(m_answers, 1);
    answersLayout->addWidget(m_answersCount);
    m_tabs->addTab(answersPage, tr("Answers"));

    m_tabs->addTab(m_tests, tr("Tests"));

    connect(m_templates->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionnairesSection::showTemplate);
    connect(m_templates, &QTableView::activated, this, [this] { editQuestionnaire(); });
    connect(m_versions, &QComboBox::currentIndexChanged, this, &QuestionnairesSection::showVersion);
    connect(newButton, &QPushButton::clicked, this, [this] { editQuestionnaire(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editQuestionnaire(); });
    connect(m_print, &QPushButton::clicked, this, &QuestionnairesSection::printBlank);
    connect(m_enter, &QPushButton::clicked, this, &QuestionnairesSection::enterAnswers);
    connect(m_deleteVersion, &QPushButton::clicked, this, [this] {
        const QString id = currentVersionId();
        if (id.isEmpty() || !context())
            return;
        if (MessageBox::question(this, tr("Delete the version"), tr("Delete this version of the questionnaire?"),
                                 MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
            != MessageBox::Delete)
            return;
        if (Status s = MonitoringRepository(context()->connection()).removeQuestionnaire(id); !s) {
            MessageBox::warning(this, tr("Delete the version"), s.error());
            return;
        }
        context()->notifyDataChanged();
    });
    connect(m_answersFilter, &QComboBox::currentIndexChanged, this, &QuestionnairesSection::filterAnswers);
    connect(open, &QPushButton::clicked, this, &QuestionnairesSection::openAnswer);
    connect(m_answers, &QTableView::activated, this, &QuestionnairesSection::openAnswer);
    connect(remove, &QPushButton::clicked, this, &QuestionnairesSection::deleteAnswer);
    setEnabled(false);
}

QuestionnairesSection::~QuestionnairesSection()
{
    m_templates->setModel(nullptr);
    m_answers->setModel(nullptr);
}

SectionInfo QuestionnairesSection::info()
{
    return {u"questionnaires"_s, tr("Questionnaires and tests"), icons::get(u"questionnaire"_s), {}};
}

void QuestionnairesSection::contextChanged()
{
    setEnabled(context() != nullptr);
    m_entry->setContext(context());
    m_tests->setContext(context());
    if (!deferUntilShown())
        reload();
}

void QuestionnairesSection::refresh()
{
    reload();
}

void QuestionnairesSection::reload()
{
    const QString family = currentFamily();
    const QString version = m_versions->currentIndex() > 0 ? currentVersionId() : QString(); // see showTemplate()
    m_data = Dataset();
    if (context()) {
        const Result<Dataset> loaded = context()->dataset();
        if (loaded)
            m_data = loaded.value();
    }
    m_templatesModel->setMonitoring(m_data.monitoring);
    // The long official titles wrap in their column rather than hiding behind «…».
    m_templates->setWordWrap(true);
    m_templates->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_templates->horizontalHeader()->setStretchLastSection(false);
    m_templates->horizontalHeader()->setSectionResizeMode(QuestionnaireListModel::Title, QHeaderView::Stretch);
    m_templates->horizontalHeader()->setSectionResizeMode(QuestionnaireListModel::Respondent, QHeaderView::ResizeToContents);
    m_templates->horizontalHeader()->setSectionResizeMode(QuestionnaireListModel::Version, QHeaderView::ResizeToContents);
    m_templates->horizontalHeader()->setSectionResizeMode(QuestionnaireListModel::Answers, QHeaderView::ResizeToContents);
    if (!selectFamily(family) && m_templatesModel->rowCount() > 0)
        m_templates->setCurrentIndex(m_templatesModel->index(0, 0));
    if (!version.isEmpty())
        m_versions->setCurrentIndex(std::max(0, m_versions->findData(version)));
    m_entry->setDataset(m_data);
    m_tests->setDataset(m_data);

    const QString filter = m_answersFilter->currentData().toString();
    {
        const QSignalBlocker block(m_answersFilter);
        m_answersFilter->clear();
        m_answersFilter->addItem(tr("All questionnaires"), QString());
        for (int r = 0; r < m_templatesModel->rowCount(); ++r) {
            const Questionnaire* q = m_templatesModel->latest(r);
            m_answersFilter->addItem(q->title, q->family);
        }
        m_answersFilter->setCurrentIndex(std::max(0, m_answersFilter->findData(filter)));
    }
    filterAnswers();
    showTemplate();
}

bool QuestionnairesSection::selectFamily(const QString& family)
{
    const int row = m_templatesModel->rowOfFamily(family);
    if (family.isEmpty() || row < 0)
        return false;
    m_templates->setCurrentIndex(m_templatesModel->index(row, 0));
    return true;
}

QString QuestionnairesSection::currentFamily() const
{
    const QModelIndex index = m_templates->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(QuestionnaireListModel::FamilyRole).toString() : QString();
}

QString QuestionnairesSection::currentVersionId() const
{
    return m_versions->currentData().toString();
}

void QuestionnairesSection::showTemplate()
{
    const QString family = currentFamily();
    const QSignalBlocker block(m_versions);
    // An older version the curator picked stays shown across reloads; the current one follows
    // the data (a new version made by an edit becomes the one shown).
    const QString keep = m_versions->currentIndex() > 0 ? m_versions->currentData().toString() : QString();
    m_versions->clear();
    const QList<Questionnaire> versions = m_templatesModel->versions(family);
    for (int i = 0; i < versions.size(); ++i) {
        const Questionnaire& q = versions.at(i);
        QString label = tr("version %1").arg(q.version);
        if (q.created.isValid())
            label += tr(" of %1").arg(dates::toDisplay(q.created));
        label += u", "_s + tr("%n answer(s)", "", m_templatesModel->answersOf(q.id));
        if (i == 0)
            label += u" — "_s + tr("current");
        if (!m_data.monitoring.questionnaire(q.id))
            label += u" — "_s + tr("built in, not changed");
        m_versions->addItem(label, q.id);
    }
    m_versions->setCurrentIndex(std::max(0, m_versions->findData(keep)));
    showVersion();
}

void QuestionnairesSection::showVersion()
{
    const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, currentVersionId());
    m_edit->setEnabled(q != nullptr);
    m_print->setEnabled(q != nullptr);
    m_enter->setEnabled(q != nullptr);
    m_deleteVersion->setEnabled(q && m_data.monitoring.questionnaire(q->id) && m_templatesModel->answersOf(q->id) == 0);
    if (!q) {
        m_templateTitle->clear();
        m_templateMeta->clear();
        m_preview->clear();
        return;
    }
    m_templateTitle->setText(q->title);
    QStringList meta{monitoringvocab::purposeLabel(q->purpose), tr("answers: %1").arg(monitoringvocab::respondentLabel(q->respondent))};
    if (!q->clause.isEmpty())
        meta << q->clause;
    meta << tr("%n question(s)", "", int(q->questions.size()));
    m_templateMeta->setText(meta.join(u" · "_s));
    m_preview->setHtml(questionsHtml(*q));
}

EditorDialog* QuestionnairesSection::editQuestionnaire(bool create)
{
    if (!context())
        return nullptr;
    Questionnaire q;
    int answers = 0;
    if (!create) {
        const Questionnaire* found = QuestionnaireLibrary::lookup(m_data.monitoring, currentVersionId());
        if (!found)
            return nullptr;
        q = *found;
        answers = m_templatesModel->answersOf(q.id);
    } else {
        q.title = tr("New questionnaire");
        q.questions = {Question{u"q1"_s, u"scale"_s, QString(), {}}};
        q.id.clear();
    }
    auto* editor = new QuestionnaireEditor(context(), q, answers);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(960, 640);
    connect(editor, &EditorBase::committed, this, [this, editor] {
        reload();
        selectFamily(editor->saved().family);
        m_versions->setCurrentIndex(std::max(0, m_versions->findData(editor->saved().id)));
    });
    dialog->show();
    editor->titleEdit()->setFocus();
    return dialog;
}

void QuestionnairesSection::printBlank()
{
    const QString id = currentVersionId();
    if (!id.isEmpty())
        openDocument(this, context(), DocumentKind::Questionnaire, id);
}

void QuestionnairesSection::enterAnswers()
{
    const QString id = currentVersionId();
    if (id.isEmpty())
        return;
    m_entry->setQuestionnaire(id);
    m_tabs->setCurrentIndex(Entry);
    m_entry->respondentChooser()->setFocus();
}

void QuestionnairesSection::filterAnswers()
{
    m_answersModel->setDataset(m_data, m_answersFilter->currentData().toString());
    m_answers->setColumnWidth(ResponsesModel::Date, 95);
    m_answers->setColumnWidth(ResponsesModel::Questionnaire, 340);
    m_answers->setColumnWidth(ResponsesModel::Respondent, 170);
    m_answers->setColumnWidth(ResponsesModel::PairColumn, 300);
    m_answers->setColumnWidth(ResponsesModel::Score, 100);
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answersCount->setText(tr("%n questionnaire(s) filled in", "", m_answersModel->rowCount()));
}

void QuestionnairesSection::openAnswer()
{
    const QString id = m_answersModel->responseId(m_answers->currentIndex().row());
    if (id.isEmpty())
        return;
    m_entry->editResponse(id);
    m_tabs->setCurrentIndex(Entry);
}

void QuestionnairesSection::deleteAnswer()
{
    const QString id = m_answersModel->responseId(m_answers->currentIndex().row());
    if (id.isEmpty() || !context())
        return;
    if (MessageBox::question(this, tr("Delete the answers"), tr("Delete this filled-in questionnaire?"),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = MonitoringRepository(context()->connection()).removeResponse(id); !s) {
        MessageBox::critical(this, tr("Delete the answers"), s.error());
        return;
    }
    context()->notifyDataChanged();
}

bool QuestionnairesSection::canRun(Command command) const
{
    if (!context())
        return false;
    switch (command) {
    case Command::New:
        return true;
    case Command::Find:
        return false;
    case Command::Delete:
        return m_tabs->currentIndex() == Answers && m_answers->currentIndex().isValid();
    }
    return false;
}

void QuestionnairesSection::run(Command command)
{
    switch (command) {
    case Command::New:
        if (m_tabs->currentIndex() == Templates)
            editQuestionnaire(true);
        else {
            m_tabs->setCurrentIndex(Entry);
            m_entry->clear();
            m_entry->respondentChooser()->setFocus();
        }
        break;
    case Command::Delete:
        deleteAnswer();
        break;
    case Command::Find:
        break;
    }
}

} // namespace nastavnik::ui
