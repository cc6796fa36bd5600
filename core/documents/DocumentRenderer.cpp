#include "documents/DocumentRenderer.h"

#include "documents/OdtPageStyle.h"
#include "documents/PageCanvas.h"
#include "documents/TablePainter.h"

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
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QTextDocumentWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

constexpr qreal kBodyPointSize = 14.0;
constexpr qreal kPageNumberPointSize = 12.0;
/// The room a table's header and first row need below the paragraph that leads into it.
constexpr qreal kLeadIntoTableMm = 30.0;

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
    // 1.25 cm paragraph indent = 47 px. Cells take the font size and the border colour from
    // their table: a rule per cell (`table.grid td`) makes reading a register of thousands of
    // rows markedly slower. Cells are top-aligned unless told otherwise.
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
table.grid { border-collapse: collapse; border-style: solid; border-color: #000000; margin-top: 6px; margin-bottom: 6px; font-size: 12pt; }
th { font-weight: bold; text-align: center; vertical-align: middle; }
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

namespace {

/// A part of a document painted in one go: flowing text (laid out by QTextDocument) or a
/// bordered table (painted by the TablePainter), in the order of the document.
struct Part
{
    int from = 0; ///< flow: the range of the document's text
    int to = 0;
    QList<const QTextTable*> tables; ///< table: the table and the parts that continue it

    bool isTable() const { return !tables.isEmpty(); }
};

/// True when the blocks of [from, to) show nothing: the empty paragraph QTextDocument keeps
/// after every table.
bool blank(const QTextDocument& document, int from, int to)
{
    for (QTextBlock b = document.findBlock(from); b.isValid() && b.position() < to; b = b.next()) {
        if (b.length() > 1 || b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            return false;
    }
    return true;
}

/// The document cut into parts: tables the TablePainter can paint, and the text between them.
QList<Part> partsOf(const QTextDocument& document)
{
    QList<Part> parts;
    auto addFlow = [&](int from, int to) {
        if (!parts.isEmpty() && !parts.last().isTable())
            parts.last().to = to;
        else
            parts.append(Part{from, to, {}});
    };
    const QTextFrame* root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame* frame = it.currentFrame()) {
            const auto* table = qobject_cast<const QTextTable*>(frame);
            if (table && render::TablePainter::canPaint(*table)) {
                // A table written in parts goes on across the empty paragraph between them.
                if (parts.size() >= 2 && parts.at(parts.size() - 2).isTable() && !parts.last().isTable()
                    && blank(document, parts.last().from, parts.last().to)
                    && render::TablePainter::continues(*parts.at(parts.size() - 2).tables.last(), *table)) {
                    parts.removeLast();
                    parts.last().tables.append(table);
                } else if (!parts.isEmpty() && parts.last().isTable()
                           && render::TablePainter::continues(*parts.last().tables.last(), *table)) {
                    parts.last().tables.append(table);
                } else {
                    parts.append(Part{0, 0, {table}});
                }
                continue;
            }
            addFlow(frame->firstPosition() - 1, frame->lastPosition() + 1);
        } else {
            const QTextBlock block = it.currentBlock();
            addFlow(block.position(), block.position() + block.length());
        }
    }
    return parts;
}

/// The layout scales margins, paddings and borders from 96 dpi to the device, but not the
/// first-line indent of paragraphs; scale it (before anything is laid out for the device) so
/// that 1.25 cm stays 1.25 cm on paper.
void scaleIndents(QTextDocument& doc, qreal scale)
{
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.textIndent() != 0) {
            format.setTextIndent(format.textIndent() * scale);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }
    cursor.endEditBlock();
}

/// Lays out `doc` for the canvas and paints its pages from the canvas's position on: when the
/// position is below the top of the page (text after a table), an empty paragraph of that
/// height comes first, so that the text flows on from there. `tableFollows`: a table is painted
/// right after it.
Status paintFlow(QTextDocument& doc, render::PageCanvas& canvas, bool tableFollows = false)
{
    const qreal scale = canvas.cssPixel();
    scaleIndents(doc, scale);
    doc.setDocumentMargin(0);
    const qreal offset = canvas.y();
    if (offset > 0) {
        QTextCursor cursor(&doc);
        cursor.insertBlock(doc.begin().blockFormat(), doc.begin().charFormat());
        QTextBlockFormat spacer;
        spacer.setLineHeight(offset / scale, QTextBlockFormat::FixedHeight); // scaled back by the layout
        QTextCursor(doc.begin()).setBlockFormat(spacer);
    }
    doc.documentLayout()->setPaintDevice(canvas.device());
    const QRectF& body = canvas.body();
    doc.setPageSize(body.size());
    if (tableFollows) {
        // The paragraph that leads into a table (a heading, «…:») is never left alone at the
        // foot of a page: when the table's header and first row could not follow it there, it
        // starts the next page with them.
        const QTextBlock last = doc.lastBlock();
        const QRectF rect = doc.documentLayout()->blockBoundingRect(last);
        const qreal pageTop = std::floor(rect.top() / body.height()) * body.height();
        if (rect.top() > pageTop + 1 && pageTop + body.height() - rect.bottom() < kLeadIntoTableMm * canvas.millimetre()) {
            QTextBlockFormat format = last.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(last).setBlockFormat(format);
        }
    }
    const int pages = doc.pageCount();

    QPainter& painter = canvas.painter();
    const qreal mm = canvas.millimetre();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            if (Status s = canvas.newPage(); !s)
                return s;
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        // A line that starts exactly at the page boundary belongs to the next page; a slightly
        // smaller culling rectangle keeps it from being drawn (clipped, yet present in the PDF's
        // text) at the foot of this one.
        context.clip = clip.adjusted(0, mm, 0, -mm);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    // Where the next part goes on: below the last paragraph and its margin.
    const QTextBlock last = doc.lastBlock();
    const qreal bottom = doc.documentLayout()->blockBoundingRect(last).bottom() + last.blockFormat().bottomMargin() * scale;
    canvas.setY(std::max<qreal>(0, bottom - (pages - 1) * body.height()));
    return Status::success();
}

/// A part of `document` as a document of its own, with the same fonts and settings.
std::unique_ptr<QTextDocument> extract(const QTextDocument& document, int from, int to)
{
    auto part = std::make_unique<QTextDocument>();
    part->setDefaultFont(document.defaultFont());
    part->setDefaultTextOption(document.defaultTextOption());
    part->setUndoRedoEnabled(false);
    // QTextCursor needs a non-const document; selecting only reads it.
    QTextCursor selection(const_cast<QTextDocument*>(&document));
    selection.setPosition(from);
    // The paragraph separator that ends the part would add an empty paragraph of its own.
    selection.setPosition(std::max(from, std::min(to, document.characterCount()) - 1), QTextCursor::KeepAnchor);
    QTextCursor(part.get()).insertFragment(QTextDocumentFragment(selection));
    // The first paragraph takes the place of the empty one a new document starts with:
    // give it its own format (margins, alignment, page break) back.
    QTextCursor(part->begin()).setBlockFormat(document.findBlock(from).blockFormat());
    return part;
}

} // namespace

Result<int> DocumentRenderer::paint(const QTextDocument& document, QPagedPaintDevice* device)
{
    if (!device)
        return Result<int>::failure(tr("There is nothing to print on."));
    QFont numberFont(fontFamily());
    numberFont.setPointSizeF(kPageNumberPointSize);
    render::PageCanvas canvas(device, marginsMm(), numberFont);
    if (Status s = canvas.begin(); !s)
        return s;

    const QList<Part> parts = partsOf(document);
    render::TablePainter tables(document, canvas);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part& part = parts.at(i);
        Status s = Status::success();
        if (part.isTable()) {
            s = tables.paint(part.tables);
        } else if (parts.size() == 1) {
            // No table to paint apart: the whole document at once.
            std::unique_ptr<QTextDocument> doc(document.clone());
            s = paintFlow(*doc, canvas);
        } else if (i + 1 == parts.size() && i > 0 && blank(document, part.from, part.to)) {
            continue; // the empty paragraph after a closing table shows nothing
        } else {
            std::unique_ptr<QTextDocument> doc = extract(document, part.from, part.to);
            s = paintFlow(*doc, canvas, i + 1 < parts.size() && parts.at(i + 1).isTable());
        }
        if (!s) {
            canvas.painter().end();
            return s;
        }
    }
    if (Status s = canvas.end(); !s)
        return s;
    return canvas.pageCount();
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
