#include "addoncomponents.h"

#include "componentexplanations.h"
#include "diagramaccess.h"
#include "diagramids.h"
#include "jsonfields.h"

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

namespace {

const QString kubeSystem = QStringLiteral("kube-system");

} // namespace

void AddonComponents::add(GraphDraft &out, const DiagramInput &input)
{
    addKubeProxy(out, input);
    addClusterDns(out, input);
}

DiagramNode AddonComponents::component(const QString &kind, const QString &name)
{
    DiagramNode node = diagramNode(kind, kubeSystem, name, Column);
    node.explanation = ComponentExplanations::explain(kind);
    return node;
}

void AddonComponents::notFound(DiagramNode &node, const QList<const KindFacts *> &looked, const QString &reason)
{
    DiagramState worst = DiagramState::NotDetected;
    QString why = reason;
    for (const KindFacts *facts : looked) {
        QString absentWhy;
        const DiagramState state = DiagramAccess::absentState(*facts, kubeSystem, &absentWhy);
        // Hidden outweighs unknown, which outweighs a clean "not there".
        if (state == DiagramState::Hidden || (state == DiagramState::Unknown && worst == DiagramState::NotDetected)) {
            worst = state;
            why = absentWhy;
        }
    }
    node.state = worst;
    node.reasons.append(why);
}

void AddonComponents::judgeReady(DiagramNode &node, qint64 ready, qint64 wanted, const QString &noneReady)
{
    node.details.append(tr("%1/%2 ready").arg(ready).arg(wanted));
    if (wanted == 0)
        raiseState(node, DiagramState::Warning, tr("It runs no pod"));
    else if (ready == 0)
        raiseState(node, DiagramState::Failed, noneReady);
    else if (ready < wanted)
        raiseState(node, DiagramState::Warning, tr("%1 of %2 pods are not ready").arg(wanted - ready).arg(wanted));
}

void AddonComponents::addKubeProxy(GraphDraft &out, const DiagramInput &input)
{
    DiagramNode node = component(QStringLiteral("KubeProxy"), QStringLiteral("kube-proxy"));
    const KindFacts &daemonSets = input.facts(DiagramKind::DaemonSets);
    const auto found = daemonSets.objects.constFind(kubeSystem + QStringLiteral("/kube-proxy"));
    if (found == daemonSets.objects.constEnd()) {
        notFound(node, {&daemonSets},
                 tr("No DaemonSet kube-proxy in kube-system: a network plugin (Cilium, for one) may do its work"));
    } else {
        node.resourceId = diagramKindInfo(DiagramKind::DaemonSets).resourceId();
        const nlohmann::json &status = jsonChild(found->fields, "status");
        judgeReady(node, jsonInt(status, "numberReady"), jsonInt(status, "desiredNumberScheduled"),
                   tr("No kube-proxy pod is ready: Service IPs work on no node"));
    }
    out.addNode(node);
}

void AddonComponents::addClusterDns(GraphDraft &out, const DiagramInput &input)
{
    // CoreDNS keeps kube-dns's Service name and pod label, so both spellings
    // lead to the same place.
    DiagramNode node = component(QStringLiteral("ClusterDNS"), QStringLiteral("cluster-dns"));
    const KindFacts &deployments = input.facts(DiagramKind::Deployments);
    const KindFacts &services = input.facts(DiagramKind::Services);
    const Kube::ObjectFacts *deployment = nullptr;
    for (const char *name : {"coredns", "kube-dns"}) {
        const auto found = deployments.objects.constFind(kubeSystem + u'/' + QLatin1String(name));
        if (found != deployments.objects.constEnd()) {
            deployment = &*found;
            break;
        }
    }
    const auto service = services.objects.constFind(kubeSystem + QStringLiteral("/kube-dns"));
    const bool haveService = service != services.objects.constEnd();
    int pods = 0;
    int readyPods = 0;
    for (const Kube::PodRecord &pod : input.pods) {
        if (pod.namespaceName != kubeSystem || pod.terminating
            || DiagramAccess::label(pod.labels, QStringLiteral("k8s-app")) != QLatin1String("kube-dns"))
            continue;
        ++pods;
        readyPods += podDiagramState(pod) == DiagramState::Ok ? 1 : 0;
    }
    const QString noneReady = tr("No DNS pod is ready: name lookups inside the cluster fail");
    if (deployment) {
        node.name = deployment->name;
        node.resourceId = diagramKindInfo(DiagramKind::Deployments).resourceId();
        const nlohmann::json &fields = deployment->fields;
        judgeReady(node, jsonInt(jsonChild(fields, "status"), "readyReplicas"),
                   jsonInt(jsonChild(fields, "spec"), "replicas"), noneReady);
    } else if (pods > 0) {
        judgeReady(node, readyPods, pods, noneReady);
    }
    if (haveService) {
        const QString clusterIp = jsonText(jsonChild(service->fields, "spec"), "clusterIP");
        node.details.append(tr("Service %1 at %2").arg(service->name, clusterIp));
        if (!deployment) {
            node.name = service->name;
            node.resourceId = diagramKindInfo(DiagramKind::Services).resourceId();
        }
    }
    if (!deployment && pods == 0 && !haveService) {
        node.name = tr("cluster DNS");
        notFound(node, {&deployments, &services},
                 tr("No CoreDNS or kube-dns Deployment or Service in kube-system: the cluster's DNS may be run "
                    "another way"));
    }
    out.addNode(node);
}

} // namespace Kaji::Models
