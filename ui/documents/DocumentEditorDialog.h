#pragma once

#include "documents/DocumentBuilder.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTextCharFormat;
class QTextDocument;
class QTextEdit;
class QToolBar;

namespace nastavnik {
class OrderRepository;
}

namespace nastavnik::ui {

/// Shows a generated document in a small rich-text editor (after Qt's textedit example) with
/// print preview, printing, saving as PDF and ODT — all through DocumentRenderer, the one
/// render path — and, for a draft order, Save: the edited HTML goes to the orders journal.
/// A signed order opens read-only.
class DocumentEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `journal` and `orderId` are given for orders; `readOnly` for a signed order.
    explicit DocumentEditorDialog(const Document& document,
                                  OrderRepository* journal = nullptr,
                                  bool readOnly = false,
                                  QWidget* parent = nullptr);
    ~DocumentEditorDialog() override;

    QTextDocument* textDocument() const;
    QTextEdit* editor() const { return m_editor; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;

    /// Writes the edited document as PDF or ODT (by the extension). Used by the Save as buttons.
    Status exportTo(const QString& path);
    /// Stores the edited text of the draft order in the journal.
    Status save();

    QAction* saveAction() const { return m_save; }
    QAction* printPreviewAction() const { return m_preview; }

signals:
    void saved();

protected:
    void reject() override;

private:
    void buildToolBar();
    void updateFormatActions();
    void setAlignment(Qt::Alignment alignment);
    void mergeFormat(const std::function<void(QTextCharFormat&)>& change);
    void printPreview();
    void print();
    void exportAs(const QString& extension);
    void saveClicked();

    Document m_document;
    OrderRepository* m_journal = nullptr;
    bool m_readOnly = false;
    std::unique_ptr<QTextDocument> m_text;
    QTextEdit* m_editor = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolBar* m_outputBar = nullptr;
    QLabel* m_banner = nullptr;
    QComboBox* m_size = nullptr;
    QAction* m_bold = nullptr;
    QAction* m_italic = nullptr;
    QAction* m_underline = nullptr;
    QAction* m_left = nullptr;
    QAction* m_center = nullptr;
    QAction* m_right = nullptr;
    QAction* m_justify = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_save = nullptr;
    QList<QAction*> m_editing;
};

} // namespace nastavnik::ui
