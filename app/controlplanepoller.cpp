#include "controlplanepoller.h"

#include "clusterconnection.h"
#include "diagram/controlplanereadings.h"

namespace Kaji::App {

ControlPlanePoller::ControlPlanePoller(QObject *parent) : QObject(parent)
{
    m_timer.setObjectName(QStringLiteral("control plane poll")); // named for benchmarks' slow events
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ControlPlanePoller::poll);
}

void ControlPlanePoller::setConnection(Kube::ClusterConnection *connection)
{
    ++m_generation;
    m_connection = connection;
    m_probe = {};
    if (m_timer.isActive())
        poll();
}

void ControlPlanePoller::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (!active) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    poll();
}

void ControlPlanePoller::poll()
{
    if (!m_connection)
        return;
    const quint64 generation = m_generation;
    if (!m_probe.versionRead) {
        m_connection->get("/version", this, [this, generation](const Kube::ApiResult &result) {
            if (generation != m_generation || !result.ok())
                return;
            Models::readVersion(m_probe, result.body);
            Q_EMIT probed(m_probe);
        });
    }
    m_connection->operate(
        [](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done) {
            operations.getText("/readyz?verbose", std::move(done));
        },
        this, [this, generation](const Kube::ApiResult &result) {
            if (generation != m_generation)
                return;
            Models::readReadyz(m_probe, int(result.status), result.raw);
            m_probe.readyzError = result.status == 0 || result.status == 401 || result.status == 403 ? result.error
                                                                                                    : QString();
            Q_EMIT probed(m_probe);
        });
}

} // namespace Kaji::App
