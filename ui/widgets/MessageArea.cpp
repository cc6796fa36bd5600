#include "widgets/MessageArea.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

MessageArea::MessageArea(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    setVisible(false);
}

void MessageArea::setMessages(const QString& group, Level level, const QStringList& messages)
{
    if (auto it = m_groups.find(group); it != m_groups.end()) {
        if (it->level == level && it->messages == messages)
            return;
        delete it->frame;
        m_groups.erase(it);
    }
    if (!messages.isEmpty()) {
        QWidget* frame = makeFrame(level, messages);
        // Errors first, then warnings, then information; within a level, by group name.
        int index = 0;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
            if (int(it->level) < int(level) || (it->level == level && it.key() < group))
                ++index;
        }
        m_layout->insertWidget(index, frame);
        m_groups.insert(group, Group{level, messages, frame});
    }
    setVisible(!m_groups.isEmpty());
}

void MessageArea::clearGroup(const QString& group)
{
    setMessages(group, Level::Information, {});
}

QStringList MessageArea::messages(const QString& group) const
{
    return m_groups.value(group).messages;
}

QWidget* MessageArea::makeFrame(Level level, const QStringList& messages)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(u"messageFrame"_s);
    QString background;
    QString border;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Error:
        background = u"#fdecea"_s;
        border = u"#e6a5a0"_s;
        text = u"#6b1410"_s;
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Level::Warning:
        background = u"#fff5d9"_s;
        border = u"#e8c66e"_s;
        text = u"#5a4100"_s;
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Information:
        background = u"#e9f2fb"_s;
        border = u"#a9c8e8"_s;
        text = u"#173c63"_s;
        break;
    }
    frame->setStyleSheet(u"#messageFrame { background: %1; border: 1px solid %2; border-radius: 4px; } "
                         "#messageFrame QLabel { color: %3; background: transparent; }"_s.arg(background, border, text));
    auto* row = new QHBoxLayout(frame);
    row->setContentsMargins(10, 8, 10, 8);
    row->setSpacing(10);
    auto* iconLabel = new QLabel(frame);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    iconLabel->setAlignment(Qt::AlignTop);
    row->addWidget(iconLabel);
    auto* label = new QLabel(frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines = messages;
    if (lines.size() > 1) {
        for (QString& line : lines)
            line = u"• "_s + line;
    }
    label->setText(lines.join(u'\n'));
    row->addWidget(label, 1);
    return frame;
}

} // namespace nastavnik::ui
