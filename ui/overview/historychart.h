#pragma once

#include "overview/overviewhistory.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
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

private:
    struct Line {
        QString name;
        QColor colour;
        std::function<std::optional<double>(const Models::OverviewHistory::Point &)> value;
        bool rightAxis = false;
    };
    QList<Line> lines() const;

    Subject m_subject;
    QChart *m_chart;
    QChartView *m_view;
    int m_drawn = 0;
};

} // namespace Kaji::Ui
