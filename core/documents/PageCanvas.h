#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>

class QPagedPaintDevice;

namespace nastavnik::render {

/// The pages of one document as DocumentRenderer paints them (internal to core/documents): the
/// text body of every page inside the margins, the position reached on the current page, and
/// new pages with their numbers. The parts of a document (flowing text, long tables) are
/// painted one after another onto the same canvas, so page numbers and positions continue.
class PageCanvas
{
    // Its messages are those of DocumentRenderer (one translation context).
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Sets the device to A4 portrait without margins of its own (the body keeps the margins).
    PageCanvas(QPagedPaintDevice* device, const QMarginsF& marginsMm, const QFont& pageNumberFont);

    Status begin();
    Status end();

    QPainter& painter() { return m_painter; }
    QPagedPaintDevice* device() const { return m_device; }
    /// The text body of a page in painter coordinates.
    const QRectF& body() const { return m_body; }
    /// Device pixels per CSS pixel (1/96 inch): lengths in the documents' HTML are CSS pixels.
    qreal cssPixel() const { return m_cssPixel; }
    qreal millimetre() const { return m_mm; }

    /// How far the body of the current page is filled, from its top.
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    /// The height left on the current page.
    qreal remaining() const { return m_body.height() - m_y; }

    /// Starts the next page (numbered from the second on); the position goes to its top.
    Status newPage();
    /// Pages started so far.
    int pageCount() const { return m_page + 1; }

private:
    void drawPageNumber();

    QPagedPaintDevice* m_device;
    QPainter m_painter;
    QFont m_numberFont;
    QRectF m_body;
    QRectF m_numberArea;
    qreal m_cssPixel = 1;
    qreal m_mm = 1;
    qreal m_y = 0;
    int m_page = 0;
};

} // namespace nastavnik::render
