#include "documents/DocumentOpener.h"

#include "documents/DocumentEditorDialog.h"
#include "documents/DocumentSettings.h"
#include "documents/OrderRepository.h"
#include "storage/DatasetRepository.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>

namespace nastavnik::ui {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOpener)
};
} // namespace

DocumentEditorDialog* openDocument(QWidget* parent, AppContext* context, DocumentKind kind, const QString& id,
                                   OrderRepository* journal)
{
    if (!context)
        return nullptr;
    const Result<Dataset> data = DatasetRepository(context->connection()).load();
    const Result<DocumentSettings> settings = DocumentSettingsRepository(context->connection()).load();
    if (!data || !settings) {
        MessageBox::critical(parent, Text::tr("Document"), !data ? data.error() : settings.error());
        return nullptr;
    }
    const DocumentBuilder builder(data.value(), settings.value(), context->today());
    const Result<Document> document = builder.build(kind, id);
    if (!document) {
        MessageBox::warning(parent, Text::tr("Document"), document.error());
        return nullptr;
    }
    bool readOnly = false;
    if (kind == DocumentKind::Order) {
        for (const Order& o : data->orders) {
            if (o.id == id)
                readOnly = !orderstate::isEditable(o.status);
        }
    }
    auto* dialog = new DocumentEditorDialog(document.value(), kind == DocumentKind::Order ? journal : nullptr, readOnly, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &DocumentEditorDialog::saved, context, &AppContext::notifyDataChanged);
    dialog->show();
    return dialog;
}

} // namespace nastavnik::ui
