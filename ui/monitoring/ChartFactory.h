#pragma once

#include "monitoring/Charts.h"

class QWidget;

namespace nastavnik::ui {

/// The interactive counterpart of charts::paint: a QtCharts view of a monitoring chart with the
/// same series, order and colours as the director's report; «no data» for an empty chart.
QWidget* createChartView(const charts::Chart& chart, QWidget* parent = nullptr);

} // namespace nastavnik::ui
