#pragma once

#include "overview/overviewhistory.h"

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

// GUI thread.
namespace Kaji::Ui {

// The overview's history since connect as lines: pods by phase, or
// restarts and Warning events. A gap breaks its line.
class HistoryChart : public QWidget {
    Q_OBJECT
public:
    enum class Subject { Pods, Activity };

    HistoryChart(Subject subject, QWidget *parent = nullptr);

    void show(const QList<Models::OverviewHistory::Point> &points);
    // Points drawn (present figures), for tests.
    int pointsDrawn() const { return m_drawn; }
    // The names the legend shows, for tests.
    QStringList legendNames() const;

private:
    struct Line {
        QString name;
        QColor colour;
        std::function<std::optional<double>(const Models::OverviewHistory::Point &)> value;
        bool rightAxis = false;
    };
    QList<Line> lines() const;
    // Each line's unbroken stretches of points, and the highest figure of
    // each axis (left, right).
    struct Drawing {
        QList<QList<QList<QPointF>>> stretches; // per line
        double highest[2] = {1, 1};
        qint64 firstMs = 0, lastMs = 0;
        // Stretches per line, and whether each is a single point (drawn as
        // a dot): while it stays the same, a drawing only moves points.
        QList<int> shape() const;
    };
    Drawing collect(const QList<Models::OverviewHistory::Point> &points, const QList<Line> &all) const;
    void rebuild(const Drawing &drawing, const QList<Line> &all);
    void setRanges(const Drawing &drawing);

    Subject m_subject;
    QChart *m_chart;
    QChartView *m_view;
    int m_drawn = 0;
    // What the chart shows now (the chart owns them); the shape, palette
    // and line names they were made for.
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values[2] = {nullptr, nullptr};
    QList<int> m_shape;
    qint64 m_paletteKey = -1;
    QStringList m_names;
    QList<Models::OverviewHistory::Point> m_points; // drawn last
};

} // namespace Kaji::Ui
