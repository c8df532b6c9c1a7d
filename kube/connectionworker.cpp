#include "connectionworker.h"

#include <QUrl>

namespace Kaji::Kube {

ConnectionWorker::ConnectionWorker(RestConfig config) : m_config(std::move(config)) {}

ConnectionWorker::~ConnectionWorker()
{
    // The reflector cancels its request through the client: it must go
    // first, before QObject deletes children in creation order.
    delete m_reflector;
}

void ConnectionWorker::start()
{
    // Created here, on the connection thread, so their sockets and timers
    // belong to it.
    m_client = new ApiClient(m_config, this);
    m_store = new PodStore(this);
    connect(m_store, &PodStore::changed, this, &ConnectionWorker::podsChanged);
    watchPods(QByteArrayLiteral("/api/v1/pods"));
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
