#include "monitoring/Charts.h"

#include "domain/Vocabulary.h"
#include "i18n/Translations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::charts {
namespace {

const QColor kText(0x2b, 0x2f, 0x33);
const QColor kGrid(0xdf, 0xe3, 0xe8);
const QColor kAxis(0x8a, 0x94, 0x9e);

QString text(const char* source, bool russian)
{
    return russian ? i18n::russian("Charts", source) : QCoreApplication::translate("Charts", source);
}

QString formLabel(const QString& form, bool russian)
{
    return russian ? vocabulary::russianLabel(Vocab::PairForm, form) : vocabulary::label(Vocab::PairForm, form);
}

QString sansFamily()
{
    static const QString family = [] {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return u"Sans Serif"_s;
        const QStringList installed = QFontDatabase::families();
        for (const QString& candidate : {u"PT Sans"_s, u"Liberation Sans"_s, u"DejaVu Sans"_s, u"Arial"_s}) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont font(qreal pixels, bool bold = false)
{
    QFont f(sansFamily());
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QString number(double v, int decimals, bool russian)
{
    const QLocale locale = russian ? QLocale(QLocale::Russian, QLocale::Russia) : QLocale();
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(v * factor) / factor;
    if (rounded == std::floor(rounded))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', decimals);
}

/// A round step for about `count` ticks over `range`: 1, 2 or 5 times a power of ten.
double niceStep(double range, int count)
{
    if (range <= 0)
        return 1;
    const double raw = range / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

void drawTitle(QPainter& p, const QString& title, const QRectF& area)
{
    p.setFont(font(15, true));
    p.setPen(kText);
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
}

void drawNoData(QPainter& p, const QRectF& area, bool russian)
{
    p.setFont(font(13));
    p.setPen(kAxis);
    p.drawText(area, Qt::AlignCenter, text(QT_TRANSLATE_NOOP("Charts", "no data for the period"), russian));
}

/// The legend in one or more rows under the plot; returns its height.
qreal legendHeight(const QStringList& names, qreal width)
{
    const QFontMetricsF fm(font(12));
    qreal x = 0;
    int rows = names.isEmpty() ? 0 : 1;
    for (const QString& n : names) {
        const qreal w = 18 + fm.horizontalAdvance(n) + 18;
        if (x + w > width && x > 0) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * 20.0;
}

void drawLegend(QPainter& p, const QStringList& names, const QList<QColor>& colors, const QRectF& area)
{
    p.setFont(font(12));
    const QFontMetricsF fm(p.font());
    qreal x = area.left();
    qreal y = area.top();
    for (int i = 0; i < names.size(); ++i) {
        const qreal w = 18 + fm.horizontalAdvance(names.at(i)) + 18;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += 20;
        }
        p.fillRect(QRectF(x, y + 4, 12, 12), colors.value(i));
        p.setPen(kText);
        p.drawText(QRectF(x + 17, y, w - 17, 20), Qt::AlignLeft | Qt::AlignVCenter, names.at(i));
        x += w;
    }
}

void paintBars(QPainter& p, const Chart& chart, const QRectF& area, bool russian)
{
    const bool stacked = chart.type == Chart::Type::StackedBars;
    QStringList names;
    QList<QColor> colors;
    for (const Series& s : chart.series) {
        names << s.name;
        colors << s.color;
    }
    // Stacked bars need their legend even for one series: the colour is the state.
    const bool legend = chart.series.size() > 1 || stacked;
    const qreal legendH = legend ? legendHeight(names, area.width()) + 6 : 0;

    // The value range.
    double lo = 0;
    double hi = 0;
    for (int c = 0; c < chart.categories.size(); ++c) {
        double sum = 0;
        for (const Series& s : chart.series) {
            const double v = s.values.value(c, qQNaN());
            if (std::isnan(v))
                continue;
            if (stacked) {
                sum += v;
            } else {
                hi = std::max(hi, v);
                lo = std::min(lo, v);
            }
        }
        if (stacked)
            hi = std::max(hi, sum);
    }
    if (chart.maximum)
        hi = *chart.maximum;
    else
        hi = hi <= 0 ? 1 : hi * 1.12;
    const double step = niceStep(hi - lo, 5);
    hi = std::ceil(hi / step - 1e-9) * step;
    lo = std::floor(lo / step + 1e-9) * step;

    // Category labels: wrapped under each band, up to three lines.
    const QFont labelFont = font(12);
    const QFontMetricsF lfm(labelFont);
    const QFont axisFont = font(11);
    const QFontMetricsF afm(axisFont);
    qreal axisW = 0;
    for (double v = lo; v <= hi + step / 2; v += step)
        axisW = std::max(axisW, afm.horizontalAdvance(number(v, step < 1 ? 1 : 0, russian) + chart.unit.trimmed()));
    axisW += 8;
    const qreal plotLeft = area.left() + axisW;
    const qreal plotWidth = area.right() - plotLeft - 4;
    const int n = int(chart.categories.size());
    const qreal band = plotWidth / std::max(1, n);
    qreal labelH = 0;
    for (const QString& label : chart.categories) {
        const QRectF r = lfm.boundingRect(QRectF(0, 0, band - 6, 1000), Qt::AlignHCenter | Qt::TextWordWrap, label);
        labelH = std::max(labelH, std::min(r.height(), lfm.lineSpacing() * 3));
    }
    const QRectF plot(plotLeft, area.top() + 16, plotWidth, area.height() - 16 - labelH - 8 - legendH);
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    // Grid and axis.
    p.setFont(axisFont);
    for (double v = lo; v <= hi + step / 2; v += step) {
        const qreal y = yOf(v);
        p.setPen(QPen(v == 0 ? kAxis : kGrid, v == 0 ? 1.2 : 0.8));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(area.left(), y - 8, axisW - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   number(v, step < 1 ? 1 : 0, russian) + chart.unit.trimmed());
    }

    // Bars with their values.
    const QFont valueFont = font(11, true);
    const QFontMetricsF vfm(valueFont);
    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    const qreal groupW = std::min(band * 0.72, stacked ? 70.0 : 56.0 * seriesCount);
    const qreal barW = stacked ? groupW : groupW / seriesCount;
    for (int c = 0; c < n; ++c) {
        const qreal groupLeft = plot.left() + band * c + (band - groupW) / 2;
        double base = 0;
        bool unlabelled = false;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double v = chart.series.at(s).values.value(c, qQNaN());
            if (std::isnan(v) || (stacked && v == 0))
                continue;
            const qreal x = stacked ? groupLeft : groupLeft + barW * s;
            const double from = stacked ? base : 0;
            const double to = stacked ? base + v : v;
            QRectF bar(QPointF(x + (stacked ? 0 : 1.5), yOf(std::max(from, to))),
                       QPointF(x + barW - (stacked ? 0 : 1.5), yOf(std::min(from, to))));
            p.fillRect(bar, chart.series.at(s).color);
            if (stacked) {
                p.setPen(Qt::white);
                p.drawLine(bar.topLeft(), bar.topRight());
            }
            const QString label = number(v, chart.decimals, russian);
            p.setFont(valueFont);
            if (stacked) {
                if (bar.height() >= vfm.height() + 2) {
                    p.setPen(Qt::white);
                    p.drawText(bar, Qt::AlignCenter, label);
                } else {
                    unlabelled = true;
                }
            } else {
                p.setPen(kText);
                const qreal ty = v >= 0 ? bar.top() - vfm.height() - 1 : bar.bottom() + 1;
                p.drawText(QRectF(x - 10, ty, barW + 20, vfm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                           label + (chart.unit == u"%" ? u"%"_s : QString()));
            }
            base += stacked ? v : 0;
        }
        int segments = 0;
        for (const Series& s : chart.series)
            segments += stacked && s.values.value(c, 0) > 0 ? 1 : 0;
        if (stacked && base > 0 && (segments > 1 || unlabelled)) {
            p.setFont(valueFont);
            p.setPen(kText);
            p.drawText(QRectF(groupLeft - 10, yOf(base) - vfm.height() - 1, groupW + 20, vfm.height()),
                       Qt::AlignHCenter | Qt::AlignVCenter, number(base, chart.decimals, russian));
        }
        p.setFont(labelFont);
        p.setPen(kText);
        p.drawText(QRectF(plot.left() + band * c + 3, plot.bottom() + 6, band - 6, labelH + 2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(c));
    }
    if (legend)
        drawLegend(p, names, colors, QRectF(area.left() + axisW, area.bottom() - legendH + 6, area.width() - axisW, legendH));
}

void paintPie(QPainter& p, const Chart& chart, const QRectF& area, bool russian)
{
    const QList<double> values = chart.series.isEmpty() ? QList<double>() : chart.series.first().values;
    double total = 0;
    for (double v : values)
        total += std::max(0.0, v);
    const qreal d = std::min(area.height() - 8, area.width() * 0.45);
    const QRectF pie(area.left() + 8, area.top() + (area.height() - d) / 2, d, d);
    qreal angle = 90 * 16;
    p.setPen(QPen(Qt::white, 1.5));
    for (int i = 0; i < values.size(); ++i) {
        const double v = std::max(0.0, values.at(i));
        if (v <= 0)
            continue;
        const qreal span = -v / total * 360 * 16;
        p.setBrush(chart.sliceColors.value(i, neutralColor()));
        p.drawPie(pie, qRound(angle), qRound(span));
        // The share inside large slices.
        if (v / total >= 0.07) {
            const qreal mid = (angle + span / 2) / 16.0 * M_PI / 180.0;
            const QPointF at(pie.center().x() + std::cos(mid) * d * 0.32, pie.center().y() - std::sin(mid) * d * 0.32);
            p.setFont(font(11, true));
            p.setPen(Qt::white);
            p.drawText(QRectF(at.x() - 30, at.y() - 9, 60, 18), Qt::AlignCenter,
                       number(100.0 * v / total, 0, russian) + u"%"_s);
            p.setPen(QPen(Qt::white, 1.5));
        }
        angle += span;
    }
    p.setBrush(Qt::NoBrush);
    // The legend: colour, name, value and share.
    p.setFont(font(12));
    const QFontMetricsF fm(p.font());
    const qreal left = pie.right() + 24;
    qreal y = area.top() + std::max<qreal>(0, (area.height() - values.size() * 22) / 2);
    for (int i = 0; i < values.size(); ++i) {
        p.fillRect(QRectF(left, y + 5, 12, 12), chart.sliceColors.value(i, neutralColor()));
        p.setPen(kText);
        const QString line = chart.categories.value(i) + u" — "_s + number(values.at(i), chart.decimals, russian)
            + (total > 0 ? u" ("_s + number(100.0 * values.at(i) / total, 0, russian) + u"%)"_s : QString());
        p.drawText(QRectF(left + 18, y, area.right() - left - 18, 22), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(line, Qt::ElideRight, area.right() - left - 18));
        y += 22;
    }
}

} // namespace

bool Chart::isEmpty() const
{
    if (categories.isEmpty())
        return true;
    for (const Series& s : series) {
        for (double v : s.values) {
            if (!std::isnan(v) && v != 0)
                return false;
        }
    }
    return true;
}

QColor formColor(const QString& form)
{
    static const QHash<QString, QColor> colors = {
        {u"pupil_pupil"_s, QColor(0x2c, 0x5d, 0x87)},   {u"teacher_teacher"_s, QColor(0x5a, 0x9e, 0x4b)},
        {u"student_pupil"_s, QColor(0xe0, 0x9a, 0x3e)}, {u"employer_pupil"_s, QColor(0x8e, 0x6b, 0xb0)},
        {u"employer_student"_s, QColor(0xc8, 0x5a, 0x5a)}, {u"teacher_pupil"_s, QColor(0x3a, 0x9f, 0xb0)},
        {u"traditional"_s, QColor(0x2c, 0x5d, 0x87)},   {u"mentoring"_s, QColor(0x5a, 0x9e, 0x4b)},
        {u"tutoring"_s, QColor(0xe0, 0x9a, 0x3e)},      {u"coaching"_s, QColor(0x8e, 0x6b, 0xb0)},
        {u"civil_service"_s, QColor(0x3a, 0x9f, 0xb0)}, {u"reserve"_s, QColor(0xc8, 0x5a, 0x5a)},
    };
    return colors.value(form, neutralColor());
}

QColor stateColor(PairState state)
{
    switch (state) {
    case PairState::Active:
        return QColor(0x2c, 0x5d, 0x87);
    case PairState::Completed:
        return QColor(0x5a, 0x9e, 0x4b);
    case PairState::CompletedEarly:
        return QColor(0xe0, 0x9a, 0x3e);
    case PairState::NotStarted:
        return QColor(0xb0, 0xb7, 0xbf);
    }
    return neutralColor();
}

QColor menteeColor()
{
    return QColor(0x2c, 0x5d, 0x87);
}

QColor mentorColor()
{
    return QColor(0xe0, 0x9a, 0x3e);
}

QColor neutralColor()
{
    return QColor(0x3a, 0x9f, 0xb0);
}

QList<Chart> monitoringCharts(const MonitoringResult& r, bool russian)
{
    QList<Chart> charts;

    Chart pairs;
    pairs.id = u"pairs"_s;
    pairs.type = Chart::Type::StackedBars;
    pairs.title = text(QT_TRANSLATE_NOOP("Charts", "Pairs and groups by form and state"), russian);
    for (const auto& [form, counts] : r.pairsByForm)
        pairs.categories << formLabel(form, russian);
    for (PairState state : Indicators::states()) {
        Series s;
        s.name = russian ? Indicators::stateRussian(state) : Indicators::stateLabel(state);
        s.color = stateColor(state);
        int total = 0;
        for (const auto& [form, counts] : r.pairsByForm) {
            s.values << counts.value(state);
            total += counts.value(state);
        }
        if (total > 0)
            pairs.series << s;
    }
    charts << pairs;

    Chart mentees;
    mentees.id = u"mentees"_s;
    mentees.type = Chart::Type::Pie;
    mentees.title = text(QT_TRANSLATE_NOOP("Charts", "Mentees by form of mentoring"), russian);
    Series menteeCounts;
    menteeCounts.name = text(QT_TRANSLATE_NOOP("Charts", "Mentees"), russian);
    for (const auto& [form, n] : r.menteesByForm) {
        mentees.categories << formLabel(form, russian);
        mentees.sliceColors << formColor(form);
        menteeCounts.values << n;
    }
    mentees.series << menteeCounts;
    charts << mentees;

    Chart coverage;
    coverage.id = u"coverage"_s;
    coverage.title = text(QT_TRANSLATE_NOOP("Charts", "Covered by mentoring, % of the base"), russian);
    coverage.unit = u"%"_s;
    coverage.maximum = 100;
    Series covered;
    covered.name = text(QT_TRANSLATE_NOOP("Charts", "Covered"), russian);
    covered.color = neutralColor();
    const std::pair<const char16_t*, const char*> coverageIds[] = {
        {u"coverage.pupils", QT_TRANSLATE_NOOP("Charts", "Pupils")},
        {u"coverage.teachers", QT_TRANSLATE_NOOP("Charts", "Young and new teachers")},
    };
    for (const auto& [id, label] : coverageIds) {
        const Indicator* i = r.indicator(QString::fromUtf16(id));
        if (i && i->value) {
            coverage.categories << text(label, russian);
            covered.values << *i->value;
        }
    }
    coverage.series << covered;
    charts << coverage;

    Chart satisfaction;
    satisfaction.id = u"satisfaction"_s;
    satisfaction.title = text(QT_TRANSLATE_NOOP("Charts", "Satisfaction: average score of 10"), russian);
    satisfaction.maximum = 10;
    satisfaction.decimals = 1;
    Series ofMentees{text(QT_TRANSLATE_NOOP("Charts", "Mentees"), russian), menteeColor(), {}};
    Series ofMentors{text(QT_TRANSLATE_NOOP("Charts", "Mentors"), russian), mentorColor(), {}};
    for (const auto& [form, scores] : r.satisfactionByForm) {
        satisfaction.categories << formLabel(form, russian);
        ofMentees.values << scores.first.value_or(qQNaN());
        ofMentors.values << scores.second.value_or(qQNaN());
    }
    satisfaction.series << ofMentees << ofMentors;
    charts << satisfaction;

    Chart growth;
    growth.id = u"growth"_s;
    growth.title = text(QT_TRANSLATE_NOOP("Charts", "Growth from entry to final test, percentage points"), russian);
    growth.decimals = 1;
    Series grown{text(QT_TRANSLATE_NOOP("Charts", "Growth"), russian), neutralColor(), {}};
    for (const auto& [form, g] : r.growthByForm) {
        growth.categories << formLabel(form, russian);
        grown.values << g;
    }
    growth.series << grown;
    charts << growth;

    Chart meetings;
    meetings.id = u"meetings"_s;
    meetings.title = text(QT_TRANSLATE_NOOP("Charts", "Meetings held by kind"), russian);
    Series held{text(QT_TRANSLATE_NOOP("Charts", "Meetings"), russian), QColor(0x2c, 0x5d, 0x87), {}};
    for (const auto& [kind, n] : r.meetingsByKind) {
        meetings.categories << (russian ? vocabulary::russianLabel(Vocab::MeetingKind, kind)
                                        : vocabulary::label(Vocab::MeetingKind, kind));
        held.values << n;
    }
    meetings.series << held;
    charts << meetings;
    return charts;
}

QImage paint(const Chart& chart, const QSizeF& size, qreal scale, bool russian)
{
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    const QRectF all(0, 0, size.width(), size.height());
    const QFontMetricsF tfm(font(15, true));
    const qreal titleH = chart.title.isEmpty()
        ? 0.0
        : tfm.boundingRect(QRectF(0, 0, size.width() - 8, 200), Qt::TextWordWrap, chart.title).height() + 6;
    if (!chart.title.isEmpty())
        drawTitle(p, chart.title, all.adjusted(4, 2, -4, 0));
    const QRectF area = all.adjusted(4, titleH + 4, -8, -4);
    if (chart.isEmpty())
        drawNoData(p, area, russian);
    else if (chart.type == Chart::Type::Pie)
        paintPie(p, chart, area, russian);
    else
        paintBars(p, chart, area, russian);
    p.end();
    return image;
}

QString dataUri(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

} // namespace nastavnik::charts
