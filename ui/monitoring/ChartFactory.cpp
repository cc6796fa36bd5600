#include "monitoring/ChartFactory.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
};

/// A "nice" step of the value axis (1, 2 or 5 times a power of ten) for at most `ticks` steps up to `top`.
double niceStep(double top, int ticks)
{
    const double raw = std::max(top, 1e-9) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

/// A category label wrapped into lines of about 14 characters («Учитель –<br>ученик»): the
/// axis truncates long one-line labels to «Учитель –...», and rich text wraps.
QString categoryLabel(const QString& label)
{
    QStringList lines;
    for (const QString& word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && (lines.last().size() + 1 + word.size() <= 14 || word == u"–"_s))
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

double rounded(double v, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(v * factor) / factor;
}

} // namespace

QWidget* createChartView(const charts::Chart& chart, QWidget* parent)
{
    auto* qchart = new QChart;
    qchart->setTitle(chart.title);
    QFont titleFont = qchart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    qchart->setTitleFont(titleFont);
    qchart->setAnimationOptions(QChart::NoAnimation);
    qchart->setBackgroundRoundness(0);
    qchart->setMargins(QMargins(4, 4, 4, 4));
    // Decimal commas in Russian, as in the report.
    qchart->setLocalizeNumbers(true);
    qchart->setLocale(QLocale());
    auto* view = new QChartView(qchart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setObjectName(u"chart_"_s + chart.id);

    if (chart.isEmpty()) {
        qchart->legend()->hide();
        auto* label = new QLabel(Text::tr("no data for the period"), view);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(u"color: #8a949e;"_s);
        auto* layout = new QVBoxLayout(view);
        layout->addWidget(label);
        return view;
    }

    if (chart.type == charts::Chart::Type::Pie) {
        auto* series = new QPieSeries;
        const QList<double> values = chart.series.isEmpty() ? QList<double>() : chart.series.first().values;
        double total = 0;
        for (double v : values)
            total += v;
        for (int i = 0; i < values.size(); ++i) {
            const double share = total > 0 ? 100.0 * values.at(i) / total : 0;
            QPieSlice* slice = series->append(u"%1 — %2 (%3%)"_s.arg(chart.categories.value(i))
                                                  .arg(QLocale().toString(values.at(i), 'f', chart.decimals))
                                                  .arg(qRound(share)),
                                              values.at(i));
            slice->setColor(chart.sliceColors.value(i, charts::neutralColor()));
            slice->setBorderColor(Qt::white);
            slice->setLabelVisible(false);
        }
        series->setPieSize(0.8);
        qchart->addSeries(series);
        QFont legendFont = qchart->legend()->font();
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
        qchart->legend()->setFont(legendFont);
        qchart->legend()->setAlignment(Qt::AlignRight);
        qchart->legend()->show();
        return view;
    }

    QAbstractBarSeries* series = chart.type == charts::Chart::Type::StackedBars
        ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
        : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Scores (a fixed top, decimals) go near the top of their axis, where a label above the bar
    // has no room: QtCharts would push it onto the bar in dark. Their labels go inside, in white.
    const bool inside = chart.type == charts::Chart::Type::StackedBars || (chart.maximum && chart.decimals > 0);
    double top = 0;
    double bottom = 0;
    QList<double> sums(chart.categories.size(), 0.0);
    for (const charts::Series& s : chart.series) {
        auto* set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        // White on the bar for stacked segments and scores, dark above other bars (the default is white).
        set->setLabelColor(inside ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
        for (int c = 0; c < chart.categories.size(); ++c) {
            const double v = s.values.value(c, 0);
            const double value = std::isnan(v) ? 0 : rounded(v, chart.decimals);
            *set << value;
            sums[c] += value;
            top = std::max(top, value);
            bottom = std::min(bottom, value);
        }
        series->append(set);
    }
    if (chart.type == charts::Chart::Type::StackedBars) {
        for (double s : sums)
            top = std::max(top, s);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(chart.type == charts::Chart::Type::StackedBars ? QAbstractBarSeries::LabelsCenter
                              : inside                                       ? QAbstractBarSeries::LabelsInsideEnd
                                                                             : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6); // the values are rounded to the chart's decimals above
    series->setLabelsFormat(u"@value"_s);
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    for (const QString& category : chart.categories)
        categories->append(categoryLabel(category));
    QFont categoryFont = categories->labelsFont();
    categoryFont.setPointSizeF(categoryFont.pointSizeF() * 0.9);
    categories->setLabelsFont(categoryFont);
    qchart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    // Room above the highest bar for its label; whole steps for counts.
    const double wanted = chart.maximum ? *chart.maximum : std::max(1.0, top * 1.12);
    double step = niceStep(wanted - std::min(0.0, bottom), 5);
    if (chart.decimals == 0)
        step = std::max(1.0, std::round(step));
    const double high = std::ceil(wanted / step - 1e-9) * step;
    const double low = bottom < 0 ? -std::ceil(-bottom / step - 1e-9) * step : 0.0;
    values->setRange(low, high);
    values->setTickCount(int(std::lround((high - low) / step)) + 1);
    values->setLabelFormat(chart.decimals > 0 && step < 1 ? u"%.1f"_s : u"%.0f"_s);
    if (!chart.unit.isEmpty())
        values->setTitleText(chart.unit.trimmed());
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    qchart->legend()->setVisible(chart.series.size() > 1 || chart.type == charts::Chart::Type::StackedBars);
    qchart->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

} // namespace nastavnik::ui
