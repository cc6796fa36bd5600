#include "documents/PageCanvas.h"

#include <QPagedPaintDevice>

namespace nastavnik::render {

PageCanvas::PageCanvas(QPagedPaintDevice* device, const QMarginsF& marginsMm, const QFont& pageNumberFont)
    : m_device(device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    // The margins are kept by the body below; a printer may keep hardware margins of its own.
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    const int dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const QRectF full = layout.fullRectPixels(dpi);
    const QRectF printable = layout.paintRectPixels(dpi);
    m_mm = dpi / 25.4;
    m_cssPixel = dpi / 96.0;
    const QMarginsF& m = marginsMm;
    // Painter coordinates start at the printable area; the body is placed on the paper.
    m_body = QRectF(m.left() * m_mm - printable.left(),
                    m.top() * m_mm - printable.top(),
                    full.width() - (m.left() + m.right()) * m_mm,
                    full.height() - (m.top() + m.bottom()) * m_mm);
    // Centred in the top margin, from the second page on (ГОСТ Р 7.0.97, 5.1).
    m_numberArea = QRectF(m_body.left(), -printable.top() + 8 * m_mm, m_body.width(), 8 * m_mm);
    m_numberFont = QFont(pageNumberFont, device);
}

Status PageCanvas::begin()
{
    if (!m_painter.begin(m_device))
        return Status::failure(tr("The printer or the file could not be prepared for drawing."));
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    return Status::success();
}

Status PageCanvas::end()
{
    if (!m_painter.end())
        return Status::failure(tr("The pages could not be finished."));
    return Status::success();
}

Status PageCanvas::newPage()
{
    if (!m_device->newPage()) {
        m_painter.end();
        return Status::failure(tr("Page %1 could not be started.").arg(m_page + 2));
    }
    ++m_page;
    m_y = 0;
    drawPageNumber();
    return Status::success();
}

void PageCanvas::drawPageNumber()
{
    m_painter.save();
    m_painter.setClipping(false);
    m_painter.setFont(m_numberFont);
    m_painter.setPen(Qt::black);
    m_painter.drawText(m_numberArea, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_page + 1));
    m_painter.restore();
}

} // namespace nastavnik::render
