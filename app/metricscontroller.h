#pragma once

#include "metrics/usagehistory.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Ui {
class UsageView;
}

// GUI thread.
namespace Kaji::App {

// Reads metrics.k8s.io for the shown context while a usage chart is on
// screen (one reading per resolution period, for every node and pod at
// once), keeps the history since connect, and feeds the chart its series
// or the reason there are none. Idle when nothing looks: no requests.
class MetricsController : public QObject {
    Q_OBJECT
public:
    MetricsController(Ui::UsageView *view, QObject *parent = nullptr);

    void setConnection(Kube::ClusterConnection *connection);
    const Models::UsageHistory &history() const { return m_history; }
    // Milliseconds between readings (metrics-server's resolution).
    void setInterval(int ms) { m_timer.setInterval(ms); }

private:
    void setActive(bool active);
    void read();
    void received(const Kube::MetricsSamplePtr &sample);
    void showSubject();

    Ui::UsageView *m_view;
    QPointer<Kube::ClusterConnection> m_connection;
    Models::UsageHistory m_history;
    QTimer m_timer;
    bool m_reading = false;
    quint64 m_generation = 0; // a reading of a previous connection is dropped
    QString m_gap; // why the last reading had no figures; empty when it had
};

} // namespace Kaji::App
