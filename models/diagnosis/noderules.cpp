#include "noderules.h"


namespace Kaji::Models {

void NodeRules::check(RuleContext &context)
{
    for (const Json &node : context.snapshot.items(ClusterSnapshot::Nodes)) {
        const ObjectRef ref = refOf(node, QStringLiteral("Node"));
        const QString describe = QStringLiteral("kubectl describe node/%1").arg(ref.name);
        const Json &ready = conditionOf(node, "Ready");
        const QString readyStatus = jsonText(ready, "status");
        if (!ready.is_null() && readyStatus != QLatin1String("True")) {
            Finding f;
            f.ruleId = QStringLiteral("node.not-ready");
            f.severity = Severity::Critical;
            f.object = ref;
            f.headline = readyStatus == QLatin1String("Unknown") ? tr("Node %1 stopped reporting (Ready=Unknown)").arg(ref.name)
                                                                 : tr("Node %1 is NotReady").arg(ref.name);
            f.cause = readyStatus == QLatin1String("Unknown")
                ? tr("The kubelet on %1 has not posted its status since %2: the machine may be down, or cut off from "
                     "the control plane. Its pods are evicted after the toleration period (5 minutes by default).")
                      .arg(ref.name, jsonText(ready, "lastHeartbeatTime"))
                : tr("The kubelet reports the node not ready: \"%1\". No new pods are scheduled to it.").arg(jsonText(ready, "message"));
            f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[Ready]"),
                                             QStringLiteral("Ready=%1 (%2): %3").arg(readyStatus, jsonText(ready, "reason"), jsonText(ready, "message"))));
            f.nextSteps.append({tr("Check the node's conditions and the kubelet on it."), describe});
            context.add(f);
        }
        static const struct {
            const char *type;
            const char *id;
        } pressures[] = {{"MemoryPressure", "node.memory-pressure"}, {"DiskPressure", "node.disk-pressure"},
                         {"PIDPressure", "node.pid-pressure"}, {"NetworkUnavailable", "node.network-unavailable"}};
        for (const auto &p : pressures) {
            const Json &condition = conditionOf(node, p.type);
            if (jsonText(condition, "status") != QLatin1String("True"))
                continue;
            Finding f;
            f.ruleId = QLatin1String(p.id);
            f.severity = Severity::Warning;
            f.object = ref;
            f.headline = tr("Node %1 reports %2").arg(ref.name, QLatin1String(p.type));
            f.cause = tr("%1: \"%2\". The kubelet evicts pods and the scheduler avoids the node until it recovers.")
                          .arg(QLatin1String(p.type), jsonText(condition, "message"));
            f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[%1]").arg(QLatin1String(p.type)),
                                             QStringLiteral("%1=True (%2): %3").arg(QLatin1String(p.type), jsonText(condition, "reason"), jsonText(condition, "message"))));
            f.nextSteps.append({tr("See what uses the node's resources."), QStringLiteral("kubectl top pods -A --sort-by=memory")});
            context.add(f);
        }
        if (jsonBool(jsonChild(node, "spec"), "unschedulable")) {
            Finding f;
            f.ruleId = QStringLiteral("node.cordoned");
            f.severity = Severity::Info;
            f.object = ref;
            f.headline = tr("Node %1 is cordoned").arg(ref.name);
            f.cause = tr("spec.unschedulable is true: running pods stay, new ones go elsewhere.");
            f.evidence.append(statusEvidence(ref, QStringLiteral("spec.unschedulable"), QStringLiteral("unschedulable: true")));
            f.nextSteps.append({tr("Uncordon it when maintenance is over."), QStringLiteral("kubectl uncordon %1").arg(ref.name)});
            context.add(f);
        }
    }
}

} // namespace Kaji::Models
