#include "connectionworker.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Kube {

ConnectionWorker::ConnectionWorker(RestConfig config) : m_config(std::move(config)) {}

ConnectionWorker::~ConnectionWorker()
{
    // The reflector cancels its request through the client: it must go
    // first, before QObject deletes children in creation order.
    delete m_reflector;
    qDeleteAll(m_tables);
    delete m_discovery;
}

void ConnectionWorker::start()
{
    // Created here, on the connection thread, so their sockets and timers
    // belong to it.
    m_client = new ApiClient(m_config, this);
    m_operations = std::make_unique<ResourceOperations>(m_client);
    m_store = new PodStore(this);
    connect(m_store, &PodStore::changed, this, &ConnectionWorker::podsChanged);
    watchPods(QByteArrayLiteral("/api/v1/pods"));
    m_discovery = new Discovery(m_client, this);
    connect(m_discovery, &Discovery::resourcesChanged, this, &ConnectionWorker::resourcesChanged);
    connect(m_discovery, &Discovery::failed, this, &ConnectionWorker::discoveryFailed);
    m_discovery->start();
}

void ConnectionWorker::operate(const std::function<void(ResourceOperations &, ApiClient::ResultHandler)> &work,
                               ApiClient::ResultHandler onResult)
{
    if (!m_operations) {
        ApiResult notConnected;
        notConnected.error = QCoreApplication::translate("Kaji::Kube::ConnectionWorker", "not connected yet");
        onResult(notConnected);
        return;
    }
    work(*m_operations, std::move(onResult));
}

void ConnectionWorker::watchTable(const ApiResource &resource)
{
    const QString id = resource.id();
    if (m_tables.contains(id) || !m_client)
        return;
    auto *watch = new TableWatch(m_client, resource, m_config.namespaceName, this);
    m_tables.insert(id, watch);
    connect(watch, &TableWatch::changed, this,
            [this, id](const TableChangeBatchPtr &batch) { Q_EMIT tableChanged(id, batch); });
    connect(watch, &TableWatch::stateChanged, this, [this, id](Reflector::State state, const QString &message) {
        Q_EMIT tableStateChanged(id, int(state), message);
    });
    connect(watch, &TableWatch::scopeChanged, this,
            [this, id](const QString &ns) { Q_EMIT tableScopeChanged(id, ns); });
    watch->start();
}

void ConnectionWorker::watchPods(const QByteArray &path)
{
    if (m_reflector) {
        m_reflector->stop();
        m_reflector->deleteLater();
    }
    m_reflector = new Reflector(m_client, path, m_store, this);
    connect(m_reflector, &Reflector::stateChanged, this, [this](Reflector::State state, const QString &message) {
        if (state == Reflector::State::Forbidden && !m_narrowed) {
            // Users who may not list across namespaces still see their own.
            m_narrowed = true;
            Q_EMIT scopeChanged(m_config.namespaceName);
            watchPods("/api/v1/namespaces/" + QUrl::toPercentEncoding(m_config.namespaceName) + "/pods");
            return;
        }
        Q_EMIT stateChanged(int(state), message);
    });
    m_reflector->start();
}

} // namespace Kaji::Kube
