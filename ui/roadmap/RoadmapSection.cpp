#include "roadmap/RoadmapSection.h"

#include "Icons.h"
#include "documents/DocumentEditorDialog.h"
#include "documents/DocumentOpener.h"
#include "documents/OrderRepository.h"
#include "roadmap/ActivityEditor.h"
#include "roadmap/RoadmapModel.h"
#include "roadmap/RoadmapTimeline.h"
#include "storage/PeopleRepository.h"
#include "storage/MonitoringRepository.h"
#include "util/Dates.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

RoadmapSection::RoadmapSection(QWidget* parent)
    : Section(info(), parent)
    , m_model(std::make_unique<RoadmapModel>())
    , m_roadmaps(new QComboBox(this))
    , m_create(new QPushButton(icons::get(u"add"_s), tr("Create from the template for a school year…"), this))
    , m_addActivity(new QPushButton(icons::get(u"add"_s), tr("&Add an activity"), this))
    , m_edit(new QPushButton(icons::get(u"edit"_s), tr("&Open"), this))
    , m_delete(new QPushButton(icons::get(u"delete"_s), tr("&Delete"), this))
    , m_print(new QPushButton(icons::get(u"print"_s), tr("Print / PDF…"), this))
    , m_order(new QPushButton(tr("Prepare the approval order"), this))
    , m_more(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_views(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_timeline(new RoadmapTimeline(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* heading = new QLabel(tr("Roadmap"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* subtitle = new QLabel(tr("The stages and activities of the target model of mentoring for the school year, "
                                   "with deadlines and the people responsible (002, Appendix 1)."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(4);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("School year:"), this));
    m_roadmaps->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roadmaps->setMinimumContentsLength(12);
    top->addWidget(m_roadmaps);
    top->addSpacing(12);
    top->addWidget(m_addActivity);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    top->addStretch(1);
    top->addWidget(m_print);
    top->addWidget(m_order);
    m_more->setText(tr("More"));
    auto* menu = new QMenu(m_more);
    menu->addAction(tr("Create from the template for a school year…"), this, &RoadmapSection::askCreate);
    menu->addAction(tr("Add a stage…"), this, &RoadmapSection::askAddStage);
    menu->addAction(tr("Rename the stage…"), this, &RoadmapSection::askRenameStage);
    menu->addSeparator();
    menu->addAction(tr("Delete this roadmap…"), this, [this] {
        const Roadmap* r = current();
        if (!r)
            return;
        if (MessageBox::question(this, tr("Delete the roadmap"),
                                 tr("Delete the roadmap «%1» with all its activities? This cannot be undone.").arg(r->title),
                                 MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
            != MessageBox::Delete)
            return;
        if (Status s = MonitoringRepository(context()->connection()).removeRoadmap(r->id); !s) {
            MessageBox::critical(this, tr("Delete the roadmap"), s.error());
            return;
        }
        context()->notifyDataChanged();
    });
    m_more->setMenu(menu);
    top->addWidget(m_more);
    layout->addLayout(top);

    m_tree->setModel(m_model.get());
    m_tree->setAlternatingRowColors(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RoadmapModel::Title, QHeaderView::Stretch);
    const int widths[] = {0, 92, 92, 150, 170, 170};
    for (int c = RoadmapModel::Start; c < RoadmapModel::ColumnCount; ++c)
        m_tree->setColumnWidth(c, widths[c]);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(false);
    scroll->setBackgroundRole(QPalette::Base);
    m_views->addTab(m_tree, tr("Activities"));
    m_views->addTab(scroll, tr("Timeline"));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There is no roadmap yet.\n\nCreate the roadmap of a school year from the built-in template of "
                        "the school roadmap (002, Appendix 1): «Create from the template for a school year…».\nThen "
                        "adjust dates, responsible people and activities to your school."));
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    createRow->addStretch(1);
    emptyLayout->addLayout(createRow);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_views);
    m_stack->addWidget(emptyPage);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_roadmaps, &QComboBox::currentIndexChanged, this, &RoadmapSection::showRoadmap);
    connect(m_create, &QPushButton::clicked, this, &RoadmapSection::askCreate);
    connect(m_addActivity, &QPushButton::clicked, this, [this] {
        const int stage = m_model->stageOf(m_tree->currentIndex());
        openActivity(QString(), std::max(0, stage));
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (m_model->activityOf(index) >= 0)
            openActivity(index.siblingAtColumn(0).data(RoadmapModel::ActivityIdRole).toString());
        else if (index.isValid())
            askRenameStage();
    });
    connect(m_delete, &QPushButton::clicked, this, &RoadmapSection::deleteSelected);
    connect(m_print, &QPushButton::clicked, this, &RoadmapSection::showDocument);
    connect(m_order, &QPushButton::clicked, this, &RoadmapSection::prepareOrder);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_model->activityOf(index) >= 0)
            openActivity(index.siblingAtColumn(0).data(RoadmapModel::ActivityIdRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoadmapSection::updateButtons);
    connect(m_timeline, &RoadmapTimeline::activityClicked, this, [this](const QString& id) { selectActivity(id); });
    connect(m_timeline, &RoadmapTimeline::activityActivated, this, [this](const QString& id) { openActivity(id); });
    setEnabled(false);
}

RoadmapSection::~RoadmapSection()
{
    m_tree->setModel(nullptr);
}

SectionInfo RoadmapSection::info()
{
    return {u"roadmap"_s, tr("Roadmap"), icons::get(u"roadmap"_s), {AppContext::Item::RoadmapActivity}};
}

void RoadmapSection::contextChanged()
{
    setEnabled(context() != nullptr);
    m_journal.reset();
    if (context())
        m_journal = std::make_unique<OrderRepository>(context()->connection());
    if (!deferUntilShown())
        reload(QString());
}

void RoadmapSection::refresh()
{
    reload(currentRoadmapId());
}

void RoadmapSection::reload(const QString& keepRoadmap)
{
    m_list.clear();
    if (context()) {
        const Result<MonitoringData> loaded = MonitoringRepository(context()->connection()).load();
        if (loaded)
            m_list = loaded->roadmaps;
    }
    std::stable_sort(m_list.begin(), m_list.end(), [](const Roadmap& a, const Roadmap& b) { return a.year > b.year; });
    QString wanted = keepRoadmap;
    if (wanted.isEmpty() && context()) {
        // The roadmap of the current school year, else the latest.
        const QDate today = context()->today();
        const int year = today.month() >= 8 ? today.year() : today.year() - 1;
        for (const Roadmap& r : std::as_const(m_list)) {
            if (r.year == year)
                wanted = r.id;
        }
    }
    const QSignalBlocker block(m_roadmaps);
    m_roadmaps->clear();
    for (const Roadmap& r : std::as_const(m_list))
        m_roadmaps->addItem(r.schoolYear().isEmpty() ? r.title : r.schoolYear(), r.id);
    const int index = m_roadmaps->findData(wanted);
    m_roadmaps->setCurrentIndex(index >= 0 ? index : (m_list.isEmpty() ? -1 : 0));
    showRoadmap();
}

const Roadmap* RoadmapSection::current() const
{
    const QString id = m_roadmaps->currentData().toString();
    for (const Roadmap& r : m_list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString RoadmapSection::currentRoadmapId() const
{
    const Roadmap* r = current();
    return r ? r->id : QString();
}

bool RoadmapSection::selectRoadmap(const QString& roadmapId)
{
    const int index = m_roadmaps->findData(roadmapId);
    if (index < 0)
        return false;
    m_roadmaps->setCurrentIndex(index);
    return true;
}

void RoadmapSection::showRoadmap()
{
    const Roadmap* r = current();
    m_stack->setCurrentIndex(r ? 0 : 1);
    QHash<QString, QString> names;
    if (r && context()) {
        // The short names of the people responsible (archived ones too): a few of the base.
        const PeopleRepository people(context()->connection());
        for (const RoadmapStage& stage : r->stages) {
            for (const RoadmapActivity& a : stage.activities) {
                if (a.responsible.isEmpty() || names.contains(a.responsible))
                    continue;
                if (const Result<Person> p = people.load(a.responsible); p)
                    names.insert(a.responsible, p->shortName());
            }
        }
    }
    const QDate today = context() ? context()->today() : QDate::currentDate();
    m_model->setRoadmap(r ? *r : Roadmap(), names, today);
    m_tree->expandAll();
    m_timeline->setRoadmap(r ? *r : Roadmap(), today);
    m_timeline->adjustSize();
    if (r) {
        int total = 0;
        int done = 0;
        int overdue = 0;
        int running = 0;
        for (const RoadmapStage& s : r->stages) {
            for (const RoadmapActivity& a : s.activities) {
                ++total;
                done += a.status == u"done" ? 1 : 0;
                overdue += a.isOverdueOn(today) ? 1 : 0;
                running += a.status == u"in_progress" && !a.isOverdueOn(today) ? 1 : 0;
            }
        }
        QString text = tr("%n activity(ies): ", "", total)
            + tr("%1 done, %2 in progress, %3 overdue").arg(done).arg(running).arg(overdue);
        if (r->order.isEmpty())
            text += u" · "_s + tr("no approval order yet");
        m_summary->setText(text);
        m_summary->setStyleSheet(overdue > 0 ? u"color: #b01e1e;"_s : QString());
    } else {
        m_summary->clear();
    }
    updateButtons();
}

void RoadmapSection::updateButtons()
{
    const bool has = current() != nullptr;
    const QModelIndex index = m_tree->currentIndex();
    m_addActivity->setEnabled(has);
    m_edit->setEnabled(has && index.isValid());
    m_delete->setEnabled(has && index.isValid());
    m_print->setEnabled(has);
    m_order->setEnabled(has);
    if (const Roadmap* r = current())
        m_order->setText(r->order.isEmpty() ? tr("Prepare the approval order") : tr("Open the approval order"));
    emit commandsChanged();
}

Status RoadmapSection::saveRoadmap(const Roadmap& roadmap)
{
    const Result<Roadmap> saved = MonitoringRepository(context()->connection()).saveRoadmap(roadmap);
    if (!saved)
        return saved.status();
    context()->notifyDataChanged();
    return Status::success();
}

void RoadmapSection::askCreate()
{
    if (!context())
        return;
    const QDate today = context()->today();
    const int current = today.month() >= 8 ? today.year() : today.year() - 1;
    QStringList years;
    for (int y = current - 1; y <= current + 1; ++y)
        years << u"%1/%2"_s.arg(y).arg(y + 1);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Roadmap from the template"),
                                                 tr("The school year the roadmap is for (dates are moved to it):"),
                                                 years, 1, false, &ok);
    if (!ok)
        return;
    if (Status s = createFromTemplate(chosen.left(4).toInt()); !s)
        MessageBox::warning(this, tr("Roadmap from the template"), s.error());
}

Status RoadmapSection::createFromTemplate(int year)
{
    if (!context())
        return Status::failure(tr("No database is open."));
    for (const Roadmap& r : std::as_const(m_list)) {
        if (r.year == year) {
            selectRoadmap(r.id);
            return Status::failure(tr("There is already a roadmap for the school year %1/%2: it is shown now.")
                                       .arg(year)
                                       .arg(year + 1));
        }
    }
    const Result<Dataset> loaded = context()->dataset();
    if (!loaded)
        return loaded.status();
    const Result<Roadmap> made = MonitoringRepository(context()->connection()).createFromTemplate(year, loaded.value());
    if (!made)
        return made.status();
    context()->notifyDataChanged();
    reload(made->id);
    return Status::success();
}

void RoadmapSection::askAddStage()
{
    if (!current())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a stage"), tr("Title of the stage:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        if (Status s = addStage(name); !s)
            MessageBox::warning(this, tr("Add a stage"), s.error());
    }
}

Status RoadmapSection::addStage(const QString& title)
{
    const Roadmap* r = current();
    if (!r)
        return Status::failure(tr("Create or choose a roadmap first."));
    Roadmap copy = *r;
    copy.stages << RoadmapStage{title.simplified(), {}};
    return saveRoadmap(copy);
}

void RoadmapSection::askRenameStage()
{
    const Roadmap* r = current();
    const int stage = m_model->stageOf(m_tree->currentIndex());
    if (!r || stage < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the stage"), tr("Title of the stage:"), QLineEdit::Normal,
                                               r->stages.at(stage).title, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        if (Status s = renameStage(stage, name); !s)
            MessageBox::warning(this, tr("Rename the stage"), s.error());
    }
}

Status RoadmapSection::renameStage(int stage, const QString& title)
{
    const Roadmap* r = current();
    if (!r || stage < 0 || stage >= r->stages.size())
        return Status::failure(tr("Choose a stage first."));
    Roadmap copy = *r;
    copy.stages[stage].title = title.simplified();
    return saveRoadmap(copy);
}

EditorDialog* RoadmapSection::openActivity(const QString& activityId, int stage)
{
    const Roadmap* r = current();
    if (!context() || !r)
        return nullptr;
    auto* editor = new ActivityEditor(context(), *r, activityId, stage);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(720, 430);
    connect(editor, &EditorBase::committed, this, [this, editor] { selectActivity(editor->activityId()); });
    dialog->show();
    editor->titleEdit()->setFocus();
    return dialog;
}

bool RoadmapSection::selectActivity(const QString& activityId)
{
    const QModelIndex index = m_model->indexOfActivity(activityId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    updateButtons();
    return true;
}

void RoadmapSection::deleteSelected()
{
    const Roadmap* r = current();
    const QModelIndex index = m_tree->currentIndex();
    const int stage = m_model->stageOf(index);
    if (!r || stage < 0)
        return;
    Roadmap copy = *r;
    const int activity = m_model->activityOf(index);
    QString question;
    if (activity >= 0) {
        question = tr("Delete the activity «%1» from the roadmap?").arg(copy.stages.at(stage).activities.at(activity).title);
        copy.stages[stage].activities.removeAt(activity);
    } else {
        question = tr("Delete the stage «%1» with its %n activity(ies)?", "", int(copy.stages.at(stage).activities.size()))
                       .arg(copy.stages.at(stage).title);
        copy.stages.removeAt(stage);
    }
    if (MessageBox::question(this, tr("Delete"), question, MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = saveRoadmap(copy); !s)
        MessageBox::critical(this, tr("Delete"), s.error());
}

void RoadmapSection::showDocument()
{
    if (const Roadmap* r = current())
        openDocument(this, context(), DocumentKind::Roadmap, r->id);
}

void RoadmapSection::prepareOrder()
{
    const Roadmap* r = current();
    if (!r || !m_journal)
        return;
    QString orderId = r->order;
    if (orderId.isEmpty() || !m_journal->load(orderId)) {
        // The order is dated today, or the day before the roadmap starts when that is still ahead.
        QDate date = context()->today();
        const Result<Order> draft = m_journal->draftRoadmapApproval(date);
        if (!draft) {
            MessageBox::critical(this, tr("Approval order"), draft.error());
            return;
        }
        Roadmap copy = *r;
        copy.order = draft->id;
        if (Status s = saveRoadmap(copy); !s) {
            MessageBox::critical(this, tr("Approval order"), s.error());
            return;
        }
        orderId = draft->id;
    }
    openDocument(this, context(), DocumentKind::Order, orderId, m_journal.get());
}

bool RoadmapSection::canRun(Command command) const
{
    if (!context())
        return false;
    switch (command) {
    case Command::New:
        return current() != nullptr;
    case Command::Find:
        return false;
    case Command::Delete:
        return current() != nullptr && m_tree->currentIndex().isValid();
    }
    return false;
}

void RoadmapSection::run(Command command)
{
    switch (command) {
    case Command::New:
        openActivity(QString(), std::max(0, m_model->stageOf(m_tree->currentIndex())));
        break;
    case Command::Delete:
        deleteSelected();
        break;
    case Command::Find:
        break;
    }
}

void RoadmapSection::open(AppContext::Item item, const QString& id)
{
    if (item != AppContext::Item::RoadmapActivity)
        return;
    for (const Roadmap& r : std::as_const(m_list)) {
        for (const RoadmapStage& s : r.stages) {
            for (const RoadmapActivity& a : s.activities) {
                if (a.id == id) {
                    selectRoadmap(r.id);
                    m_views->setCurrentIndex(0);
                    selectActivity(id);
                    openActivity(id);
                    return;
                }
            }
        }
    }
}

} // namespace nastavnik::ui
