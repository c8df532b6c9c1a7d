#include "connectionpool.h"

#include "clusterconnection.h"

namespace Kaji::App {

ConnectionPool::ConnectionPool(int limit, QObject *parent) : QObject(parent), m_limit(std::max(limit, 1)) {}

// Connection threads stop before whatever they feed goes away.
ConnectionPool::~ConnectionPool() = default;

Kube::ClusterConnection *ConnectionPool::acquire(const Kube::RestConfig &config, bool *reused)
{
    const QString name = config.contextName;
    if (auto it = m_connections.find(name); it != m_connections.end()) {
        if (it->second->config() == config) {
            touch(name);
            if (reused)
                *reused = true;
            return it->second.get();
        }
        close(name);
    }
    if (reused)
        *reused = false;
    auto connection = std::make_unique<Kube::ClusterConnection>(config);
    Kube::ClusterConnection *raw = connection.get();
    connect(raw, &Kube::ClusterConnection::stateChanged, this,
            [this, name](Kube::Reflector::State state, const QString &message) {
                Q_EMIT stateChanged(name, int(state), message);
            });
    m_connections.emplace(name, std::move(connection));
    touch(name);
    Q_EMIT stateChanged(name, int(Kube::Reflector::State::Connecting), QString());
    while (m_order.size() > m_limit)
        close(m_order.last());
    return raw;
}

Kube::ClusterConnection *ConnectionPool::find(const QString &context) const
{
    const auto it = m_connections.find(context);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void ConnectionPool::close(const QString &context)
{
    m_order.removeAll(context);
    if (m_connections.erase(context) > 0)
        Q_EMIT stateChanged(context, -1, QString());
}

void ConnectionPool::keepOnly(const QStringList &contexts)
{
    const QStringList open = m_order;
    for (const QString &name : open) {
        if (!contexts.contains(name))
            close(name);
    }
}

void ConnectionPool::touch(const QString &context)
{
    m_order.removeAll(context);
    m_order.prepend(context);
}

} // namespace Kaji::App
