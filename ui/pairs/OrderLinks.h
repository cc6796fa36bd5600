#pragma once

#include "AppContext.h"
#include "documents/DocumentBuilder.h"

#include <QCoreApplication>

class QWidget;

namespace nastavnik::ui {

class DocumentEditorDialog;

/// Opens documents of pairs (orders of the journal, the individual plan, the mentor's report)
/// in the document editor, the one place where they are previewed, edited, printed and saved.
class OrderLinks
{
    Q_DECLARE_TR_FUNCTIONS(OrderLinks)

public:
    /// Opens the order `orderId`: a draft editable and saved to the journal, a signed order
    /// read-only. The dialog is window-modal and deletes itself when closed; saving it tells
    /// the context that the data changed. Shows a message and returns nullptr on failure.
    static DocumentEditorDialog* openOrder(AppContext* context, const QString& orderId, QWidget* parent);
    /// Opens the document `kind` of `id` (a plan or a report of a pair) read for printing.
    static DocumentEditorDialog*
    openDocument(AppContext* context, DocumentKind kind, const QString& id, QWidget* parent);
};

} // namespace nastavnik::ui
