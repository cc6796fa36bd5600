#include "widgets/DateEdit.h"

#include "Icons.h"
#include "util/Dates.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

DateEdit::DateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("dd.mm.yyyy"));
    m_edit->setMaxLength(10);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9./-]{0,10}"_s), m_edit));
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(u"00.00.00000"_s) + 16);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_button->setIcon(icons::get(u"calendar"_s));
    m_button->setToolTip(tr("Choose the date in a calendar"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus);
    auto* menu = new QMenu(m_button);
    m_button->setMenu(menu);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        // Made when first opened: a form has a dozen dates, a calendar is picked from rarely,
        // and each costs as much to create as the rest of the field.
        if (!m_calendar) {
            m_calendar = new QCalendarWidget;
            m_calendar->setFirstDayOfWeek(Qt::Monday);
            m_calendar->setGridVisible(true);
            auto* action = new QWidgetAction(menu);
            action->setDefaultWidget(m_calendar);
            menu->addAction(action);
            connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate& picked) {
                setDate(picked);
                menu->close();
                m_edit->setFocus();
            });
            connect(m_calendar, &QCalendarWidget::activated, this, [this, menu](const QDate& picked) {
                setDate(picked);
                menu->close();
            });
        }
        const QDate current = date();
        m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::normalize);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        const QDate current = date();
        if (current != m_last) {
            m_last = current;
            emit dateChanged(current);
        }
        // Marked only once the input is complete or has been left (see normalize).
        if (hasValidInput())
            updateMark();
    });
}

QDate DateEdit::date() const
{
    return dates::parseUserDate(m_edit->text());
}

void DateEdit::setDate(const QDate& date)
{
    m_edit->setText(dates::toDisplay(date));
    updateMark();
}

bool DateEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateEdit::hasValidInput() const
{
    return isEmpty() || date().isValid();
}

QString DateEdit::text() const
{
    return m_edit->text().trimmed();
}

void DateEdit::normalize()
{
    const QDate current = date();
    if (current.isValid() && m_edit->text() != dates::toDisplay(current))
        m_edit->setText(dates::toDisplay(current));
    updateMark();
}

void DateEdit::updateMark()
{
    const bool bad = !hasValidInput();
    m_edit->setStyleSheet(bad ? u"QLineEdit { color: #b01010; border: 1px solid #d04040; }"_s : QString());
    m_edit->setToolTip(bad ? tr("«%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2026.").arg(text())
                           : QString());
}

} // namespace nastavnik::ui
