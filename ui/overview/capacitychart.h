#pragma once

#include "overview/capacitytotals.h"

#include <QWidget>

class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

// GUI thread.
namespace Kaji::Ui {

// CPU or memory of the cluster and its busiest nodes: usage, requests and
// limits as a share of allocatable, as bars, with the total in words above.
// No reading: no usage bar, and the reason instead of a 0.
class CapacityChart : public QWidget {
    Q_OBJECT
public:
    enum class Resource { Cpu, Memory };
    static constexpr int MaxNodes = 8;

    CapacityChart(Resource resource, QWidget *parent = nullptr);

    // `gap`: why there are no usage figures (empty when there are).
    void show(const Models::CapacityTotals &totals, const QString &gap);
    QString summary() const;
    // Bars drawn for usage (a test reads it: the chart filled).
    int usageBars() const { return m_usageBars; }

    static QString cores(qint64 millis);
    static QString bytes(qint64 bytes);

private:
    QString amount(qint64 value) const;

    Resource m_resource;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_view;
    int m_usageBars = 0;
};

} // namespace Kaji::Ui
