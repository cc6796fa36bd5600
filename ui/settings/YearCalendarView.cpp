#include "settings/YearCalendarView.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr int kColumns = 4;
constexpr int kRows = 3;
constexpr int kGap = 14;

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}
} // namespace

YearCalendarView::YearCalendarView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearCalendarView::setYear(const CalendarYear& year)
{
    m_year = year;
    m_nonWorking = QSet<QDate>(year.nonWorking.cbegin(), year.nonWorking.cend());
    m_working = QSet<QDate>(year.working.cbegin(), year.working.cend());
    if (!m_focus.isValid() || m_focus.year() != year.year)
        m_focus = QDate(year.year, 1, 1);
    update();
}

CalendarYear YearCalendarView::year() const
{
    CalendarYear y = m_year;
    y.nonWorking = QList<QDate>(m_nonWorking.cbegin(), m_nonWorking.cend());
    y.working = QList<QDate>(m_working.cbegin(), m_working.cend());
    std::sort(y.nonWorking.begin(), y.nonWorking.end());
    std::sort(y.working.begin(), y.working.end());
    return y;
}

void YearCalendarView::setEditable(bool editable)
{
    m_editable = editable;
    setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(editable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

bool YearCalendarView::isWorkingDay(const QDate& date) const
{
    return isWeekend(date) ? m_working.contains(date) : !m_nonWorking.contains(date);
}

bool YearCalendarView::toggle(const QDate& date)
{
    if (!date.isValid() || date.year() != m_year.year || WorkCalendar::isHoliday(date))
        return false;
    QSet<QDate>& set = isWeekend(date) ? m_working : m_nonWorking;
    if (set.contains(date))
        set.remove(date);
    else
        set.insert(date);
    update();
    emit toggled(date);
    return true;
}

int YearCalendarView::cellSize() const
{
    return std::max(18, fontMetrics().height() + 3);
}

QSize YearCalendarView::sizeHint() const
{
    const int cell = cellSize();
    const int monthWidth = cell * 7;
    const int monthHeight = cell * 8; // title, weekdays, six weeks
    return {kColumns * monthWidth + (kColumns - 1) * kGap + 2, kRows * monthHeight + (kRows - 1) * kGap + 2};
}

QSize YearCalendarView::minimumSizeHint() const
{
    return sizeHint();
}

QRect YearCalendarView::monthRect(int month) const
{
    const int cell = cellSize();
    const int monthWidth = cell * 7;
    const int monthHeight = cell * 8;
    // Centred in the widget's width.
    const int total = kColumns * monthWidth + (kColumns - 1) * kGap;
    const int left = std::max(0, (width() - total) / 2);
    const int column = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    return {left + column * (monthWidth + kGap), row * (monthHeight + kGap), monthWidth, monthHeight};
}

QRect YearCalendarView::dayRect(const QDate& date) const
{
    const int cell = cellSize();
    const QRect month = monthRect(date.month());
    const int offset = QDate(date.year(), date.month(), 1).dayOfWeek() - 1; // Monday first
    const int index = offset + date.day() - 1;
    return {month.left() + (index % 7) * cell, month.top() + (2 + index / 7) * cell, cell, cell};
}

QDate YearCalendarView::dateAt(const QPoint& pos) const
{
    if (m_year.year <= 0)
        return {};
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year.year, month, 1);
        for (QDate d = first; d.month() == month; d = d.addDays(1)) {
            if (dayRect(d).contains(pos))
                return d;
        }
    }
    return {};
}

void YearCalendarView::paintEvent(QPaintEvent*)
{
    if (m_year.year <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const int cell = cellSize();
    QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    QFont underlined = bold;
    underlined.setUnderline(true);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor red(0xb3, 0x26, 0x1e);
    const QColor blue(0x1f, 0x5f, 0xa8);
    const QColor grey(0x8a, 0x93, 0x9b);
    for (int month = 1; month <= 12; ++month) {
        const QRect r = monthRect(month);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(r.left(), r.top(), r.width(), cell), Qt::AlignCenter,
                   locale.standaloneMonthName(month, QLocale::LongFormat));
        p.setFont(normal);
        for (int day = 1; day <= 7; ++day) {
            p.setPen(day >= 6 ? grey : text);
            p.drawText(QRect(r.left() + (day - 1) * cell, r.top() + cell, cell, cell), Qt::AlignCenter,
                       locale.dayName(day, QLocale::NarrowFormat));
        }
        for (QDate d(m_year.year, month, 1); d.month() == month; d = d.addDays(1)) {
            const QRect box = dayRect(d).adjusted(1, 1, -1, -1);
            const bool weekend = isWeekend(d);
            const bool working = isWorkingDay(d);
            if (!weekend && !working) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xfb, 0xdc, 0xd8));
                p.drawRoundedRect(box, 3, 3);
                p.setPen(red);
                p.setFont(bold);
            } else if (weekend && working) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xd9, 0xe8, 0xfa));
                p.drawRoundedRect(box, 3, 3);
                p.setPen(blue);
                p.setFont(underlined);
            } else if (weekend) {
                p.setPen(WorkCalendar::isHoliday(d) ? red : grey);
                p.setFont(WorkCalendar::isHoliday(d) ? bold : normal);
            } else {
                p.setPen(text);
                p.setFont(normal);
            }
            p.drawText(box, Qt::AlignCenter, QString::number(d.day()));
            if (m_editable && hasFocus() && d == m_focus) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(box, 3, 3);
            }
        }
    }
}

void YearCalendarView::mousePressEvent(QMouseEvent* event)
{
    if (!m_editable || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid()) {
        m_focus = d;
        toggle(d);
    }
}

void YearCalendarView::mouseMoveEvent(QMouseEvent* event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (!d.isValid()) {
        QToolTip::hideText();
        return QWidget::mouseMoveEvent(event);
    }
    QString tip = QLocale().toString(d, QLocale::LongFormat) + u": "_s
        + (isWorkingDay(d) ? tr("working day") : tr("day off"));
    if (WorkCalendar::isHoliday(d))
        tip += u", "_s + tr("public holiday (Labour Code art. 112)");
    QToolTip::showText(event->globalPosition().toPoint(), tip, this, dayRect(d));
}

void YearCalendarView::keyPressEvent(QKeyEvent* event)
{
    if (!m_editable || m_year.year <= 0)
        return QWidget::keyPressEvent(event);
    QDate next = m_focus;
    switch (event->key()) {
    case Qt::Key_Left:
        next = m_focus.addDays(-1);
        break;
    case Qt::Key_Right:
        next = m_focus.addDays(1);
        break;
    case Qt::Key_Up:
        next = m_focus.addDays(-7);
        break;
    case Qt::Key_Down:
        next = m_focus.addDays(7);
        break;
    case Qt::Key_Space:
        toggle(m_focus);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (next.year() == m_year.year) {
        m_focus = next;
        update();
    }
}

} // namespace nastavnik::ui
