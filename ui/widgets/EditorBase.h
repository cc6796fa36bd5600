#pragma once

#include "AppContext.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

namespace nastavnik::ui {

class MessageArea;

/// The base of every editor (style.md rule 7, after KeePassXC's EditWidget): a form that
/// loads a record, tells whether it was modified, validates before saving and shows the
/// problems inline, saves in one transaction, and asks Save / Discard / Cancel before
/// closing with unsaved changes.
///
/// A subclass implements title(), load(), isModified(), validate() and save(); it puts
/// messageArea() at the top of its layout and calls watchInputs() on its form so that
/// edits are noticed. Host it in an EditorDialog, or in a panel that calls commit() and
/// confirmClose() itself.
class EditorBase : public QWidget
{
    Q_OBJECT

public:
    explicit EditorBase(QWidget* parent = nullptr);

    void setContext(AppContext* context);
    AppContext* context() const { return m_context; }

    /// What is edited, for the window title: «Иванова Мария Петровна», «Новый участник».
    virtual QString title() const = 0;
    /// (Re)reads the record from the database, dropping unsaved changes.
    virtual void load() = 0;
    /// True when the form differs from what was loaded.
    virtual bool isModified() const = 0;

    /// Validates; on problems shows them inline and returns false. Otherwise saves, tells
    /// the context that the data changed, emits committed() and returns true. Nothing to
    /// save counts as success.
    bool commit();
    /// Whether the editor may close: asks Save / Discard / Cancel when modified.
    bool confirmClose();

    MessageArea* messageArea() const { return m_messages; }

signals:
    /// Any input of the form changed (also while loading).
    void edited();
    void committed();
    void titleChanged();

protected:
    /// Every problem as a sentence that names the field; empty when the form can be saved.
    virtual QStringList validate() const = 0;
    /// Writes the form to the database in one transaction.
    virtual Status save() = 0;
    /// Live hints after every edit (warnings that do not prevent saving).
    virtual void updateHints() {}

    /// Connects every input widget under `root` (line edits, combo boxes, check boxes,
    /// spin boxes, text edits, lists, tables) to edited(). Safe to call again for rows
    /// added later.
    void watchInputs(QWidget* root);
    /// For changes no input signals, such as a row removed from a table.
    void notifyEdited();

private:
    void onEdited();

    QPointer<AppContext> m_context;
    MessageArea* m_messages;
    bool m_validateLive = false;
};

} // namespace nastavnik::ui
