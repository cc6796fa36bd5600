#include "pairs/PairEditor.h"

#include "AppContext.h"
#include "Icons.h"
#include "documents/OrderRepository.h"
#include "domain/Vocabulary.h"
#include "models/PairsQuery.h"
#include "pairs/MeetingRepository.h"
#include "pairs/OrderLinks.h"
#include "pairs/PairNeighbourhood.h"
#include "pairs/PairPickerDialog.h"
#include "pairs/PairRepository.h"
#include "pairs/PairTableDelegate.h"
#include "pairs/PlanRepository.h"
#include "pairs/PlanTemplates.h"
#include "rules/RuleEngine.h"
#include "storage/CalendarRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/Transaction.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

constexpr int kRowIdRole = Qt::UserRole + 1;
const QString kValidation = u"validation"_s;
const QColor kOverdue(0xfd, 0xec, 0xea);

QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem* dateItem(const QDate& date)
{
    auto* item = new QTableWidgetItem(dates::toDisplay(date));
    item->setData(Qt::UserRole, date.isValid() ? QVariant(date) : QVariant());
    return item;
}

QTableWidgetItem* choiceItem(Vocab vocab, const QString& code)
{
    auto* item = new QTableWidgetItem(vocabulary::label(vocab, code));
    item->setData(Qt::UserRole, code);
    return item;
}

QDate dateAt(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(Qt::UserRole).toDate() : QDate();
}

QString textAt(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString codeAt(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

PairTableDelegate::Choices choices(Vocab vocab)
{
    PairTableDelegate::Choices result;
    for (const QString& code : vocabulary::codes(vocab))
        result << qMakePair(code, vocabulary::label(vocab, code));
    return result;
}

QTableWidget* table(QWidget* parent, const QStringList& headers, const QList<int>& widths)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < widths.size(); ++c)
        t->setColumnWidth(c, widths.at(c));
    return t;
}

QPushButton* button(const QString& icon, const QString& text, QWidget* parent, const QString& name)
{
    auto* b = new QPushButton(icon.isEmpty() ? QIcon() : icons::get(icon), text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

PairEditor::PairEditor(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_heading(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_findingsTimer(new QTimer(this))
{
    setContext(context);
    if (context) {
        if (const Result<Profile> p = ProfileRepository(context->connection()).active(); p)
            m_profile = p.value();
        else
            m_setupError = p.error();
        if (const Result<WorkCalendar> c = CalendarRepository(context->connection()).loadCalendar(); c)
            m_calendar = c.value();
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextFormat(Qt::PlainText);
    m_subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addWidget(messageArea());
    layout->addWidget(m_tabs, 1);

    m_tabs->addTab(buildMainTab(), tr("Main"));
    m_tabs->addTab(buildPlanTab(), tr("Plan"));
    m_tabs->addTab(buildMeetingsTab(), tr("Meetings"));
    m_tabs->addTab(buildHistoryTab(), icons::get(u"history"_s), tr("History"));

    watchInputs(this);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(250);
    connect(m_findingsTimer, &QTimer::timeout, this, &PairEditor::refreshFindings);
    connect(this, &EditorBase::edited, this, [this] {
        if (m_filling)
            return;
        updateHeading();
        updateLinks();
        m_findingsTimer->start();
    });
    // Filled by edit() or editNew(): reading a new pair first would read the orders, the
    // findings and the history twice on every opening.
}

// ---- Building ---------------------------------------------------------------------------

QWidget* PairEditor::buildMainTab()
{
    auto* page = new QWidget(this);
    auto* columns = new QHBoxLayout(page);
    auto* formHost = new QWidget(page);
    auto* hostLayout = new QVBoxLayout(formHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hostLayout->addLayout(form);
    // The rows keep their natural height; the room below stays empty.
    hostLayout->addStretch(1);
    columns->addWidget(formHost, 3);

    m_form = new QComboBox(formHost);
    m_form->setObjectName(u"form"_s);
    form->addRow(tr("&Form:"), m_form);

    m_mentor = new PersonChooser(formHost);
    m_mentor->setContext(context());
    m_mentor->setObjectName(u"mentor"_s);
    form->addRow(tr("&Mentor:"), m_mentor);
    m_mentorLinks = new QLabel(formHost);
    m_mentorLinks->setObjectName(u"mentorLinks"_s);
    // No word wrap in the form's labels: a wrapped label makes QFormLayout reserve height for
    // a narrow guess of its width. Lines are broken explicitly instead.
    m_mentorLinks->setTextFormat(Qt::RichText);
    connect(m_mentorLinks, &QLabel::linkActivated, this, &PairEditor::openLink);
    form->addRow(QString(), m_mentorLinks);

    auto* menteesBox = new QWidget(formHost);
    auto* menteesLayout = new QVBoxLayout(menteesBox);
    menteesLayout->setContentsMargins(0, 0, 0, 0);
    m_mentees = new QListWidget(menteesBox);
    m_mentees->setObjectName(u"mentees"_s);
    m_mentees->setFixedHeight(m_mentees->fontMetrics().height() * 4 + 14);
    m_mentees->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The box keeps its height: spare room goes to the note below.
    menteesBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_mentees->setToolTip(tr("Double-click a mentee to open their card."));
    menteesLayout->addWidget(m_mentees);
    auto* addRow = new QHBoxLayout;
    m_addMentee = new PersonChooser(menteesBox);
    m_addMentee->setContext(context());
    m_addMentee->setObjectName(u"addMentee"_s);
    m_addMentee->setPlaceholderText(tr("Add a mentee: type a surname…"));
    m_removeMentee = button(u"delete"_s, tr("Remove"), menteesBox, u"removeMentee"_s);
    m_removeMentee->setToolTip(tr("Remove the selected mentee from the pair"));
    addRow->addWidget(m_addMentee, 1);
    addRow->addWidget(m_removeMentee);
    menteesLayout->addLayout(addRow);
    m_menteeLinks = new QLabel(menteesBox);
    m_menteeLinks->setTextFormat(Qt::RichText);
    connect(m_menteeLinks, &QLabel::linkActivated, this, &PairEditor::openLink);
    menteesLayout->addWidget(m_menteeLinks);
    form->addRow(tr("M&entees:"), menteesBox);
    connect(m_addMentee, &PersonChooser::personChanged, this, [this](const QString& id) {
        if (id.isEmpty())
            return;
        addMentee(id);
        // The chooser is ready for the next one.
        QTimer::singleShot(0, m_addMentee, [this] { m_addMentee->setPersonId(QString()); });
    });
    connect(m_removeMentee, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_mentees->currentItem()) {
            delete item;
            notifyEdited();
        }
    });
    connect(m_mentees, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (context())
            context()->requestOpen(AppContext::Item::Person, item->data(Qt::UserRole).toString());
    });

    auto* termRow = new QHBoxLayout;
    m_start = new DateEdit(formHost);
    m_start->setObjectName(u"start"_s);
    m_plannedEnd = new DateEdit(formHost);
    m_plannedEnd->setObjectName(u"plannedEnd"_s);
    termRow->addWidget(m_start);
    termRow->addWidget(new QLabel(tr("planned end:"), formHost));
    termRow->addWidget(m_plannedEnd);
    termRow->addStretch(1);
    form->addRow(tr("&Start:"), termRow);
    qobject_cast<QLabel*>(form->labelForField(termRow))->setBuddy(m_start);
    m_termInfo = new QLabel(formHost);
    m_termInfo->setStyleSheet(u"color: #5f6b76;"_s);
    form->addRow(QString(), m_termInfo);

    m_title = new QLineEdit(formHost);
    m_title->setObjectName(u"title"_s);
    m_title->setPlaceholderText(tr("for a group: its name, e.g. «Агроклассы»"));
    form->addRow(tr("&Title:"), m_title);

    auto* orderRow = new QHBoxLayout;
    m_order = new QComboBox(formHost);
    m_order->setObjectName(u"order"_s);
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(24);
    m_openOrder = button(QString(), tr("Open"), formHost, u"openOrder"_s);
    m_openOrder->setToolTip(tr("Open the order in the document editor: preview, print, PDF"));
    m_draftOrder = button(u"add"_s, tr("Prepare an order"), formHost, u"draftOrder"_s);
    m_draftOrder->setToolTip(tr("Draft a new order approving this pair and open it"));
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(m_openOrder);
    orderRow->addWidget(m_draftOrder);
    form->addRow(tr("Approved by &order:"), orderRow);
    qobject_cast<QLabel*>(form->labelForField(orderRow))->setBuddy(m_order);
    connect(m_order, &QComboBox::currentIndexChanged, this, &PairEditor::updateOrderButtons);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        OrderLinks::openOrder(context(), m_order->currentData().toString(), this);
    });
    connect(m_draftOrder, &QPushButton::clicked, this, &PairEditor::draftApprovalOrder);

    m_note = new QPlainTextEdit(formHost);
    m_note->setObjectName(u"note"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 5 + 14);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 8 + 14);
    form->addRow(tr("N&ote:"), m_note);

    // The rule engine's findings about the pair as it is now in the form.
    auto* findings = new QFrame(page);
    findings->setObjectName(u"findingsPanel"_s);
    findings->setStyleSheet(
        u"#findingsPanel { background: #f6f8fa; border: 1px solid #d8dee4; border-radius: 4px; }"_s);
    auto* findingsLayout = new QVBoxLayout(findings);
    m_findingsHeading = new QLabel(findings);
    QFont bold = m_findingsHeading->font();
    bold.setBold(true);
    m_findingsHeading->setFont(bold);
    m_findingsHeading->setWordWrap(true);
    findingsLayout->addWidget(m_findingsHeading);
    auto* scroll = new QScrollArea(findings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"_s);
    m_findingsText = new QLabel(scroll);
    m_findingsText->setObjectName(u"findings"_s);
    m_findingsText->setWordWrap(true);
    m_findingsText->setTextFormat(Qt::RichText);
    m_findingsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scroll->setWidget(m_findingsText);
    findingsLayout->addWidget(scroll, 1);
    columns->addWidget(findings, 2);
    return page;
}

QWidget* PairEditor::buildPlanTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* top = new QHBoxLayout;
    m_planApproved = new DateEdit(page);
    m_planApproved->setObjectName(u"planApproved"_s);
    auto* approvedLabel = new QLabel(tr("Plan &approved on:"), page);
    approvedLabel->setBuddy(m_planApproved);
    top->addWidget(approvedLabel);
    top->addWidget(m_planApproved);
    top->addSpacing(16);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"planProgress"_s);
    m_progress->setFixedWidth(180);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(u"planProgressText"_s);
    top->addWidget(m_progress);
    top->addWidget(m_progressText);
    top->addStretch(1);
    layout->addLayout(top);
    m_planDeadline = new QLabel(page);
    m_planDeadline->setObjectName(u"planDeadline"_s);
    m_planDeadline->setWordWrap(true);
    layout->addWidget(m_planDeadline);

    m_plan = table(page,
                   { tr("Activity"),
                     tr("Due"),
                     tr("Expected result"),
                     tr("Status"),
                     tr("Done on"),
                     tr("Actual result") },
                   { 330, 92, 200, 110, 92 });
    m_plan->setObjectName(u"plan"_s);
    auto* delegate = new PairTableDelegate(m_plan);
    delegate->setDateColumn(PlanDue);
    delegate->setDateColumn(PlanDone);
    delegate->setChoices(PlanStatus, choices(Vocab::PlanItemStatus));
    m_plan->setItemDelegate(delegate);
    m_plan->verticalHeader()->setVisible(true);
    layout->addWidget(m_plan, 1);
    connect(m_plan, &QTableWidget::cellChanged, this, &PairEditor::onPlanChanged);

    auto* buttons = new QHBoxLayout;
    auto* add = button(u"add"_s, tr("Add an item"), page, u"addPlanItem"_s);
    auto* remove = button(u"delete"_s, tr("Remove"), page, u"removePlanItem"_s);
    auto* up = button(QString(), tr("Up"), page, u"planUp"_s);
    auto* down = button(QString(), tr("Down"), page, u"planDown"_s);
    m_templates = button(QString(), tr("Fill from a template"), page, u"planTemplate"_s);
    auto* copy = button(QString(), tr("Copy from a pair…"), page, u"copyPlan"_s);
    m_planDocument = button(QString(), tr("Plan document…"), page, u"planDocument"_s);
    m_planDocument->setToolTip(tr("The individual plan as a document: preview, print, PDF, ODT"));
    for (QPushButton* b : { add, remove, up, down })
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton* b : { m_templates, copy, m_planDocument })
        buttons->addWidget(b);
    layout->addLayout(buttons);

    auto* menu = new QMenu(m_templates);
    m_templates->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QString form = m_form->currentData().toString();
        bool suited = true;
        for (const PlanTemplate& t : PlanTemplates::forForm(form)) {
            if (suited && !t.forms.contains(form)) {
                menu->addSeparator();
                suited = false;
            }
            QAction* a = menu->addAction(t.name);
            a->setToolTip(t.description);
            const QString id = t.id;
            connect(a, &QAction::triggered, this, [this, id] { applyTemplate(id); });
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        PlanItem item;
        addPlanItem(item);
        m_plan->setCurrentCell(m_plan->rowCount() - 1, PlanTitle);
        m_plan->editItem(m_plan->item(m_plan->rowCount() - 1, PlanTitle));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_plan->currentRow();
        if (row < 0)
            return;
        m_plan->removeRow(row);
        decoratePlan();
        notifyEdited();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrentPlanRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrentPlanRow(+1); });
    connect(copy, &QPushButton::clicked, this, [this] {
        PairPickerDialog picker(context(), m_loaded.id, this);
        if (picker.exec() == QDialog::Accepted && !picker.pairId().isEmpty())
            copyPlanFrom(picker.pairId());
    });
    connect(m_planDocument, &QPushButton::clicked, this, [this] {
        if (isModified() && !commit())
            return;
        OrderLinks::openDocument(context(), DocumentKind::Plan, m_loaded.id, this);
    });
    connect(m_planApproved, &DateEdit::dateChanged, this, &PairEditor::updatePlanSummary);
    return page;
}

QWidget* PairEditor::buildMeetingsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* about
        = new QLabel(tr("The meetings of the mentor and the mentee: the first (organisational), the trial "
                        "(working) and the planning meetings, then regular meetings and the final one (002, "
                        "roadmap). How many is up to the pair (002 4.21)."),
                     page);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_meetings = table(page, { tr("Date"), tr("Kind"), tr("Topic"), tr("Notes") }, { 100, 240, 330 });
    m_meetings->setObjectName(u"meetings"_s);
    auto* delegate = new PairTableDelegate(m_meetings);
    delegate->setDateColumn(MeetingDate);
    delegate->setChoices(MeetingKind, choices(Vocab::MeetingKind));
    m_meetings->setItemDelegate(delegate);
    layout->addWidget(m_meetings, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = button(u"add"_s, tr("Add a meeting"), page, u"addMeeting"_s);
    auto* remove = button(u"delete"_s, tr("Remove"), page, u"removeMeeting"_s);
    m_meetingsSummary = new QLabel(page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_meetingsSummary, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        Meeting m;
        m.date = context() ? context()->today() : QDate::currentDate();
        m.kind = m_meetings->rowCount() == 0 ? u"first"_s : u"regular"_s;
        addMeeting(m);
        m_meetings->setCurrentCell(m_meetings->rowCount() - 1, MeetingTopic);
        m_meetings->editItem(m_meetings->item(m_meetings->rowCount() - 1, MeetingTopic));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_meetings->currentRow();
        if (row < 0)
            return;
        m_meetings->removeRow(row);
        updateMeetingsSummary();
        notifyEdited();
    });
    connect(m_meetings, &QTableWidget::cellChanged, this, [this] {
        if (!m_filling)
            updateMeetingsSummary();
    });
    return page;
}

QWidget* PairEditor::buildHistoryTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_history = new QTextBrowser(page);
    m_history->setObjectName(u"history"_s);
    m_history->setOpenLinks(false);
    connect(
        m_history, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { openLink(url.toString()); });
    layout->addWidget(m_history, 1);
    m_actionsHint = new QLabel(page);
    m_actionsHint->setWordWrap(true);
    m_actionsHint->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(m_actionsHint);
    auto* buttons = new QHBoxLayout;
    const std::pair<PairActionDialog::Action, QString> actions[] = {
        { PairActionDialog::Action::Replace, tr("Replace the mentor…") },
        { PairActionDialog::Action::Extend, tr("Extend…") },
        { PairActionDialog::Action::CompleteEarly, tr("Complete early…") },
        { PairActionDialog::Action::Complete, tr("Complete…") },
        { PairActionDialog::Action::Report, tr("Report submitted…") },
    };
    for (const auto& [action, text] : actions) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(u"action%1"_s.arg(int(action)));
        m_actions.insert(int(action), b);
        buttons->addWidget(b);
        const PairActionDialog::Action a = action;
        connect(b, &QPushButton::clicked, this, [this, a] { startAction(a); });
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QPushButton* PairEditor::actionButton(PairActionDialog::Action action) const
{
    return m_actions.value(int(action), nullptr);
}

// ---- Loading ----------------------------------------------------------------------------

void PairEditor::edit(const QString& id)
{
    m_loaded = Pair();
    m_loaded.id = id;
    load();
}

void PairEditor::editNew(const Pair& preset)
{
    edit(QString());
    Pair p = m_loaded;
    if (!preset.form.isEmpty())
        p.form = preset.form;
    p.mentor = preset.mentor;
    p.mentees = preset.mentees;
    if (preset.start.isValid())
        p.start = preset.start;
    if (preset.plannedEnd.isValid())
        p.plannedEnd = preset.plannedEnd;
    p.title = preset.title;
    fill(p);
}

void PairEditor::load()
{
    messageArea()->clearGroup(kValidation);
    Pair pair;
    if (!m_loaded.id.isEmpty() && context()) {
        Result<Pair> loaded = PairRepository(context()->connection()).load(m_loaded.id);
        if (loaded) {
            pair = loaded.value();
        } else {
            messageArea()->setMessages(kValidation, MessageArea::Level::Error, { loaded.error() });
            pair.id = m_loaded.id;
        }
    } else {
        // A new pair: the profile's first form, a start a week ahead, the usual term.
        const QDate today = context() ? context()->today() : QDate::currentDate();
        pair.form = m_profile.forms.value.value(0);
        QDate start = today.addDays(7);
        while (start.dayOfWeek() > 5)
            start = start.addDays(1);
        pair.start = start;
        const int months
            = m_profile.durationMaxMonths.value ? std::min(*m_profile.durationMaxMonths.value, 12) : 12;
        pair.plannedEnd = dates::addMonthsCivil(start, months).addDays(-1);
    }
    m_loaded = pair;
    m_people.clear();
    fill(pair);
}

void PairEditor::fill(const Pair& p)
{
    m_filling = true;
    {
        const QSignalBlocker blocker(m_form);
        m_form->clear();
        for (const QString& code : m_profile.forms.value)
            m_form->addItem(vocabulary::label(Vocab::PairForm, code), code);
        if (!p.form.isEmpty() && m_form->findData(p.form) < 0)
            m_form->addItem(vocabulary::label(Vocab::PairForm, p.form), p.form); // shown, never replaced
        m_form->setCurrentIndex(std::max(0, m_form->findData(p.form)));
    }
    m_mentor->setPersonId(p.mentor);
    m_mentees->clear();
    for (const QString& id : p.mentees)
        addMentee(id);
    m_addMentee->setPersonId(QString());
    m_start->setDate(p.start);
    m_plannedEnd->setDate(p.plannedEnd);
    m_title->setText(p.title);
    {
        const QSignalBlocker blocker(m_order);
        m_order->clear();
        m_order->addItem(tr("no order yet"), QString());
        if (context()) {
            if (const Result<QList<Order>> orders = PairRepository(context()->connection()).approvalOrders();
                orders) {
                for (const Order& o : orders.value()) {
                    QString label = PairRepository::orderLabel(o);
                    if (o.status == u"draft")
                        label += tr(" — draft");
                    m_order->addItem(label, o.id);
                }
            }
        }
        if (!p.order.isEmpty() && m_order->findData(p.order) < 0)
            m_order->addItem(tr("Order «%1»").arg(p.order), p.order);
        m_order->setCurrentIndex(std::max(0, m_order->findData(p.order)));
    }
    m_note->setPlainText(p.note);
    m_planApproved->setDate(p.planApproved);
    fillPlan(p.planItems);
    fillMeetings(p.meetings);
    m_filling = false;

    updateHeading();
    updateLinks();
    updateOrderButtons();
    updatePlanSummary();
    updateMeetingsSummary();
    updateActions();
    showHistory();
    refreshFindings();
    emit titleChanged();
}

void PairEditor::fillPlan(const QList<PlanItem>& items)
{
    const bool filling = m_filling;
    m_filling = true;
    m_plan->setRowCount(0);
    for (const PlanItem& item : items)
        addPlanItem(item);
    m_filling = filling;
    decoratePlan();
}

void PairEditor::addPlanItem(const PlanItem& item)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_plan->rowCount();
    m_plan->insertRow(row);
    QTableWidgetItem* title = textItem(item.title);
    title->setData(kRowIdRole, item.rowId);
    m_plan->setItem(row, PlanTitle, title);
    m_plan->setItem(row, PlanDue, dateItem(item.due));
    m_plan->setItem(row, PlanExpected, textItem(item.expected));
    m_plan->setItem(row, PlanStatus, choiceItem(Vocab::PlanItemStatus, item.status));
    m_plan->setItem(row, PlanDone, dateItem(item.done));
    m_plan->setItem(row, PlanResult, textItem(item.result));
    m_filling = filling;
    if (!m_filling) {
        decoratePlan();
        notifyEdited();
    }
}

void PairEditor::fillMeetings(const QList<Meeting>& meetings)
{
    const bool filling = m_filling;
    m_filling = true;
    m_meetings->setRowCount(0);
    for (const Meeting& m : meetings)
        addMeeting(m);
    m_filling = filling;
}

void PairEditor::addMeeting(const Meeting& m)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_meetings->rowCount();
    m_meetings->insertRow(row);
    QTableWidgetItem* date = dateItem(m.date);
    date->setData(kRowIdRole, m.rowId);
    m_meetings->setItem(row, MeetingDate, date);
    m_meetings->setItem(row, MeetingKind, choiceItem(Vocab::MeetingKind, m.kind));
    m_meetings->setItem(row, MeetingTopic, textItem(m.topic));
    m_meetings->setItem(row, MeetingNotes, textItem(m.notes));
    m_filling = filling;
    if (!m_filling) {
        updateMeetingsSummary();
        notifyEdited();
    }
}

void PairEditor::addMentee(const QString& personId)
{
    if (personId.isEmpty())
        return;
    for (int i = 0; i < m_mentees->count(); ++i) {
        if (m_mentees->item(i)->data(Qt::UserRole).toString() == personId)
            return;
    }
    const Person* p = nullptr;
    fullName(personId); // reads the person once
    if (auto it = m_people.constFind(personId); it != m_people.cend())
        p = &*it;
    QString text = p ? p->fullName() : tr("(deleted person %1)").arg(personId);
    if (p && !p->position.isEmpty())
        text += u", "_s + p->position;
    auto* item = new QListWidgetItem(text, m_mentees);
    item->setData(Qt::UserRole, personId);
    if (!m_filling)
        notifyEdited();
}

// ---- The form as data -------------------------------------------------------------------

QStringList PairEditor::menteeIds() const
{
    QStringList ids;
    for (int i = 0; i < m_mentees->count(); ++i)
        ids << m_mentees->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QList<PlanItem> PairEditor::planItems() const
{
    QList<PlanItem> items;
    for (int row = 0; row < m_plan->rowCount(); ++row) {
        PlanItem item;
        item.rowId
            = m_plan->item(row, PlanTitle) ? m_plan->item(row, PlanTitle)->data(kRowIdRole).toLongLong() : 0;
        item.title = textAt(m_plan, row, PlanTitle);
        item.due = dateAt(m_plan, row, PlanDue);
        item.expected = textAt(m_plan, row, PlanExpected);
        item.status = codeAt(m_plan, row, PlanStatus);
        if (item.status.isEmpty())
            item.status = u"planned"_s;
        item.done = dateAt(m_plan, row, PlanDone);
        item.result = textAt(m_plan, row, PlanResult);
        items << item;
    }
    return items;
}

QList<Meeting> PairEditor::meetings() const
{
    QList<Meeting> result;
    for (int row = 0; row < m_meetings->rowCount(); ++row) {
        Meeting m;
        m.rowId = m_meetings->item(row, MeetingDate)
            ? m_meetings->item(row, MeetingDate)->data(kRowIdRole).toLongLong()
            : 0;
        m.date = dateAt(m_meetings, row, MeetingDate);
        m.kind = codeAt(m_meetings, row, MeetingKind);
        m.topic = textAt(m_meetings, row, MeetingTopic);
        m.notes = textAt(m_meetings, row, MeetingNotes);
        result << m;
    }
    return result;
}

Pair PairEditor::pair() const
{
    Pair p = m_loaded;
    p.form = m_form->currentData().toString();
    p.mentor = m_mentor->personId();
    p.mentees = menteeIds();
    p.start = m_start->date();
    p.plannedEnd = m_plannedEnd->date();
    p.title = m_title->text().trimmed();
    p.order = m_order->currentData().toString();
    p.note = m_note->toPlainText().trimmed();
    p.planApproved = m_planApproved->date();
    p.planItems = planItems();
    p.hasPlan = m_loaded.hasPlan || !p.planItems.isEmpty() || p.planApproved.isValid();
    p.meetings = meetings();
    return p;
}

bool PairEditor::isModified() const
{
    return pair() != m_loaded;
}

// ---- Names ------------------------------------------------------------------------------

QString PairEditor::fullName(const QString& personId) const
{
    if (personId.isEmpty())
        return {};
    auto it = m_people.constFind(personId);
    if (it == m_people.cend()) {
        Person p;
        if (context()) {
            if (const Result<Person> loaded = PeopleRepository(context()->connection()).load(personId);
                loaded)
                p = loaded.value();
        }
        if (p.id.isEmpty())
            return u"«%1»"_s.arg(personId);
        it = m_people.insert(personId, p);
    }
    return it->fullName();
}

QString PairEditor::shortName(const QString& personId) const
{
    fullName(personId);
    const auto it = m_people.constFind(personId);
    return it == m_people.cend() ? u"«%1»"_s.arg(personId) : it->shortName();
}

QString PairEditor::pairLabel(const Pair& p) const
{
    const QString mentor = p.mentor.isEmpty() ? tr("no mentor") : shortName(p.currentMentor());
    QString others = p.title;
    if (others.isEmpty()) {
        QStringList names;
        for (const QString& m : p.mentees)
            names << shortName(m);
        others = names.isEmpty() ? tr("no mentees") : names.join(u", "_s);
    }
    return u"%1 – %2"_s.arg(mentor, others);
}

QString PairEditor::title() const
{
    const Pair p = pair();
    if (p.mentor.isEmpty() && p.mentees.isEmpty() && p.title.isEmpty())
        return m_loaded.id.isEmpty() ? tr("New pair") : tr("Pair %1").arg(m_loaded.id);
    return pairLabel(p);
}

// ---- Showing ----------------------------------------------------------------------------

void PairEditor::updateHeading()
{
    const Pair p = pair();
    m_heading->setText(title());
    const QDate today = context() ? context()->today() : QDate::currentDate();
    QStringList parts;
    if (!m_loaded.id.isEmpty())
        parts << tr("Pair %1").arg(m_loaded.id);
    else
        parts << tr("Not saved yet");
    if (!p.form.isEmpty())
        parts << vocabulary::label(Vocab::PairForm, p.form);
    if (p.mentees.size() > 1)
        parts << tr("group of %n mentee(s)", "", int(p.mentees.size()));
    if (p.start.isValid())
        parts << PairsQuery::statusLabel(PairsQuery::statusOf(p, today));
    m_subtitle->setText(parts.join(u" · "_s));

    const QDate end = p.end();
    QStringList term;
    if (p.start.isValid() && end.isValid())
        term << tr("Term: %1 – %2").arg(dates::toDisplay(p.start), dates::toDisplay(end));
    if (p.actualEnd.isValid())
        term << (p.completedEarly() ? tr("completed early on %1").arg(dates::toDisplay(p.actualEnd))
                                    : tr("completed on %1").arg(dates::toDisplay(p.actualEnd)));
    else if (p.hasExtension())
        term << tr("extended from the planned end %1").arg(dates::toDisplay(p.plannedEnd));
    if (m_profile.durationMaxMonths.value && p.start.isValid())
        term << tr("at most %n month(s) under the profile (%1)", "", *m_profile.durationMaxMonths.value)
                    .arg(m_profile.durationMaxMonths.clause);
    m_termInfo->setText(term.join(u"\n"_s));
    emit titleChanged();
}

void PairEditor::updateLinks()
{
    const Pair p = pair();
    QStringList mentorParts;
    if (!p.mentor.isEmpty())
        mentorParts << u"<a href=\"person:%1\">%2</a>"_s.arg(p.mentor,
                                                             tr("Open the mentor's card").toHtmlEscaped());
    const QString current = p.currentMentor();
    if (current != p.mentor) {
        QDate since;
        for (const PairEvent& e : p.events) {
            if (e.type == u"replacement" && e.newMentor == current)
                since = e.date;
        }
        mentorParts << tr("since %1 the pair is led by %2 (replacement)")
                           .arg(dates::toDisplay(since),
                                u"<a href=\"person:%1\">%2</a>"_s.arg(current,
                                                                      fullName(current).toHtmlEscaped()));
    }
    m_mentorLinks->setText(mentorParts.join(u"<br>"_s));
    m_mentorLinks->setVisible(!mentorParts.isEmpty());
    QStringList links;
    for (const QString& id : p.mentees)
        links << u"<a href=\"person:%1\">%2</a>"_s.arg(id, shortName(id).toHtmlEscaped());
    m_menteeLinks->setText(links.isEmpty() ? QString() : tr("Cards: %1").arg(links.join(u", "_s)));
    m_menteeLinks->setVisible(!links.isEmpty());
    m_removeMentee->setEnabled(m_mentees->count() > 0);
}

void PairEditor::openLink(const QString& link)
{
    if (!context())
        return;
    if (link.startsWith(u"person:"))
        context()->requestOpen(AppContext::Item::Person, link.mid(7));
    else if (link.startsWith(u"order:"))
        OrderLinks::openOrder(context(), link.mid(6), this);
}

void PairEditor::updateOrderButtons()
{
    m_openOrder->setEnabled(!m_order->currentData().toString().isEmpty());
}

void PairEditor::onPlanChanged(int row, int column)
{
    if (m_filling)
        return;
    const QDate today = context() ? context()->today() : QDate::currentDate();
    {
        // A done date means done; «done» without a date is done today.
        const QSignalBlocker blocker(m_plan);
        const QString status = codeAt(m_plan, row, PlanStatus);
        if (column == PlanDone && dateAt(m_plan, row, PlanDone).isValid() && status != u"done"
            && status != u"cancelled")
            m_plan->setItem(row, PlanStatus, choiceItem(Vocab::PlanItemStatus, u"done"_s));
        if (column == PlanStatus && status == u"done" && !dateAt(m_plan, row, PlanDone).isValid())
            m_plan->setItem(row, PlanDone, dateItem(today));
        if (column == PlanStatus && status != u"done" && status != u"cancelled"
            && dateAt(m_plan, row, PlanDone).isValid())
            m_plan->setItem(row, PlanDone, dateItem(QDate()));
    }
    decoratePlan();
}

void PairEditor::decoratePlan()
{
    const QDate today = context() ? context()->today() : QDate::currentDate();
    const QSignalBlocker blocker(m_plan);
    const QList<PlanItem> items = planItems();
    const QDate end = pair().end();
    for (int row = 0; row < items.size(); ++row) {
        const bool overdue = PlanRepository::isOverdue(items.at(row), today, end);
        for (int column = 0; column < PlanColumns; ++column) {
            QTableWidgetItem* item = m_plan->item(row, column);
            if (!item)
                continue;
            item->setBackground(overdue ? QBrush(kOverdue) : QBrush());
            item->setToolTip(
                overdue ? tr("Overdue: due %1 and not done.").arg(dates::toDisplay(items.at(row).due))
                    : (column == PlanTitle || column == PlanExpected || column == PlanResult)
                        && item->text().size() > 40
                    ? item->text()
                    : QString());
        }
    }
    updatePlanSummary();
}

void PairEditor::updatePlanSummary()
{
    const QDate today = context() ? context()->today() : QDate::currentDate();
    const QList<PlanItem> items = planItems();
    const PlanProgress progress = PlanRepository::progress(items, today, pair().end());
    m_progress->setMaximum(std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progressText->setText(
        progress.total == 0
            ? tr("no items")
            : tr("%1 of %2 done (%3%)").arg(progress.done).arg(progress.total).arg(progress.percent()));
    QStringList lines;
    const QDate start = m_start->date();
    const QDate deadline = PlanRepository::deadline(start, m_profile, m_calendar);
    if (!m_planApproved->date().isValid()) {
        if (deadline.isValid()) {
            const int n = *m_profile.planDeadlineDays.value;
            const QString text
                = tr("The plan is to be approved by %1: %n working day(s) after the start (%2).", "", n)
                      .arg(dates::toDisplay(deadline), m_profile.planDeadlineDays.clause);
            lines << (deadline < today ? u"<span style=\"color:#b02020\"><b>%1</b> %2</span>"_s.arg(
                          tr("Overdue."), text.toHtmlEscaped())
                                       : text.toHtmlEscaped());
        } else {
            lines << tr("The plan is not approved yet: enter the date once the head approves it.")
                         .toHtmlEscaped();
        }
    }
    if (progress.overdue > 0)
        lines << u"<span style=\"color:#b02020\">%1</span>"_s.arg(
            tr("%n item(s) past the due date (highlighted).", "", progress.overdue).toHtmlEscaped());
    m_planDeadline->setText(lines.join(u"<br>"_s));
    m_planDeadline->setVisible(!lines.isEmpty());
    m_planDocument->setEnabled(!m_loaded.id.isEmpty());
}

void PairEditor::updateMeetingsSummary()
{
    const QDate today = context() ? context()->today() : QDate::currentDate();
    const QList<Meeting> list = meetings();
    const QDate last = MeetingRepository::lastMeeting(list, today);
    QString text = tr("%n meeting(s)", "", int(list.size()));
    if (last.isValid())
        text += u"; "_s
            + tr("the last on %1, %n day(s) ago", "", int(last.daysTo(today))).arg(dates::toDisplay(last));
    m_meetingsSummary->setText(text);
}

void PairEditor::moveCurrentPlanRow(int delta)
{
    const int row = m_plan->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_plan->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_plan);
        for (int column = 0; column < PlanColumns; ++column) {
            QTableWidgetItem* a = m_plan->takeItem(row, column);
            QTableWidgetItem* b = m_plan->takeItem(to, column);
            m_plan->setItem(row, column, b);
            m_plan->setItem(to, column, a);
        }
    }
    m_plan->setCurrentCell(to, m_plan->currentColumn());
    decoratePlan();
    notifyEdited();
}

void PairEditor::updateActions()
{
    const bool saved = !m_loaded.id.isEmpty();
    const bool running = saved && !m_loaded.actualEnd.isValid() && m_loaded.start.isValid();
    actionButton(PairActionDialog::Action::Replace)->setEnabled(running);
    actionButton(PairActionDialog::Action::Extend)->setEnabled(running);
    actionButton(PairActionDialog::Action::CompleteEarly)->setEnabled(running);
    actionButton(PairActionDialog::Action::Complete)->setEnabled(running);
    actionButton(PairActionDialog::Action::Report)->setEnabled(saved && m_loaded.start.isValid());
    m_draftOrder->setEnabled(context() != nullptr);
    if (!saved)
        m_actionsHint->setText(
            tr("Save the pair first: replacement, extension and completion are recorded for a saved "
               "pair."));
    else if (m_loaded.actualEnd.isValid())
        m_actionsHint->setText(
            tr("Mentoring is completed: only the report and the mentee's questionnaire remain to be "
               "recorded."));
    else
        m_actionsHint->setText(
            tr("Each action is recorded at once as a new step of the history; nothing recorded "
               "before is changed."));
}

void PairEditor::showHistory()
{
    if (m_loaded.id.isEmpty() || !context()) {
        m_history->setHtml(u"<p style=\"color:#5f6b76\">%1</p>"_s.arg(
            tr("The history begins when the pair is saved.").toHtmlEscaped()));
        return;
    }
    const Result<QList<HistoryEntry>> entries
        = PairRepository(context()->connection()).history(m_loaded.id, context()->today());
    if (!entries) {
        m_history->setPlainText(entries.error());
        return;
    }
    QString html = u"<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">"_s;
    for (const HistoryEntry& e : entries.value()) {
        QString text = e.text.toHtmlEscaped();
        // Names become links to the people's cards.
        for (const QString& id : e.people) {
            const QString name = shortName(id).toHtmlEscaped();
            const qsizetype at = text.indexOf(name);
            if (at >= 0)
                text.replace(
                    at, name.size(), u"<a href=\"person:%1\">%2</a>"_s.arg(id.toHtmlEscaped(), name));
        }
        if (!e.orderId.isEmpty())
            text += u" <a href=\"order:%1\">%2</a>"_s.arg(e.orderId.toHtmlEscaped(),
                                                          tr("open the order").toHtmlEscaped());
        const QString colour = e.future ? u"#8a8f96"_s : u"#1f2328"_s;
        html
            += u"<tr><td valign=\"top\" width=\"90\" style=\"color:%1\"><b>%2</b></td><td style=\"color:%1\">%3%4</td></tr>"_s
                   .arg(colour,
                        e.date.isValid() ? dates::toDisplay(e.date) : u"—"_s,
                        text,
                        e.future && e.date.isValid() ? u" <i>(%1)</i>"_s.arg(tr("ahead").toHtmlEscaped())
                                                     : QString());
    }
    html += u"</table>"_s;
    m_history->setHtml(html);
}

void PairEditor::refreshFindings()
{
    m_findingsTimer->stop();
    m_findings.clear();
    if (context() && m_setupError.isEmpty()) {
        const Result<QList<Finding>> found = PairNeighbourhood(context()->connection())
                                                 .check(pair(), m_profile, m_calendar, context()->today());
        if (found)
            m_findings = found.value();
    }
    showFindings();
}

void PairEditor::showFindings()
{
    m_findingsHeading->setText(tr("Check under the profile «%1»").arg(m_profile.name()));
    if (!m_setupError.isEmpty()) {
        m_findingsText->setText(m_setupError.toHtmlEscaped());
        return;
    }
    if (m_findings.isEmpty()) {
        m_findingsText->setText(u"<p style=\"color:#1a7f37\">%1</p>"_s.arg(
            tr("No findings: the pair meets the rules of the profile as far as the data shows.")
                .toHtmlEscaped()));
        return;
    }
    QString html;
    for (const Finding& f : std::as_const(m_findings)) {
        html += u"<p style=\"margin-bottom:8px\"><b style=\"color:#b02020\">%1</b> <span "
                u"style=\"color:#5f6b76\">(%2)</span>"
                "<br>%3<br><i>%4</i> %5</p>"_s.arg(RuleEngine::ruleTitle(f.rule).toHtmlEscaped(),
                                                   f.clause.toHtmlEscaped(),
                                                   f.message.toHtmlEscaped(),
                                                   tr("What to do:").toHtmlEscaped(),
                                                   f.hint.toHtmlEscaped());
    }
    m_findingsText->setText(html);
}

void PairEditor::updateHints()
{
    QStringList hints;
    const Pair p = pair();
    if (p.mentees.size() > 1 && p.title.isEmpty())
        hints << tr("A group: give it a title, so that lists and orders name it.");
    messageArea()->setMessages(u"hints"_s, MessageArea::Level::Information, hints);
}

// ---- Saving -----------------------------------------------------------------------------

QStringList PairEditor::validate() const
{
    if (!context())
        return { tr("No database is open.") };
    QStringList problems;
    if (!m_setupError.isEmpty())
        problems << m_setupError;
    const std::pair<const DateEdit*, QString> dates[] = { { m_start, tr("Start") },
                                                          { m_plannedEnd, tr("Planned end") },
                                                          { m_planApproved, tr("Plan approved on") } };
    for (const auto& [edit, name] : dates) {
        if (!edit->hasValidInput())
            problems << tr("%1: «%2» is not a date. Type it as dd.mm.yyyy, for example 15.09.2026.")
                            .arg(name, edit->text());
    }
    if (!m_mentor->hasValidInput())
        problems
            << tr("Mentor: «%1» was not chosen from the list. Choose the person in the list that drops down.")
                   .arg(m_mentor->text());
    const Pair p = pair();
    problems << PairRepository(context()->connection()).validate(p, m_profile);
    problems << PlanRepository::validate(p.planItems);
    for (const Meeting& m : p.meetings)
        problems << MeetingRepository::validate(m);
    problems.removeDuplicates();
    return problems;
}

Status PairEditor::save()
{
    const QSqlDatabase db = context()->connection();
    const Pair p = pair();
    const bool isNew = m_loaded.id.isEmpty();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<QString> id = PairRepository(db).save(p, m_profile);
    if (!id)
        return id.status();
    if (p.hasPlan != m_loaded.hasPlan || p.planApproved != m_loaded.planApproved
        || p.planItems != m_loaded.planItems) {
        if (Result<QList<PlanItem>> plan
            = PlanRepository(db).save(id.value(), p.hasPlan, p.planApproved, p.planItems);
            !plan)
            return plan.status();
    }
    if (p.meetings != m_loaded.meetings) {
        if (Status s = MeetingRepository(db).save(id.value(), p.meetings); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_loaded.id = id.value();
    load();
    if (isNew && p.order.isEmpty())
        offerApprovalOrder(id.value());
    return Status::success();
}

void PairEditor::offerApprovalOrder(const QString& pairId)
{
    const MessageBox::Button answer = MessageBox::question(
        this,
        tr("Order approving the pair"),
        tr("The pair is saved. Pairs and groups are approved by order of the head before mentoring "
           "starts. Draft the order approving this pair now?"),
        MessageBox::Yes | MessageBox::No,
        MessageBox::Yes);
    if (answer != MessageBox::Yes)
        return;
    const Result<Order> order
        = OrderRepository(context()->connection()).draftPairsApproval({ pairId }, context()->today());
    if (!order) {
        MessageBox::warning(this, tr("Order approving the pair"), order.error());
        return;
    }
    load();
    // The editor's dialog may close right after saving: the order opens over the window behind.
    QWidget* host = window() && window()->parentWidget() ? window()->parentWidget() : this;
    OrderLinks::openOrder(context(), order->id, host);
}

void PairEditor::draftApprovalOrder()
{
    if (!context())
        return;
    if (m_loaded.id.isEmpty() || isModified()) {
        if (!commit())
            return;
        if (!m_order->currentData().toString().isEmpty())
            return; // saving a new pair already offered the order
    }
    const Result<Order> order
        = OrderRepository(context()->connection()).draftPairsApproval({ m_loaded.id }, context()->today());
    if (!order) {
        MessageBox::warning(this, tr("Order approving the pair"), order.error());
        return;
    }
    context()->notifyDataChanged();
    load();
    OrderLinks::openOrder(context(), order->id, this);
}

PairActionDialog* PairEditor::startAction(PairActionDialog::Action action)
{
    if (!context())
        return nullptr;
    if (isModified() && !commit())
        return nullptr;
    if (m_loaded.id.isEmpty()) {
        MessageBox::information(this, PairActionDialog::title(action), tr("Save the pair first."));
        return nullptr;
    }
    auto* dialog = new PairActionDialog(action, context(), m_loaded, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PairActionDialog::recorded, this, [this] {
        load();
        m_tabs->setCurrentIndex(HistoryTab);
    });
    dialog->show();
    return dialog;
}

// ---- Plan from templates and other pairs ------------------------------------------------

void PairEditor::replacePlanItems(const QList<PlanItem>& items, const QString& what)
{
    if (m_plan->rowCount() > 0) {
        const MessageBox::Button answer = MessageBox::question(
            this,
            tr("Individual plan"),
            tr("The plan already has %n item(s). Replace them with %1?", "", m_plan->rowCount()).arg(what),
            MessageBox::Yes | MessageBox::No,
            MessageBox::No);
        if (answer != MessageBox::Yes)
            return;
    }
    m_filling = true;
    m_plan->setRowCount(0);
    for (const PlanItem& item : items)
        addPlanItem(item);
    m_filling = false;
    decoratePlan();
    notifyEdited();
    m_tabs->setCurrentIndex(PlanTab);
}

void PairEditor::applyTemplate(const QString& templateId)
{
    const Result<PlanTemplate> t = PlanTemplates::find(templateId);
    if (!t) {
        MessageBox::warning(this, tr("Individual plan"), t.error());
        return;
    }
    const QDate start = m_start->date();
    if (!start.isValid()) {
        MessageBox::information(this,
                                tr("Individual plan"),
                                tr("Give the start of mentoring first: the due dates count from it."));
        return;
    }
    replacePlanItems(PlanTemplates::instantiate(t.value(), start, m_calendar),
                     tr("the template «%1»").arg(t->name));
}

void PairEditor::copyPlanFrom(const QString& pairId)
{
    if (!context())
        return;
    const Result<Pair> from = PairRepository(context()->connection()).load(pairId);
    if (!from) {
        MessageBox::warning(this, tr("Individual plan"), from.error());
        return;
    }
    const QDate start = m_start->date();
    replacePlanItems(
        PlanRepository::copied(from->planItems, from->start, start.isValid() ? start : from->start),
        tr("the plan of the pair «%1»").arg(pairLabel(from.value())));
}

} // namespace nastavnik::ui
