#pragma once

#include "apiclient.h"
#include "clustersnapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>


// Lives on the thread of its ApiClient (a cluster's connection thread, or a
// command's main thread); the finished snapshot may then go to any thread.
namespace Kaji::Models {
class DiagnosisMirror;

// Fetches what diagnosis reads: every kind of ClusterSnapshot, cluster-wide
// or per namespace, listed (a command's one run) or taken from a
// DiagnosisMirror (the app's runs, one after another), then the logs of the containers whose failure a log explains
// (previous instance of crash loops and OOM kills, failed init containers,
// failed Job pods). Kinds the user may not read are skipped and named, not
// fatal; Secret values are dropped the moment they arrive.
class DiagnosisLoader : public QObject {
    Q_OBJECT
public:
    explicit DiagnosisLoader(Kube::ApiClient *client, QObject *parent = nullptr);

    // Empty `namespaces`: all namespaces, falling back to `fallbackNamespace`
    // when listing cluster-wide is forbidden. Emits finished() once.
    void load(const QStringList &namespaces, const QString &fallbackNamespace);
    // The same, all namespaces, with the objects taken from a mirror (which
    // it starts, or scopes to `fallbackNamespace`, as needed) instead of
    // listed; one request checks the server and the scope first, and the
    // logs are read as load() reads them. The mirror must outlive the load
    // or the load ends without a snapshot.
    void loadFrom(DiagnosisMirror *mirror, const QString &fallbackNamespace);

    const ClusterSnapshot &snapshot() const { return m_snapshot; }
    // Hands the snapshot over (this one is left empty): at 50,000 pods it is
    // under 150 MB, and whoever runs the rules decides when it goes.
    ClusterSnapshot takeSnapshot() { return std::move(m_snapshot); }
    // Reads the logs fetched by load(); it shares them, so it stays valid
    // after the loader is gone.
    LogReader logReader() const;
    // "secrets: Forbidden", ...: what could not be read, for the user.
    const QStringList &skipped() const { return m_skipped; }
    // The namespaces actually read (empty: all).
    const QStringList &namespaces() const { return m_namespaces; }
    // Non-empty when the load failed as a whole (server unreachable, ...).
    const QString &error() const { return m_error; }

    // Items per list request; tests make it small to see paging work.
    void setPageSize(int items) { m_pageSize = items; }
    // List requests answered so far (all pages of all kinds).
    int pagesRead() const { return m_pages; }

    static constexpr int PageSize = 500; // kubectl's chunk size
    static constexpr int LogTailLines = 200;
    static constexpr int MaxLogs = 100; // a bad rollout can crash-loop hundreds of pods
    static constexpr int LogTimeoutMs = 15000;

Q_SIGNALS:
    void finished();

private:
    bool scopeAfterProbe(const Kube::ApiResult &result);
    void takeMirrored(DiagnosisMirror &mirror);
    void listKinds();
    void listKind(ClusterSnapshot::Kind kind);
    void listPages(const QByteArray &path, ClusterSnapshot::Kind kind, const Kube::ApiClient::ResultHandler &onDone,
                   const QString &continueToken = {});
    void kindDone();
    void fetchLogs();
    void finish();

    Kube::ApiClient *m_client;
    ClusterSnapshot m_snapshot;
    QStringList m_namespaces;
    QString m_fallbackNamespace;
    QStringList m_skipped;
    QString m_error;
    std::vector<FrozenJson> m_pending[ClusterSnapshot::KindCount];
    bool m_forbidden[ClusterSnapshot::KindCount] = {};
    int m_outstanding = 0;
    int m_pageSize = PageSize;
    int m_pages = 0;
    bool m_finished = false;
    QHash<QString, QStringList> m_logs; // "ns/pod/container/previous|current"
    QHash<QString, quint64> m_logStreams; // still arriving: "ns/pod/container" -> stream id
};

} // namespace Kaji::Models
