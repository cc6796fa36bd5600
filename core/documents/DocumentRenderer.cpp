#include "documents/DocumentRenderer.h"

#include "documents/OdtPageStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

constexpr qreal kBodyPointSize = 14.0;
constexpr qreal kPageNumberPointSize = 12.0;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QPageLayout DocumentRenderer::pageLayout()
{
    const QMarginsF m = marginsMm();
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, m, QPageLayout::Millimeter);
}

QString DocumentRenderer::fontFamily()
{
    static const QString family = [] {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return u"PT Serif"_s;
        const QStringList installed = QFontDatabase::families();
        for (const QString& candidate : {u"PT Serif"_s, u"Liberation Serif"_s, u"Times New Roman"_s}) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QString DocumentRenderer::styleSheet()
{
    // Lengths in px are 1/96 inch on every device (QTextDocumentLayout scales them):
    // 1.25 cm paragraph indent = 47 px.
    return uR"(
p { margin-top: 0px; margin-bottom: 0px; }
p.text { text-align: justify; text-indent: 47px; }
p.plain { text-align: justify; }
p.left { text-align: left; }
p.center { text-align: center; }
p.right { text-align: right; }
p.org { text-align: center; font-weight: bold; }
p.kind { text-align: center; font-weight: bold; font-size: 16pt; margin-top: 12px; margin-bottom: 12px; }
p.title { text-align: center; font-weight: bold; margin-top: 6px; }
p.subtitle { text-align: center; margin-bottom: 6px; }
p.heading { text-align: left; font-weight: bold; margin-right: 280px; margin-top: 16px; margin-bottom: 16px; }
p.order { text-align: left; font-weight: bold; margin-top: 10px; margin-bottom: 6px; }
p.section { text-align: left; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
p.space { margin-top: 24px; }
p.small { font-size: 11pt; }
table.grid { border-collapse: collapse; border-style: solid; border-color: #000000; margin-top: 6px; margin-bottom: 6px; }
table.grid td, table.grid th { font-size: 12pt; border-color: #000000; }
table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
table.grid td { vertical-align: top; }
table.line { border-style: none; }
table.signature { border-style: none; margin-top: 36px; }
)"_s;
}

std::unique_ptr<QTextDocument> DocumentRenderer::createTextDocument(const QString& html, const QString& title)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(fontFamily());
    font.setPointSizeF(kBodyPointSize);
    font.setStyleHint(QFont::Serif);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(styleSheet());
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    if (!title.isEmpty())
        doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

Result<int> DocumentRenderer::paint(const QTextDocument& document, QPagedPaintDevice* device)
{
    if (!device)
        return Result<int>::failure(tr("There is nothing to print on."));
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    // The margins are kept by the layout below; a printer may keep hardware margins of its own.
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    const int dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const QRectF full = layout.fullRectPixels(dpi);
    const QRectF printable = layout.paintRectPixels(dpi);
    const qreal mm = dpi / 25.4;
    const QMarginsF m = marginsMm();
    // Painter coordinates start at the printable area; the body is placed on the paper.
    const QRectF body(m.left() * mm - printable.left(),
                      m.top() * mm - printable.top(),
                      full.width() - (m.left() + m.right()) * mm,
                      full.height() - (m.top() + m.bottom()) * mm);

    std::unique_ptr<QTextDocument> doc(document.clone());
    // The layout scales margins, paddings and borders from 96 dpi to the device, but not the
    // first-line indent of paragraphs; scale it (before anything is laid out for the device)
    // so that 1.25 cm stays 1.25 cm on paper.
    const qreal scale = dpi / 96.0;
    {
        QTextCursor cursor(doc.get());
        cursor.beginEditBlock();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.textIndent() != 0) {
                format.setTextIndent(format.textIndent() * scale);
                cursor.setPosition(block.position());
                cursor.setBlockFormat(format);
            }
        }
        cursor.endEditBlock();
    }
    doc->setDocumentMargin(0);
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(body.size());

    QPainter painter;
    if (!painter.begin(device))
        return Result<int>::failure(tr("The printer or the file could not be prepared for drawing."));
    painter.setRenderHint(QPainter::TextAntialiasing);

    QFont numberFont(fontFamily());
    numberFont.setPointSizeF(kPageNumberPointSize);

    const int pages = doc->pageCount();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Result<int>::failure(tr("Page %1 could not be started.").arg(page + 1));
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        // A line that starts exactly at the page boundary belongs to the next page; a slightly
        // smaller culling rectangle keeps it from being drawn (clipped, yet present in the PDF's
        // text) at the foot of this one.
        context.clip = clip.adjusted(0, mm, 0, -mm);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0) {
            // Centred in the top margin, from the second page on (ГОСТ Р 7.0.97, 5.1).
            painter.save();
            painter.setFont(QFont(numberFont, device));
            painter.setPen(Qt::black);
            const QRectF numberArea(body.left(), -printable.top() + 8 * mm, body.width(), 8 * mm);
            painter.drawText(numberArea, Qt::AlignHCenter | Qt::AlignTop, QString::number(page + 1));
            painter.restore();
        }
    }
    if (!painter.end())
        return Result<int>::failure(tr("The pages could not be finished."));
    return pages;
}

Status DocumentRenderer::writePdf(const QTextDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(tr("«%1» could not be written: %2. Choose another folder or file name.")
                                   .arg(nativePath(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(u"Nastavnik"_s);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        const Result<int> pages = paint(document, &writer);
        if (!pages) {
            file.cancelWriting();
            return pages.status();
        }
    }
    if (!file.commit()) {
        return Status::failure(tr("«%1» could not be written: %2. Choose another folder or file name.")
                                   .arg(nativePath(path), file.errorString()));
    }
    return Status::success();
}

Status DocumentRenderer::writeOdt(const QTextDocument& document, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Status::failure(tr("The document could not be converted to OpenDocument text."));
    buffer.close();
    const Result<QByteArray> odt = odt::withPageStyle(buffer.data(), pageLayout());
    if (!odt)
        return odt.status();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt.value()) != odt->size() || !file.commit()) {
        return Status::failure(tr("«%1» could not be written: %2. Choose another folder or file name.")
                                   .arg(nativePath(path), file.errorString()));
    }
    return Status::success();
}

Status DocumentRenderer::write(const QTextDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return writePdf(document, path);
    if (suffix == u"odt")
        return writeOdt(document, path);
    return Status::failure(tr("«%1»: documents are saved as PDF (.pdf) or OpenDocument text (.odt). "
                              "Give the file one of these extensions.")
                               .arg(nativePath(path)));
}

} // namespace nastavnik
