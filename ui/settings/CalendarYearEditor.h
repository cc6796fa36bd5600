#pragma once

#include "calendar/WorkCalendar.h"
#include "widgets/EditorBase.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace nastavnik::ui {

class YearCalendarView;

/// Entering a year's decree on transfers of days off: starts from what the calendar knows of
/// the year (WorkCalendar::yearData: the decree's data, or Labour Code art. 112's computation
/// for a year without one), the user toggles days on the month grid and names the decree;
/// validated by WorkCalendar::validate and saved by CalendarRepository.
class CalendarYearEditor : public EditorBase
{
    Q_OBJECT

public:
    explicit CalendarYearEditor(AppContext* context, QWidget* parent = nullptr);

    /// Starts from the data of `year` in `calendar`; the year can be changed while the
    /// decree is new (`fixedYear` false).
    void start(const WorkCalendar& calendar, int year, bool fixedYear);

    QString title() const override;
    void load() override;
    bool isModified() const override;

    /// The year as the form shows it.
    CalendarYear year() const;

    QSpinBox* yearSpin() const { return m_yearSpin; }
    QLineEdit* decreeEdit() const { return m_decree; }
    YearCalendarView* view() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    QStringList validate() const override;
    Status save() override;

private:
    void onYearChanged(int year);
    void updateSummary();

    WorkCalendar m_calendar;
    CalendarYear m_loaded;
    QSpinBox* m_yearSpin;
    QLineEdit* m_decree;
    QLabel* m_origin;
    YearCalendarView* m_view;
    QLabel* m_summary;
};

} // namespace nastavnik::ui
