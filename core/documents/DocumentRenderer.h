#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace nastavnik {

/// The one render path of documents: HTML → QTextDocument → pages. Print preview, the printer
/// (a QPrinter is a QPagedPaintDevice), the PDF file and the ODT file all take the same
/// QTextDocument, so what the user edited is exactly what is printed and exported.
///
/// The layout follows ГОСТ Р 7.0.97: A4; margins 20 mm left, 10 mm right, 20 mm top and bottom;
/// PT Serif 14 pt (12 pt in tables), falling back to Liberation Serif, then Times New Roman;
/// page numbers from the second page, centred in the top margin.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Margins in millimetres: left, top, right, bottom.
    static QMarginsF marginsMm() { return {20.0, 20.0, 10.0, 20.0}; }
    /// A4 portrait with the margins above (for a QPrinter's page setup).
    static QPageLayout pageLayout();

    /// The first installed of PT Serif, Liberation Serif, Times New Roman (a serif otherwise).
    /// Needs a QGuiApplication (fonts).
    static QString fontFamily();
    /// The style sheet the document HTML is read with (classes used by documents/Html.h).
    static QString styleSheet();

    /// A QTextDocument of `html` with the document font and style sheet. The HTML may be a
    /// generated document or one the user edited (QTextDocument::toHtml()).
    static std::unique_ptr<QTextDocument> createTextDocument(const QString& html, const QString& title = QString());

    /// Paints `document` page by page onto `device` (QPdfWriter, QPrinter) with the margins and
    /// the page numbers; the device's page size is set to A4 and its own margins to none
    /// (a printer's hardware margins are respected). Returns the number of pages painted.
    static Result<int> paint(const QTextDocument& document, QPagedPaintDevice* device);

    /// Writes a PDF (fonts embedded) through a temporary file in the same folder that
    /// replaces `path` only when complete.
    static Status writePdf(const QTextDocument& document, const QString& path);
    /// Writes an OpenDocument text file (A4, the margins above) the same way.
    static Status writeOdt(const QTextDocument& document, const QString& path);
    /// `writePdf` or `writeOdt` by the extension of `path` (.pdf / .odt); another extension
    /// is refused with a message.
    static Status write(const QTextDocument& document, const QString& path);
};

} // namespace nastavnik
