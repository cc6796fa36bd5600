#include "roadmap/RoadmapTimeline.h"

#include "util/Dates.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

constexpr int kLabelWidth = 400;
constexpr int kMonthWidth = 74;
constexpr int kHeader = 44;
constexpr int kRow = 24;

QColor statusColor(const RoadmapActivity& a, const QDate& today)
{
    if (a.isOverdueOn(today))
        return QColor(0xc6, 0x28, 0x28);
    if (a.status == u"done")
        return QColor(0x5a, 0x9e, 0x4b);
    if (a.status == u"in_progress")
        return QColor(0x2c, 0x5d, 0x87);
    if (a.status == u"cancelled")
        return QColor(0xc3, 0xc8, 0xce);
    return QColor(0x8f, 0xb3, 0xd3);
}

} // namespace

RoadmapTimeline::RoadmapTimeline(QWidget* parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
}

void RoadmapTimeline::setRoadmap(const Roadmap& roadmap, const QDate& today)
{
    m_roadmap = roadmap;
    m_today = today;
    m_rows.clear();
    for (int s = 0; s < roadmap.stages.size(); ++s) {
        m_rows << Row{s, -1};
        for (int a = 0; a < roadmap.stages.at(s).activities.size(); ++a)
            m_rows << Row{s, a};
    }
    const QDate start = roadmap.start().isValid() ? roadmap.start() : QDate(roadmap.year > 0 ? roadmap.year : today.year(), 9, 1);
    QDate end = roadmap.end().isValid() ? roadmap.end() : start.addMonths(10);
    m_first = QDate(start.year(), start.month(), 1);
    m_months = 0;
    for (QDate m = m_first; m <= end; m = m.addMonths(1))
        ++m_months;
    m_months = std::max(m_months, 1);
    updateGeometry();
    update();
}

QSize RoadmapTimeline::sizeHint() const
{
    return {kLabelWidth + m_months * kMonthWidth + 8, kHeader + int(m_rows.size()) * kRow + 8};
}

QSize RoadmapTimeline::minimumSizeHint() const
{
    return sizeHint();
}

qreal RoadmapTimeline::xOf(const QDate& date) const
{
    if (!date.isValid())
        return kLabelWidth;
    const int months = (date.year() - m_first.year()) * 12 + date.month() - m_first.month();
    return kLabelWidth + months * kMonthWidth + qreal(date.day() - 1) / date.daysInMonth() * kMonthWidth;
}

void RoadmapTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int right = kLabelWidth + m_months * kMonthWidth;
    const int bottom = kHeader + int(m_rows.size()) * kRow;

    // Months and years across the top; a light band for every other month.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);
    const QLocale locale;
    for (int i = 0; i < m_months; ++i) {
        const QDate month = m_first.addMonths(i);
        const QRect column(kLabelWidth + i * kMonthWidth, kHeader, kMonthWidth, bottom - kHeader);
        if (i % 2 == 1)
            p.fillRect(column, QColor(0xf6, 0xf7, 0xf9));
        p.setPen(QColor(0xdf, 0xe3, 0xe8));
        p.drawLine(column.topLeft(), column.bottomLeft());
        p.setPen(pal.color(QPalette::Text));
        p.setFont(small);
        p.drawText(QRect(column.left(), 22, kMonthWidth, 20), Qt::AlignCenter,
                   locale.standaloneMonthName(month.month(), QLocale::ShortFormat));
        if (i == 0 || month.month() == 1) {
            p.setFont(bold);
            p.drawText(QRect(column.left() + 4, 2, kMonthWidth * 3, 20), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(month.year()));
        }
    }
    p.setPen(QColor(0xc3, 0xc8, 0xce));
    p.drawLine(0, kHeader, right, kHeader);

    const QFontMetrics fm(font());
    const QFontMetrics bfm(bold);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        const int y = kHeader + r * kRow;
        const RoadmapStage& stage = m_roadmap.stages.at(row.stage);
        if (row.activity < 0) {
            p.fillRect(QRect(0, y, right, kRow), QColor(0xee, 0xf1, 0xf4));
            p.setFont(bold);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(6, y, kLabelWidth - 12, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                       bfm.elidedText(u"%1. %2"_s.arg(row.stage + 1).arg(stage.title), Qt::ElideRight, kLabelWidth - 12));
            if (stage.start().isValid()) {
                const qreal x1 = xOf(stage.start());
                const qreal x2 = xOf(stage.end().addDays(1));
                p.fillRect(QRectF(x1, y + kRow / 2.0 - 3, std::max<qreal>(3, x2 - x1), 6), QColor(0x4a, 0x55, 0x60));
            }
            continue;
        }
        const RoadmapActivity& a = stage.activities.at(row.activity);
        if (a.id == m_selected && !a.id.isEmpty())
            p.fillRect(QRect(0, y, right, kRow), pal.color(QPalette::Highlight).lighter(180));
        p.setFont(font());
        p.setPen(a.isOverdueOn(m_today) ? QColor(0xb0, 0x1e, 0x1e) : pal.color(QPalette::Text));
        const QString label = u"%1.%2  %3"_s.arg(row.stage + 1).arg(row.activity + 1).arg(a.title);
        p.drawText(QRect(22, y, kLabelWidth - 28, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, kLabelWidth - 28));
        if (a.start.isValid() || a.end.isValid()) {
            const QDate from = a.start.isValid() ? a.start : a.end;
            const QDate to = a.end.isValid() ? a.end : a.start;
            const qreal x1 = xOf(from);
            const qreal x2 = xOf(to.addDays(1));
            const QRectF bar(x1, y + 5, std::max<qreal>(4, x2 - x1), kRow - 10);
            p.setPen(Qt::NoPen);
            p.setBrush(statusColor(a, m_today));
            p.drawRoundedRect(bar, 3, 3);
        }
        p.setPen(QColor(0xee, 0xf0, 0xf2));
        p.drawLine(0, y + kRow - 1, right, y + kRow - 1);
    }
    p.setPen(QColor(0xc3, 0xc8, 0xce));
    p.drawLine(kLabelWidth, 0, kLabelWidth, bottom);

    // Today.
    if (m_today.isValid() && m_today >= m_first && m_today < m_first.addMonths(m_months)) {
        const qreal x = xOf(m_today) + kMonthWidth / 62.0;
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, kHeader - 4), QPointF(x, bottom));
        p.setFont(small);
        p.drawText(QRectF(x + 3, kHeader - 2, 120, 14), Qt::AlignLeft | Qt::AlignTop, tr("today"));
    }
}

QString RoadmapTimeline::activityAt(const QPoint& pos) const
{
    const int r = (pos.y() - kHeader) / kRow;
    if (pos.y() < kHeader || r < 0 || r >= m_rows.size())
        return {};
    const Row& row = m_rows.at(r);
    if (row.activity < 0)
        return {};
    return m_roadmap.stages.at(row.stage).activities.at(row.activity).id;
}

bool RoadmapTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString id = activityAt(help->pos());
        for (const RoadmapStage& stage : m_roadmap.stages) {
            for (const RoadmapActivity& a : stage.activities) {
                if (a.id == id && !id.isEmpty()) {
                    QToolTip::showText(help->globalPos(),
                                       tr("%1\n%2 – %3").arg(a.title, dates::toDisplay(a.start), dates::toDisplay(a.end)),
                                       this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void RoadmapTimeline::mousePressEvent(QMouseEvent* event)
{
    const QString id = activityAt(event->position().toPoint());
    m_selected = id;
    update();
    if (!id.isEmpty())
        emit activityClicked(id);
}

void RoadmapTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = activityAt(event->position().toPoint());
    if (!id.isEmpty())
        emit activityActivated(id);
}

} // namespace nastavnik::ui
