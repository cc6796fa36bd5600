#include "pairs/OrderLinks.h"

#include "documents/DocumentEditorDialog.h"
#include "documents/DocumentSettings.h"
#include "documents/OrderRepository.h"
#include "storage/DatasetRepository.h"
#include "widgets/MessageBox.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

/// Keeps the journal the dialog saves to alive exactly as long as the dialog.
class JournalHolder : public QObject
{
public:
    explicit JournalHolder(const QSqlDatabase& db)
        : journal(db)
    {
    }
    OrderRepository journal;
};

Result<Document> build(AppContext* context, DocumentKind kind, const QString& id)
{
    Result<Dataset> data = DatasetRepository(context->connection()).load();
    if (!data)
        return data.status();
    const Result<DocumentSettings> settings = DocumentSettingsRepository(context->connection()).load();
    if (!settings)
        return settings.status();
    const DocumentBuilder builder(std::move(data).value(), settings.value(), context->today());
    return builder.build(kind, id);
}

} // namespace

DocumentEditorDialog* OrderLinks::openOrder(AppContext* context, const QString& orderId, QWidget* parent)
{
    if (!context || orderId.isEmpty())
        return nullptr;
    auto holder = std::make_unique<JournalHolder>(context->connection());
    const Result<Order> order = holder->journal.load(orderId);
    if (!order) {
        MessageBox::warning(parent, tr("Open the order"), order.error());
        return nullptr;
    }
    const Result<Document> document = build(context, DocumentKind::Order, orderId);
    if (!document) {
        MessageBox::warning(parent, tr("Open the order"), document.error());
        return nullptr;
    }
    const bool readOnly = !orderstate::isEditable(order->status);
    auto* dialog = new DocumentEditorDialog(document.value(), &holder->journal, readOnly, parent);
    holder.release()->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 760);
    QObject::connect(dialog, &DocumentEditorDialog::saved, context, &AppContext::notifyDataChanged);
    dialog->show();
    return dialog;
}

DocumentEditorDialog*
OrderLinks::openDocument(AppContext* context, DocumentKind kind, const QString& id, QWidget* parent)
{
    if (!context || id.isEmpty())
        return nullptr;
    const Result<Document> document = build(context, kind, id);
    if (!document) {
        MessageBox::warning(parent, tr("Open the document"), document.error());
        return nullptr;
    }
    auto* dialog = new DocumentEditorDialog(document.value(), nullptr, false, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 760);
    dialog->show();
    return dialog;
}

} // namespace nastavnik::ui
