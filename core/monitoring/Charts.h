#pragma once

#include "monitoring/Indicators.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik::charts {

/// One series of values, one value per category.
struct Series
{
    QString name;
    QColor color;
    QList<double> values;
};

/// A chart of the monitoring, described once and drawn twice: by `paint` into the director's
/// report (core, no Widgets) and by the «Мониторинг» section with QtCharts, in the same order
/// and colours.
struct Chart
{
    enum class Type { Bars, StackedBars, Pie };

    QString id; ///< "pairs", "mentees", "satisfaction", "growth", "meetings"
    Type type = Type::Bars;
    QString title;
    QStringList categories;     ///< bar categories, or the slices of a pie
    QList<Series> series;       ///< a pie has one series
    QList<QColor> sliceColors;  ///< the colours of a pie's slices
    QString unit;               ///< shown after values: "%", " п. п."
    std::optional<double> maximum; ///< a fixed top of the value axis (10 for a score)
    int decimals = 0;

    /// True when there is nothing to draw (no categories, or every value is 0).
    bool isEmpty() const;
};

/// The colour of a pair form, a pair state, and the colours of the series of the other charts.
QColor formColor(const QString& form);
QColor stateColor(PairState state);
QColor menteeColor();
QColor mentorColor();
QColor neutralColor();

/// The charts of a monitoring result. `russian`: labels in Russian (documents), else in the UI
/// language.
QList<Chart> monitoringCharts(const MonitoringResult& result, bool russian);

/// Paints `chart` on an image of `size` (in 1/96 inch units, as documents measure) at `scale`
/// device pixels per unit: the title (none when empty) and labels in a sans-serif font, values on
/// the bars, a legend.
/// An empty chart says «нет данных». Needs a QGuiApplication (fonts).
QImage paint(const Chart& chart, const QSizeF& size, qreal scale = 3.0, bool russian = true);

/// `data:image/png;base64,…` for an `<img src>` of the documents' HTML.
QString dataUri(const QImage& image);

} // namespace nastavnik::charts
