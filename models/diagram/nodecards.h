#pragma once

#include "graphdraft.h"
#include "diagraminput.h"

#include <QCoreApplication>
#include <QMap>

// Pure functions; any thread.
namespace Kaji::Models {

// The nodes section of the architecture view: one card per Node with its
// kubelet and container runtime drawn inside (the kubelet drives the runtime
// through the CRI), and what the card itself tells: OS image, kernel and
// architecture, conditions, taints, pods by phase against the allocatable
// count, and the kubelet's heartbeat from its Lease in kube-node-lease.
class NodeCards {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::NodeCards)
public:
    enum { Column = 1 };

    // Kubelets get a Talks edge to `apiServerId`. Without permission to read
    // Nodes, the nodes pods run on are drawn as hidden cards.
    static void add(GraphDraft &out, const DiagramInput &input, const QString &apiServerId);

    // "containerd://2.1.4" → {"containerd", "2.1.4"}: the scheme names the runtime.
    static std::pair<QString, QString> runtimeOf(const QString &containerRuntimeVersion);

private:
    struct PodCounts {
        int active = 0; // what counts against allocatable pods: not Succeeded or Failed
        QMap<QString, int> byPhase;
    };
    static void addNode(GraphDraft &out, const DiagramInput &input, const Kube::ObjectFacts &node,
                        const PodCounts &pods, const QString &apiServerId);
    static void addHeartbeat(const DiagramInput &input, const QString &nodeName, DiagramNode &card,
                             DiagramNode &kubelet);
    static QString podsLine(const PodCounts &pods, qint64 allocatable);
};

} // namespace Kaji::Models
