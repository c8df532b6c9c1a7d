#include "connectionworker.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Kube {

ConnectionWorker::ConnectionWorker(RestConfig config) : m_config(std::move(config))
{
    if (!m_config.namespaceName.isEmpty())
        m_fallback = {m_config.namespaceName};
}

ConnectionWorker::~ConnectionWorker()
{
    // Watches cancel their requests through the client: they must go first,
    // before QObject deletes children in creation order.
    delete m_pods;
    qDeleteAll(m_tables);
    qDeleteAll(m_facts);
    delete m_discovery;
}

void ConnectionWorker::start()
{
    // Created here, on the connection thread, so their sockets and timers
    // belong to it.
    m_client = new ApiClient(m_config, this);
    m_operations = std::make_unique<ResourceOperations>(m_client);
    m_pods = new ScopedWatch(
        m_client,
        [](const QString &ns) {
            return ns.isEmpty() ? QByteArrayLiteral("/api/v1/pods")
                                : "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns) + "/pods";
        },
        [this](QObject *owner) {
            auto *store = new PodStore(owner);
            connect(store, &PodStore::changed, this, &ConnectionWorker::podsChanged);
            return store;
        },
        Reflector::Format::Objects, true, this);
    m_pods->setFallback(m_fallback);
    connect(m_pods, &ScopedWatch::stateChanged, this,
            [this](Reflector::State state, const QString &message) { Q_EMIT stateChanged(int(state), message); });
    connect(m_pods, &ScopedWatch::scopeChanged, this, &ConnectionWorker::scopeChanged);
    m_pods->start();
    m_discovery = new Discovery(m_client, this);
    connect(m_discovery, &Discovery::resourcesChanged, this, &ConnectionWorker::resourcesChanged);
    connect(m_discovery, &Discovery::failed, this, &ConnectionWorker::discoveryFailed);
    m_discovery->start();
}

void ConnectionWorker::setFallbackNamespaces(const QStringList &namespaces)
{
    m_fallback = namespaces;
    if (m_fallback.isEmpty() && !m_config.namespaceName.isEmpty())
        m_fallback = {m_config.namespaceName};
    if (m_pods)
        m_pods->setFallback(m_fallback);
    for (TableWatch *watch : std::as_const(m_tables))
        watch->setFallback(m_fallback);
    for (FactWatch *watch : std::as_const(m_facts))
        watch->setFallback(m_fallback);
}

void ConnectionWorker::replayPods()
{
    if (m_pods)
        m_pods->replay();
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
    if (const auto it = m_tables.constFind(id); it != m_tables.constEnd()) {
        // A second reader of a live table gets what it holds.
        it.value()->replay();
        return;
    }
    if (!m_client)
        return;
    auto *watch = new TableWatch(m_client, resource, QString(), this);
    watch->setFallback(m_fallback);
    m_tables.insert(id, watch);
    connect(watch, &TableWatch::changed, this,
            [this, id](const TableChangeBatchPtr &batch) { Q_EMIT tableChanged(id, batch); });
    connect(watch, &TableWatch::stateChanged, this, [this, id](Reflector::State state, const QString &message) {
        Q_EMIT tableStateChanged(id, int(state), message);
    });
    connect(watch, &TableWatch::scopeChanged, this,
            [this, id](const QStringList &namespaces) { Q_EMIT tableScopeChanged(id, namespaces); });
    watch->start();
}

void ConnectionWorker::watchFacts(const QString &id, const FactWatchSpec &spec)
{
    if (FactWatch *watch = m_facts.value(id)) {
        if (watch->spec() == spec) {
            // A second reader of live facts gets what they hold.
            watch->replay();
            return;
        }
        unwatchFacts(id);
    }
    if (!m_client)
        return;
    auto *watch = new FactWatch(m_client, spec, this);
    watch->setFallback(m_fallback);
    m_facts.insert(id, watch);
    connect(watch, &FactWatch::changed, this, [this, id](const FactChangeBatchPtr &batch) { Q_EMIT factsChanged(id, batch); });
    connect(watch, &FactWatch::stateChanged, this, [this, id](Reflector::State state, const QString &message) {
        Q_EMIT factsStateChanged(id, int(state), message);
    });
    connect(watch, &FactWatch::scopeChanged, this,
            [this, id](const QStringList &namespaces) { Q_EMIT factsScopeChanged(id, namespaces); });
    watch->start();
}

void ConnectionWorker::unwatchFacts(const QString &id)
{
    // Called from the event loop, never from inside the watch's own signals.
    delete m_facts.take(id);
}

} // namespace Kaji::Kube
