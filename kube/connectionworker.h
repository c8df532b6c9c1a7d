#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "discovery.h"
#include "factwatch.h"
#include "podstore.h"
#include "reflector.h"
#include "scopedwatch.h"
#include "resourceoperations.h"
#include "tablewatch.h"

// The connection thread of one cluster: created there by ClusterConnection.
namespace Kaji::Kube {

// What runs on a connection thread: the API client, the reflector and the
// store. Starts with every namespace and narrows to the context's own when
// the user may not list across namespaces.
class ConnectionWorker : public QObject {
    Q_OBJECT
public:
    explicit ConnectionWorker(RestConfig config);
    ~ConnectionWorker() override;

    void start();
    // Starts keeping the table of `resource` live (once per kind).
    void watchTable(const Kaji::Kube::ApiResource &resource);
    // Starts keeping the facts of `spec` live under `id`. The same id again
    // with the same spec replays what is held; with another spec, it
    // starts over.
    void watchFacts(const QString &id, const Kaji::Kube::FactWatchSpec &spec);
    // Stops that watch and frees its store.
    void unwatchFacts(const QString &id);
    void operate(const std::function<void(ResourceOperations &, ApiClient::ResultHandler)> &work,
                 ApiClient::ResultHandler onResult);
    // The namespaces to watch where listing across all of them is refused.
    void setFallbackNamespaces(const QStringList &namespaces);
    void replayPods();

Q_SIGNALS:
    void podsChanged(const Kaji::Kube::PodChangeBatchPtr &batch);
    void stateChanged(int state, const QString &message); // Reflector::State
    void scopeChanged(const QStringList &namespaces);
    void resourcesChanged(const QList<Kaji::Kube::ApiResource> &resources);
    void discoveryFailed(const QString &message);
    void tableChanged(const QString &resourceId, const Kaji::Kube::TableChangeBatchPtr &batch);
    void tableStateChanged(const QString &resourceId, int state, const QString &message);
    void tableScopeChanged(const QString &resourceId, const QStringList &namespaces);
    void factsChanged(const QString &id, const Kaji::Kube::FactChangeBatchPtr &batch);
    void factsStateChanged(const QString &id, int state, const QString &message);
    void factsScopeChanged(const QString &id, const QStringList &namespaces);

private:
    RestConfig m_config;
    ApiClient *m_client = nullptr;
    ScopedWatch *m_pods = nullptr;
    QStringList m_fallback;
    Discovery *m_discovery = nullptr;
    std::unique_ptr<ResourceOperations> m_operations;
    QHash<QString, TableWatch *> m_tables;
    QHash<QString, FactWatch *> m_facts;
};

} // namespace Kaji::Kube
