#include "pairs/MatchingDialog.h"

#include "Icons.h"
#include "documents/OrderRepository.h"
#include "domain/Vocabulary.h"
#include "pairs/OrderLinks.h"
#include "pairs/PairRepository.h"
#include "storage/Transaction.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kExcludedRole = Qt::UserRole + 1;
const QString kInfo = u"info"_s;
const QString kProblems = u"problems"_s;
constexpr int kChoices = 3;

QString bullets(const QStringList& lines)
{
    QString html = u"<ul style=\"margin-left:-24px\">"_s;
    for (const QString& line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

MatchingDialog::MatchingDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Find a mentor"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Find a mentor"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    m_messages = new MessageArea(this);
    layout->addWidget(m_messages);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMatchTab(), icons::get(u"match"_s), tr("Matching"));
    m_tabs->addTab(buildSurveyTab(), tr("Preference survey"));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(this);
    auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_create->setDefault(tab == MatchTab);
        m_record->setDefault(tab == SurveyTab);
        if (tab == SurveyTab)
            m_respondent->setFocus();
    });
    resize(1180, 760);
    reload();
}

MatchingDialog::~MatchingDialog() = default;

// ---- Building ---------------------------------------------------------------------------

QWidget* MatchingDialog::buildMatchTab()
{
    auto* page = new QWidget(this);
    auto* columns = new QHBoxLayout(page);

    auto* left = new QVBoxLayout;
    auto* waitingLabel = new QLabel(tr("&Waiting for a mentor:"), page);
    m_waiting = new QListWidget(page);
    m_waiting->setObjectName(u"waiting"_s);
    m_waiting->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_waiting->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_waiting->setTextElideMode(Qt::ElideRight);
    m_waiting->setToolTip(
        tr("People of the base of mentees without a pair that has not ended. Select several with "
           "Ctrl or Shift to find one mentor for them."));
    waitingLabel->setBuddy(m_waiting);
    left->addWidget(waitingLabel);
    left->addWidget(m_waiting, 1);
    left->addWidget(new QLabel(tr("Or another mentee:"), page));
    m_other = new PersonChooser(page);
    m_other->setContext(m_context);
    m_other->setObjectName(u"otherMentee"_s);
    left->addWidget(m_other);
    auto* leftHost = new QWidget(page);
    leftHost->setLayout(left);
    leftHost->setMinimumWidth(300);
    leftHost->setMaximumWidth(380);
    columns->addWidget(leftHost);

    auto* right = new QVBoxLayout;
    auto* params = new QHBoxLayout;
    m_form = new QComboBox(page);
    m_form->setObjectName(u"form"_s);
    m_form->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->setMinimumContentsLength(18);
    m_start = new DateEdit(page);
    m_start->setObjectName(u"start"_s);
    m_end = new DateEdit(page);
    m_end->setObjectName(u"end"_s);
    m_group = new QCheckBox(tr("as one group"), page);
    m_group->setObjectName(u"group"_s);
    m_group->setToolTip(
        tr("One pair with all the selected mentees (a group form, exempt from the cap); otherwise one "
           "pair for each."));
    auto* formLabel = new QLabel(tr("&Form:"), page);
    formLabel->setBuddy(m_form);
    params->addWidget(formLabel);
    params->addWidget(m_form, 1);
    params->addWidget(new QLabel(tr("from"), page));
    params->addWidget(m_start);
    params->addWidget(new QLabel(tr("to"), page));
    params->addWidget(m_end);
    params->addWidget(m_group);
    right->addLayout(params);

    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color: #5f6b76;"_s);
    right->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    m_candidates = new QTreeWidget(splitter);
    m_candidates->setObjectName(u"candidates"_s);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setAlternatingRowColors(true);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setHeaderLabels({ tr("№"), tr("Mentor"), tr("Why here"), tr("To arrange") });
    m_candidates->header()->setStretchLastSection(true);
    m_candidates->setColumnWidth(0, 44);
    m_candidates->setColumnWidth(1, 230);
    m_candidates->setColumnWidth(2, 330);
    m_details = new QLabel(splitter);
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(8);
    m_details->setStyleSheet(
        u"QLabel#details { background: #f6f8fa; border: 1px solid #d8dee4; border-radius: 4px; }"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    splitter->addWidget(m_candidates);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    right->addWidget(splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_showExcluded = new QCheckBox(tr("Show who is excluded and why"), page);
    m_showExcluded->setObjectName(u"showExcluded"_s);
    m_create = new QPushButton(icons::get(u"add"_s), tr("Create the pair"), page);
    m_create->setObjectName(u"createPair"_s);
    m_create->setDefault(true);
    bottom->addWidget(m_showExcluded);
    bottom->addStretch(1);
    bottom->addWidget(m_create);
    right->addLayout(bottom);
    columns->addLayout(right, 1);

    connect(m_waiting, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_filling)
            return;
        if (m_matcher && !selectedMentees().isEmpty()) {
            // The form follows the first mentee (and their first choice in the survey).
            const MatchRequest r = m_matcher->defaultRequest(selectedMentees());
            const QSignalBlocker blocker(m_form);
            m_form->setCurrentIndex(std::max(0, m_form->findData(r.form)));
        }
        rank();
    });
    connect(m_other, &PersonChooser::personChanged, this, [this](const QString& id) {
        if (!id.isEmpty())
            selectMentees({ id });
    });
    connect(m_form, &QComboBox::currentIndexChanged, this, &MatchingDialog::rank);
    connect(m_start, &DateEdit::dateChanged, this, &MatchingDialog::rank);
    connect(m_end, &DateEdit::dateChanged, this, &MatchingDialog::rank);
    connect(m_group, &QCheckBox::toggled, this, &MatchingDialog::rank);
    connect(m_showExcluded, &QCheckBox::toggled, this, &MatchingDialog::showResult);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &MatchingDialog::showDetails);
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this] { createPairs(); });
    connect(m_create, &QPushButton::clicked, this, [this] { createPairs(); });
    return page;
}

QWidget* MatchingDialog::buildSurveyTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* about = new QLabel(
        tr("After the group meeting of mentors and mentees each participant names whom they would "
           "like to work with (002, roadmap). Type the participant's surname, then their choices in "
           "order; Enter records the answer and starts the next one. Mutual choices rank first "
           "in matching."),
        page);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_respondent = new PersonChooser(page);
    m_respondent->setContext(m_context);
    m_respondent->setObjectName(u"respondent"_s);
    form->addRow(tr("&Participant:"), m_respondent);
    for (int i = 0; i < kChoices; ++i) {
        auto* chooser = new PersonChooser(page);
        chooser->setContext(m_context);
        chooser->setObjectName(u"choice%1"_s.arg(i + 1));
        chooser->setPlaceholderText(i == 0 ? tr("whom they would like first") : tr("next choice (optional)"));
        m_choices << chooser;
        form->addRow(tr("Choice &%1:").arg(i + 1), chooser);
    }
    m_surveyDate = new DateEdit(page);
    m_surveyDate->setObjectName(u"surveyDate"_s);
    m_surveyDate->setDate(m_context ? m_context->today() : QDate::currentDate());
    form->addRow(tr("&Date of the survey:"), m_surveyDate);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("Record the answer"), page);
    m_record->setObjectName(u"recordAnswer"_s);
    auto* remove = new QPushButton(icons::get(u"delete"_s), tr("Remove the answer"), page);
    remove->setObjectName(u"removeAnswer"_s);
    remove->setAutoDefault(false);
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    m_answers = new QTableWidget(0, 4, page);
    m_answers->setObjectName(u"answers"_s);
    m_answers->setHorizontalHeaderLabels({ tr("Participant"), tr("Would like"), tr("Choice"), tr("Date") });
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_answers->verticalHeader()->setVisible(false);
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->setColumnWidth(0, 330);
    m_answers->setColumnWidth(1, 330);
    m_answers->setColumnWidth(2, 80);
    layout->addWidget(m_answers, 1);

    connect(m_record, &QPushButton::clicked, this, [this] { recordAnswers(); });
    connect(m_respondent, &PersonChooser::personChanged, this, &MatchingDialog::loadAnswersOf);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_answers->currentRow();
        if (row < 0 || !m_context)
            return;
        const qint64 id = m_answers->item(row, 0)->data(kIdRole).toLongLong();
        if (Status s = PreferenceRepository(m_context->connection()).remove(id); !s) {
            m_messages->setMessages(kProblems, MessageArea::Level::Error, { s.error() });
            return;
        }
        m_context->notifyDataChanged();
        reload();
    });
    return page;
}

// ---- Data -------------------------------------------------------------------------------

QString MatchingDialog::nameOf(const QString& id) const
{
    const Person* p = m_matcher ? m_matcher->person(id) : nullptr;
    return p ? p->fullName() : id;
}

QString MatchingDialog::labelOf(const QString& id) const
{
    const Person* p = m_matcher ? m_matcher->person(id) : nullptr;
    if (!p)
        return id;
    return p->position.isEmpty() ? p->fullName() : p->fullName() + u", "_s + p->position;
}

void MatchingDialog::reload()
{
    if (!m_context)
        return;
    const QStringList selected = selectedMentees();
    Result<MentorMatcher> matcher = MentorMatcher::fromDatabase(m_context->connection(), m_context->today());
    if (!matcher) {
        m_messages->setMessages(kProblems, MessageArea::Level::Error, { matcher.error() });
        m_matcher.reset();
        return;
    }
    m_matcher.emplace(std::move(matcher).value());
    m_filling = true;
    {
        const QSignalBlocker blocker(m_form);
        const QString current = m_form->currentData().toString();
        m_form->clear();
        for (const QString& f : m_matcher->profile().forms.value)
            m_form->addItem(vocabulary::label(Vocab::PairForm, f), f);
        m_form->setCurrentIndex(std::max(0, m_form->findData(current)));
    }
    if (!m_start->date().isValid()) {
        const MatchRequest defaults = m_matcher->defaultRequest({});
        const QSignalBlocker a(m_start);
        const QSignalBlocker b(m_end);
        m_start->setDate(defaults.start);
        m_end->setDate(defaults.end);
    }
    fillWaiting();
    m_filling = false;
    fillAnswers();
    // Keep what was selected, where it is still waiting.
    QStringList keep;
    for (const QString& id : selected) {
        for (int i = 0; i < m_waiting->count(); ++i) {
            if (m_waiting->item(i)->data(kIdRole).toString() == id)
                keep << id;
        }
    }
    if (!keep.isEmpty())
        selectMentees(keep);
    else
        rank();
}

void MatchingDialog::fillWaiting()
{
    m_waiting->clear();
    if (!m_matcher)
        return;
    for (const QString& id : m_matcher->waitingMentees()) {
        const Person* p = m_matcher->person(id);
        auto* item = new QListWidgetItem(labelOf(id), m_waiting);
        item->setData(kIdRole, id);
        QStringList tip;
        for (const QString& c : p->menteeCategories)
            tip << vocabulary::label(Vocab::MenteeCategory, c);
        if (!p->request.isEmpty())
            tip << tr("Request: %1").arg(p->request);
        item->setToolTip(tip.join(u'\n'));
    }
    if (m_waiting->count() == 0) {
        auto* item = new QListWidgetItem(
            tr("Nobody is waiting: everyone in the base of mentees has a mentor."), m_waiting);
        item->setFlags(Qt::NoItemFlags);
    }
}

QStringList MatchingDialog::selectedMentees() const
{
    QStringList ids;
    for (int i = 0; i < m_waiting->count(); ++i) {
        const QListWidgetItem* item = m_waiting->item(i);
        if (item->isSelected() && !item->data(kIdRole).toString().isEmpty())
            ids << item->data(kIdRole).toString();
    }
    return ids;
}

void MatchingDialog::selectMentees(const QStringList& ids)
{
    m_filling = true;
    m_waiting->clearSelection();
    for (const QString& id : ids) {
        QListWidgetItem* found = nullptr;
        for (int i = 0; i < m_waiting->count(); ++i) {
            if (m_waiting->item(i)->data(kIdRole).toString() == id)
                found = m_waiting->item(i);
        }
        if (!found) {
            // Someone not waiting (already in a pair, or not in the base of mentees).
            found = new QListWidgetItem(labelOf(id), m_waiting);
            found->setData(kIdRole, id);
            found->setToolTip(tr("Chosen by name: not in the list of those waiting."));
            if (QListWidgetItem* first = m_waiting->item(0); first && first->flags() == Qt::NoItemFlags)
                delete m_waiting->takeItem(0);
        }
        found->setSelected(true);
        m_waiting->scrollToItem(found);
    }
    m_filling = false;
    if (m_matcher && !ids.isEmpty()) {
        const MatchRequest r = m_matcher->defaultRequest(ids);
        const QSignalBlocker blocker(m_form);
        m_form->setCurrentIndex(std::max(0, m_form->findData(r.form)));
    }
    rank();
}

void MatchingDialog::rank()
{
    if (m_filling || !m_matcher)
        return;
    m_request = MatchRequest {};
    m_request.mentees = selectedMentees();
    m_request.form = m_form->currentData().toString();
    m_request.start = m_start->date();
    m_request.end = m_end->date();
    m_request.group = m_group->isChecked() && m_request.mentees.size() > 1;
    m_group->setEnabled(m_request.mentees.size() > 1);
    m_result = m_request.mentees.isEmpty() ? MatchResult {} : m_matcher->rank(m_request);
    showResult();
}

void MatchingDialog::showResult()
{
    m_candidates->clear();
    const int n = int(m_request.mentees.size());
    if (n == 0) {
        m_summary->setText(tr("Select a mentee on the left (or several), or choose one by name."));
    } else if (!m_result.problems.isEmpty()) {
        m_summary->setText(m_result.problems.join(u' '));
    } else {
        QStringList names;
        for (const QString& id : m_request.mentees)
            names << nameOf(id);
        m_summary->setText(
            tr("For %1: %n possible mentor(s)", "", int(m_result.candidates.size())).arg(names.join(u", "_s))
            + u"; "_s + tr("%n excluded", "", int(m_result.excluded.size())) + u". "_s
            + tr("Ranked by mutual choice in the survey, a choice one way, competencies matching the "
                 "request, the same unit and a lower load."));
    }
    for (const MatchCandidate& c : std::as_const(m_result.candidates)) {
        auto* item = new QTreeWidgetItem(
            m_candidates,
            { QString::number(c.rank), labelOf(c.personId), c.reasons.join(u"; "_s), c.notes.join(u"; "_s) });
        item->setData(0, kIdRole, c.personId);
        item->setData(0, kExcludedRole, false);
        item->setToolTip(2, c.reasons.join(u'\n'));
        item->setToolTip(3, c.notes.join(u'\n'));
        if (c.mutual > 0) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    if (m_showExcluded->isChecked()) {
        for (const MatchExclusion& e : std::as_const(m_result.excluded)) {
            auto* item = new QTreeWidgetItem(m_candidates,
                                             { QString(),
                                               labelOf(e.personId),
                                               tr("excluded: %1").arg(e.reasons.join(u"; "_s)),
                                               QString() });
            item->setData(0, kIdRole, e.personId);
            item->setData(0, kExcludedRole, true);
            item->setToolTip(2, e.reasons.join(u'\n'));
            for (int column = 0; column < 4; ++column)
                item->setForeground(column, QColor(0x8a, 0x8f, 0x96));
        }
    }
    if (m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    const bool group = m_request.group;
    m_create->setText(group ? tr("Create the group") : tr("Create %n pair(s)", "", std::max(1, n)));
    m_create->setEnabled(!m_result.candidates.isEmpty());
    showDetails();
}

void MatchingDialog::showDetails()
{
    const QTreeWidgetItem* item = m_candidates->currentItem();
    if (!item || !m_matcher) {
        m_details->setText(
            m_result.candidates.isEmpty() && !m_request.mentees.isEmpty() && m_result.problems.isEmpty()
                ? tr("Nobody in the base of mentors can take these mentees on these dates. Tick «Show who "
                     "is excluded and why», change the dates or the form, or add mentors to the base.")
                : QString());
        return;
    }
    const QString id = item->data(0, kIdRole).toString();
    const bool excluded = item->data(0, kExcludedRole).toBool();
    const Person* p = m_matcher->person(id);
    QString html = u"<b>%1</b>"_s.arg(nameOf(id).toHtmlEscaped());
    if (p) {
        QStringList about;
        about << vocabulary::label(Vocab::PersonKind, p->kind);
        if (!p->position.isEmpty())
            about << p->position;
        if (!p->unit.isEmpty())
            about << p->unit;
        html += u" — "_s + about.join(u", "_s).toHtmlEscaped();
        if (!p->competencies.isEmpty())
            html += u"<br>"_s + tr("Offers: %1").arg(p->competencies).toHtmlEscaped();
    }
    // What the survey says about them, for the excluded too (a first choice at the cap).
    QStringList chosenBy;
    for (const Preference& pref : m_matcher->preferences()) {
        if (pref.preferred == id && m_request.mentees.contains(pref.person))
            chosenBy << tr("%1 chose them in the survey (choice %2)").arg(nameOf(pref.person)).arg(pref.rank);
    }
    if (excluded && !chosenBy.isEmpty())
        html += u"<br>"_s + chosenBy.join(u"; "_s).toHtmlEscaped();
    if (excluded) {
        for (const MatchExclusion& e : std::as_const(m_result.excluded)) {
            if (e.personId == id)
                html += u"<br><b>"_s + tr("Cannot be proposed:").toHtmlEscaped() + u"</b>"_s
                    + bullets(e.reasons);
        }
    } else {
        for (const MatchCandidate& c : std::as_const(m_result.candidates)) {
            if (c.personId != id)
                continue;
            html += u"<br><b>"_s + tr("Rank %1, because:").arg(c.rank).toHtmlEscaped() + u"</b>"_s
                + bullets(c.reasons);
            if (!c.notes.isEmpty())
                html += u"<b>"_s + tr("To arrange before the start:").toHtmlEscaped() + u"</b>"_s
                    + bullets(c.notes);
        }
    }
    m_details->setText(html);
}

QStringList MatchingDialog::createPairs(int row)
{
    if (!m_context || !m_matcher)
        return {};
    const QTreeWidgetItem* item = row < 0 ? m_candidates->currentItem() : m_candidates->topLevelItem(row);
    if (!item || item->data(0, kExcludedRole).toBool() || m_request.mentees.isEmpty()) {
        m_messages->setMessages(kProblems,
                                MessageArea::Level::Error,
                                { tr("Choose a mentor among the possible ones (not an excluded person).") });
        return {};
    }
    const QString mentor = item->data(0, kIdRole).toString();
    QList<Pair> pairs;
    if (m_request.group) {
        Pair p;
        p.form = m_request.form;
        p.mentor = mentor;
        p.mentees = m_request.mentees;
        p.start = m_request.start;
        p.plannedEnd = m_request.end;
        pairs << p;
    } else {
        for (const QString& mentee : std::as_const(m_request.mentees)) {
            Pair p;
            p.form = m_request.form;
            p.mentor = mentor;
            p.mentees = { mentee };
            p.start = m_request.start;
            p.plannedEnd = m_request.end;
            pairs << p;
        }
    }
    const QSqlDatabase db = m_context->connection();
    PairRepository repo(db);
    QStringList ids;
    {
        Transaction tx(db);
        Status s = tx.isActive() ? Status::success() : Status::failure(tx.error());
        for (const Pair& p : std::as_const(pairs)) {
            if (!s)
                break;
            const Result<QString> id = repo.save(p, m_matcher->profile());
            if (id)
                ids << id.value();
            else
                s = id.status();
        }
        if (s)
            s = tx.commit();
        if (!s) {
            m_messages->setMessages(kProblems, MessageArea::Level::Error, { s.error() });
            return {};
        }
    }
    m_messages->clearGroup(kProblems);
    m_context->notifyDataChanged();
    QStringList names;
    for (const QString& m : std::as_const(m_request.mentees))
        names << nameOf(m);
    m_messages->setMessages(
        kInfo,
        MessageArea::Level::Information,
        { tr("Created: mentor %1 with %2 (%n pair(s)). Open them in «Pairs and groups» to fill in the "
             "individual plan.",
             "",
             int(ids.size()))
              .arg(nameOf(mentor), names.join(u", "_s)) });
    if (MessageBox::question(
            this,
            tr("Order approving the pairs"),
            tr("Pairs and groups are approved by order of the head before mentoring starts. Draft the order "
               "approving the new pair(s) now?"),
            MessageBox::Yes | MessageBox::No,
            MessageBox::Yes)
        == MessageBox::Yes) {
        const Result<Order> order = OrderRepository(db).draftPairsApproval(ids, m_context->today());
        if (order) {
            m_context->notifyDataChanged();
            OrderLinks::openOrder(m_context, order->id, this);
        } else {
            MessageBox::warning(this, tr("Order approving the pairs"), order.error());
        }
    }
    reload();
    return ids;
}

// ---- Survey -----------------------------------------------------------------------------

void MatchingDialog::fillAnswers()
{
    m_answers->setRowCount(0);
    if (!m_matcher)
        return;
    for (const Preference& p : m_matcher->preferences()) {
        const int row = m_answers->rowCount();
        m_answers->insertRow(row);
        auto* who = new QTableWidgetItem(labelOf(p.person));
        who->setData(kIdRole, p.rowId);
        m_answers->setItem(row, 0, who);
        m_answers->setItem(row, 1, new QTableWidgetItem(labelOf(p.preferred)));
        m_answers->setItem(row, 2, new QTableWidgetItem(QString::number(p.rank)));
        m_answers->setItem(row, 3, new QTableWidgetItem(dates::toDisplay(p.date)));
    }
}

void MatchingDialog::loadAnswersOf(const QString& personId)
{
    QList<Preference> answers;
    if (m_matcher) {
        for (const Preference& p : m_matcher->preferences()) {
            if (p.person == personId)
                answers << p;
        }
    }
    for (int i = 0; i < m_choices.size(); ++i)
        m_choices.at(i)->setPersonId(i < answers.size() ? answers.at(i).preferred : QString());
    if (!answers.isEmpty() && answers.first().date.isValid())
        m_surveyDate->setDate(answers.first().date);
}

bool MatchingDialog::recordAnswers()
{
    if (!m_context)
        return false;
    QStringList problems;
    if (!m_respondent->hasValidInput() || m_respondent->personId().isEmpty())
        problems << tr("Participant: choose who answered from the list that drops down.");
    for (int i = 0; i < m_choices.size(); ++i) {
        if (!m_choices.at(i)->hasValidInput())
            problems << tr("Choice %1: «%2» was not chosen from the list.")
                            .arg(i + 1)
                            .arg(m_choices.at(i)->text());
    }
    if (!m_surveyDate->hasValidInput())
        problems << tr("Date of the survey: «%1» is not a date (dd.mm.yyyy).").arg(m_surveyDate->text());
    QList<Preference> answers;
    int rank = 1;
    for (PersonChooser* chooser : std::as_const(m_choices)) {
        if (chooser->personId().isEmpty())
            continue;
        answers << Preference {
            0, m_respondent->personId(), chooser->personId(), rank++, m_surveyDate->date()
        };
    }
    PreferenceRepository repo(m_context->connection());
    if (problems.isEmpty())
        problems << repo.validate(m_respondent->personId(), answers);
    if (!problems.isEmpty()) {
        m_messages->setMessages(kProblems, MessageArea::Level::Error, problems);
        return false;
    }
    if (Status s = repo.setFor(m_respondent->personId(), answers); !s) {
        m_messages->setMessages(kProblems, MessageArea::Level::Error, { s.error() });
        return false;
    }
    m_messages->clearGroup(kProblems);
    m_messages->setMessages(kInfo,
                            MessageArea::Level::Information,
                            { tr("Recorded: %1 named %n person(s).", "", int(answers.size()))
                                  .arg(nameOf(m_respondent->personId())) });
    m_context->notifyDataChanged();
    reload();
    m_respondent->setPersonId(QString());
    for (PersonChooser* chooser : std::as_const(m_choices))
        chooser->setPersonId(QString());
    m_respondent->setFocus();
    return true;
}

} // namespace nastavnik::ui
