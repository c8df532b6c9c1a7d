#include "schedulingrules.h"

#include "podrequests.h"
#include "quantity.h"

#include <QRegularExpression>

#include <algorithm>
#include <string_view>
#include <utility>

namespace Kaji::Models {

namespace {

bool tolerates(const Json &tolerations, const Json &taint)
{
    if (!tolerations.is_array())
        return false;
    for (const Json &t : tolerations) {
        const QString op = jsonText(t, "operator");
        const QString key = jsonText(t, "key");
        const QString effect = jsonText(t, "effect");
        if (!effect.isEmpty() && effect != jsonText(taint, "effect"))
            continue;
        if (key.isEmpty() && op == QLatin1String("Exists"))
            return true;
        if (key != jsonText(taint, "key"))
            continue;
        if (op == QLatin1String("Exists") || jsonText(t, "value") == jsonText(taint, "value"))
            return true;
    }
    return false;
}

} // namespace

QString SchedulingRules::resourceShortfall(RuleContext &context, const Json &pod, bool cpu,
                                           QList<Evidence> &evidence)
{
    const ResourceRequests asked = PodRequests().of(jsonChild(pod, "spec"));
    const qint64 wanted = cpu ? asked.cpuMillis : asked.memoryBytes;
    const auto format = [cpu](qint64 v) { return cpu ? formatCpu(v) : formatMemory(v); };
    // Asked of the snapshot for every pending pod: each such pod's answer
    // depends on every pod and node, which the incremental diagnosis learns
    // from these reads.
    const NodeRequests &requested = context.snapshot.requestedByNode();
    const std::vector<FrozenJson> &nodes = context.snapshot.items(ClusterSnapshot::Nodes);
    if (!context.nodeCapacityKnown) {
        for (const Json &node : nodes) {
            if (jsonBool(jsonChild(node, "spec"), "unschedulable"))
                continue;
            const Json &allocatable = jsonChild(jsonChild(node, "status"), "allocatable");
            context.nodeCapacity.append({metaName(node), cpuMillis(jsonText(allocatable, "cpu")),
                                         memoryBytes(jsonText(allocatable, "memory")),
                                         &jsonChild(jsonChild(node, "spec"), "taints"),
                                         jsonChild(jsonChild(node, "metadata"), "name").text()});
        }
        context.nodeCapacityKnown = true;
    }
    struct Room {
        QString node;
        qint64 allocatable;
        qint64 free;
    };
    QList<Room> rooms;
    for (const RuleContext::NodeCapacity &node : std::as_const(context.nodeCapacity)) {
        const qint64 allocatable = cpu ? node.cpuMillis : node.memoryBytes;
        if (allocatable < 0)
            continue;
        bool tainted = false;
        if (node.taints->is_array()) {
            for (const Json &taint : *node.taints)
                tainted |= jsonText(taint, "effect") == QLatin1String("NoSchedule")
                    && !tolerates(jsonChild(jsonChild(pod, "spec"), "tolerations"), taint);
        }
        if (tainted)
            continue;
        const ResourceRequests onNode = requested.on(node.nameText);
        const qint64 used = cpu ? onNode.cpuMillis : onNode.memoryBytes;
        rooms.append({node.name, allocatable, allocatable - used});
    }
    // The nodes with the most room are the ones worth quoting; a cluster
    // of hundreds would otherwise bury the point.
    const qsizetype quoted = qMin<qsizetype>(rooms.size(), 3);
    std::partial_sort(rooms.begin(), rooms.begin() + quoted, rooms.end(),
                      [](const Room &a, const Room &b) { return std::pair(b.free, a.node) < std::pair(a.free, b.node); });
    for (qsizetype i = 0; i < quoted; ++i) {
        const Room &r = rooms[i];
        evidence.append(objectEvidence(ObjectRef{QStringLiteral("Node"), QString(), r.node},
                                       tr("Node %1: allocatable %2, requested by its pods %3, free %4")
                                           .arg(r.node, format(r.allocatable), format(r.allocatable - r.free), format(r.free))));
    }
    const QString bestNode = rooms.isEmpty() ? QString() : rooms.first().node;
    const qint64 bestFree = rooms.isEmpty() ? 0 : rooms.first().free;
    const auto largest = std::max_element(rooms.cbegin(), rooms.cend(),
                                          [](const Room &a, const Room &b) { return a.allocatable < b.allocatable; });
    const qint64 bestAllocatable = rooms.isEmpty() ? 0 : largest->allocatable;
    const QString what = cpu ? tr("CPU") : tr("memory");
    if (bestNode.isEmpty())
        return tr("The pod requests %1 %2.").arg(format(wanted), what);
    if (wanted > bestAllocatable)
        return tr("The pod requests %1 %2, more than any node can offer: the largest has %3 allocatable (%4). "
                  "Lower the request or add bigger nodes.")
            .arg(format(wanted), what, format(bestAllocatable), largest->node);
    return tr("The pod requests %1 %2; the most any schedulable node has free is %3 (%4 of %5 allocatable is "
              "requested by other pods).")
        .arg(format(wanted), what, format(bestFree), bestNode, format(rooms.first().allocatable));
}

bool SchedulingRules::check(RuleContext &context, const Json &pod)
{
    const Json &scheduled = conditionOf(pod, "PodScheduled");
    if (jsonText(scheduled, "status") != QLatin1String("False")
        || jsonText(scheduled, "reason") != QLatin1String("Unschedulable"))
        return false;
    const ObjectRef podRef = refOf(pod, QStringLiteral("Pod"));
    const Json *event = lastEvent(context.snapshot, podRef, {QStringLiteral("FailedScheduling")});
    const QString message = event ? jsonText(*event, "message") : jsonText(scheduled, "message");

    Finding f;
    f.object = podRef;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(podRef, QStringLiteral("status.conditions[PodScheduled]"),
                                     QStringLiteral("PodScheduled=False (Unschedulable): ") + jsonText(scheduled, "message")));
    if (event)
        f.evidence.append(eventEvidence(*event));

    // "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 Insufficient cpu. preemption: ..."
    QMap<QString, int> reasons;
    static const QRegularExpression counted(QStringLiteral("(\\d+) ([^,.]+)"));
    const QString summary = message.section(QStringLiteral("available: "), 1).section(QStringLiteral(". "), 0, 0);
    for (auto it = counted.globalMatch(summary); it.hasNext();) {
        const auto m = it.next();
        reasons.insert(m.captured(2).trimmed(), m.captured(1).toInt());
    }
    const auto count = [&](const QString &needle) {
        int n = 0;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            if (it.key().contains(needle, Qt::CaseInsensitive))
                n += it.value();
        return n;
    };
    const int cpu = count(QStringLiteral("Insufficient cpu"));
    const int memory = count(QStringLiteral("Insufficient memory"));
    const int taints = count(QStringLiteral("taint"));
    const int selector = count(QStringLiteral("affinity/selector")) + count(QStringLiteral("node affinity"));
    const bool unboundClaim = message.contains(QLatin1String("unbound immediate PersistentVolumeClaims"))
        || count(QStringLiteral("persistent volumes to bind")) > 0 || count(QStringLiteral("volume node affinity")) > 0;
    const QString describe = kubectlCommand(podRef, QStringLiteral("describe"));
    QString reasonList;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        reasonList += (reasonList.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("%1: %2").arg(it.key()).arg(it.value());

    if (cpu > 0 || memory > 0) {
        const bool isCpu = cpu >= memory;
        f.ruleId = isCpu ? QStringLiteral("pod.unschedulable.insufficient-cpu") : QStringLiteral("pod.unschedulable.insufficient-memory");
        f.headline = isCpu ? tr("Pod cannot be scheduled: not enough CPU on %n node(s)", nullptr, cpu)
                           : tr("Pod cannot be scheduled: not enough memory on %n node(s)", nullptr, memory);
        f.cause = resourceShortfall(context, pod, isCpu, f.evidence);
        if (cpu > 0 && memory > 0)
            f.cause += u' ' + resourceShortfall(context, pod, !isCpu, f.evidence);
        if (taints > 0)
            f.cause += u' ' + tr("%n other node(s) have taints the pod does not tolerate.", nullptr, taints);
        f.nextSteps.append({tr("Lower the pod's resource requests, or add nodes with room (cluster autoscaler or a bigger node pool)."),
                            QStringLiteral("kubectl describe nodes | grep -A 8 'Allocated resources'")});
    } else if (taints > 0 && taints >= selector) {
        f.ruleId = QStringLiteral("pod.unschedulable.taints");
        QStringList seen;
        for (const Json &node : context.snapshot.items(ClusterSnapshot::Nodes)) {
            const Json &list = jsonChild(jsonChild(node, "spec"), "taints");
            if (!list.is_array())
                continue;
            for (const Json &taint : list) {
                if (tolerates(jsonChild(jsonChild(pod, "spec"), "tolerations"), taint))
                    continue;
                const QString text = QStringLiteral("%1=%2:%3").arg(jsonText(taint, "key"), jsonText(taint, "value"), jsonText(taint, "effect"));
                f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Node"), QString(), metaName(node)},
                                                 tr("Node %1: taint %2").arg(metaName(node), text)));
                if (!seen.contains(text))
                    seen.append(text);
            }
        }
        f.headline = tr("Pod cannot be scheduled: %n node(s) have taints it does not tolerate", nullptr, taints);
        f.cause = tr("Every node the pod could use carries a taint without a matching toleration in the pod: %1.")
                      .arg(seen.isEmpty() ? message : seen.join(QStringLiteral(", ")));
        f.nextSteps.append({tr("Add a toleration to the pod template, or remove the taint if the node should take any pod."),
                            QStringLiteral("kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints")});
    } else if (selector > 0) {
        f.ruleId = QStringLiteral("pod.unschedulable.node-selector");
        const Json &nodeSelector = jsonChild(jsonChild(pod, "spec"), "nodeSelector");
        QString selectorText;
        int matching = 0;
        if (nodeSelector.is_object() && !nodeSelector.empty()) {
            for (auto it = nodeSelector.begin(); it != nodeSelector.end(); ++it)
                selectorText += (selectorText.isEmpty() ? QString() : QStringLiteral(",")) + toQString(it->key())
                    + u'=' + (it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString());
            for (const Json &node : context.snapshot.items(ClusterSnapshot::Nodes))
                matching += labelsMatch(jsonChild(jsonChild(node, "metadata"), "labels"), nodeSelector) ? 1 : 0;
        }
        f.headline = tr("Pod cannot be scheduled: no node matches its node selector or affinity");
        f.cause = selectorText.isEmpty()
            ? tr("The pod's node affinity excludes %n node(s); no node satisfies it.", nullptr, selector)
            : tr("The pod's nodeSelector %1 matches %n node(s) of the cluster.", nullptr, matching).arg(selectorText);
        f.nextSteps.append({tr("Compare the selector with the nodes' labels."), QStringLiteral("kubectl get nodes --show-labels")});
    } else if (unboundClaim) {
        f.ruleId = QStringLiteral("pod.unschedulable.unbound-pvc");
        f.headline = tr("Pod cannot be scheduled: its PersistentVolumeClaim is not bound");
        QStringList claims;
        const Json &volumes = jsonChild(jsonChild(pod, "spec"), "volumes");
        if (volumes.is_array()) {
            for (const Json &v : volumes) {
                const QString claim = jsonText(jsonChild(v, "persistentVolumeClaim"), "claimName");
                if (claim.isEmpty())
                    continue;
                const ObjectRef claimRef{QStringLiteral("PersistentVolumeClaim"), podRef.namespaceName, claim};
                const Json *pvc = context.snapshot.find(ClusterSnapshot::PersistentVolumeClaims, podRef.namespaceName, claim);
                const QString phase = pvc ? jsonText(jsonChild(*pvc, "status"), "phase") : tr("not found");
                if (phase != QLatin1String("Bound")) {
                    claims.append(claim);
                    f.relatedFindings.append(claimRef);
                    f.evidence.append(objectEvidence(claimRef, tr("PersistentVolumeClaim %1: %2").arg(claim, phase)));
                }
            }
        }
        f.cause = tr("The pod needs PersistentVolumeClaim %1, which has no volume yet; the scheduler waits for it. "
                     "See the claim's own finding for why it is not bound.")
                      .arg(claims.join(QStringLiteral(", ")));
        f.nextSteps.append({tr("Look at the claim."), QStringLiteral("kubectl -n %1 describe pvc %2").arg(podRef.namespaceName, claims.value(0))});
    } else {
        f.ruleId = QStringLiteral("pod.unschedulable");
        f.headline = tr("Pod cannot be scheduled");
        f.cause = tr("The scheduler reports: %1").arg(message);
    }
    if (!reasonList.isEmpty())
        f.cause += u' ' + tr("Scheduler's tally per reason: %1.").arg(reasonList);
    f.nextSteps.append({tr("Read the scheduler's events for the pod."), describe});
    context.add(f);
    return true;
}

} // namespace Kaji::Models
