#pragma once

#include "AppContext.h"
#include "documents/DocumentBuilder.h"

namespace nastavnik {
class OrderRepository;
}

namespace nastavnik::ui {

class DocumentEditorDialog;

/// Builds a document of the open database (DocumentBuilder, the one render path) and shows it in
/// the document editor for preview, printing, PDF and ODT. A failure is shown in a message box.
/// `journal` is given for orders (a draft can then be saved). The dialog deletes itself when
/// closed; it is returned (or null on failure) so that tests can look at it.
DocumentEditorDialog* openDocument(QWidget* parent,
                                   AppContext* context,
                                   DocumentKind kind,
                                   const QString& id,
                                   OrderRepository* journal = nullptr);

} // namespace nastavnik::ui
