#include "documents/TablePainter.h"

#include "documents/PageCanvas.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik::render {
namespace {

/// One paragraph of a cell, laid out once for the device (and shared by the cells that read
/// the same: forms, statuses and terms repeat down a register).
struct Paragraph
{
    std::shared_ptr<const QTextLayout> layout;
    qreal height = 0;
    qreal top = 0; // from the top of the cell's content
};

/// What makes two paragraphs of the same width look the same.
struct ParagraphKey
{
    QString text;
    QList<int> formats; // block format, then start, length and format of each fragment
    int width = 0;

    bool operator==(const ParagraphKey&) const = default;
};

size_t qHash(const ParagraphKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.formats, key.width);
}

struct Cell
{
    // Moved, never copied (vectors of them reallocate by moving only when that cannot throw).
    Cell() = default;
    Cell(Cell&&) noexcept = default;
    Cell& operator=(Cell&&) noexcept = default;

    std::vector<Paragraph> paragraphs;
    qreal contentHeight = 0;
    QTextCharFormat::VerticalAlignment align = QTextCharFormat::AlignTop;
    QBrush background;
    qreal padTop = 0;
    qreal padBottom = 0;
    qreal padLeft = 0;
};

struct Row
{
    Row() = default;
    Row(Row&&) noexcept = default;
    Row& operator=(Row&&) noexcept = default;

    std::vector<Cell> cells;
    qreal height = 0; // the cells with their padding, without the borders
};

/// One line of a cell, for rows that go on over pages.
struct CellLine
{
    QTextLine line;
    qreal top = 0; // from the top of the cell's content
    qreal bottom = 0;
};

QList<qreal> percentages(const QTextTableFormat& format)
{
    QList<qreal> result;
    for (const QTextLength& length : format.columnWidthConstraints())
        result << length.rawValue();
    return result;
}

/// The text of a table's first row, to tell whether two tables share their header.
QStringList headerTexts(const QTextTable& table)
{
    QStringList texts;
    const int rows = std::min(table.format().headerRowCount(), table.rows());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            QString text;
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                text += it.currentBlock().text() + u'\n';
            texts << text;
        }
    }
    return texts;
}

class Painter
{
public:
    Painter(const QTextDocument& document, PageCanvas& canvas, const QFont& defaultFont, const QTextTable& first)
        : m_document(document)
        , m_canvas(canvas)
        , m_device(canvas.device())
        , m_css(canvas.cssPixel())
        , m_defaultFont(defaultFont)
    {
        const QTextTableFormat format = first.format();
        m_border = format.border() * m_css;
        m_padding = format.cellPadding() * m_css;
        m_topMargin = format.topMargin() * m_css;
        m_bottomMargin = format.bottomMargin() * m_css;
        m_breakBefore = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        m_breakAfter = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
        m_headerRows = std::min(format.headerRowCount(), first.rows());
        m_borderPen = QPen(format.hasProperty(QTextFormat::FrameBorderBrush) ? format.borderBrush() : QBrush(Qt::darkGray),
                           m_border, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);

        const QRectF& body = canvas.body();
        const qreal available = body.width() - (format.leftMargin() + format.rightMargin()) * m_css;
        const QTextLength width = format.width();
        const qreal tableWidth = width.type() == QTextLength::VariableLength ? available : std::min(available, width.value(available));
        qreal left = body.left() + format.leftMargin() * m_css;
        if (format.alignment() & Qt::AlignHCenter)
            left += (available - tableWidth) / 2;
        else if (format.alignment() & Qt::AlignRight)
            left += available - tableWidth;
        const QList<qreal> parts = percentages(format);
        qreal sum = 0;
        for (qreal p : parts)
            sum += p;
        m_edges.push_back(left);
        qreal share = 0;
        for (qreal p : parts) {
            share += p;
            m_edges.push_back(left + tableWidth * share / sum);
        }
    }

    Status paint(const QList<const QTextTable*>& tables)
    {
        widenToFitWords(tables);
        if (m_breakBefore && m_canvas.y() > 0) {
            if (Status s = m_canvas.newPage(); !s)
                return s;
        }
        if (m_canvas.y() > 0)
            m_canvas.setY(m_canvas.y() + m_topMargin);
        const QTextTable& first = *tables.first();
        for (int r = 0; r < m_headerRows; ++r) {
            m_header.push_back(layoutRow(first, r));
            m_headerHeight += m_border + m_header.back().height;
        }
        for (const QTextTable* table : tables) {
            const int from = table == &first ? m_headerRows : std::min(table->format().headerRowCount(), table->rows());
            for (int r = from; r < table->rows(); ++r) {
                if (Status s = place(layoutRow(*table, r)); !s)
                    return s;
            }
        }
        if (!m_started) {
            // A table of header rows only.
            if (Status s = startSegment(0); !s)
                return s;
        }
        closeSegment();
        m_canvas.setY(m_canvas.y() + m_border + m_bottomMargin);
        if (m_breakAfter)
            return m_canvas.newPage();
        return Status::success();
    }

private:
    /// As QTextDocument's table layout does, a column is never narrower than its longest word
    /// («22.09.2026», «Технологическая»): the width it lacks is taken from the columns with room
    /// to spare, in proportion to that room. Measured over the first rows only (a register of
    /// thousands of rows repeats the same kinds of words).
    void widenToFitWords(const QList<const QTextTable*>& tables)
    {
        const std::size_t columns = m_edges.size() - 1;
        std::vector<qreal> minimum(columns, 0);
        int rowsSeen = 0;
        for (const QTextTable* table : tables) {
            for (int r = 0; r < table->rows() && rowsSeen < kRowsMeasured; ++r, ++rowsSeen) {
                for (int c = 0; c < table->columns() && std::size_t(c) < columns; ++c)
                    minimum[c] = std::max(minimum[c], minimumWidth(table->cellAt(r, c)));
            }
        }
        std::vector<qreal> width(columns);
        qreal lacking = 0;
        qreal room = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            width[c] = m_edges[c + 1] - m_edges[c];
            if (width[c] < minimum[c])
                lacking += minimum[c] - width[c];
            else
                room += width[c] - minimum[c];
        }
        if (lacking <= 0 || room <= 0)
            return;
        const qreal take = std::min(1.0, lacking / room);
        for (std::size_t c = 0; c < columns; ++c) {
            if (width[c] < minimum[c])
                width[c] = minimum[c] - (lacking > room ? (minimum[c] - width[c]) * (1 - room / lacking) : 0);
            else
                width[c] -= (width[c] - minimum[c]) * take;
        }
        for (std::size_t c = 0; c < columns; ++c)
            m_edges[c + 1] = m_edges[c] + width[c];
    }

    /// The width of the cell's longest word with the cell's padding and a border.
    qreal minimumWidth(const QTextTableCell& tableCell) const
    {
        const QTextTableCellFormat format = tableCell.format().toTableCellFormat();
        auto padding = [&](QTextFormat::Property property) {
            return format.hasProperty(property) ? format.doubleProperty(property) * m_css : m_padding;
        };
        qreal widest = 0;
        for (auto it = tableCell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            const QTextBlockFormat blockFormat = block.blockFormat();
            const qreal margins = (blockFormat.leftMargin() + blockFormat.rightMargin()) * m_css
                + std::max<qreal>(0, blockFormat.textIndent() * m_css);
            for (auto f = block.begin(); !f.atEnd(); ++f) {
                const QTextFragment fragment = f.fragment();
                const QFontMetricsF metrics(QFont(fragment.charFormat().font().resolve(m_defaultFont), m_device));
                static const QRegularExpression spaces(u"[\\s\\x{2028}]+"_s);
                const QStringList words = fragment.text().split(spaces, Qt::SkipEmptyParts);
                for (const QString& word : words)
                    widest = std::max(widest, metrics.horizontalAdvance(word) + margins);
            }
        }
        return widest + padding(QTextFormat::TableCellLeftPadding) + padding(QTextFormat::TableCellRightPadding)
            + m_border + 1;
    }

    Row layoutRow(const QTextTable& table, int r)
    {
        Row row;
        row.cells.reserve(table.columns());
        for (int c = 0; c < table.columns(); ++c) {
            row.cells.push_back(layoutCell(table.cellAt(r, c), m_edges[c + 1] - m_edges[c]));
            const Cell& cell = row.cells.back();
            row.height = std::max(row.height, cell.padTop + cell.contentHeight + cell.padBottom);
        }
        return row;
    }

    Cell layoutCell(const QTextTableCell& tableCell, qreal columnWidth)
    {
        const QTextTableCellFormat format = tableCell.format().toTableCellFormat();
        auto padding = [&](QTextFormat::Property property) {
            return format.hasProperty(property) ? format.doubleProperty(property) * m_css : m_padding;
        };
        Cell cell;
        cell.padTop = padding(QTextFormat::TableCellTopPadding);
        cell.padBottom = padding(QTextFormat::TableCellBottomPadding);
        cell.padLeft = padding(QTextFormat::TableCellLeftPadding);
        const qreal padRight = padding(QTextFormat::TableCellRightPadding);
        cell.align = format.verticalAlignment();
        if (format.hasProperty(QTextFormat::BackgroundBrush))
            cell.background = format.background();
        const qreal width = std::max<qreal>(0, columnWidth - m_border - cell.padLeft - padRight);

        qreal y = 0;
        for (auto it = tableCell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            const QTextBlockFormat blockFormat = block.blockFormat();
            y += blockFormat.topMargin() * m_css;
            Paragraph paragraph;
            paragraph.top = y;
            ParagraphKey key{block.text(), {block.blockFormatIndex()}, int(width)};
            QList<QTextLayout::FormatRange> ranges;
            for (auto f = block.begin(); !f.atEnd(); ++f) {
                const QTextFragment fragment = f.fragment();
                ranges.append({fragment.position() - block.position(), fragment.length(), fragment.charFormat()});
                key.formats << ranges.last().start << ranges.last().length << fragment.charFormatIndex();
            }
            const bool shared = key.text.size() <= kSharedTextLength;
            if (const auto found = shared ? m_shared.constFind(key) : m_shared.cend(); found != m_shared.cend()) {
                paragraph.layout = found->first;
                paragraph.height = found->second;
            } else {
                // Formats hold what the HTML set (12 pt, bold); the rest is the document's font.
                const QFont font(block.charFormat().font().resolve(m_defaultFont), m_device);
                auto layout = std::make_shared<QTextLayout>(key.text, font, m_device);
                // Keeps the glyphs shaped for the layout: drawing would shape the text again.
                layout->setCacheEnabled(true);
                layout->setFormats(ranges);
                QTextOption option = m_document.defaultTextOption();
                option.setAlignment(blockFormat.alignment() & (Qt::AlignHorizontal_Mask | Qt::AlignAbsolute));
                layout->setTextOption(option);

                const qreal left = blockFormat.leftMargin() * m_css;
                const qreal lineWidth = std::max<qreal>(0, width - left - blockFormat.rightMargin() * m_css);
                const qreal indent = blockFormat.textIndent() * m_css;
                qreal height = 0;
                layout->beginLayout();
                for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                    const bool firstLine = line.lineNumber() == 0;
                    line.setLeadingIncluded(true);
                    line.setLineWidth(std::max<qreal>(0, lineWidth - (firstLine ? indent : 0)));
                    line.setPosition(QPointF(left + (firstLine ? indent : 0), height));
                    height += line.height();
                }
                layout->endLayout();
                paragraph.layout = layout;
                paragraph.height = height;
                if (shared) {
                    if (m_shared.size() >= kSharedLayouts)
                        m_shared.clear(); // repeats come close together: a fresh start is cheap
                    m_shared.insert(std::move(key), {paragraph.layout, height});
                }
            }
            y += paragraph.height + blockFormat.bottomMargin() * m_css;
            cell.paragraphs.push_back(std::move(paragraph));
        }
        cell.contentHeight = y;
        return cell;
    }

    /// Puts a row on the current page, or on the next one (with the header) when it does not fit.
    Status place(const Row& row)
    {
        const qreal pageHeight = m_canvas.body().height();
        const qreal need = m_border + row.height;
        if (!m_started) {
            // The header goes with the first row: never alone at the foot of a page.
            if (m_canvas.y() > 0 && m_canvas.y() + m_headerHeight + need + m_border > pageHeight) {
                if (Status s = m_canvas.newPage(); !s)
                    return s;
            }
            if (Status s = startSegment(m_canvas.y()); !s)
                return s;
        } else if (m_canvas.y() + need + m_border > pageHeight) {
            if (Status s = nextPage(); !s)
                return s;
        }
        if (m_canvas.y() + need + m_border > pageHeight)
            return placeSplit(row); // taller than a whole page
        drawRow(row, m_canvas.y(), 0);
        m_canvas.setY(m_canvas.y() + need);
        return Status::success();
    }

    /// A new part of the table on the current page from `top`: the header rows first.
    Status startSegment(qreal top)
    {
        m_started = true;
        m_segmentTop = top;
        m_canvas.setY(top);
        for (const Row& header : m_header) {
            drawRow(header, m_canvas.y(), 0);
            m_canvas.setY(m_canvas.y() + m_border + header.height);
        }
        return Status::success();
    }

    Status nextPage()
    {
        closeSegment();
        if (Status s = m_canvas.newPage(); !s)
            return s;
        return startSegment(0);
    }

    /// Draws the vertical lines of the part on this page and its bottom line.
    void closeSegment()
    {
        const QRectF& body = m_canvas.body();
        const qreal half = m_border / 2;
        const qreal top = body.top() + m_segmentTop + half;
        const qreal bottom = body.top() + m_canvas.y() + half;
        for (std::size_t i = 0; i < m_edges.size(); ++i) {
            const qreal x = i == 0 ? m_edges[i] + half : (i + 1 == m_edges.size() ? m_edges[i] - half : m_edges[i]);
            m_lines.append(QLineF(x, top, x, bottom));
        }
        m_lines.append(QLineF(m_edges.front() + half, bottom, m_edges.back() - half, bottom));
        QPainter& p = m_canvas.painter();
        p.save();
        p.setPen(m_borderPen);
        p.drawLines(m_lines);
        p.restore();
        m_lines.clear();
    }

    /// Draws a row whose top border is at `top` (from the top of the body); `skip` lines of
    /// content height are already on earlier pages (a row going on over pages).
    void drawRow(const Row& row, qreal top, qreal skip)
    {
        const QRectF& body = m_canvas.body();
        const qreal half = m_border / 2;
        m_lines.append(QLineF(m_edges.front() + half, body.top() + top + half, m_edges.back() - half, body.top() + top + half));
        QPainter& p = m_canvas.painter();
        p.setPen(Qt::black);
        const qreal rowTop = body.top() + top + m_border;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const Cell& cell = row.cells[c];
            const qreal x = m_edges[c] + m_border;
            if (cell.background.style() != Qt::NoBrush)
                p.fillRect(QRectF(x, rowTop, m_edges[c + 1] - x, row.height), cell.background);
            qreal offset = 0;
            const qreal free = row.height - cell.padTop - cell.padBottom - cell.contentHeight;
            if (skip == 0 && cell.align == QTextCharFormat::AlignMiddle)
                offset = free / 2;
            else if (skip == 0 && cell.align == QTextCharFormat::AlignBottom)
                offset = free;
            for (const Paragraph& paragraph : cell.paragraphs)
                paragraph.layout->draw(&p, QPointF(x + cell.padLeft, rowTop + cell.padTop + offset + paragraph.top - skip));
        }
    }

    /// A row taller than a page: its lines go on over as many pages as they need, each cell's
    /// lines flowing on their own; the header is repeated on every page.
    Status placeSplit(const Row& row)
    {
        std::vector<std::vector<CellLine>> lines(row.cells.size());
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            for (const Paragraph& paragraph : row.cells[c].paragraphs) {
                for (int i = 0; i < paragraph.layout->lineCount(); ++i) {
                    const QTextLine line = paragraph.layout->lineAt(i);
                    const qreal top = paragraph.top + line.y();
                    lines[c].push_back({line, top, top + line.height()});
                }
            }
        }
        std::vector<std::size_t> next(row.cells.size(), 0);
        QPainter& p = m_canvas.painter();
        const QRectF& body = m_canvas.body();
        for (;;) {
            const qreal top = m_canvas.y();
            const qreal room = body.height() - top - 2 * m_border;
            qreal used = 0;
            bool more = false;
            const qreal half = m_border / 2;
            m_lines.append(QLineF(m_edges.front() + half, body.top() + top + half, m_edges.back() - half, body.top() + top + half));
            p.setPen(Qt::black);
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const Cell& cell = row.cells[c];
                const qreal x = m_edges[c] + m_border + cell.padLeft;
                std::vector<CellLine>& cellLines = lines[c];
                if (next[c] >= cellLines.size())
                    continue;
                const qreal from = cellLines[next[c]].top;
                const qreal y0 = body.top() + top + m_border + cell.padTop;
                bool drew = false;
                while (next[c] < cellLines.size()) {
                    const CellLine& l = cellLines[next[c]];
                    if (drew && l.bottom - from > room - cell.padTop - cell.padBottom)
                        break;
                    // A line is drawn at its place in the paragraph: QTextLine adds its own y.
                    l.line.draw(&p, QPointF(x, y0 + l.top - from - l.line.y()));
                    used = std::max(used, cell.padTop + l.bottom - from + cell.padBottom);
                    drew = true;
                    ++next[c];
                }
                more = more || next[c] < cellLines.size();
            }
            m_canvas.setY(top + m_border + used);
            if (!more)
                return Status::success();
            if (Status s = nextPage(); !s)
                return s;
        }
    }

    const QTextDocument& m_document;
    PageCanvas& m_canvas;
    QPagedPaintDevice* m_device;
    qreal m_css;
    QFont m_defaultFont;
    qreal m_border = 0;
    qreal m_padding = 0;
    qreal m_topMargin = 0;
    qreal m_bottomMargin = 0;
    bool m_breakBefore = false;
    bool m_breakAfter = false;
    int m_headerRows = 0;
    QPen m_borderPen;
    std::vector<qreal> m_edges;
    std::vector<Row> m_header;
    qreal m_headerHeight = 0;
    bool m_started = false;
    qreal m_segmentTop = 0;
    QList<QLineF> m_lines;
    QHash<ParagraphKey, std::pair<std::shared_ptr<const QTextLayout>, qreal>> m_shared;
    static constexpr qsizetype kSharedTextLength = 40;
    static constexpr int kRowsMeasured = 400;
    static constexpr qsizetype kSharedLayouts = 2000;
};

} // namespace

bool TablePainter::canPaint(const QTextTable& table)
{
    const QTextTableFormat format = table.format();
    if (format.border() <= 0 || !format.borderCollapse() || format.cellSpacing() != 0 || table.rows() == 0
        || format.background().style() != Qt::NoBrush || format.columnWidthConstraints().size() != table.columns())
        return false;
    for (const QTextLength& length : format.columnWidthConstraints()) {
        if (length.type() != QTextLength::PercentageLength || length.rawValue() <= 0)
            return false;
    }
    // Nested tables and frames are frames of the table; images and lists are formats of the
    // document: only when it has some are the cells looked into one by one.
    if (!table.childFrames().isEmpty())
        return false;
    bool imagesOrLists = false;
    for (const QTextFormat& f : table.document()->allFormats())
        imagesOrLists = imagesOrLists || f.isImageFormat() || f.isListFormat();
    for (int r = 0; r < table.rows(); ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (cell.rowSpan() != 1 || cell.columnSpan() != 1)
                return false;
            if (!imagesOrLists)
                continue;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (block.textList())
                    return false;
                for (auto f = block.begin(); !f.atEnd(); ++f) {
                    if (f.fragment().charFormat().isImageFormat())
                        return false;
                }
            }
        }
    }
    return true;
}

bool TablePainter::continues(const QTextTable& table, const QTextTable& next)
{
    const QTextTableFormat a = table.format();
    const QTextTableFormat b = next.format();
    return a.bottomMargin() == 0 && b.topMargin() == 0 && !(b.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        && !(a.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter) && table.columns() == next.columns()
        && a.headerRowCount() == b.headerRowCount() && percentages(a) == percentages(b) && a.border() == b.border()
        && a.cellPadding() == b.cellPadding() && headerTexts(table) == headerTexts(next);
}

TablePainter::TablePainter(const QTextDocument& document, PageCanvas& canvas)
    : m_document(document)
    , m_canvas(canvas)
    , m_defaultFont(document.defaultFont())
{
}

Status TablePainter::paint(const QList<const QTextTable*>& parts)
{
    if (parts.isEmpty())
        return Status::success();
    Painter painter(m_document, m_canvas, m_defaultFont, *parts.first());
    return painter.paint(parts);
}

} // namespace nastavnik::render
