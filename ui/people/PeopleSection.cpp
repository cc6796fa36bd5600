#include "people/PeopleSection.h"

#include "AppContext.h"
#include "Icons.h"
#include "domain/Vocabulary.h"
#include "models/PeopleTableModel.h"
#include "people/PersonEditor.h"
#include "settings/AppSettings.h"
#include "storage/PeopleRepository.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

const QString kViewState = u"people"_s;

/// Moves from the search box into the list with ↓ or Enter, as in a mail client.
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

PeopleSection::PeopleSection(QWidget* parent)
    : Section(info(), parent)
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_staffing(new QComboBox(this))
    , m_withoutConsent(new QCheckBox(tr("Without personal data consent"), this))
    , m_showArchived(new QCheckBox(tr("Show the archive"), this))
    , m_add(new QPushButton(icons::get(u"add"_s), tr("&Add a participant"), this))
    , m_edit(new QPushButton(icons::get(u"edit"_s), tr("&Open"), this))
    , m_delete(new QPushButton(icons::get(u"delete"_s), tr("&Delete"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);

    auto* heading = new QLabel(tr("Participants"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* subtitle = new QLabel(tr("The bases of mentors and mentees: employees, pupils, students, parents and "
                                   "external mentors."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(4);

    auto* top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search by surname, name, patronymic or position"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);
    m_search->installEventFilter(new SearchKeys(m_table, this));
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    m_add->setToolTip(tr("A new participant (Ctrl+N)"));
    m_edit->setToolTip(tr("Open the participant's card (Enter or double-click)"));
    m_delete->setToolTip(tr("Delete the participant (Del)"));
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_role->addItem(tr("All participants"), int(PeopleFilter::Role::All));
    m_role->addItem(tr("Mentors"), int(PeopleFilter::Role::Mentors));
    m_role->addItem(tr("Mentees"), int(PeopleFilter::Role::Mentees));
    m_role->addItem(tr("Leading a pair now"), int(PeopleFilter::Role::LeadingPair));
    m_role->addItem(tr("Mentees in a pair now"), int(PeopleFilter::Role::InPair));
    m_role->setToolTip(tr("Mentors: in the base of mentors or leading a pair that has not ended. Mentees: in the "
                          "base of mentees or in such a pair."));
    m_kind->addItem(tr("All categories"), QString());
    for (const QString& code : vocabulary::codes(Vocab::PersonKind))
        m_kind->addItem(vocabulary::label(Vocab::PersonKind, code), code);
    m_staffing->addItem(tr("Staff and external"), int(PeopleFilter::Staffing::All));
    m_staffing->addItem(tr("Staff only"), int(PeopleFilter::Staffing::Staff));
    m_staffing->addItem(tr("External only"), int(PeopleFilter::Staffing::External));
    m_withoutConsent->setToolTip(tr("People without a valid consent to the processing of personal data: none, "
                                    "withdrawn, or signed by a minor instead of a parent."));
    // The combo boxes may be narrower than their longest entry: the window fits 1280 pixels.
    for (QComboBox* combo : {m_role, m_kind, m_staffing}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_role);
    filters->addWidget(m_kind);
    filters->addWidget(m_staffing);
    filters->addSpacing(8);
    filters->addWidget(m_withoutConsent);
    filters->addWidget(m_showArchived);
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
    // Fixed row heights: the view never measures rows it does not show (30,000 people).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* empty = new QLabel(tr("The base of participants is empty.\n\nAdd the first participant with «Add a "
                                "participant» (Ctrl+N),\nor import a staff or pupil list from CSV/XLSX (File menu)."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setObjectName(u"emptyHint"_s);
    auto* stack = new QStackedWidget(this);
    stack->setObjectName(u"peopleStack"_s);
    stack->addWidget(m_table);
    stack->addWidget(empty);
    layout->addWidget(stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &PeopleSection::applyFilter);
    for (QComboBox* combo : {m_role, m_kind, m_staffing})
        connect(combo, &QComboBox::currentIndexChanged, this, &PeopleSection::applyFilter);
    for (QCheckBox* box : {m_withoutConsent, m_showArchived})
        connect(box, &QCheckBox::toggled, this, &PeopleSection::applyFilter);
    connect(m_table, &QTableView::activated, this, &PeopleSection::editCurrent);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(QString()); });
    connect(m_edit, &QPushButton::clicked, this, &PeopleSection::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { deletePerson(currentPersonId()); });
    setEnabled(false);
}

PeopleSection::~PeopleSection()
{
    saveViewState();
    m_table->setModel(nullptr);
}

SectionInfo PeopleSection::info()
{
    return {u"people"_s, tr("Participants"), icons::get(u"people"_s), {AppContext::Item::Person}};
}

void PeopleSection::saveViewState()
{
    if (context() && m_table->model())
        context()->settings().setViewState(kViewState, m_table->horizontalHeader()->saveState());
}

void PeopleSection::contextChanged()
{
    if (m_model) {
        m_table->setModel(nullptr);
        m_model.reset();
    }
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

void PeopleSection::buildModel()
{
    m_model = std::make_unique<PeopleTableModel>(context()->connection());
    m_model->setToday(context()->today());
    m_table->setModel(m_model.get());
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = context()->settings().viewState(kViewState);
    if (state.isEmpty() || !header->restoreState(state)) {
        const int widths[] = {215, 115, 108, 158, 112, 108, 120, 110};
        for (int column = 0; column < PeopleTableModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, widths[column]);
        header->setSortIndicator(PeopleTableModel::Name, Qt::AscendingOrder);
    }
    // The restored width of the header may be for another count of columns.
    header->setStretchLastSection(true);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleSection::updateButtons);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PeopleSection::saveViewState);
    connect(header, &QHeaderView::sectionResized, this, &PeopleSection::saveViewState);
    applyFilter();
}

void PeopleSection::applyFilter()
{
    if (!m_model)
        return;
    const QString current = currentPersonId();
    PeopleFilter filter;
    filter.text = m_search->text();
    filter.role = PeopleFilter::Role(m_role->currentData().toInt());
    filter.kind = m_kind->currentData().toString();
    filter.staffing = PeopleFilter::Staffing(m_staffing->currentData().toInt());
    filter.withoutConsent = m_withoutConsent->isChecked();
    filter.showArchived = m_showArchived->isChecked();
    m_model->setFilter(filter);
    // The rows laid out now, not on the next turn of the event loop: the filtered list is
    // painted once, not twice.
    m_table->doItemsLayout();
    selectPerson(current);
    updateCount();
}

void PeopleSection::refresh()
{
    if (!m_model) {
        // Read for the first time when first shown (contextChanged).
        if (context())
            buildModel();
        return;
    }
    const QString current = currentPersonId();
    m_model->setToday(context()->today());
    m_model->refresh();
    selectPerson(current);
    updateCount();
}

void PeopleSection::updateCount()
{
    auto* stack = findChild<QStackedWidget*>(u"peopleStack"_s);
    if (!m_model) {
        m_count->clear();
        stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    const bool empty = m_model->totalCount() == 0 && !m_model->filter().showArchived && m_model->rowCount() == 0;
    stack->setCurrentIndex(empty ? 1 : 0);
    m_count->setVisible(!empty);
    QString text = tr("Showing %1 of %2").arg(m_model->rowCount()).arg(m_model->totalCount());
    if (!m_model->status().ok())
        text = m_model->status().error();
    m_count->setText(text);
    updateButtons();
}

void PeopleSection::updateButtons()
{
    const bool hasCurrent = !currentPersonId().isEmpty();
    m_edit->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
    emit commandsChanged();
}

QString PeopleSection::currentPersonId() const
{
    if (!m_model)
        return {};
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->personId(index.row()) : QString();
}

bool PeopleSection::selectPerson(const QString& personId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(personId);
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

bool PeopleSection::canRun(Command command) const
{
    if (!context())
        return false;
    switch (command) {
    case Command::New:
    case Command::Find:
        return true;
    case Command::Delete:
        return !currentPersonId().isEmpty();
    }
    return false;
}

void PeopleSection::run(Command command)
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
        deletePerson(currentPersonId());
        break;
    }
}

void PeopleSection::open(AppContext::Item item, const QString& id)
{
    if (item != AppContext::Item::Person)
        return;
    selectPerson(id);
    openEditor(id);
}

void PeopleSection::editCurrent()
{
    const QString id = currentPersonId();
    if (!id.isEmpty())
        openEditor(id);
}

EditorDialog* PeopleSection::openEditor(const QString& personId)
{
    if (!context())
        return nullptr;
    auto* editor = new PersonEditor(context());
    editor->edit(personId);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(980, 660);
    connect(editor, &EditorBase::committed, this, [this, editor] { selectPerson(editor->personId()); });
    dialog->show();
    editor->findChild<QLineEdit*>()->setFocus();
    return dialog;
}

void PeopleSection::deletePerson(const QString& personId)
{
    if (!context() || personId.isEmpty())
        return;
    PeopleRepository repo(context()->connection());
    const Result<Person> person = repo.load(personId);
    if (!person) {
        MessageBox::warning(this, tr("Delete a participant"), person.error());
        refresh();
        return;
    }
    const QString name = person->fullName();
    if (const QStringList references = repo.referencesTo(personId); !references.isEmpty()) {
        if (person->archived) {
            MessageBox::information(this,
                                    tr("Delete a participant"),
                                    tr("«%1» is already in the archive and cannot be deleted: the records refer to "
                                       "them (%2).")
                                        .arg(name, references.join(u"; "_s)));
            return;
        }
        // The repository refuses and explains what refers to the person.
        const Status refused = repo.remove(personId);
        const MessageBox::Button answer = MessageBox::warning(this,
                                                              tr("The participant cannot be deleted"),
                                                              refused.error(),
                                                              MessageBox::Archive | MessageBox::Cancel,
                                                              MessageBox::Archive);
        if (answer != MessageBox::Archive)
            return;
        if (Status s = repo.setArchived(personId, true); !s) {
            MessageBox::critical(this, tr("Archive a participant"), s.error());
            return;
        }
        context()->notifyDataChanged();
        return;
    }
    const MessageBox::Button answer
        = MessageBox::question(this,
                               tr("Delete a participant"),
                               tr("Delete «%1» from the base of participants, with their documents and consents? "
                                  "This cannot be undone.")
                                   .arg(name),
                               MessageBox::Delete | MessageBox::Cancel,
                               MessageBox::Cancel);
    if (answer != MessageBox::Delete)
        return;
    if (Status s = repo.remove(personId); !s) {
        MessageBox::critical(this, tr("Delete a participant"), s.error());
        return;
    }
    context()->notifyDataChanged();
}

} // namespace nastavnik::ui
