#include "pairs/PairActionDialog.h"

#include "documents/OrderRepository.h"
#include "domain/Vocabulary.h"
#include "pairs/OrderLinks.h"
#include "pairs/PairRepository.h"
#include "storage/PeopleRepository.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

const QString kValidation = u"validation"_s;

QDate clamp(const QDate& d, const QDate& from, const QDate& to)
{
    QDate result = d;
    if (from.isValid() && result < from)
        result = from;
    if (to.isValid() && result > to)
        result = to;
    return result;
}

} // namespace

QString PairActionDialog::title(Action action)
{
    switch (action) {
    case Action::Replace:
        return tr("Replace the mentor");
    case Action::Extend:
        return tr("Extend the term");
    case Action::CompleteEarly:
        return tr("Complete early");
    case Action::Complete:
        return tr("Complete mentoring");
    case Action::Report:
        return tr("Report and questionnaire");
    }
    return {};
}

PairActionDialog::PairActionDialog(Action action, AppContext* context, const Pair& pair, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_context(context)
    , m_pair(pair)
    , m_lifecycle(std::make_unique<PairLifecycle>(context->connection()))
{
    setWindowTitle(title(action));
    build();
}

PairActionDialog::~PairActionDialog() = default;

QString PairActionDialog::orderType() const
{
    switch (m_action) {
    case Action::Replace:
        return u"mentor_replacement"_s;
    case Action::Extend:
        return u"extension"_s;
    case Action::CompleteEarly:
        return u"early_completion"_s;
    default:
        return {};
    }
}

void PairActionDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title(m_action), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);

    const QDate today = m_context->today();
    const QDate end = m_pair.end();
    // «Кокшарова О. С. – Новикова Д. А.» for the line about the pair.
    PeopleRepository people(m_context->connection());
    auto shortName = [&people](const QString& id) {
        const Result<Person> p = people.load(id);
        return p ? p->shortName() : id;
    };
    QStringList mentees;
    for (const QString& id : std::as_const(m_pair.mentees))
        mentees << shortName(id);
    const QString label = m_pair.title.isEmpty()
        ? u"%1 – %2"_s.arg(shortName(m_pair.currentMentor()), mentees.join(u", "_s))
        : u"%1 – %2"_s.arg(shortName(m_pair.currentMentor()), m_pair.title);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_about->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(m_about);
    m_messages = new MessageArea(this);
    layout->addWidget(m_messages);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(form);

    QStringList about;
    about << tr("Pair «%1», term %2 – %3.").arg(label, dates::toDisplay(m_pair.start), dates::toDisplay(end));

    auto addOrderField = [&] {
        m_order = new QComboBox(this);
        m_order->addItem(tr("none yet — offer to draft one after recording"), QString());
        Result<QList<Order>> journal = OrderRepository(m_context->connection()).journal();
        if (journal) {
            QList<Order> orders = journal.value();
            std::reverse(orders.begin(), orders.end());
            for (const Order& o : std::as_const(orders)) {
                if (o.type == orderType())
                    m_order->addItem(PairRepository::orderLabel(o), o.id);
            }
        }
        m_order->setObjectName(u"order"_s);
        form->addRow(tr("&Order:"), m_order);
    };
    auto addNote = [&] {
        m_note = new QLineEdit(this);
        m_note->setObjectName(u"note"_s);
        form->addRow(tr("N&ote:"), m_note);
    };
    auto combo = [&](Vocab vocab, const QStringList& codes, const QString& prompt) {
        m_choice = new QComboBox(this);
        m_choice->addItem(prompt, QString());
        for (const QString& code : codes)
            m_choice->addItem(vocabulary::label(vocab, code), code);
        m_choice->setObjectName(u"choice"_s);
        m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_choice->setMinimumContentsLength(30);
    };

    switch (m_action) {
    case Action::Replace: {
        m_date = new DateEdit(this);
        m_date->setDate(clamp(today, m_pair.start, end));
        form->addRow(tr("Replacement &date:"), m_date);
        m_mentor = new PersonChooser(this);
        m_mentor->setContext(m_context);
        m_mentor->setExcluded(m_pair.currentMentor());
        m_mentor->setObjectName(u"newMentor"_s);
        form->addRow(tr("&New mentor:"), m_mentor);
        combo(Vocab::ReplacementGround, m_lifecycle->replacementGrounds(), tr("Choose the ground…"));
        form->addRow(tr("&Ground:"), m_choice);
        addOrderField();
        addNote();
        about << tr("The term of mentoring does not change when the mentor is replaced (002 4.16). The "
                    "replacement is "
                    "made by order of the head on one of the grounds (002 4.15).");
        break;
    }
    case Action::Extend: {
        m_date = new DateEdit(this);
        m_date->setDate(clamp(today, m_pair.start, end));
        form->addRow(tr("&Decided on:"), m_date);
        m_second = new DateEdit(this);
        m_second->setDate(end.isValid() ? dates::addMonthsCivil(end, 1) : QDate());
        m_second->setObjectName(u"newEnd"_s);
        form->addRow(tr("New &end:"), m_second);
        combo(Vocab::ExtensionReason, m_lifecycle->extensionReasons(), tr("Choose the reason…"));
        form->addRow(tr("&Reason:"), m_choice);
        addOrderField();
        addNote();
        about << tr("The term may be extended for the mentor's or the mentee's temporary incapacity for "
                    "work, business "
                    "trip or other long absence for a good reason (002 4.14).");
        break;
    }
    case Action::CompleteEarly: {
        m_date = new DateEdit(this);
        m_date->setDate(clamp(today, m_pair.start, end.isValid() ? end.addDays(-1) : QDate()));
        form->addRow(tr("&Ends on:"), m_date);
        combo(Vocab::CompletionInitiator,
              vocabulary::codes(Vocab::CompletionInitiator),
              tr("Choose who initiates…"));
        form->addRow(tr("&Initiative of:"), m_choice);
        m_second = new DateEdit(this);
        m_second->setDate(today);
        m_second->setObjectName(u"noticeDate"_s);
        form->addRow(tr("Notice &given on:"), m_second);
        addOrderField();
        addNote();
        m_note->setPlaceholderText(tr("e.g. the mentee mastered the competencies ahead of time"));
        m_warning = new QLabel(this);
        m_warning->setObjectName(u"noticeWarning"_s);
        m_warning->setWordWrap(true);
        m_warning->setStyleSheet(
            u"QLabel { background: #fff5d9; border: 1px solid #e8c66e; border-radius: 4px; "
            "padding: 8px; color: #5a4100; }"_s);
        m_warning->setVisible(false);
        layout->addWidget(m_warning);
        about << tr(
            "Mentoring may end early when the mentee has mastered the competencies quickly, by agreement "
            "with "
            "the mentor and the curator (002 4.14). At the employer's initiative a mentor who is an employee "
            "is notified in writing at least 3 working days in advance (Labour Code art. 351.8).");
        connect(m_date, &DateEdit::dateChanged, this, &PairActionDialog::updateWarning);
        connect(m_second, &DateEdit::dateChanged, this, &PairActionDialog::updateWarning);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &PairActionDialog::updateWarning);
        break;
    }
    case Action::Complete: {
        m_date = new DateEdit(this);
        QDate proposed = end;
        if (end.isValid() && today < end && today >= end.addDays(-14))
            proposed = today;
        m_date->setDate(proposed);
        form->addRow(tr("&Ended on:"), m_date);
        const Profile& profile = m_lifecycle->profile();
        if (profile.reportDeadlineDays.value && proposed.isValid()) {
            const int n = *profile.reportDeadlineDays.value;
            about << tr("Afterwards the mentor's report and the mentee's questionnaire are due within %n "
                        "working day(s) "
                        "(%1): by %2; the deadline appears in «Today».",
                        "",
                        n)
                         .arg(profile.reportDeadlineDays.clause,
                              dates::toDisplay(m_lifecycle->calendar().addWorkingDays(proposed, n)));
        } else {
            about << tr(
                "Afterwards record the mentor's report and the mentee's questionnaire when they are in.");
        }
        break;
    }
    case Action::Report: {
        m_date = new DateEdit(this);
        m_date->setDate(m_pair.reportDate);
        m_date->setObjectName(u"reportDate"_s);
        form->addRow(tr("Mentor's &report submitted:"), m_date);
        m_second = new DateEdit(this);
        m_second->setDate(m_pair.menteeQuestionnaire);
        m_second->setObjectName(u"questionnaireDate"_s);
        form->addRow(tr("Mentee's &questionnaire received:"), m_second);
        about << tr("Leave a field empty while the document is not in.");
        break;
    }
    }
    if (m_date && m_date->objectName().isEmpty())
        m_date->setObjectName(u"date"_s);
    m_about->setText(about.join(u' '));

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PairActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PairActionDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(660);
    updateWarning();
}

ReplacementInput PairActionDialog::replacement() const
{
    ReplacementInput in;
    in.date = m_date->date();
    in.newMentor = m_mentor->personId();
    in.ground = m_choice->currentData().toString();
    in.order = m_order->currentData().toString();
    in.note = m_note->text().trimmed();
    return in;
}

ExtensionInput PairActionDialog::extension() const
{
    ExtensionInput in;
    in.date = m_date->date();
    in.newEnd = m_second->date();
    in.reason = m_choice->currentData().toString();
    in.order = m_order->currentData().toString();
    in.note = m_note->text().trimmed();
    return in;
}

EarlyCompletionInput PairActionDialog::earlyCompletion() const
{
    EarlyCompletionInput in;
    in.date = m_date->date();
    in.initiator = m_choice->currentData().toString();
    in.noticeDate = m_second->date();
    in.order = m_order->currentData().toString();
    in.note = m_note->text().trimmed();
    return in;
}

void PairActionDialog::updateWarning()
{
    if (!m_warning)
        return;
    const QString warning = m_lifecycle->noticeWarning(m_pair, earlyCompletion());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    growToFit();
}

void PairActionDialog::growToFit()
{
    // The warning and the messages wrap: the dialog grows to show them instead of squeezing the form.
    if (!isVisible() || !layout())
        return;
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QStringList PairActionDialog::problems() const
{
    QStringList problems;
    if (!m_lifecycle->setupError().isEmpty())
        problems << m_lifecycle->setupError();
    for (const DateEdit* d : { m_date, m_second }) {
        if (d && !d->hasValidInput())
            problems
                << tr("«%1» is not a date: type it as dd.mm.yyyy, for example 05.06.2026.").arg(d->text());
    }
    if (m_mentor && !m_mentor->hasValidInput())
        problems << tr("New mentor: «%1» was not chosen from the list. Choose the person in the list that "
                       "drops down.")
                        .arg(m_mentor->text());
    if (!problems.isEmpty())
        return problems;
    switch (m_action) {
    case Action::Replace:
        return m_lifecycle->validate(m_pair, replacement());
    case Action::Extend:
        return m_lifecycle->validate(m_pair, extension());
    case Action::CompleteEarly:
        return m_lifecycle->validate(m_pair, earlyCompletion());
    case Action::Complete:
        return m_lifecycle->validateCompletion(m_pair, m_date->date());
    case Action::Report:
        return m_lifecycle->validateReport(m_pair, m_date->date(), m_second->date());
    }
    return problems;
}

Status PairActionDialog::record()
{
    switch (m_action) {
    case Action::Replace:
        return m_lifecycle->replaceMentor(m_pair.id, replacement());
    case Action::Extend:
        return m_lifecycle->extend(m_pair.id, extension());
    case Action::CompleteEarly:
        return m_lifecycle->completeEarly(m_pair.id, earlyCompletion());
    case Action::Complete:
        return m_lifecycle->complete(m_pair.id, m_date->date());
    case Action::Report:
        return m_lifecycle->recordReport(m_pair.id, m_date->date(), m_second->date());
    }
    return Status::success();
}

bool PairActionDialog::apply()
{
    if (!m_context)
        return false;
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_messages->setMessages(kValidation, MessageArea::Level::Error, found);
        growToFit();
        return false;
    }
    m_messages->clearGroup(kValidation);
    if (m_action == Action::CompleteEarly) {
        const QString warning = m_lifecycle->noticeWarning(m_pair, earlyCompletion());
        if (!warning.isEmpty()) {
            const MessageBox::Button answer = MessageBox::warning(
                this,
                title(m_action),
                warning + u"\n\n"_s + tr("Record the early completion on this date anyway?"),
                MessageBox::Yes | MessageBox::No,
                MessageBox::No);
            if (answer != MessageBox::Yes)
                return false;
        }
    }
    if (Status s = record(); !s) {
        m_messages->setMessages(kValidation, MessageArea::Level::Error, { s.error() });
        return false;
    }
    m_context->notifyDataChanged();
    emit recorded();
    if (m_order && m_order->currentData().toString().isEmpty())
        offerOrder();
    return true;
}

void PairActionDialog::offerOrder()
{
    QString question;
    switch (m_action) {
    case Action::Replace:
        question = tr("The replacement is recorded. A mentor is replaced by order of the head (002 4.15). "
                      "Draft the order "
                      "on the replacement of the mentor now?");
        break;
    case Action::Extend:
        question = tr("The extension is recorded. Draft the order on the extension of the term now?");
        break;
    case Action::CompleteEarly:
        question = tr(
            "The early completion is recorded. Draft the order on the early completion of mentoring now?");
        break;
    default:
        return;
    }
    if (MessageBox::question(
            this, title(m_action), question, MessageBox::Yes | MessageBox::No, MessageBox::Yes)
        != MessageBox::Yes)
        return;
    OrderRepository journal(m_context->connection());
    Result<Order> order = m_action == Action::Replace
        ? journal.draftReplacement(m_pair.id, m_context->today())
        : m_action == Action::Extend ? journal.draftExtension(m_pair.id, m_context->today())
                                     : journal.draftEarlyCompletion(m_pair.id, m_context->today());
    if (!order) {
        MessageBox::warning(this, title(m_action), order.error());
        return;
    }
    m_draftedOrder = order->id;
    m_context->notifyDataChanged();
    OrderLinks::openOrder(m_context, order->id, parentWidget() ? parentWidget() : this);
}

void PairActionDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace nastavnik::ui
