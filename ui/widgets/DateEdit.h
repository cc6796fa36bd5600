#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace nastavnik::ui {

/// A date field as Russian offices type dates: «05.06.2026» (also «5.6.26» or ISO), empty
/// allowed, with a calendar to pick from. Text that is not a date is marked and reported by
/// hasValidInput(); it is never silently turned into another date.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    /// The date, or an invalid QDate when empty or not a date.
    QDate date() const;
    /// Shows `date` as dd.MM.yyyy; an invalid date empties the field.
    void setDate(const QDate& date);
    bool isEmpty() const;
    /// Empty, or a real date.
    bool hasValidInput() const;
    QString text() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    /// The date changed (an invalid QDate: emptied, or not a date).
    void dateChanged(const QDate& date);

private:
    void normalize();
    void updateMark();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QCalendarWidget* m_calendar = nullptr; ///< made when the calendar is first opened
    QDate m_last;
};

} // namespace nastavnik::ui
