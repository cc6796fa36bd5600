#include "widgets/EditorBase.h"

#include "AppContext.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
const char* const kWatched = "nastavnikWatched";
const QString kValidation = u"validation"_s;
} // namespace

EditorBase::EditorBase(QWidget* parent)
    : QWidget(parent)
    , m_messages(new MessageArea(this))
{
    connect(this, &EditorBase::edited, this, &EditorBase::onEdited);
}

void EditorBase::setContext(AppContext* context)
{
    m_context = context;
}

void EditorBase::notifyEdited()
{
    emit edited();
}

void EditorBase::onEdited()
{
    // Once problems were shown, they follow the typing: fixed ones disappear at once.
    if (m_validateLive)
        m_messages->setMessages(kValidation, MessageArea::Level::Error, validate());
    updateHints();
}

bool EditorBase::commit()
{
    if (!isModified())
        return true;
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        m_validateLive = true;
        m_messages->setMessages(kValidation, MessageArea::Level::Error, problems);
        return false;
    }
    if (Status s = save(); !s) {
        m_validateLive = false;
        m_messages->setMessages(kValidation, MessageArea::Level::Error, {s.error()});
        return false;
    }
    m_validateLive = false;
    m_messages->clearGroup(kValidation);
    if (m_context)
        m_context->notifyDataChanged();
    emit committed();
    return true;
}

bool EditorBase::confirmClose()
{
    if (!isModified())
        return true;
    const MessageBox::Button answer
        = MessageBox::question(this,
                               tr("Unsaved changes"),
                               tr("«%1» has unsaved changes. Save them?").arg(title()),
                               MessageBox::Save | MessageBox::Discard | MessageBox::Cancel,
                               MessageBox::Save);
    switch (answer) {
    case MessageBox::Save:
        return commit();
    case MessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void EditorBase::watchInputs(QWidget* root)
{
    auto once = [](QObject* o) {
        if (o->property(kWatched).toBool())
            return false;
        o->setProperty(kWatched, true);
        return true;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!once(w))
            continue;
        if (auto* e = qobject_cast<QLineEdit*>(w))
            connect(e, &QLineEdit::textChanged, this, &EditorBase::edited);
        else if (auto* c = qobject_cast<QComboBox*>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &EditorBase::edited);
        else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable())
            connect(b, &QAbstractButton::toggled, this, &EditorBase::edited);
        else if (auto* s = qobject_cast<QSpinBox*>(w))
            connect(s, &QSpinBox::valueChanged, this, &EditorBase::edited);
        else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
            connect(d, &QDoubleSpinBox::valueChanged, this, &EditorBase::edited);
        else if (auto* de = qobject_cast<QDateEdit*>(w))
            connect(de, &QDateEdit::dateChanged, this, &EditorBase::edited);
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            connect(p, &QPlainTextEdit::textChanged, this, &EditorBase::edited);
        else if (auto* t = qobject_cast<QTextEdit*>(w))
            connect(t, &QTextEdit::textChanged, this, &EditorBase::edited);
        else if (auto* l = qobject_cast<QListWidget*>(w))
            connect(l, &QListWidget::itemChanged, this, &EditorBase::edited);
        else if (auto* tw = qobject_cast<QTableWidget*>(w))
            connect(tw, &QTableWidget::itemChanged, this, &EditorBase::edited);
        else
            w->setProperty(kWatched, false); // a container: its children are watched instead
    }
}

} // namespace nastavnik::ui
