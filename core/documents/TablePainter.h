#pragma once

#include "util/Result.h"

#include <QFont>
#include <QList>

class QTextDocument;
class QTextTable;

namespace nastavnik::render {

class PageCanvas;

/// Paints the bordered tables of documents (lists of pairs, registers, acknowledgement sheets)
/// row by row onto a PageCanvas, internal to DocumentRenderer.
///
/// QTextDocument's own table layout measures every cell several times and grows worse than
/// linearly with the rows: a register of thousands of pairs took half a minute. Here each cell
/// is one QTextLayout per paragraph, laid out once; a row goes to the next page when it does
/// not fit, the header rows are repeated at the top of every page, borders are drawn as one
/// grid per page. The look is that of the same table laid out by QTextDocument: the widths of
/// the columns, the cell padding, collapsed borders, fonts, alignment.
class TablePainter
{
public:
    /// True when `table` can be painted here: bordered with collapsed borders and no spacing,
    /// columns in percent, and cells of plain paragraphs (no nested tables or frames, no
    /// images or lists, no merged cells, no background of the whole table).
    static bool canPaint(const QTextTable& table);

    /// True when `next` goes on with `table` as one table: the same columns and header, and
    /// glued to it (no margin between them). Long tables are written in parts of some hundred
    /// rows that QTextDocument (the editor) lays out far faster than one huge table.
    static bool continues(const QTextTable& table, const QTextTable& next);

    TablePainter(const QTextDocument& document, PageCanvas& canvas);

    /// Paints `parts` (a table and the parts that continue it) as one table from the canvas's
    /// position on, with new pages as needed; the position ends below the table.
    Status paint(const QList<const QTextTable*>& parts);

private:
    const QTextDocument& m_document;
    PageCanvas& m_canvas;
    QFont m_defaultFont;
};

} // namespace nastavnik::render
