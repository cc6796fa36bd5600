#pragma once

#include "calendar/WorkCalendar.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace nastavnik::ui {

class AppContext;
class DateEdit;
class EditorDialog;
class YearCalendarView;

/// Settings → «Производственный календарь»: the years with where their data comes from
/// (built in, entered by the user, or Labour Code art. 112 alone — unconfirmed), the chosen
/// year as month grids, entering a year's decree (CalendarYearEditor, saved at once from its
/// own dialog), deleting a year the user entered, and a calculator of "N working days after
/// a date" for curators.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(AppContext* context, QWidget* parent = nullptr);

    /// Reads the calendar again (after a year was saved or deleted).
    void reload();

    int selectedYear() const;
    bool selectYear(int year);
    /// Opens the editor of `year` (its decree's data, or art. 112's); window-modal, deletes
    /// itself when closed.
    EditorDialog* enterYear(int year);
    /// Deletes the user's data of `year` after asking.
    void deleteYear(int year);

    const WorkCalendar& calendar() const { return m_calendar; }
    QTableWidget* yearsTable() const { return m_years; }
    YearCalendarView* view() const { return m_view; }
    QPushButton* enterButton() const { return m_enter; }
    QPushButton* deleteButton() const { return m_delete; }
    DateEdit* calculatorDate() const { return m_calcDate; }
    QSpinBox* calculatorDays() const { return m_calcDays; }
    QLabel* calculatorResult() const { return m_calcResult; }
    QLabel* errorLabel() const { return m_error; }

private:
    void showSelected();
    void calculate();

    AppContext* m_context;
    WorkCalendar m_calendar;
    QLabel* m_error;
    QTableWidget* m_years;
    QLabel* m_yearTitle;
    YearCalendarView* m_view;
    QPushButton* m_enter;
    QPushButton* m_delete;
    DateEdit* m_calcDate;
    QSpinBox* m_calcDays;
    QLabel* m_calcResult;
};

} // namespace nastavnik::ui
