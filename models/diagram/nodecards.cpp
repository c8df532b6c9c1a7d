#include "nodecards.h"

#include "componentexplanations.h"
#include "diagramaccess.h"
#include "diagramids.h"
#include "jsonfields.h"
#include "leasefacts.h"

#include <QMap>

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonText;

namespace {

const nlohmann::json &conditionNamed(const nlohmann::json &conditions, const char *type)
{
    static const nlohmann::json none;
    if (conditions.is_array()) {
        for (const nlohmann::json &condition : conditions) {
            if (jsonText(condition, "type") == QLatin1String(type))
                return condition;
        }
    }
    return none;
}

QString conditionWords(const nlohmann::json &condition)
{
    const QString message = jsonText(condition, "message");
    return message.isEmpty() ? jsonText(condition, "reason") : message;
}

} // namespace

std::pair<QString, QString> NodeCards::runtimeOf(const QString &containerRuntimeVersion)
{
    const qsizetype scheme = containerRuntimeVersion.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {containerRuntimeVersion, QString()};
    return {containerRuntimeVersion.left(scheme), containerRuntimeVersion.mid(scheme + 3)};
}

void NodeCards::add(GraphDraft &out, const DiagramInput &input, const QString &apiServerId)
{
    QHash<QString, PodCounts> podsByNode;
    for (const Kube::PodRecord &pod : input.pods) {
        if (pod.nodeName.isEmpty())
            continue;
        PodCounts &counts = podsByNode[pod.nodeName];
        ++counts.byPhase[pod.phase.isEmpty() ? QStringLiteral("Unknown") : pod.phase];
        if (pod.phase != QLatin1String("Succeeded") && pod.phase != QLatin1String("Failed"))
            ++counts.active;
    }
    const KindFacts &nodes = input.facts(DiagramKind::Nodes);
    if (nodes.access == KindAccess::Readable) {
        for (const Kube::ObjectFacts *node : DiagramAccess::sortedObjects(nodes))
            addNode(out, input, *node, podsByNode.value(node->name), apiServerId);
        return;
    }
    // The nodes cannot be listed, but the pods say where they run.
    QString why;
    const DiagramState state = DiagramAccess::absentState(nodes, QString(), &why);
    QStringList names = podsByNode.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        DiagramNode card = diagramNode(QStringLiteral("Node"), QString(), name, Column);
        card.state = state;
        card.explanation = ComponentExplanations::explain(card.kind);
        card.details.append(podsLine(podsByNode.value(name), 0));
        raiseState(card, state, why);
        out.addNode(card);
    }
}

QString NodeCards::podsLine(const PodCounts &pods, qint64 allocatable)
{
    QStringList phases;
    for (auto it = pods.byPhase.constBegin(); it != pods.byPhase.constEnd(); ++it)
        phases.append(it.key() + u' ' + QString::number(it.value()));
    const QString count = allocatable > 0 ? tr("Pods %1/%2").arg(pods.active).arg(allocatable)
                                          : tr("Pods %1").arg(pods.active);
    return phases.isEmpty() ? count : count + QStringLiteral(": ") + phases.join(QLatin1String(", "));
}

void NodeCards::addNode(GraphDraft &out, const DiagramInput &input, const Kube::ObjectFacts &node,
                        const PodCounts &pods, const QString &apiServerId)
{
    const nlohmann::json &spec = jsonChild(node.fields, "spec");
    const nlohmann::json &status = jsonChild(node.fields, "status");
    const nlohmann::json &info = jsonChild(status, "nodeInfo");
    const nlohmann::json &conditions = jsonChild(status, "conditions");

    DiagramNode card =
        diagramNode(QStringLiteral("Node"), QString(), node.name, Column, diagramKindInfo(DiagramKind::Nodes).resourceId());
    card.explanation = ComponentExplanations::explain(card.kind);
    bool controlPlane = false;
    DiagramAccess::label(node.labels, QStringLiteral("node-role.kubernetes.io/control-plane"), &controlPlane);
    if (controlPlane)
        card.details.append(tr("Control-plane node"));
    QStringList os{jsonText(info, "osImage"), jsonText(info, "kernelVersion"), jsonText(info, "architecture")};
    os.removeAll(QString());
    if (!os.isEmpty())
        card.details.append(os.join(QStringLiteral(" · ")));

    // The kubelet and runtime of each node are told apart by the node's name
    // in their ids; they show their own names.
    DiagramNode kubelet = diagramNode(QStringLiteral("Kubelet"), QString(), node.name, Column);
    kubelet.name = QStringLiteral("kubelet");
    kubelet.parent = card.id;
    kubelet.explanation = ComponentExplanations::explain(kubelet.kind);
    const QString kubeletVersion = jsonText(info, "kubeletVersion");
    if (!kubeletVersion.isEmpty())
        kubelet.details.append(kubeletVersion);

    DiagramNode runtime = diagramNode(QStringLiteral("ContainerRuntime"), QString(), node.name, Column);
    runtime.parent = card.id;
    runtime.explanation = ComponentExplanations::explain(runtime.kind);
    const auto [runtimeName, runtimeVersion] = runtimeOf(jsonText(info, "containerRuntimeVersion"));
    runtime.name = runtimeName.isEmpty() ? tr("container runtime") : runtimeName;
    if (runtimeName.isEmpty())
        raiseState(runtime, DiagramState::Unknown, tr("The node reports no container runtime"));
    else
        runtime.details.append((runtimeName + u' ' + runtimeVersion).trimmed());

    // Ready says whether the kubelet reports and whether the node can run
    // pods; a runtime the kubelet cannot use shows in its message.
    const nlohmann::json &ready = conditionNamed(conditions, "Ready");
    const QString readyStatus = jsonText(ready, "status");
    bool reporting = true;
    if (readyStatus == QLatin1String("True")) {
        card.details.append(tr("Ready"));
    } else if (readyStatus == QLatin1String("False")) {
        card.details.append(tr("Not ready"));
        raiseState(card, DiagramState::Failed, tr("Not ready: %1").arg(conditionWords(ready)));
        if (conditionWords(ready).contains(QLatin1String("container runtime"), Qt::CaseInsensitive))
            raiseState(runtime, DiagramState::Failed, conditionWords(ready));
    } else if (readyStatus == QLatin1String("Unknown")) {
        reporting = false;
        card.details.append(tr("Not reporting"));
        raiseState(card, DiagramState::Failed, tr("The node stopped reporting: %1").arg(conditionWords(ready)));
        raiseState(kubelet, DiagramState::Failed, tr("It stopped reporting to the API server"));
        raiseState(runtime, DiagramState::Unknown, tr("Its node stopped reporting"));
    } else {
        raiseState(card, DiagramState::Unknown, tr("It reports no Ready condition yet"));
    }
    for (const char *type : {"MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable"}) {
        const nlohmann::json &condition = conditionNamed(conditions, type);
        if (jsonText(condition, "status") == QLatin1String("True")) {
            card.details.append(QString::fromLatin1(type));
            raiseState(card, DiagramState::Warning, QString::fromLatin1(type) + QStringLiteral(": ") + conditionWords(condition));
        }
    }
    const nlohmann::json &taints = jsonChild(spec, "taints");
    if (taints.is_array() && !taints.empty()) {
        QStringList shown;
        for (const nlohmann::json &taint : taints) {
            const QString value = jsonText(taint, "value");
            shown.append(jsonText(taint, "key") + (value.isEmpty() ? QString() : u'=' + value) + u':'
                         + jsonText(taint, "effect"));
        }
        card.details.append(tr("Taints: %1").arg(shown.join(QLatin1String(", "))));
    }
    if (Kube::jsonBool(spec, "unschedulable"))
        card.details.append(tr("Cordoned: no new pods"));
    const qint64 allocatable = jsonText(jsonChild(status, "allocatable"), "pods").toLongLong();
    card.details.append(podsLine(pods, allocatable));
    if (allocatable > 0 && pods.active >= allocatable)
        raiseState(card, DiagramState::Warning, tr("Full: %1 of %2 pods").arg(pods.active).arg(allocatable));
    addHeartbeat(input, node.name, card, kubelet);

    const bool talking = reporting && kubelet.state != DiagramState::Failed;
    out.addNode(card);
    out.addNode(kubelet);
    out.addNode(runtime);
    out.addEdge({kubelet.id, apiServerId, DiagramEdgeKind::Talks,
                 talking ? DiagramEdgeState::Normal : DiagramEdgeState::Broken, {}});
    out.addEdge({kubelet.id, runtime.id, DiagramEdgeKind::Talks,
                 runtime.state == DiagramState::Failed ? DiagramEdgeState::Broken : DiagramEdgeState::Normal,
                 QStringLiteral("CRI")});
}

void NodeCards::addHeartbeat(const DiagramInput &input, const QString &nodeName, DiagramNode &card,
                             DiagramNode &kubelet)
{
    const QString leaseNamespace = QStringLiteral("kube-node-lease");
    const KindFacts &leases = input.facts(DiagramKind::Leases);
    const auto found = leases.objects.constFind(leaseNamespace + u'/' + nodeName);
    if (found == leases.objects.constEnd()) {
        QString why;
        const DiagramState state = DiagramAccess::absentState(leases, leaseNamespace, &why);
        if (state == DiagramState::Hidden)
            kubelet.details.append(tr("Heartbeat hidden by permissions"));
        else if (state == DiagramState::Missing)
            raiseState(kubelet, DiagramState::Warning, tr("It has no heartbeat Lease in kube-node-lease"));
        return;
    }
    const LeaseFacts lease = LeaseFacts::read(*found);
    kubelet.details.append(tr("Heartbeat %1 ago").arg(lease.age(input.nowEpochSecs)));
    if (lease.stale(input.nowEpochSecs)) {
        const QString reason =
            tr("No heartbeat for %1 (its Lease lasts %2 s)").arg(lease.age(input.nowEpochSecs)).arg(lease.durationSecs);
        raiseState(kubelet, DiagramState::Failed, reason);
        raiseState(card, DiagramState::Warning, reason);
    }
}

} // namespace Kaji::Models
