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

#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
};

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
        qchart->legend()->setAlignment(Qt::AlignRight);
        qchart->legend()->show();
        return view;
    }

    QAbstractBarSeries* series = chart.type == charts::Chart::Type::StackedBars
        ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
        : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    double bottom = 0;
    QList<double> sums(chart.categories.size(), 0.0);
    for (const charts::Series& s : chart.series) {
        auto* set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (int c = 0; c < chart.categories.size(); ++c) {
            const double v = s.values.value(c, 0);
            const double value = std::isnan(v) ? 0 : v;
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
                                                                             : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(chart.decimals > 0 ? 3 : 6);
    series->setLabelsFormat(chart.decimals > 0 ? u"@value"_s : u"@value"_s);
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(chart.categories);
    qchart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(bottom, chart.maximum ? *chart.maximum : std::max(1.0, std::ceil(top * 1.15)));
    values->setLabelFormat(chart.decimals > 0 ? u"%.1f"_s : u"%d"_s);
    if (!chart.unit.isEmpty())
        values->setTitleText(chart.unit.trimmed());
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    qchart->legend()->setVisible(chart.series.size() > 1 || chart.type == charts::Chart::Type::StackedBars);
    qchart->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

} // namespace nastavnik::ui
