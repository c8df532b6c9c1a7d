#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "discovery.h"
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

private:
    RestConfig m_config;
    ApiClient *m_client = nullptr;
    ScopedWatch *m_pods = nullptr;
    QStringList m_fallback;
    Discovery *m_discovery = nullptr;
    std::unique_ptr<ResourceOperations> m_operations;
    QHash<QString, TableWatch *> m_tables;
};

} // namespace Kaji::Kube
