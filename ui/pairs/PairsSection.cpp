#include "pairs/PairsSection.h"

#include "AppContext.h"
#include "FindingsService.h"
#include "Icons.h"
#include "domain/Vocabulary.h"
#include "models/PairsTableModel.h"
#include "pairs/MatchingDialog.h"
#include "pairs/PairEditor.h"
#include "pairs/PairRepository.h"
#include "settings/AppSettings.h"
#include "storage/ProfileRepository.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

const QString kViewState = u"pairs"_s;

/// Moves from the search box into the list with ↓ or Enter.
class SearchKeys : public QObject
{
public:
    SearchKeys(QTableView* table, QObject* parent)
        : QObject(parent)
        , m_table(table)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->model()
                && m_table->model()->rowCount() > 0) {
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_table->model()->index(0, 0));
                m_table->setFocus();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
};

} // namespace

PairsSection::PairsSection(QWidget* parent)
    : Section(info(), parent)
    , m_search(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_mentor(new PersonChooser(this))
    , m_overdue(new QCheckBox(tr("Overdue plan items"), this))
    , m_withFindings(new QCheckBox(tr("With findings"), this))
    , m_noMeeting(new QCheckBox(tr("No meeting for more than"), this))
    , m_noMeetingDays(new QSpinBox(this))
    , m_add(new QPushButton(icons::get(u"add"_s), tr("&New pair"), this))
    , m_edit(new QPushButton(icons::get(u"edit"_s), tr("&Open"), this))
    , m_delete(new QPushButton(icons::get(u"delete"_s), tr("&Delete"), this))
    , m_match(new QPushButton(icons::get(u"match"_s), tr("Find a &mentor…"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* heading = new QLabel(tr("Pairs and groups"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* subtitle = new QLabel(
        tr("Mentors with their mentees: individual plans, meetings, replacements, extensions and "
           "completion."),
        this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(4);

    auto* top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search by the surname of the mentor or a mentee, or the group's title"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);
    m_search->installEventFilter(new SearchKeys(m_table, this));
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    m_add->setToolTip(tr("A new pair or group (Ctrl+N)"));
    m_edit->setToolTip(tr("Open the pair: plan, meetings, history (Enter or double-click)"));
    m_delete->setToolTip(tr("Delete the pair (Del); a pair in the orders journal is kept"));
    m_match->setToolTip(tr("Rank possible mentors for the mentees waiting for one, and create pairs"));
    for (QPushButton* b : { m_match, m_add, m_edit, m_delete })
        top->addWidget(b);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_form->setObjectName(u"formFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_mentor->setObjectName(u"mentorFilter"_s);
    m_mentor->setPlaceholderText(tr("any mentor"));
    m_mentor->setMinimumWidth(200);
    for (QComboBox* combo : { m_form, m_status }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_noMeetingDays->setRange(7, 365);
    m_noMeetingDays->setValue(30);
    m_noMeetingDays->setSuffix(tr(" days"));
    m_noMeetingDays->setObjectName(u"noMeetingDays"_s);
    m_overdue->setToolTip(tr("Pairs with items of the individual plan past their due date and not done"));
    m_withFindings->setToolTip(tr("Pairs with findings of «Check» under the active profile"));
    m_noMeeting->setToolTip(tr("Active pairs without a meeting in the log for this many days"));
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_form);
    filters->addWidget(m_mentor);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addWidget(m_withFindings);
    filters->addWidget(m_noMeeting);
    filters->addWidget(m_noMeetingDays);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows it does not show (15,000 pairs).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* empty = new QLabel(
        tr("There are no pairs yet.\n\nCreate one with «New pair» (Ctrl+N), or let «Find a mentor…» "
           "propose mentors for the mentees waiting in the base of participants."),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    auto* stack = new QStackedWidget(this);
    stack->setObjectName(u"pairsStack"_s);
    stack->addWidget(m_table);
    stack->addWidget(empty);
    layout->addWidget(stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &PairsSection::applyFilter);
    for (QComboBox* combo : { m_form, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, &PairsSection::applyFilter);
    connect(m_mentor, &PersonChooser::personChanged, this, &PairsSection::applyFilter);
    for (QCheckBox* box : { m_overdue, m_withFindings, m_noMeeting })
        connect(box, &QCheckBox::toggled, this, &PairsSection::applyFilter);
    connect(m_noMeetingDays, &QSpinBox::valueChanged, this, [this] {
        if (m_noMeeting->isChecked())
            applyFilter();
    });
    connect(m_table, &QTableView::activated, this, &PairsSection::editCurrent);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(QString()); });
    connect(m_edit, &QPushButton::clicked, this, &PairsSection::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { deletePair(currentPairId()); });
    connect(m_match, &QPushButton::clicked, this, [this] { openMatching(); });
    setEnabled(false);
}

PairsSection::~PairsSection()
{
    saveViewState();
    m_table->setModel(nullptr);
}

SectionInfo PairsSection::info()
{
    return {u"pairs"_s, tr("Pairs and groups"), icons::get(u"pairs"_s), {AppContext::Item::Pair}};
}

void PairsSection::saveViewState()
{
    if (context() && m_table->model())
        context()->settings().setViewState(kViewState, m_table->horizontalHeader()->saveState());
}

void PairsSection::fillForms()
{
    const QSignalBlocker blocker(m_form);
    const QString current = m_form->currentData().toString();
    m_form->clear();
    m_form->addItem(tr("All forms"), QString());
    QStringList forms;
    if (context()) {
        if (const Result<Profile> p = ProfileRepository(context()->connection()).active(); p)
            forms = p->forms.value;
    }
    for (const QString& f : std::as_const(forms))
        m_form->addItem(vocabulary::label(Vocab::PairForm, f), f);
    // Forms of other profiles stay filterable (imported or older pairs).
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (!forms.contains(f) && m_form->findData(f) < 0 && f == current)
            m_form->addItem(vocabulary::label(Vocab::PairForm, f), f);
    }
    m_form->setCurrentIndex(std::max(0, m_form->findData(current)));
}

void PairsSection::contextChanged()
{
    if (m_model) {
        m_table->setModel(nullptr);
        m_model.reset();
    }
    m_mentor->setContext(context());
    setEnabled(context() != nullptr);
    if (!context()) {
        updateCount();
        return;
    }
    if (deferUntilShown()) {
        updateCount();
        return;
    }
    buildModel();
}

void PairsSection::buildModel()
{
    fillForms();
    m_model = std::make_unique<PairsTableModel>(context()->connection(), context()->today());
    m_table->setModel(m_model.get());
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = context()->settings().viewState(kViewState);
    if (state.isEmpty() || !header->restoreState(state)) {
        const int widths[] = { 110, 130, 140, 180, 86, 86, 150, 150, 100 };
        for (int column = 0; column < PairsTableModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, widths[column]);
        header->setSortIndicator(PairsTableModel::Number, Qt::AscendingOrder);
    }
    header->setStretchLastSection(true);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PairsSection::updateButtons);
    connect(&context()->findings(), &FindingsService::reportChanged, this, [this] {
        if (m_withFindings->isChecked())
            applyFilter();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PairsSection::saveViewState);
    connect(header, &QHeaderView::sectionResized, this, &PairsSection::saveViewState);
    applyFilter();
}

QSet<QString> PairsSection::findingPairs() const
{
    FindingsService& service = context()->findings();
    if (!service.hasReport())
        service.checkNow(); // reportChanged applies the filter again
    return service.pairsWithFindings();
}

void PairsSection::applyFilter()
{
    if (!m_model)
        return;
    const QString current = currentPairId();
    PairsFilter filter;
    filter.text = m_search->text();
    filter.form = m_form->currentData().toString();
    filter.status = PairsFilter::Status(m_status->currentData().toInt());
    filter.mentor = m_mentor->personId();
    filter.overduePlan = m_overdue->isChecked();
    filter.onlyWithFindings = m_withFindings->isChecked();
    if (filter.onlyWithFindings)
        filter.findingPairs = findingPairs();
    filter.noMeetingDays = m_noMeeting->isChecked() ? m_noMeetingDays->value() : 0;
    m_model->setFilter(filter);
    selectPair(current);
    updateCount();
}

void PairsSection::refresh()
{
    if (!m_model) {
        // Read for the first time when first shown (contextChanged).
        if (context())
            buildModel();
        return;
    }
    const QString current = currentPairId();
    m_model->setToday(context()->today());
    if (m_withFindings->isChecked()) {
        PairsFilter filter = m_model->filter();
        filter.findingPairs = findingPairs();
        m_model->setFilter(filter);
    }
    m_model->refresh();
    selectPair(current);
    updateCount();
}

void PairsSection::updateStatusCounts()
{
    const QSignalBlocker blocker(m_status);
    const int current = m_status->currentIndex();
    const QMap<PairStatus, int> counts = m_model ? m_model->statusCounts() : QMap<PairStatus, int>();
    const int completed = counts.value(PairStatus::Completed) + counts.value(PairStatus::CompletedEarly);
    const std::pair<PairsFilter::Status, QString> items[] = {
        { PairsFilter::Status::Any, tr("All statuses (%1)").arg(m_model ? m_model->totalCount() : 0) },
        { PairsFilter::Status::Active, tr("Active (%1)").arg(counts.value(PairStatus::Active)) },
        { PairsFilter::Status::Planned, tr("Planned (%1)").arg(counts.value(PairStatus::Planned)) },
        { PairsFilter::Status::Completed, tr("Completed (%1)").arg(completed) },
        { PairsFilter::Status::CompletedEarly,
          tr("Completed early (%1)").arg(counts.value(PairStatus::CompletedEarly)) },
    };
    if (m_status->count() != int(std::size(items))) {
        m_status->clear();
        for (const auto& [status, text] : items)
            m_status->addItem(text, int(status));
        m_status->setCurrentIndex(0);
        return;
    }
    for (int i = 0; i < int(std::size(items)); ++i)
        m_status->setItemText(i, items[i].second);
    m_status->setCurrentIndex(std::max(0, current));
}

void PairsSection::updateCount()
{
    auto* stack = findChild<QStackedWidget*>(u"pairsStack"_s);
    updateStatusCounts();
    if (!m_model) {
        m_count->clear();
        stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    const bool empty = m_model->totalCount() == 0;
    stack->setCurrentIndex(empty ? 1 : 0);
    m_count->setVisible(!empty);
    QString text = tr("Showing %1 of %2").arg(m_model->rowCount()).arg(m_model->totalCount());
    if (!m_model->status().ok())
        text = m_model->status().error();
    m_count->setText(text);
    updateButtons();
}

void PairsSection::updateButtons()
{
    const bool hasCurrent = !currentPairId().isEmpty();
    m_edit->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
    emit commandsChanged();
}

QString PairsSection::currentPairId() const
{
    if (!m_model)
        return {};
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->pairId(index.row()) : QString();
}

bool PairsSection::selectPair(const QString& pairId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(pairId);
    if (row < 0) {
        updateButtons();
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateButtons();
    return true;
}

bool PairsSection::canRun(Command command) const
{
    if (!context())
        return false;
    switch (command) {
    case Command::New:
    case Command::Find:
        return true;
    case Command::Delete:
        return !currentPairId().isEmpty();
    }
    return false;
}

void PairsSection::run(Command command)
{
    switch (command) {
    case Command::New:
        openEditor(QString());
        break;
    case Command::Find:
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        break;
    case Command::Delete:
        deletePair(currentPairId());
        break;
    }
}

void PairsSection::open(AppContext::Item item, const QString& id)
{
    if (item != AppContext::Item::Pair)
        return;
    selectPair(id);
    openEditor(id);
}

void PairsSection::editCurrent()
{
    const QString id = currentPairId();
    if (!id.isEmpty())
        openEditor(id);
}

EditorDialog* PairsSection::openEditor(const QString& pairId)
{
    if (!context())
        return nullptr;
    auto* editor = new PairEditor(context());
    editor->edit(pairId);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(1080, 720);
    connect(editor, &EditorBase::committed, this, [this, editor] { selectPair(editor->pairId()); });
    dialog->show();
    editor->formCombo()->setFocus();
    return dialog;
}

MatchingDialog* PairsSection::openMatching(const QString& menteeId)
{
    if (!context())
        return nullptr;
    auto* dialog = new MatchingDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    if (!menteeId.isEmpty())
        dialog->selectMentees({ menteeId });
    return dialog;
}

void PairsSection::deletePair(const QString& pairId)
{
    if (!context() || pairId.isEmpty())
        return;
    PairRepository repo(context()->connection());
    const QStringList orders = repo.ordersOf(pairId);
    if (!orders.isEmpty()) {
        MessageBox::information(this, tr("Delete the pair"), repo.remove(pairId).error());
        return;
    }
    const Result<Pair> pair = repo.load(pairId);
    if (!pair) {
        MessageBox::warning(this, tr("Delete the pair"), pair.error());
        refresh();
        return;
    }
    const MessageBox::Button answer = MessageBox::question(
        this,
        tr("Delete the pair"),
        tr("Delete the pair %1 with its plan (%n item(s)), meetings and history? This cannot be undone.",
           "",
           int(pair->planItems.size()))
            .arg(pairId),
        MessageBox::Delete | MessageBox::Cancel,
        MessageBox::Cancel);
    if (answer != MessageBox::Delete)
        return;
    if (Status s = repo.remove(pairId); !s) {
        MessageBox::critical(this, tr("Delete the pair"), s.error());
        return;
    }
    context()->notifyDataChanged();
}

} // namespace nastavnik::ui
