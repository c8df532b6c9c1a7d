#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "objectfacts.h"
#include "podstore.h"
#include "resourceoperations.h"
#include "tablerow.h"
#include "reflector.h"
#include "restconfig.h"

#include <QObject>
#include <QSet>
#include <QThread>

// The object lives on the thread that creates it (the GUI thread); the work
// it owns (HTTP, JSON, the store) runs on its own connection thread.
namespace Kaji::Kube {

class ConnectionWorker;

// One live connection to one context: its own thread running the API
// client, the pod reflector and the store. Everything it reports arrives
// on the owner's thread through queued signals.
class ClusterConnection : public QObject {
    Q_OBJECT
public:
    using State = Reflector::State;

    explicit ClusterConnection(RestConfig config, QObject *parent = nullptr);
    ~ClusterConnection() override;

    const RestConfig &config() const { return m_config; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The namespaces the pods come from; empty for all namespaces.
    QStringList podNamespaces() const { return m_podNamespaces; }
    // What to watch instead when the user may not list a kind across all
    // namespaces (the context's namespace when empty).
    void setFallbackNamespaces(const QStringList &namespaces);
    // Hands on every pod held again (as podsChanged resets), for a view that
    // comes back to this connection.
    void replayPods();
    // What discovery found; empty until it answered.
    const QList<ApiResource> &resources() const { return m_resources; }
    // Keeps the table of a kind live; its changes arrive through tableChanged().
    void watchTable(const ApiResource &resource);
    // Keeps the facts of a kind live under `id` (a diagram's name for it):
    // its objects (those `fieldSelector` selects, when given) reduced to
    // `shape`, as metadata only (the server sends no more) when
    // `metadataOnly`. Changes arrive through factsChanged(). A second call
    // with the same id and arguments replays what is held, as resets; with
    // other arguments it starts over. Fallback namespaces apply as to tables.
    void watchFacts(const QString &id, const ApiResource &resource, const QByteArray &fieldSelector,
                    const FactShape &shape, bool metadataOnly);
    // Stops that watch and frees its store; no batch for `id` arrives after.
    void unwatchFacts(const QString &id);
    // A one-off GET on the connection thread; `onResult` runs on the
    // caller's thread, and not at all once `receiver` is gone.
    void get(const QByteArray &path, QObject *receiver, std::function<void(const ApiResult &)> onResult);
    // Runs `work` with the connection's operations on its thread; the
    // result comes back like get()'s.
    using Work = std::function<void(ResourceOperations &operations, ApiClient::ResultHandler done)>;
    void operate(Work work, QObject *receiver, std::function<void(const ApiResult &)> onResult);

Q_SIGNALS:
    void podsChanged(const Kaji::Kube::PodChangeBatchPtr &batch);
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);
    // Listing every namespace was refused; pods now come from `namespaces`.
    void scopeChanged(const QStringList &namespaces);
    void resourcesChanged(const QList<Kaji::Kube::ApiResource> &resources);
    void discoveryFailed(const QString &message);
    void tableChanged(const QString &resourceId, const Kaji::Kube::TableChangeBatchPtr &batch);
    void tableStateChanged(const QString &resourceId, Kaji::Kube::Reflector::State state, const QString &message);
    // Listing a kind across namespaces was refused; it now comes from `namespaces`.
    void tableScopeChanged(const QString &resourceId, const QStringList &namespaces);
    void factsChanged(const QString &id, const Kaji::Kube::FactChangeBatchPtr &batch);
    void factsStateChanged(const QString &id, Kaji::Kube::Reflector::State state, const QString &message);
    // Listing the kind across namespaces was refused; it now comes from `namespaces`.
    void factsScopeChanged(const QString &id, const QStringList &namespaces);

private:
    RestConfig m_config;
    QThread m_thread;
    ConnectionWorker *m_worker;
    State m_state = State::Connecting;
    QString m_message;
    QStringList m_podNamespaces;
    QList<ApiResource> m_resources;
    // The fact watches asked for: what the worker sent before an unwatch
    // was still queued to us and is dropped.
    QSet<QString> m_factIds;
};

} // namespace Kaji::Kube
