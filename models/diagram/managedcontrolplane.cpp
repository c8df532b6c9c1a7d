#include "managedcontrolplane.h"

#include "jsonfields.h"

#include <QSet>

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

    QSet<QString> schemes;
    int nodes = 0;
    for (const Kube::ObjectFacts &node : input.facts(DiagramKind::Nodes).objects) {
        ++nodes;
        const QString providerId = Kube::jsonText(Kube::jsonChild(node.fields, "spec"), "providerID");
        schemes.insert(providerId.section(QLatin1String("://"), 0, 0));
    }
    if (nodes == 0 || schemes.size() != 1)
        return result;
    const QString scheme = *schemes.cbegin();
    if (scheme == QLatin1String("aws"))
        result.provider = QStringLiteral("EKS");
    else if (scheme == QLatin1String("gce"))
        result.provider = QStringLiteral("GKE");
    else if (scheme == QLatin1String("azure"))
        result.provider = QStringLiteral("AKS");
    if (result.provider.isEmpty() || controlPlaneSeen)
        return result;
    result.managed = true;
    result.evidence = tr("The nodes run on %1 (providerID %2://) and no control-plane component of the cluster's "
                         "own is visible")
                          .arg(result.provider, scheme);
    return result;
}

} // namespace Kaji::Models
