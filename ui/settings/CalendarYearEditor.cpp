#include "settings/CalendarYearEditor.h"

#include "AppContext.h"
#include "settings/YearCalendarView.h"
#include "storage/CalendarRepository.h"
#include "util/Dates.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

/// «1–3, 6–8 января; 1, 2 мая»: runs of consecutive days joined, month by month.
QString daysInWords(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    const QLocale locale;
    QStringList months;
    int i = 0;
    while (i < days.size()) {
        const int month = days.at(i).month();
        QStringList parts;
        while (i < days.size() && days.at(i).month() == month) {
            int j = i;
            while (j + 1 < days.size() && days.at(j + 1).month() == month && days.at(j).daysTo(days.at(j + 1)) == 1)
                ++j;
            parts << (j > i + 1 ? u"%1–%2"_s.arg(days.at(i).day()).arg(days.at(j).day())
                      : j == i + 1 ? u"%1, %2"_s.arg(days.at(i).day()).arg(days.at(j).day())
                                   : QString::number(days.at(i).day()));
            i = j + 1;
        }
        // The genitive month name («января»): the format of a date with a day.
        months << parts.join(u", "_s) + u' ' + locale.toString(QDate(2000, month, 1), u"d MMMM"_s).section(u' ', 1);
    }
    return months.join(u"; "_s);
}

} // namespace

CalendarYearEditor::CalendarYearEditor(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_yearSpin(new QSpinBox(this))
    , m_decree(new QLineEdit(this))
    , m_origin(new QLabel(this))
    , m_view(new YearCalendarView(this))
    , m_summary(new QLabel(this))
{
    setContext(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_yearSpin->setRange(1990, 2100);
    m_yearSpin->setMaximumWidth(110);
    m_yearSpin->setObjectName(u"year"_s);
    fields->addRow(tr("&Year:"), m_yearSpin);
    m_decree->setObjectName(u"decree"_s);
    m_decree->setPlaceholderText(tr("e.g. Government Decree of 04.10.2024 No. 1335 «On the transfer of days off in 2025»"));
    fields->addRow(tr("&Decree:"), m_decree);
    m_origin->setWordWrap(true);
    m_origin->setStyleSheet(u"color: #5f6b76;"_s);
    m_origin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    fields->addRow(QString(), m_origin);
    layout->addLayout(fields);
    layout->addWidget(form::hint(tr("Click a day to change it: a weekday becomes a day off (a transferred day off), a "
                                    "Saturday or Sunday becomes a working day. Public holidays (Labour Code art. 112) "
                                    "stay days off."),
                                 this));
    m_view->setEditable(true);
    m_view->setObjectName(u"yearView"_s);
    layout->addWidget(m_view, 1);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    watchInputs(this);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &CalendarYearEditor::onYearChanged);
    connect(m_view, &YearCalendarView::toggled, this, [this] {
        updateSummary();
        notifyEdited();
    });
}

void CalendarYearEditor::start(const WorkCalendar& calendar, int year, bool fixedYear)
{
    m_calendar = calendar;
    m_yearSpin->setEnabled(!fixedYear);
    m_loaded = calendar.yearData(year);
    load();
}

QString CalendarYearEditor::title() const
{
    return tr("Production calendar of %1").arg(m_yearSpin->value());
}

void CalendarYearEditor::load()
{
    messageArea()->clearGroup(u"validation"_s);
    {
        const QSignalBlocker blocker(m_yearSpin);
        m_yearSpin->setValue(m_loaded.year);
    }
    m_decree->setText(m_loaded.origin == CalendarYear::Origin::Computed ? QString() : m_loaded.source);
    m_view->setYear(m_loaded);
    switch (m_loaded.origin) {
    case CalendarYear::Origin::BuiltIn:
        m_origin->setText(tr("Starts from the decree built into Nastavnik; what you save replaces it for this "
                             "database."));
        break;
    case CalendarYear::Origin::User:
        m_origin->setText(tr("Entered in this database earlier."));
        break;
    case CalendarYear::Origin::Computed:
        m_origin->setText(tr("No decree for %1 is known yet: the days below follow Labour Code art. 112 alone. Change "
                             "them as the decree says.")
                              .arg(m_loaded.year));
        break;
    }
    updateSummary();
    emit titleChanged();
}

void CalendarYearEditor::onYearChanged(int year)
{
    // Another year: start again from what the calendar knows of it.
    m_loaded = m_calendar.yearData(year);
    load();
}

CalendarYear CalendarYearEditor::year() const
{
    CalendarYear y = m_view->year();
    y.year = m_yearSpin->value();
    y.source = m_decree->text().trimmed();
    y.origin = CalendarYear::Origin::User;
    return y;
}

bool CalendarYearEditor::isModified() const
{
    const CalendarYear y = year();
    // Saving a year that was not the user's makes it theirs even without a change.
    return m_loaded.origin != CalendarYear::Origin::User || y.nonWorking != m_loaded.nonWorking
        || y.working != m_loaded.working || y.source != m_loaded.source.trimmed();
}

void CalendarYearEditor::updateSummary()
{
    const CalendarYear y = m_view->year();
    const QString none = tr("none");
    m_summary->setText(tr("<b>Weekdays off:</b> %1<br><b>Working Saturdays and Sundays:</b> %2")
                           .arg(y.nonWorking.isEmpty() ? none : daysInWords(y.nonWorking).toHtmlEscaped(),
                                y.working.isEmpty() ? none : daysInWords(y.working).toHtmlEscaped()));
}

QStringList CalendarYearEditor::validate() const
{
    QStringList problems;
    const CalendarYear y = year();
    if (y.source.isEmpty())
        problems << tr("Decree: name the decree the days come from (its date and number), so that everyone can check "
                       "them.");
    problems << WorkCalendar::validate(y);
    return problems;
}

Status CalendarYearEditor::save()
{
    const CalendarYear y = year();
    if (Status s = CalendarRepository(context()->connection()).save(y); !s)
        return s;
    m_loaded = y;
    load();
    return Status::success();
}

} // namespace nastavnik::ui
