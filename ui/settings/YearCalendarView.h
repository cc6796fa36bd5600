#pragma once

#include "calendar/WorkCalendar.h"

#include <QSet>
#include <QWidget>

namespace nastavnik::ui {

/// A year's working days as twelve month grids (Monday first): weekdays off (holidays and
/// transferred days off) in red, Saturdays and Sundays made working in blue and underlined,
/// other weekends grey. When editable, a click (or Space on the focused day) toggles a day:
/// a weekday between working and off, a weekend day between off and working.
class YearCalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit YearCalendarView(QWidget* parent = nullptr);

    void setYear(const CalendarYear& year);
    /// The year as shown (and edited): nonWorking and working sorted.
    CalendarYear year() const;

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// Toggles `date` as a click would; false when it is not of the year or cannot be
    /// toggled (a public holiday stays off).
    bool toggle(const QDate& date);
    bool isWorkingDay(const QDate& date) const;
    /// The day under `pos`, or an invalid date.
    QDate dateAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void toggled(const QDate& date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRect monthRect(int month) const;
    QRect dayRect(const QDate& date) const;
    int cellSize() const;

    CalendarYear m_year;
    QSet<QDate> m_nonWorking;
    QSet<QDate> m_working;
    bool m_editable = false;
    QDate m_focus;
};

} // namespace nastavnik::ui
