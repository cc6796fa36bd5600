#include "Section.h"

#include "AppContext.h"

#include <QKeyEvent>

namespace nastavnik::ui {

Section::Section(SectionInfo info, QWidget* parent)
    : QWidget(parent)
    , m_info(std::move(info))
{
}

void Section::setContext(AppContext* context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context)
        connect(m_context, &AppContext::dataChanged, this, &Section::onDataChanged);
    m_stale = false;
    contextChanged();
    emit commandsChanged();
}

bool Section::canRun(Command) const
{
    return false;
}

void Section::run(Command)
{
}

void Section::onDataChanged()
{
    // Hidden sections catch up when shown: a change costs only what is on screen.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

bool Section::deferUntilShown()
{
    if (!m_context || isVisible())
        return false;
    m_stale = true;
    return true;
}

void Section::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_context) {
        m_stale = false;
        refresh();
    }
}

bool Section::event(QEvent* event)
{
    // Ctrl+N is File → New database in the window, but «new record» while working inside a
    // section: taking the shortcut override here keeps the window's action from firing.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::New) && canRun(Command::New)) {
            key->accept();
            if (event->type() == QEvent::KeyPress)
                run(Command::New);
            return true;
        }
    }
    return QWidget::event(event);
}

void Section::open(AppContext::Item, const QString&)
{
}

} // namespace nastavnik::ui
