#pragma once

#include "graphdraft.h"
#include "diagraminput.h"

#include <QCoreApplication>

// Pure functions; any thread.
namespace Kaji::Models {

// The add-ons section of the architecture view: kube-proxy and the cluster
// DNS. Both may be replaced (a CNI doing kube-proxy's work, DNS run another
// way), so not finding them says "not detected", never "missing".
class AddonComponents {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::AddonComponents)
public:
    enum { Column = 2 };

    static void add(GraphDraft &out, const DiagramInput &input);

private:
    static void addKubeProxy(GraphDraft &out, const DiagramInput &input);
    static void addClusterDns(GraphDraft &out, const DiagramInput &input);
    static DiagramNode component(const QString &kind, const QString &name);
    // When nothing was found: not detected where the kinds were read, hidden
    // or unknown where they were not.
    static void notFound(DiagramNode &node, const QList<const KindFacts *> &looked, const QString &reason);
    // Ready against wanted replicas or pods, as one detail and a state.
    static void judgeReady(DiagramNode &node, qint64 ready, qint64 wanted, const QString &noneReady);
};

} // namespace Kaji::Models
