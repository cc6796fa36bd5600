#include "widgets/MessageBox.h"

#include "Icons.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

#include <map>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

MessageBox::Button g_nextAnswer = MessageBox::NoButton;
QString g_lastText;
int g_count = 0;

struct ButtonInfo
{
    MessageBox::Button button;
    QMessageBox::ButtonRole role;
};

// In the order they appear; QMessageBox then arranges them by role as the platform does.
constexpr ButtonInfo kButtons[] = {
    {MessageBox::Save, QMessageBox::AcceptRole},
    {MessageBox::Archive, QMessageBox::AcceptRole},
    {MessageBox::Delete, QMessageBox::DestructiveRole},
    {MessageBox::Yes, QMessageBox::YesRole},
    {MessageBox::No, QMessageBox::NoRole},
    {MessageBox::Ok, QMessageBox::AcceptRole},
    {MessageBox::Discard, QMessageBox::DestructiveRole},
    {MessageBox::Close, QMessageBox::RejectRole},
    {MessageBox::Cancel, QMessageBox::RejectRole},
};

QString buttonText(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
        return MessageBox::tr("OK");
    case MessageBox::Cancel:
        return MessageBox::tr("Cancel");
    case MessageBox::Yes:
        return MessageBox::tr("Yes");
    case MessageBox::No:
        return MessageBox::tr("No");
    case MessageBox::Save:
        return MessageBox::tr("Save");
    case MessageBox::Discard:
        return MessageBox::tr("Don't save");
    case MessageBox::Delete:
        return MessageBox::tr("Delete");
    case MessageBox::Archive:
        return MessageBox::tr("Move to the archive");
    case MessageBox::Close:
        return MessageBox::tr("Close");
    case MessageBox::NoButton:
        break;
    }
    return {};
}

} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent,
                                        const QString& title,
                                        const QString& text,
                                        Buttons buttons,
                                        Button defaultButton)
{
    return show(Kind::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent,
                                       const QString& title,
                                       const QString& text,
                                       Buttons buttons,
                                       Button defaultButton)
{
    return show(Kind::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent,
                                           const QString& title,
                                           const QString& text,
                                           Buttons buttons,
                                           Button defaultButton)
{
    return show(Kind::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent,
                                        const QString& title,
                                        const QString& text,
                                        Buttons buttons,
                                        Button defaultButton)
{
    return show(Kind::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& html)
{
    show(Kind::About, parent, title, html, Ok, Ok);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

MessageBox::Button MessageBox::show(Kind kind,
                                    QWidget* parent,
                                    const QString& title,
                                    const QString& text,
                                    Buttons buttons,
                                    Button defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer != NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = NoButton;
        return answer;
    }

    QMessageBox box(parent);
    box.setWindowTitle(title.isEmpty() ? QApplication::applicationDisplayName() : title);
    box.setTextFormat(kind == Kind::About ? Qt::RichText : Qt::PlainText);
    box.setText(text);
    switch (kind) {
    case Kind::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Kind::Question:
        box.setIcon(QMessageBox::Question);
        break;
    case Kind::About:
        box.setIconPixmap(icons::application().pixmap(64, 64));
        break;
    }

    std::map<QAbstractButton*, Button> answers;
    QPushButton* escape = nullptr;
    for (const ButtonInfo& info : kButtons) {
        if (!(buttons & info.button))
            continue;
        QPushButton* b = box.addButton(buttonText(info.button), info.role);
        answers[b] = info.button;
        if (info.button == defaultButton)
            box.setDefaultButton(b);
        if (info.role == QMessageBox::RejectRole || (!escape && info.role == QMessageBox::NoRole))
            escape = b;
    }
    if (answers.empty())
        answers[box.addButton(buttonText(Ok), QMessageBox::AcceptRole)] = Ok;
    if (escape)
        box.setEscapeButton(escape);
    box.exec();
    const auto it = answers.find(box.clickedButton());
    if (it != answers.end())
        return it->second;
    // Closed by the window's button: the same as the escape button, or the only button.
    if (escape)
        return answers[escape];
    return answers.size() == 1 ? answers.begin()->second : NoButton;
}

} // namespace nastavnik::ui
