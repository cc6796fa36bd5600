#include "widgets/MessageBox.h"

#include "Icons.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QList>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

QList<MessageBox::Button> g_nextAnswers;
QString g_lastText;
QStringList g_lastDetails;
int g_count = 0;

struct ButtonInfo
{
    MessageBox::Button button;
    QMessageBox::ButtonRole role;
};

// In the order they appear; QMessageBox then arranges them by role as the platform does.
constexpr ButtonInfo kButtons[] = {
    {MessageBox::Save, QMessageBox::AcceptRole},
    {MessageBox::Replace, QMessageBox::DestructiveRole},
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
    case MessageBox::Replace:
        return MessageBox::tr("Replace");
    case MessageBox::NoButton:
        break;
    }
    return {};
}

/// QMessageBox's own details area is hidden behind a button and sized for a few lines: a
/// refused file may have hundreds of problems, which the user needs to read (and copy).
MessageBox::Button showDetails(bool critical,
                               QWidget* parent,
                               const QString& title,
                               const QString& text,
                               const QStringList& details,
                               MessageBox::Buttons buttons)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title.isEmpty() ? QApplication::applicationDisplayName() : title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(&dialog);
    const QStyle::StandardPixmap pixmap = critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(dialog.style()->standardIcon(pixmap).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* label = new QLabel(text, &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(label, 1);
    layout->addLayout(top);
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("details"));
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->addItems(details);
    layout->addWidget(list, 1);

    auto* box = new QDialogButtonBox(&dialog);
    std::map<QAbstractButton*, MessageBox::Button> answers;
    for (const ButtonInfo& info : kButtons) {
        if (!(buttons & info.button))
            continue;
        QPushButton* b = box->addButton(buttonText(info.button), QDialogButtonBox::ButtonRole(info.role));
        answers[b] = info.button;
    }
    if (answers.empty())
        answers[box->addButton(buttonText(MessageBox::Close), QDialogButtonBox::RejectRole)] = MessageBox::Close;
    QAbstractButton* clicked = nullptr;
    QObject::connect(box, &QDialogButtonBox::clicked, &dialog, [&](QAbstractButton* b) {
        clicked = b;
        dialog.accept();
    });
    layout->addWidget(box);
    dialog.resize(720, 460);
    dialog.exec();
    if (const auto it = answers.find(clicked); it != answers.end())
        return it->second;
    return answers.size() == 1 ? answers.begin()->second : MessageBox::NoButton;
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

MessageBox::Button MessageBox::details(QWidget* parent,
                                      const QString& title,
                                      const QString& text,
                                      const QStringList& details,
                                      bool critical,
                                      Buttons buttons)
{
    return show(critical ? Kind::Critical : Kind::Warning, parent, title, text, buttons, NoButton, details);
}

QStringList MessageBox::lastDetails()
{
    return g_lastDetails;
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswers.clear();
    if (answer != NoButton)
        g_nextAnswers << answer;
}

void MessageBox::addNextAnswer(Button answer)
{
    if (answer != NoButton)
        g_nextAnswers << answer;
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
                                    Button defaultButton,
                                    const QStringList& details)
{
    g_lastText = text;
    g_lastDetails = details;
    ++g_count;
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    if (!details.isEmpty())
        return showDetails(kind == Kind::Critical, parent, title, text, details, buttons);

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
