#pragma once

#include <QDialog>

class QPushButton;

namespace nastavnik::ui {

class EditorBase;

/// A dialog around one editor with «Сохранить» and «Отмена». Saving validates first and
/// keeps the dialog open with the problems shown; closing with unsaved changes asks
/// Save / Discard / Cancel (also for Esc and the window's close button).
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Takes ownership of `editor`.
    explicit EditorDialog(EditorBase* editor, QWidget* parent = nullptr);

    EditorBase* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }

    void accept() override;
    void reject() override;

private:
    void updateTitle();

    EditorBase* m_editor;
    QPushButton* m_save;
};

} // namespace nastavnik::ui
