#pragma once

#include "apiclient.h"
#include "podstore.h"
#include "reflector.h"

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

Q_SIGNALS:
    void podsChanged(const Kaji::Kube::PodChangeBatchPtr &batch);
    void stateChanged(int state, const QString &message); // Reflector::State
    void scopeChanged(const QString &namespaceName);

private:
    void watchPods(const QByteArray &path);

    RestConfig m_config;
    ApiClient *m_client = nullptr;
    PodStore *m_store = nullptr;
    Reflector *m_reflector = nullptr;
    bool m_narrowed = false;
};

} // namespace Kaji::Kube
