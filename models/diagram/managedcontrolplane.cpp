#include "managedcontrolplane.h"

#include "jsonfields.h"

namespace Kaji::Models {

ManagedControlPlane ManagedControlPlane::detect(const DiagramInput &input, bool controlPlaneSeen)
{
    ManagedControlPlane result;
    const QString &version = input.controlPlane.gitVersion;
    if (version.contains(QLatin1String("-eks-")))
        result.provider = QStringLiteral("EKS");
    else if (version.contains(QLatin1String("-gke.")))
        result.provider = QStringLiteral("GKE");
    if (!result.provider.isEmpty()) {
        result.managed = true;
        result.evidence = tr("The API server's version %1 is %2's").arg(version, result.provider);
        return result;
    }

    const KindFacts &nodes = input.facts(DiagramKind::Nodes);
    if (controlPlaneSeen || nodes.objects.isEmpty())
        return result;
    for (const Kube::ObjectFacts &node : nodes.objects) {
        if (!Kube::jsonText(Kube::jsonChild(node.fields, "spec"), "providerID").startsWith(QLatin1String("azure://")))
            return result;
    }
    result.provider = QStringLiteral("AKS");
    result.managed = true;
    result.evidence = tr("Every node runs on Azure (providerID azure://) and no control-plane component of the "
                         "cluster's own is visible");
    return result;
}

} // namespace Kaji::Models
