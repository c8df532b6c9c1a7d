#include "policyrules.h"


namespace Kaji::Models {

void PolicyRules::check(RuleContext &context)
{
    for (const Json &hpa : context.snapshot.items(ClusterSnapshot::HorizontalPodAutoscalers))
        checkAutoscaler(context, hpa);
    for (const Json &pdb : context.snapshot.items(ClusterSnapshot::PodDisruptionBudgets))
        checkBudget(context, pdb);
}

void PolicyRules::checkAutoscaler(RuleContext &context, const Json &hpa)
{
    const ObjectRef ref = refOf(hpa, QStringLiteral("HorizontalPodAutoscaler"));
    const Json &target = jsonChild(jsonChild(hpa, "spec"), "scaleTargetRef");
    const QString kind = jsonText(target, "kind");
    const QString name = jsonText(target, "name");
    const ClusterSnapshot::Kind snapshotKind = kind == QLatin1String("Deployment") ? ClusterSnapshot::Deployments
        : kind == QLatin1String("StatefulSet")                                       ? ClusterSnapshot::StatefulSets
        : kind == QLatin1String("ReplicaSet")                                        ? ClusterSnapshot::ReplicaSets
                                                                                     : ClusterSnapshot::KindCount;
    Finding f;
    f.object = ref;
    if (snapshotKind != ClusterSnapshot::KindCount && context.snapshot.isAvailable(snapshotKind)
        && !context.snapshot.find(snapshotKind, ref.namespaceName, name)) {
        f.ruleId = QStringLiteral("hpa.target-missing");
        f.severity = Severity::Error;
        f.headline = tr("HorizontalPodAutoscaler %1 scales %2 %3, which does not exist").arg(ref.name, kind, name);
        f.cause = tr("The autoscaler has nothing to scale; the target may have been renamed or deleted.");
        f.evidence.append(objectEvidence(ObjectRef{kind, ref.namespaceName, name}, tr("%1 %2: not found").arg(kind, name)));
        f.nextSteps.append({tr("Point scaleTargetRef at the workload, or delete the autoscaler."),
                            QStringLiteral("kubectl -n %1 edit hpa/%2").arg(ref.namespaceName, ref.name)});
        context.add(f);
        return;
    }
    const Json &active = conditionOf(hpa, "ScalingActive");
    if (jsonText(active, "status") == QLatin1String("False")) {
        f.ruleId = QStringLiteral("hpa.scaling-inactive");
        f.severity = Severity::Warning;
        f.headline = tr("HorizontalPodAutoscaler %1 cannot compute a scale").arg(ref.name);
        f.cause = tr("ScalingActive is False (%1): \"%2\". Missing metrics (no metrics-server, or pods without "
                     "resource requests) are the usual reasons.").arg(jsonText(active, "reason"), jsonText(active, "message"));
        f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[ScalingActive]"), jsonText(active, "message")));
        f.nextSteps.append({tr("Read the autoscaler's conditions."), QStringLiteral("kubectl -n %1 describe hpa/%2").arg(ref.namespaceName, ref.name)});
        context.add(f);
    }
}

void PolicyRules::checkBudget(RuleContext &context, const Json &pdb)
{
    const ObjectRef ref = refOf(pdb, QStringLiteral("PodDisruptionBudget"));
    const Json &status = jsonChild(pdb, "status");
    const qint64 expected = jsonInt(status, "expectedPods");
    const qint64 allowed = jsonInt(status, "disruptionsAllowed");
    Finding f;
    f.object = ref;
    f.severity = Severity::Warning;
    f.evidence.append(statusEvidence(ref, QStringLiteral("status"),
                                     tr("Expected pods %1, healthy %2, desired healthy %3, disruptions allowed %4")
                                         .arg(expected).arg(jsonInt(status, "currentHealthy")).arg(jsonInt(status, "desiredHealthy")).arg(allowed)));
    if (expected == 0 && jsonChild(status, "observedGeneration").is_number()) {
        f.ruleId = QStringLiteral("pdb.selects-nothing");
        f.severity = Severity::Info;
        f.headline = tr("PodDisruptionBudget %1 selects no pod").arg(ref.name);
        f.cause = tr("Its selector matches no pod in namespace %1, so it protects nothing.").arg(ref.namespaceName);
    } else if (expected > 0 && allowed == 0) {
        f.ruleId = QStringLiteral("pdb.no-disruptions-allowed");
        f.headline = tr("PodDisruptionBudget %1 allows no disruption: node drains will block").arg(ref.name);
        f.cause = tr("With %1 of %2 pods healthy and %3 required, evicting any pod would break the budget, so "
                     "`kubectl drain` and cluster upgrades wait forever.")
                      .arg(jsonInt(status, "currentHealthy")).arg(expected).arg(jsonInt(status, "desiredHealthy"));
    } else {
        return;
    }
    f.nextSteps.append({tr("Check the budget against the workload's replicas."),
                        QStringLiteral("kubectl -n %1 describe pdb/%2").arg(ref.namespaceName, ref.name)});
    context.add(f);
}

} // namespace Kaji::Models
