#pragma once

#include "diagram/diagraminput.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}

namespace Kaji::App {

// Reads GET /version once and GET /readyz?verbose every half minute, only
// while the architecture view is shown: the one thing the diagrams poll,
// since no watch reports the API server's own health.
class ControlPlanePoller : public QObject {
    Q_OBJECT
public:
    explicit ControlPlanePoller(QObject *parent = nullptr);

    void setConnection(Kube::ClusterConnection *connection);
    void setActive(bool active);
    const Models::ControlPlaneProbe &probe() const { return m_probe; }

    static constexpr int IntervalMs = 30000;

Q_SIGNALS:
    void probed(const Kaji::Models::ControlPlaneProbe &probe);

private:
    void poll();

    QPointer<Kube::ClusterConnection> m_connection;
    QTimer m_timer;
    Models::ControlPlaneProbe m_probe;
    quint64 m_generation = 0; // answers for another connection are dropped
};

} // namespace Kaji::App
