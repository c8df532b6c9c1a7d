#include "workloadrules.h"


namespace Kaji::Models {

int WorkloadRules::pointAtPods(const RuleContext &context, const QList<const Json *> &pods, Finding &f)
{
    int explained = 0;
    for (const Json *pod : pods) {
        const ObjectRef podRef = refOf(*pod, QStringLiteral("Pod"));
        for (const Finding *podFinding : context.findingsAbout(podRef)) {
            f.relatedFindings.append(podRef);
            f.evidence.append(objectEvidence(podRef, tr("Pod %1: %2").arg(podRef.name, podFinding->headline)));
            ++explained;
        }
    }
    return explained;
}

void WorkloadRules::check(RuleContext &context)
{
    for (const Json &d : context.snapshot.items(ClusterSnapshot::Deployments))
        checkDeployment(context, d);
    for (const Json &s : context.snapshot.items(ClusterSnapshot::StatefulSets))
        checkStatefulSet(context, s);
    for (const Json &s : context.snapshot.items(ClusterSnapshot::DaemonSets))
        checkDaemonSet(context, s);
    for (const Json &s : context.snapshot.items(ClusterSnapshot::ReplicaSets))
        checkReplicaSet(context, s);
}

void WorkloadRules::checkDeployment(RuleContext &context, const Json &deployment)
{
    const ObjectRef ref = refOf(deployment, QStringLiteral("Deployment"));
    const Json &status = jsonChild(deployment, "status");
    const Json &specReplicas = jsonChild(jsonChild(deployment, "spec"), "replicas");
    const qint64 wanted = specReplicas.is_number_integer() ? specReplicas.get<qint64>() : 1;
    const qint64 available = jsonInt(status, "availableReplicas");
    const qint64 unavailable = jsonInt(status, "unavailableReplicas");
    const Json &progressing = conditionOf(deployment, "Progressing");
    const bool deadline = jsonText(progressing, "reason") == QLatin1String("ProgressDeadlineExceeded");
    if (jsonChild(jsonChild(deployment, "spec"), "paused").is_boolean() && jsonBool(jsonChild(deployment, "spec"), "paused"))
        return;
    if (!deadline && unavailable == 0 && available >= wanted)
        return;
    Finding f;
    f.object = ref;
    f.severity = available == 0 && wanted > 0 ? Severity::Error : Severity::Warning;
    f.evidence.append(statusEvidence(ref, QStringLiteral("status"),
                                     tr("Replicas: %1 wanted, %2 available, %3 unavailable").arg(wanted).arg(available).arg(unavailable)));
    const int explained = pointAtPods(context, context.snapshot.podsOwnedBy(QStringLiteral("Deployment"), ref.namespaceName, ref.name), f);
    // A rollout in progress is short of replicas by design; only a stuck one
    // or one with failing pods is a problem.
    static const QStringList rollingOut = {QStringLiteral("ReplicaSetUpdated"), QStringLiteral("NewReplicaSetCreated"),
                                           QStringLiteral("FoundNewReplicaSet")};
    if (!deadline && explained == 0 && jsonText(progressing, "status") == QLatin1String("True")
        && rollingOut.contains(jsonText(progressing, "reason")))
        return;
    if (deadline) {
        f.ruleId = QStringLiteral("deployment.progress-deadline-exceeded");
        f.headline = tr("Deployment %1 stopped progressing (ProgressDeadlineExceeded)").arg(ref.name);
        f.cause = tr("The rollout did not make progress within spec.progressDeadlineSeconds: \"%1\".").arg(jsonText(progressing, "message"));
        f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[Progressing]"),
                                         QStringLiteral("Progressing=False (ProgressDeadlineExceeded): ") + jsonText(progressing, "message")));
    } else {
        f.ruleId = QStringLiteral("deployment.replicas-unavailable");
        f.headline = tr("Deployment %1 has %2 of %3 replicas available").arg(ref.name).arg(available).arg(wanted);
        f.cause = tr("Pods of the Deployment are not ready, so it runs below its desired size.");
    }
    if (explained > 0) {
        const QList<const Finding *> first = context.findingsAbout(f.relatedFindings.first());
        f.cause += u' ' + tr("Pod %1: %2. The pods' own findings say more.").arg(f.relatedFindings.first().name, first.first()->headline);
    }
    f.nextSteps.append({tr("Watch the rollout, and look at the failing pod's finding."),
                        QStringLiteral("kubectl -n %1 rollout status deployment/%2").arg(ref.namespaceName, ref.name)});
    context.add(f);
}

void WorkloadRules::checkStatefulSet(RuleContext &context, const Json &set)
{
    const ObjectRef ref = refOf(set, QStringLiteral("StatefulSet"));
    const Json &spec = jsonChild(set, "spec");
    const QString serviceName = jsonText(spec, "serviceName");
    if (!serviceName.isEmpty() && context.snapshot.isAvailable(ClusterSnapshot::Services)
        && !context.snapshot.find(ClusterSnapshot::Services, ref.namespaceName, serviceName)) {
        Finding f;
        f.ruleId = QStringLiteral("statefulset.service-missing");
        f.severity = Severity::Warning;
        f.object = ref;
        f.headline = tr("StatefulSet %1 names Service %2, which does not exist").arg(ref.name, serviceName);
        f.cause = tr("spec.serviceName must name a headless Service that gives the pods their stable DNS names "
                     "(%1-0.%2...). Without it the names do not resolve.").arg(ref.name, serviceName);
        f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Service"), ref.namespaceName, serviceName},
                                         tr("Service %1/%2: not found").arg(ref.namespaceName, serviceName)));
        f.nextSteps.append({tr("Create the headless Service (clusterIP: None) with the pods' selector."),
                            QStringLiteral("kubectl -n %1 get services").arg(ref.namespaceName)});
        context.add(f);
    }
    const Json &templates = jsonChild(spec, "volumeClaimTemplates");
    if (templates.is_array() && context.snapshot.isAvailable(ClusterSnapshot::StorageClasses)) {
        for (const Json &t : templates) {
            const QString sc = jsonText(jsonChild(t, "spec"), "storageClassName");
            if (sc.isEmpty() || context.snapshot.find(ClusterSnapshot::StorageClasses, QString(), sc))
                continue;
            Finding f;
            f.ruleId = QStringLiteral("statefulset.storageclass-missing");
            f.severity = Severity::Error;
            f.object = ref;
            f.headline = tr("StatefulSet %1 claims storage from StorageClass %2, which does not exist").arg(ref.name, sc);
            f.cause = tr("The volumeClaimTemplate %1 asks for StorageClass %2; its claims stay Pending and the pods unscheduled.")
                          .arg(metaName(t), sc);
            f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("StorageClass"), QString(), sc}, tr("StorageClass %1: not found").arg(sc)));
            f.nextSteps.append({tr("List the StorageClasses."), QStringLiteral("kubectl get storageclass")});
            context.add(f);
        }
    }
    const Json &replicas = jsonChild(spec, "replicas");
    const qint64 wanted = replicas.is_number_integer() ? replicas.get<qint64>() : 1;
    const qint64 ready = jsonInt(jsonChild(set, "status"), "readyReplicas");
    if (ready >= wanted)
        return;
    Finding f;
    f.ruleId = QStringLiteral("statefulset.replicas-unavailable");
    f.severity = ready == 0 ? Severity::Error : Severity::Warning;
    f.object = ref;
    f.headline = tr("StatefulSet %1 has %2 of %3 replicas ready").arg(ref.name).arg(ready).arg(wanted);
    f.cause = tr("A StatefulSet starts its pods in order and waits for each to be ready, so one failing pod holds back the rest.");
    f.evidence.append(statusEvidence(ref, QStringLiteral("status.readyReplicas"), tr("Ready: %1 of %2").arg(ready).arg(wanted)));
    pointAtPods(context, context.snapshot.podsOwnedBy(QStringLiteral("StatefulSet"), ref.namespaceName, ref.name), f);
    f.nextSteps.append({tr("Look at the first pod that is not ready."), QStringLiteral("kubectl -n %1 get pods -l controller-revision-hash").arg(ref.namespaceName)});
    context.add(f);
}

void WorkloadRules::checkDaemonSet(RuleContext &context, const Json &set)
{
    const ObjectRef ref = refOf(set, QStringLiteral("DaemonSet"));
    const Json &status = jsonChild(set, "status");
    const qint64 desired = jsonInt(status, "desiredNumberScheduled");
    const qint64 ready = jsonInt(status, "numberReady");
    const qint64 misscheduled = jsonInt(status, "numberMisscheduled");
    if (ready >= desired && misscheduled == 0)
        return;
    Finding f;
    f.ruleId = QStringLiteral("daemonset.pods-unavailable");
    f.severity = Severity::Warning;
    f.object = ref;
    f.headline = tr("DaemonSet %1 has %2 of %3 pods ready").arg(ref.name).arg(ready).arg(desired);
    f.cause = tr("Some nodes that should run the DaemonSet's pod do not have a ready one.");
    f.evidence.append(statusEvidence(ref, QStringLiteral("status"), tr("Desired %1, ready %2, misscheduled %3").arg(desired).arg(ready).arg(misscheduled)));
    pointAtPods(context, context.snapshot.podsOwnedBy(QStringLiteral("DaemonSet"), ref.namespaceName, ref.name), f);
    f.nextSteps.append({tr("See which nodes lack a ready pod."), QStringLiteral("kubectl -n %1 get pods -o wide").arg(ref.namespaceName)});
    context.add(f);
}

void WorkloadRules::checkReplicaSet(RuleContext &context, const Json &set)
{
    const Json &failure = conditionOf(set, "ReplicaFailure");
    if (jsonText(failure, "status") != QLatin1String("True"))
        return;
    const ObjectRef ref = refOf(set, QStringLiteral("ReplicaSet"));
    Finding f;
    f.ruleId = QStringLiteral("replicaset.create-failed");
    f.severity = Severity::Error;
    f.object = ref;
    f.headline = tr("ReplicaSet %1 cannot create pods").arg(ref.name);
    f.cause = tr("The API server rejects its pods: \"%1\". A ResourceQuota, a LimitRange, a Pod Security level or "
                 "an admission webhook are the usual reasons.").arg(jsonText(failure, "message"));
    f.evidence.append(statusEvidence(ref, QStringLiteral("status.conditions[ReplicaFailure]"), jsonText(failure, "message")));
    if (const Json *e = lastEvent(context.snapshot, ref, {QStringLiteral("FailedCreate")}))
        f.evidence.append(eventEvidence(*e));
    f.nextSteps.append({tr("Check the namespace's quotas and the ReplicaSet's events."),
                        QStringLiteral("kubectl -n %1 describe replicaset/%2").arg(ref.namespaceName, ref.name)});
    context.add(f);
}

} // namespace Kaji::Models
