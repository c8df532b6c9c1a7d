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

void HistoryChart::show(const QList<Point> &points)
{
    clearChart(m_chart);
    m_drawn = 0;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("HH:mm"));
    time->setTickCount(5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 first = points.isEmpty() ? now - 60000 : points.first().timeMs;
    const qint64 last = points.isEmpty() ? now : std::max(points.last().timeMs, first + 60000);
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Minutes repeat on a short range: seconds then.
    time->setFormat(last - first < 10 * 60000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    time->setLabelsColor(text);
    m_chart->addAxis(time, Qt::AlignBottom);
    QValueAxis *axes[2] = {new QValueAxis, nullptr};
    double highest[2] = {1, 1};
    const QList<Line> all = lines();
    if (std::any_of(all.cbegin(), all.cend(), [](const Line &l) { return l.rightAxis; }))
        axes[1] = new QValueAxis;
    m_chart->addAxis(axes[0], Qt::AlignLeft);
    if (axes[1])
        m_chart->addAxis(axes[1], Qt::AlignRight);
    // Each stretch's points are gathered first and handed to its series in
    // one call, before the series joins the chart: appended one by one to a
    // shown series, each point updated the chart, and with markers on every
    // point a full window (960 readings, six lines) took ~250 ms of the GUI
    // thread per redraw, which followed every usage reading.
    for (const Line &line : all) {
        QValueAxis *axis = axes[line.rightAxis ? 1 : 0];
        double &highestHere = highest[line.rightAxis ? 1 : 0];
        // One series per unbroken stretch; only the first is in the legend.
        bool named = false;
        QList<QPointF> stretch;
        const auto addStretch = [&] {
            if (stretch.isEmpty())
                return;
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
            stretch.clear();
            m_chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(axis);
            if (named) {
                for (QLegendMarker *marker : m_chart->legend()->markers(series))
                    marker->setVisible(false);
            }
            named = true;
        };
        for (const Point &point : points) {
            const std::optional<double> value = line.value(point);
            if (!value) {
                addStretch();
                continue;
            }
            stretch.append(QPointF(double(point.timeMs), *value));
            highestHere = std::max(highestHere, *value);
        }
        addStretch();
        if (!named) {
            // Keep the line in the legend even before it has a figure.
            auto *empty = new QLineSeries;
            empty->setName(line.name);
            empty->setPen(QPen(line.colour, 2));
            m_chart->addSeries(empty);
            empty->attachAxis(time);
            empty->attachAxis(axis);
        }
    }
    for (int i = 0; i < 2; ++i) {
        if (!axes[i])
            continue;
        axes[i]->setRange(0, std::max(4.0, std::ceil(highest[i] * 1.15)));
        axes[i]->applyNiceNumbers(); // whole steps: no "1, 1, 2" from rounding
        axes[i]->setLabelFormat(QStringLiteral("%d"));
        axes[i]->setLabelsColor(text);
        axes[i]->setTitleBrush(text);
    }
    // The legend names the lines; a rotated axis title would only repeat it
    // (and Qt Charts draws a rotated CJK title as a glyph on its side).
    if (m_subject == Subject::Pods)
        axes[0]->setTitleText(tr("pods"));
    m_chart->legend()->setLabelColor(text);
}

} // namespace Kaji::Ui
