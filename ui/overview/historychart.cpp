#include "historychart.h"

#include "clearchart.h"
#include "healthcolours.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Kaji::Ui {

using Point = Models::OverviewHistory::Point;

HistoryChart::HistoryChart(Subject subject, QWidget *parent)
    : QWidget(parent), m_subject(subject), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setObjectName(subject == Subject::Pods ? QStringLiteral("historyPods") : QStringLiteral("historyActivity"));
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QList<HistoryChart::Line> HistoryChart::lines() const
{
    const QPalette pal = palette();
    const auto pods = [](int Models::PodCounts::*field) {
        return [field](const Point &p) -> std::optional<double> {
            return p.pods ? std::optional<double>((*p.pods).*field) : std::nullopt;
        };
    };
    if (m_subject == Subject::Pods) {
        return {{tr("Running"), healthColour(Models::Health::Healthy, pal), pods(&Models::PodCounts::running)},
                {tr("Pending"), healthColour(Models::Health::Progressing, pal), pods(&Models::PodCounts::pending)},
                {tr("Failed"), healthColour(Models::Health::Failing, pal), pods(&Models::PodCounts::failed)},
                {tr("Succeeded"), healthColour(Models::Health::Finished, pal), pods(&Models::PodCounts::succeeded)}};
    }
    return {{tr("Restarts (all pods)"), healthColour(Models::Health::Failing, pal),
             [](const Point &p) { return p.pods ? std::optional<double>(double(p.pods->restarts)) : std::nullopt; }},
            {tr("Warning events per 15 s"), severityColour(Models::Severity::Warning, pal),
             [](const Point &p) { return p.warnings ? std::optional<double>(*p.warnings) : std::nullopt; }, true}};
}

QStringList HistoryChart::legendNames() const
{
    QStringList names;
    for (const QLegendMarker *marker : m_chart->legend()->markers()) {
        if (marker->isVisible())
            names.append(marker->label());
    }
    return names;
}

QList<int> HistoryChart::Drawing::shape() const
{
    QList<int> out;
    for (const QList<QList<QPointF>> &line : stretches) {
        out.append(int(line.size()));
        for (const QList<QPointF> &stretch : line)
            out.append(stretch.size() == 1 ? 1 : 2);
    }
    return out;
}

HistoryChart::Drawing HistoryChart::collect(const QList<Point> &points, const QList<Line> &all) const
{
    Drawing drawing;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    drawing.firstMs = points.isEmpty() ? now - 60000 : points.first().timeMs;
    drawing.lastMs = points.isEmpty() ? now : std::max(points.last().timeMs, drawing.firstMs + 60000);
    for (const Line &line : all) {
        double &highest = drawing.highest[line.rightAxis ? 1 : 0];
        QList<QList<QPointF>> stretches;
        QList<QPointF> stretch;
        for (const Point &point : points) {
            const std::optional<double> value = line.value(point);
            if (!value) {
                if (!stretch.isEmpty())
                    stretches.append(std::exchange(stretch, {}));
                continue;
            }
            stretch.append(QPointF(double(point.timeMs), *value));
            highest = std::max(highest, *value);
        }
        if (!stretch.isEmpty())
            stretches.append(std::move(stretch));
        drawing.stretches.append(std::move(stretches));
    }
    return drawing;
}

void HistoryChart::show(const QList<Point> &points)
{
    const QList<Line> all = lines();
    QStringList names; // in the language of the moment
    for (const Line &line : all)
        names.append(line.name);
    // Some lines keep their names in Japanese ("Running"): the axis title
    // tells a change of language too.
    names.append(tr("pods"));
    // The overview counts again whenever a node, a workload or a reading of
    // metrics changes, mostly with the same history: laying the axes out
    // again for nothing was 29 % of the GUI thread's samples of an idle
    // minute at 500 nodes (perf).
    if (!m_series.isEmpty() && points == m_points && palette().cacheKey() == m_paletteKey && names == m_names)
        return;
    m_points = points;
    const Drawing drawing = collect(points, all);
    const QList<int> shape = drawing.shape();
    // A new reading of a quiet cluster moves points and the time axis only:
    // building the chart anew each period (new axes, series, legend) was a
    // third of the GUI thread's idle time at 10,000 pods. Another palette or
    // language draws anew.
    if (!m_series.isEmpty() && shape == m_shape && palette().cacheKey() == m_paletteKey && names == m_names) {
        m_drawn = 0;
        qsizetype next = 0;
        for (const QList<QList<QPointF>> &line : drawing.stretches) {
            for (const QList<QPointF> &stretch : line) {
                m_series.at(next++)->replace(stretch);
                m_drawn += int(stretch.size());
            }
            next += line.isEmpty() ? 1 : 0; // the line's empty series, kept for its legend entry
        }
    } else {
        rebuild(drawing, all);
        m_shape = shape;
        m_paletteKey = palette().cacheKey();
        m_names = names;
    }
    setRanges(drawing);
}

void HistoryChart::rebuild(const Drawing &drawing, const QList<Line> &all)
{
    clearChart(m_chart);
    m_series.clear();
    m_drawn = 0;
    const QColor text = palette().color(QPalette::WindowText);
    m_time = new QDateTimeAxis;
    m_time->setTickCount(5);
    m_time->setLabelsColor(text);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_values[0] = new QValueAxis;
    m_values[1] = std::any_of(all.cbegin(), all.cend(), [](const Line &l) { return l.rightAxis; }) ? new QValueAxis : nullptr;
    m_chart->addAxis(m_values[0], Qt::AlignLeft);
    if (m_values[1])
        m_chart->addAxis(m_values[1], Qt::AlignRight);
    for (QValueAxis *axis : m_values) {
        if (!axis)
            continue;
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    m_chart->legend()->setLabelColor(text);
    // Each stretch's points are handed to its series in one call, before
    // the series joins the chart: appended one by one to a shown series,
    // each point updated the chart, and with markers on every point a full
    // window (960 readings, six lines) took ~250 ms of the GUI thread.
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Line &line = all.at(i);
        QValueAxis *axis = m_values[line.rightAxis ? 1 : 0];
        const auto addSeries = [&](const QList<QPointF> &stretch, bool inLegend) {
            auto *series = new QLineSeries;
            series->setName(line.name);
            series->setPen(QPen(line.colour, 2));
            // A stretch of one reading is a dot, not nothing.
            if (stretch.size() == 1) {
                series->setPointsVisible(true);
                series->setMarkerSize(5);
            }
            series->append(stretch);
            m_drawn += int(stretch.size());
            m_chart->addSeries(series);
            series->attachAxis(m_time);
            series->attachAxis(axis);
            // One series per unbroken stretch; only the first is in the legend.
            if (!inLegend) {
                for (QLegendMarker *marker : m_chart->legend()->markers(series))
                    marker->setVisible(false);
            }
            m_series.append(series);
        };
        const QList<QList<QPointF>> &stretches = drawing.stretches.at(i);
        // A line without figures yet keeps its legend entry.
        if (stretches.isEmpty())
            addSeries({}, true);
        for (qsizetype s = 0; s < stretches.size(); ++s)
            addSeries(stretches.at(s), s == 0);
    }
}

void HistoryChart::setRanges(const Drawing &drawing)
{
    // The legend names the lines; a rotated axis title would only repeat it
    // (and Qt Charts draws a rotated CJK title as a glyph on its side). Set
    // at each drawing: the language may have changed under kept axes.
    if (m_subject == Subject::Pods)
        m_values[0]->setTitleText(tr("pods"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(drawing.firstMs), QDateTime::fromMSecsSinceEpoch(drawing.lastMs));
    // Minutes repeat on a short range: seconds then.
    m_time->setFormat(drawing.lastMs - drawing.firstMs < 10 * 60000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    for (int i = 0; i < 2; ++i) {
        if (!m_values[i])
            continue;
        m_values[i]->setRange(0, std::max(4.0, std::ceil(drawing.highest[i] * 1.15)));
        m_values[i]->applyNiceNumbers(); // whole steps: no "1, 1, 2" from rounding
    }
}

} // namespace Kaji::Ui
