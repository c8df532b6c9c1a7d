#pragma once

#include "diagraminput.h"
#include "reflector.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}

namespace Kaji::Models {

class PodTableModel;

// The live input of the diagrams: the connection's fact watches of the kinds
// the shown view needs, mirrored as they change, and the pods the Pods table
// already holds (shared, not copied). Kinds no view needs any more are
// unwatched, so a closed diagram costs no memory and no traffic.
class DiagramSource : public QObject {
    Q_OBJECT
public:
    // `watchPrefix` names this source's watches on the connection, so two
    // sources (the diagrams, the overview) never share or end each other's.
    explicit DiagramSource(QObject *parent = nullptr, const QString &watchPrefix = QStringLiteral("diagram:"));
    ~DiagramSource() override;

    // `connection` may be null; the pods come from `pods` (fed by the same
    // connection's pod batches).
    void setConnection(Kube::ClusterConnection *connection, const PodTableModel *pods);
    // Watches exactly these kinds (others are released).
    void setKinds(const QList<DiagramKind> &kinds);
    void setControlPlane(const ControlPlaneProbe &probe);

    // A copy to build from on another thread: hashes are shared, not
    // copied, the Pods table's rows are copied (at 50,000 pods 60-100 ms)
    // unless `withPods` is false; keyPods() keys them there, off the GUI
    // thread.
    DiagramInput snapshot(qint64 nowEpochSecs, bool withPods = true) const;
    // Every watched kind and the pods have answered (read, refused or failed).
    bool settled() const;
    QList<DiagramKind> kinds() const { return m_watched.values(); }

    // Fills input.pods from input.podList (and drops the list).
    static void keyPods(DiagramInput &input);

    // Fact batches wait while a snapshot shares their kind's objects (see
    // m_deferred), checking every RetryDeferredMs, MaxDeferMs at most.
    static constexpr int RetryDeferredMs = 20;
    static constexpr int MaxDeferMs = 1000;
    // Objects applied per turn of the event loop: at 50,000 pod facts a
    // first list applied at once held the GUI thread 220-260 ms.
    static constexpr int ChunkObjects = 2000;
    int deferredBatches() const;
    void setChunkObjects(int objects) { m_chunkObjects = std::max(1, objects); } // tests

Q_SIGNALS:
    // Something the diagrams read changed (coalescing is the caller's business).
    void changed();

private:
    void watch(DiagramKind kind);
    void unwatch(DiagramKind kind);
    void applyBatch(const QString &id, const Kube::FactChangeBatchPtr &batch);
    bool sharedWithSnapshot(DiagramKind kind) const;
    void applyDeferred();
    void applyState(const QString &id, Kube::Reflector::State state, const QString &message);
    void applyScope(const QString &id, const QStringList &namespaces);
    QString watchId(DiagramKind kind) const;
    std::optional<DiagramKind> kindOfWatch(const QString &id) const;

    QString m_watchPrefix;
    QPointer<Kube::ClusterConnection> m_connection;
    // Guarded: the app may delete the model before this source.
    QPointer<const PodTableModel> m_pods;
    QSet<DiagramKind> m_watched;
    void applyPodState();

    DiagramInput m_input; // pods stay empty here: snapshot() shares the model's list
    // Batches that came while a snapshot handed to another thread (a count,
    // a layout) still shared their kind's objects: applied then, each would
    // copy every object of the kind on this thread (at 50,000 pods 100 to
    // 300 ms a batch). They wait, in order, until the snapshot is gone, or
    // MaxDeferMs at most. Large batches (a first list) wait here too and go
    // in parts of m_chunkObjects, one part per turn of the event loop.
    struct Pending {
        QList<Kube::FactChangeBatchPtr> batches;
        qsizetype applied = 0; // upserts of the first batch already applied
    };
    QHash<DiagramKind, Pending> m_deferred;
    int m_chunkObjects = ChunkObjects;
    QTimer m_retryDeferred;
    QElapsedTimer m_deferredSince;
};

} // namespace Kaji::Models
