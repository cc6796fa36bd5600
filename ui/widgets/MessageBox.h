#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace nastavnik::ui {

/// Every message box of the application goes through here (never QMessageBox directly), so
/// that tests can answer the next one in advance (KeePassXC's MessageBox::setNextAnswer):
///
///     MessageBox::setNextAnswer(MessageBox::Discard);
///     editor->confirmClose();          // no box appears, Discard is taken
///     QVERIFY(MessageBox::lastText().contains(...));
///
/// Buttons carry our own translated texts, so they read in Russian whatever Qt's own
/// translations installed.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum Button : unsigned {
        NoButton = 0,
        Ok = 1u << 0,
        Cancel = 1u << 1,
        Yes = 1u << 2,
        No = 1u << 3,
        Save = 1u << 4,
        Discard = 1u << 5,
        Delete = 1u << 6,
        Archive = 1u << 7,
        Close = 1u << 8,
        Replace = 1u << 9,
    };
    using Buttons = unsigned;

    static Button critical(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = Ok,
                           Button defaultButton = NoButton);
    static Button warning(QWidget* parent,
                          const QString& title,
                          const QString& text,
                          Buttons buttons = Ok,
                          Button defaultButton = NoButton);
    static Button information(QWidget* parent,
                              const QString& title,
                              const QString& text,
                              Buttons buttons = Ok,
                              Button defaultButton = NoButton);
    static Button question(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = Yes | No,
                           Button defaultButton = NoButton);
    /// A box with rich text and the application's icon (Help → About).
    static void about(QWidget* parent, const QString& title, const QString& html);

    /// A warning (or, with `critical`, an error) with a scrollable list under the text, for
    /// when every item matters: each problem of a refused file, each warning of an import.
    static Button details(QWidget* parent,
                          const QString& title,
                          const QString& text,
                          const QStringList& details,
                          bool critical = true,
                          Buttons buttons = Close);

    /// Tests: the next box is not shown and returns `answer` (NoButton: boxes are shown again).
    static void setNextAnswer(Button answer);
    /// Tests: after the answers given so far, one more box is answered with `answer` (an action
    /// that asks, then reports).
    static void addNextAnswer(Button answer);
    /// The text of the last box shown or answered in advance (tests check what was said).
    static QString lastText();
    /// The list of the last box shown by details() (tests); empty after any other box.
    static QStringList lastDetails();
    /// How many boxes were shown or answered since the program started (tests).
    static int count();

private:
    enum class Kind { Critical, Warning, Information, Question, About };
    static Button show(Kind kind,
                       QWidget* parent,
                       const QString& title,
                       const QString& text,
                       Buttons buttons,
                       Button defaultButton,
                       const QStringList& details = {});
};

} // namespace nastavnik::ui
