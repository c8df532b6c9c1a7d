#pragma once

#include "diagraminput.h"
#include "reflector.h"

#include <QObject>
#include <QPointer>
#include <QSet>

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

    // A copy to build from on another thread: hashes and the pod list are
    // shared, not copied; keyPods() keys the pods there, off the GUI thread.
    DiagramInput snapshot(qint64 nowEpochSecs) const;
    // Every watched kind and the pods have answered (read, refused or failed).
    bool settled() const;
    QList<DiagramKind> kinds() const { return m_watched.values(); }

    // Fills input.pods from input.podList (and drops the list).
    static void keyPods(DiagramInput &input);

Q_SIGNALS:
    // Something the diagrams read changed (coalescing is the caller's business).
    void changed();

private:
    void watch(DiagramKind kind);
    void unwatch(DiagramKind kind);
    void applyBatch(const QString &id, const Kube::FactChangeBatchPtr &batch);
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
};

} // namespace Kaji::Models
