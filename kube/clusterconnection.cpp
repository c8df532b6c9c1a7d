#include "clusterconnection.h"

#include "connectionworker.h"

#include <QPointer>

namespace Kaji::Kube {

ClusterConnection::ClusterConnection(RestConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_worker(new ConnectionWorker(m_config))
{
    qRegisterMetaType<FactChangeBatchPtr>();
    m_thread.setObjectName(QStringLiteral("kaji-connection-%1").arg(m_config.contextName));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ConnectionWorker::podsChanged, this, &ClusterConnection::podsChanged);
    connect(m_worker, &ConnectionWorker::stateChanged, this, [this](int state, const QString &message) {
        m_state = State(state);
        m_message = message;
        Q_EMIT stateChanged(m_state, message);
    });
    connect(m_worker, &ConnectionWorker::scopeChanged, this, [this](const QStringList &namespaces) {
        m_podNamespaces = namespaces;
        Q_EMIT scopeChanged(namespaces);
    });
    connect(m_worker, &ConnectionWorker::resourcesChanged, this, [this](const QList<ApiResource> &resources) {
        m_resources = resources;
        Q_EMIT resourcesChanged(resources);
    });
    connect(m_worker, &ConnectionWorker::discoveryFailed, this, &ClusterConnection::discoveryFailed);
    connect(m_worker, &ConnectionWorker::tableChanged, this, &ClusterConnection::tableChanged);
    connect(m_worker, &ConnectionWorker::tableStateChanged, this,
            [this](const QString &id, int state, const QString &message) {
                Q_EMIT tableStateChanged(id, State(state), message);
            });
    connect(m_worker, &ConnectionWorker::tableScopeChanged, this, &ClusterConnection::tableScopeChanged);
    connect(m_worker, &ConnectionWorker::factsChanged, this, [this](const QString &id, const FactChangeBatchPtr &batch) {
        if (m_factIds.contains(id))
            Q_EMIT factsChanged(id, batch);
    });
    connect(m_worker, &ConnectionWorker::factsStateChanged, this,
            [this](const QString &id, int state, const QString &message) {
                if (m_factIds.contains(id))
                    Q_EMIT factsStateChanged(id, State(state), message);
            });
    connect(m_worker, &ConnectionWorker::factsScopeChanged, this, [this](const QString &id, const QStringList &namespaces) {
        if (m_factIds.contains(id))
            Q_EMIT factsScopeChanged(id, namespaces);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::start, Qt::QueuedConnection);
}

void ClusterConnection::watchTable(const ApiResource &resource)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, resource] { worker->watchTable(resource); },
                              Qt::QueuedConnection);
}

void ClusterConnection::watchFacts(const QString &id, const ApiResource &resource, const QByteArray &fieldSelector,
                                   const FactShape &shape, bool metadataOnly)
{
    m_factIds.insert(id);
    const FactWatchSpec spec{resource, fieldSelector, shape, metadataOnly};
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, spec] { worker->watchFacts(id, spec); },
                              Qt::QueuedConnection);
}

void ClusterConnection::unwatchFacts(const QString &id)
{
    m_factIds.remove(id);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->unwatchFacts(id); }, Qt::QueuedConnection);
}

void ClusterConnection::setFallbackNamespaces(const QStringList &namespaces)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, namespaces] { worker->setFallbackNamespaces(namespaces); },
                              Qt::QueuedConnection);
}

void ClusterConnection::replayPods()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->replayPods(); }, Qt::QueuedConnection);
}

void ClusterConnection::get(const QByteArray &path, QObject *receiver, std::function<void(const ApiResult &)> onResult)
{
    operate([path](ResourceOperations &operations, ApiClient::ResultHandler done) { operations.get(path, std::move(done)); },
            receiver, std::move(onResult));
}

void ClusterConnection::operate(Work work, QObject *receiver, std::function<void(const ApiResult &)> onResult)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, guard, work = std::move(work), onResult = std::move(onResult)] {
        worker->operate(work, [guard, onResult](const ApiResult &result) {
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, onResult, result] {
                if (guard)
                    onResult(result);
            }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
}

ClusterConnection::~ClusterConnection()
{
    // The worker and its children (sockets, timers) are destroyed on their
    // own thread once its event loop ends.
    m_thread.quit();
    m_thread.wait();
}

} // namespace Kaji::Kube
