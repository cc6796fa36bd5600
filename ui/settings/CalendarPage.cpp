#include "settings/CalendarPage.h"

#include "AppContext.h"
#include "Icons.h"
#include "settings/CalendarYearEditor.h"
#include "settings/YearCalendarView.h"
#include "storage/CalendarRepository.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/EditorDialog.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
enum YearColumn { YearNumber, YearOrigin, YearDecree };

QString originText(CalendarYear::Origin origin)
{
    switch (origin) {
    case CalendarYear::Origin::BuiltIn:
        return CalendarPage::tr("built in");
    case CalendarYear::Origin::User:
        return CalendarPage::tr("entered by the user");
    case CalendarYear::Origin::Computed:
        return CalendarPage::tr("art. 112 only, not confirmed");
    }
    return {};
}
} // namespace

CalendarPage::CalendarPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_error(new QLabel(this))
    , m_years(new QTableWidget(0, 3, this))
    , m_yearTitle(new QLabel(this))
    , m_view(new YearCalendarView(this))
    , m_enter(new QPushButton(icons::get(u"calendar"_s), tr("&Enter the decree…"), this))
    , m_delete(new QPushButton(icons::get(u"delete"_s), tr("&Delete"), this))
    , m_calcDate(new DateEdit(this))
    , m_calcDays(new QSpinBox(this))
    , m_calcResult(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(form::heading(tr("Production calendar"), this));
    auto* about = new QLabel(tr("Deadlines of «N working days» count only working days, from the day after the event. "
                                "A year's days off move by the Government's yearly decree: enter it when it is "
                                "published, and deadlines in that year are no longer marked as unconfirmed."),
                             this);
    about->setWordWrap(true);
    about->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(about);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a1261c;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_years->setObjectName(u"years"_s);
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Data"), tr("Decree")});
    m_years->verticalHeader()->setVisible(false);
    m_years->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_years->setSelectionMode(QAbstractItemView::SingleSelection);
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->setWordWrap(false);
    m_years->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_years->horizontalHeader()->setStretchLastSection(true);
    m_years->setColumnWidth(YearNumber, 56);
    m_years->setColumnWidth(YearOrigin, 250);
    m_years->setFixedWidth(330);
    m_years->setColumnHidden(YearDecree, true);
    left->addWidget(m_years, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_enter);
    buttons->addWidget(m_delete);
    left->addLayout(buttons);

    // The calculator under the years: curators use it beside the calendar it counts by.
    left->addWidget(form::heading(tr("Working days calculator"), this));
    auto* calc = new QHBoxLayout;
    calc->addWidget(new QLabel(tr("From"), this));
    m_calcDate->setObjectName(u"calcDate"_s);
    calc->addWidget(m_calcDate);
    m_calcDays->setObjectName(u"calcDays"_s);
    m_calcDays->setRange(-366, 366);
    m_calcDays->setValue(5);
    calc->addWidget(m_calcDays);
    calc->addWidget(new QLabel(tr("working days:"), this));
    calc->addStretch(1);
    left->addLayout(calc);
    m_calcResult->setObjectName(u"calcResult"_s);
    m_calcResult->setWordWrap(true);
    m_calcResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_calcResult);
    columns->addLayout(left);

    auto* right = new QVBoxLayout;
    m_yearTitle->setObjectName(u"yearTitle"_s);
    m_yearTitle->setWordWrap(true);
    right->addWidget(m_yearTitle);
    m_view->setObjectName(u"yearView"_s);
    right->addWidget(m_view, 1);
    auto* legend = new QLabel(tr("<span style=\"background:#fbdcd8; color:#b3261e\">&nbsp;<b>9</b>&nbsp;</span> weekday "
                                 "off &nbsp;&nbsp; <span style=\"background:#d9e8fa; color:#1f5fa8\">&nbsp;<b><u>1"
                                 "</u></b>&nbsp;</span> working Saturday or Sunday &nbsp;&nbsp; <span "
                                 "style=\"color:#8a939b\">&nbsp;7&nbsp;</span> day off"),
                              this);
    legend->setTextFormat(Qt::RichText);
    right->addWidget(legend);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    connect(m_years, &QTableWidget::currentCellChanged, this, &CalendarPage::showSelected);
    connect(m_years, &QTableWidget::cellDoubleClicked, this, [this] { enterYear(selectedYear()); });
    connect(m_enter, &QPushButton::clicked, this, [this] { enterYear(selectedYear()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteYear(selectedYear()); });
    connect(m_calcDate, &DateEdit::dateChanged, this, &CalendarPage::calculate);
    connect(m_calcDays, &QSpinBox::valueChanged, this, &CalendarPage::calculate);

    const QDate today = m_context ? m_context->today() : QDate::currentDate();
    m_calcDate->setDate(today);
    reload();
    selectYear(today.year());
}

void CalendarPage::reload()
{
    const int selected = selectedYear();
    m_calendar = WorkCalendar();
    m_error->hide();
    if (m_context) {
        const Result<WorkCalendar> loaded = CalendarRepository(m_context->connection()).loadCalendar();
        if (loaded) {
            m_calendar = loaded.value();
        } else {
            m_error->setText(loaded.error());
            m_error->show();
        }
    }
    const int current = (m_context ? m_context->today() : QDate::currentDate()).year();
    std::set<int> years;
    for (int y : m_calendar.confirmedYears())
        years.insert(y);
    for (int y = current - 1; y <= current + 2; ++y)
        years.insert(y);

    const QSignalBlocker blocker(m_years);
    m_years->setRowCount(0);
    for (int y : years) {
        const CalendarYear known = m_calendar.yearData(y);
        const int row = m_years->rowCount();
        m_years->insertRow(row);
        auto* number = new QTableWidgetItem(QString::number(y));
        number->setData(Qt::UserRole, y);
        m_years->setItem(row, YearNumber, number);
        auto* origin = new QTableWidgetItem(originText(known.origin));
        origin->setData(Qt::UserRole, int(known.origin));
        if (known.origin == CalendarYear::Origin::Computed)
            origin->setForeground(QColor(0x8a, 0x5a, 0x00));
        origin->setToolTip(known.origin == CalendarYear::Origin::Computed
                               ? tr("No decree on transfers of days off is known for %1: deadlines in it are counted by "
                                    "Labour Code art. 112 alone and marked as not confirmed.")
                                     .arg(y)
                               : known.source);
        m_years->setItem(row, YearOrigin, origin);
        m_years->setItem(row, YearDecree, new QTableWidgetItem(known.source));
    }
    m_years->resizeRowsToContents();
    if (!selectYear(selected))
        selectYear(current);
    showSelected();
    calculate();
}

int CalendarPage::selectedYear() const
{
    const int row = m_years->currentRow();
    return row >= 0 ? m_years->item(row, YearNumber)->data(Qt::UserRole).toInt() : 0;
}

bool CalendarPage::selectYear(int year)
{
    for (int row = 0; row < m_years->rowCount(); ++row) {
        if (m_years->item(row, YearNumber)->data(Qt::UserRole).toInt() == year) {
            m_years->setCurrentCell(row, YearNumber);
            return true;
        }
    }
    return false;
}

void CalendarPage::showSelected()
{
    const int year = selectedYear();
    if (year <= 0) {
        m_yearTitle->clear();
        m_enter->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    const CalendarYear known = m_calendar.yearData(year);
    m_view->setYear(known);
    QString title = u"<b>%1</b> — %2"_s.arg(year).arg(originText(known.origin).toHtmlEscaped());
    if (!known.source.isEmpty())
        title += u"<br>"_s + known.source.toHtmlEscaped();
    const int working = [&] {
        int n = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            n += m_calendar.isWorkingDay(d) ? 1 : 0;
        return n;
    }();
    title += u"<br><span style=\"color:#5f6b76\">%1</span>"_s.arg(tr("%n working day(s) in the year", "", working).toHtmlEscaped());
    m_yearTitle->setText(title);
    m_enter->setEnabled(true);
    m_enter->setText(known.origin == CalendarYear::Origin::User ? tr("&Change…") : tr("&Enter the decree…"));
    m_delete->setEnabled(known.origin == CalendarYear::Origin::User);
}

EditorDialog* CalendarPage::enterYear(int year)
{
    if (!m_context || year <= 0)
        return nullptr;
    auto* editor = new CalendarYearEditor(m_context);
    const bool stored = m_calendar.yearData(year).origin == CalendarYear::Origin::User;
    editor->start(m_calendar, year, stored);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(860, 640)));
    connect(editor, &EditorBase::committed, this, [this, editor] {
        reload();
        selectYear(editor->year().year);
    });
    dialog->show();
    return dialog;
}

void CalendarPage::deleteYear(int year)
{
    if (!m_context || m_calendar.yearData(year).origin != CalendarYear::Origin::User)
        return;
    const bool builtIn = WorkCalendar().isConfirmed(year);
    const QString text = builtIn
        ? tr("Delete the calendar of %1 entered in this database? The decree built into Nastavnik applies again.").arg(year)
        : tr("Delete the calendar of %1 entered in this database? Deadlines in %1 will be counted by Labour Code art. 112 "
             "alone and marked as not confirmed.")
              .arg(year);
    if (MessageBox::question(this, tr("Delete a year"), text, MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = CalendarRepository(m_context->connection()).remove(year); !s) {
        MessageBox::critical(this, tr("Delete a year"), s.error());
        return;
    }
    reload();
    m_context->notifyDataChanged();
}

void CalendarPage::calculate()
{
    const QDate from = m_calcDate->date();
    if (!from.isValid()) {
        m_calcResult->setText(tr("enter a date"));
        return;
    }
    const QDate result = m_calendar.addWorkingDays(from, m_calcDays->value());
    QString text = u"<b>%1</b>, %2"_s.arg(dates::toDisplay(result), QLocale().dayName(result.dayOfWeek()));
    if (!m_calendar.isConfirmedSpan(from, result))
        text += u" <span style=\"color:#8a5a00\">(%1)</span>"_s.arg(
            tr("not confirmed by the production calendar: a year without a decree").toHtmlEscaped());
    m_calcResult->setText(text);
}

} // namespace nastavnik::ui
