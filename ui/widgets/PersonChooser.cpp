#include "widgets/PersonChooser.h"

#include "AppContext.h"
#include "Icons.h"
#include "models/PeopleQuery.h"
#include "util/Dates.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

PersonChooser::PersonChooser(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_edit->setPlaceholderText(tr("Type a surname to choose…"));

    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &PersonChooser::search);
    connect(m_edit, &QLineEdit::editingFinished, this, &PersonChooser::finishEditing);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        choose(index.data(kIdRole).toString());
    });
}

void PersonChooser::setContext(AppContext* context)
{
    m_context = context;
    setPersonId(m_id);
}

void PersonChooser::setExcluded(const QString& personId)
{
    m_excluded = personId;
}

void PersonChooser::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

QString PersonChooser::labelOf(const QString& personId) const
{
    if (personId.isEmpty() || !m_context)
        return {};
    const std::optional<PersonChoice> c = PeopleQuery(m_context->connection(), m_context->today()).choice(personId);
    if (!c)
        return tr("(deleted person %1)").arg(personId);
    return c->archived ? tr("%1 (archived)").arg(c->label()) : c->label();
}

void PersonChooser::setPersonId(const QString& personId)
{
    m_id = personId;
    m_label = labelOf(personId);
    m_edit->setText(m_label);
    m_edit->setCursorPosition(0);
}

void PersonChooser::choose(const QString& personId)
{
    const bool changed = personId != m_id;
    setPersonId(personId);
    if (changed)
        emit personChanged(m_id);
}

bool PersonChooser::hasValidInput() const
{
    return m_edit->text().trimmed().isEmpty() || m_edit->text() == m_label;
}

QString PersonChooser::text() const
{
    return m_edit->text();
}

void PersonChooser::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        // Emptying the field means nobody.
        choose(QString());
        return;
    }
    m_matches->clear();
    if (!m_context)
        return;
    const QList<PersonChoice> found
        = PeopleQuery(m_context->connection(), m_context->today()).choices(text, kMaxMatches, m_excluded);
    for (const PersonChoice& c : found) {
        QString label = c.label();
        if (c.birthDate.isValid())
            label += u" ("_s + dates::toDisplay(c.birthDate) + u")"_s;
        auto* item = new QStandardItem(label);
        item->setData(c.id, kIdRole);
        m_matches->appendRow(item);
    }
    if (found.isEmpty()) {
        auto* item = new QStandardItem(tr("Nobody found: check the spelling, or add the person first"));
        item->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(item);
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void PersonChooser::finishEditing()
{
    if (m_completer->popup()->isVisible())
        return;
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty() || m_edit->text() == m_label)
        return;
    // Typed and left without choosing: a single match is taken, otherwise the field stays
    // marked as not chosen (hasValidInput) for the editor to report.
    if (m_context) {
        const QList<PersonChoice> found
            = PeopleQuery(m_context->connection(), m_context->today()).choices(typed, 2, m_excluded);
        if (found.size() == 1)
            choose(found.first().id);
    }
}

} // namespace nastavnik::ui
