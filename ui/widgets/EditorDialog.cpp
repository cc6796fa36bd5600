#include "widgets/EditorDialog.h"

#include "widgets/EditorBase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

EditorDialog::EditorDialog(EditorBase* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    m_editor->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
    connect(m_editor, &EditorBase::titleChanged, this, &EditorDialog::updateTitle);
    updateTitle();
}

void EditorDialog::updateTitle()
{
    setWindowTitle(m_editor->title() + u" — "_s + QApplication::applicationDisplayName());
}

void EditorDialog::accept()
{
    if (m_editor->commit())
        QDialog::accept();
}

void EditorDialog::reject()
{
    if (m_editor->confirmClose())
        QDialog::reject();
}

} // namespace nastavnik::ui
