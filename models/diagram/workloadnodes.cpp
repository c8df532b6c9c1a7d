#include "workloadnodes.h"

#include "diagnosis/rulecontext.h"
#include "diagramassembly.h"
#include "diagramids.h"
#include "factfields.h"
#include "jsonfields.h"
#include "podfan.h"
#include "podstatus.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::WorkloadNodes)
};

const char *const revisionAnnotation = "deployment.kubernetes.io/revision";

enum class Counted { Available, Ready };

struct Replicas {
    qint64 desired = 0;
    qint64 up = 0; // available or ready, as `counted` says
    qint64 total = 0; // pods that exist, old ones included
    bool rolling = false;
    qint64 updated = 0;
};

// What ReplicaSets and StatefulSets count alike: spec.replicas (1 when
// unset), status.readyReplicas, status.replicas.
Replicas readyReplicas(const nlohmann::json &f)
{
    Replicas r;
    r.desired = factInt(f, {"spec", "replicas"}, 1);
    r.up = factInt(f, {"status", "readyReplicas"});
    r.total = factInt(f, {"status", "replicas"});
    return r;
}

QString upText(Counted counted, qint64 up, qint64 desired)
{
    return counted == Counted::Available ? Text::tr("%1 of %2 available").arg(up).arg(desired)
                                         : Text::tr("%1 of %2 ready").arg(up).arg(desired);
}

// Controllers share one reading of their counts: none up is a failure unless
// every pod is merely starting; a rollout is progress; some down is degraded.
void applyReplicaHealth(DiagramNode &node, const Replicas &r, const PodSummary &pods, Counted counted)
{
    const bool troubled = pods.count > 0 && (pods.worst == DiagramState::Failed || pods.worst == DiagramState::Warning);
    const bool starting = pods.count > 0 && !troubled && pods.worst == DiagramState::Progressing;
    if (r.desired <= 0) {
        if (r.total > 0) {
            node.state = DiagramState::Progressing;
            node.reasons.append(Text::tr("Scaling down"));
        }
        return;
    }
    if (r.up == 0) {
        node.state = starting ? DiagramState::Progressing : DiagramState::Failed;
        node.reasons.append(upText(counted, r.up, r.desired));
    } else if (r.rolling) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Rolling out: %1 of %2 updated").arg(r.updated).arg(r.desired));
    } else if (r.up < r.desired) {
        node.state = starting ? DiagramState::Progressing : DiagramState::Warning;
        node.reasons.append(upText(counted, r.up, r.desired));
    }
}

QString readyLine(qint64 ready, qint64 desired)
{
    return Text::tr("%1/%2 ready").arg(ready).arg(desired);
}

QString revisionLine(const Kube::ObjectFacts &object)
{
    const QString revision = annotationOf(object, revisionAnnotation);
    return revision.isEmpty() ? QString() : Text::tr("rev %1").arg(revision);
}

void appendIfAny(QStringList &lines, const QString &line)
{
    if (!line.isEmpty())
        lines.append(line);
}

bool conditionTrue(const nlohmann::json &fields, const char *type)
{
    return Kube::jsonText(Kube::jsonCondition(fields, type), "status") == QLatin1String("True");
}

} // namespace

void PodSummary::add(DiagramState state)
{
    ++count;
    worst = worseState(worst, state);
}

DiagramNode deploymentNode(const Kube::ObjectFacts &deployment, int oldReplicaSets, const PodSummary &pods)
{
    DiagramNode node = objectNode(DiagramKind::Deployments, deployment, WorkloadColumn::Controller);
    const nlohmann::json &f = deployment.fields;
    Replicas r;
    r.desired = factInt(f, {"spec", "replicas"}, 1);
    r.up = factInt(f, {"status", "availableReplicas"});
    r.total = factInt(f, {"status", "replicas"});
    r.updated = factInt(f, {"status", "updatedReplicas"});
    // Old pods still running, or not all replaced yet.
    r.rolling = r.updated < r.desired || r.total > r.updated;
    node.details.append(readyLine(factInt(f, {"status", "readyReplicas"}), r.desired));
    appendIfAny(node.details, revisionLine(deployment));
    if (oldReplicaSets > 0)
        node.details.append(Text::tr("%n old ReplicaSets", nullptr, oldReplicaSets));
    if (factBool(f, {"spec", "paused"}))
        node.details.append(Text::tr("paused"));
    const nlohmann::json &progressing = Kube::jsonCondition(f, "Progressing");
    if (Kube::jsonText(progressing, "reason") == QLatin1String("ProgressDeadlineExceeded")) {
        node.state = DiagramState::Failed;
        node.reasons.append(Text::tr("Rollout stuck: progress deadline exceeded"));
        return node;
    }
    applyReplicaHealth(node, r, pods, Counted::Available);
    return node;
}

DiagramNode replicaSetNode(const Kube::ObjectFacts &replicaSet, const PodSummary &pods)
{
    DiagramNode node = objectNode(DiagramKind::ReplicaSets, replicaSet, WorkloadColumn::ReplicaSet);
    const Replicas r = readyReplicas(replicaSet.fields);
    node.details.append(readyLine(r.up, r.desired));
    appendIfAny(node.details, revisionLine(replicaSet));
    applyReplicaHealth(node, r, pods, Counted::Ready);
    return node;
}

DiagramNode statefulSetNode(const Kube::ObjectFacts &statefulSet, const PodSummary &pods, int column)
{
    DiagramNode node = objectNode(DiagramKind::StatefulSets, statefulSet, column);
    const nlohmann::json &f = statefulSet.fields;
    Replicas r = readyReplicas(f);
    r.updated = factInt(f, {"status", "updatedReplicas"});
    const QString current = factText(f, {"status", "currentRevision"});
    const QString update = factText(f, {"status", "updateRevision"});
    r.rolling = (!update.isEmpty() && update != current) || r.updated < r.desired;
    node.details.append(readyLine(r.up, r.desired));
    applyReplicaHealth(node, r, pods, Counted::Ready);
    return node;
}

DiagramNode daemonSetNode(const Kube::ObjectFacts &daemonSet, const PodSummary &pods)
{
    DiagramNode node = objectNode(DiagramKind::DaemonSets, daemonSet, WorkloadColumn::Controller);
    const nlohmann::json &f = daemonSet.fields;
    Replicas r;
    r.desired = factInt(f, {"status", "desiredNumberScheduled"});
    r.up = factInt(f, {"status", "numberAvailable"});
    r.total = factInt(f, {"status", "currentNumberScheduled"});
    r.updated = factInt(f, {"status", "updatedNumberScheduled"});
    r.rolling = r.updated < r.desired;
    node.details.append(readyLine(factInt(f, {"status", "numberReady"}), r.desired));
    node.details.append(Text::tr("on %n nodes", nullptr, int(r.desired)));
    const qint64 misscheduled = factInt(f, {"status", "numberMisscheduled"});
    if (misscheduled > 0)
        node.details.append(Text::tr("%n misscheduled", nullptr, int(misscheduled)));
    applyReplicaHealth(node, r, pods, Counted::Available);
    return node;
}

DiagramNode jobNode(const Kube::ObjectFacts &job)
{
    DiagramNode node = objectNode(DiagramKind::Jobs, job, WorkloadColumn::ReplicaSet);
    const nlohmann::json &f = job.fields;
    const qint64 succeeded = factInt(f, {"status", "succeeded"});
    const qint64 failed = factInt(f, {"status", "failed"});
    const qint64 active = factInt(f, {"status", "active"});
    const qint64 completions = factInt(f, {"spec", "completions"}, -1);
    node.details.append(completions >= 0 ? Text::tr("%1/%2 succeeded").arg(succeeded).arg(completions)
                                         : Text::tr("%n succeeded", nullptr, int(succeeded)));
    if (failed > 0)
        node.details.append(Text::tr("%n failed", nullptr, int(failed)));
    if (active > 0)
        node.details.append(Text::tr("%n running", nullptr, int(active)));
    const nlohmann::json &failedCondition = Kube::jsonCondition(f, "Failed");
    if (Kube::jsonText(failedCondition, "status") == QLatin1String("True")) {
        node.state = DiagramState::Failed;
        const QString reason = Kube::jsonText(failedCondition, "reason");
        if (reason == QLatin1String("BackoffLimitExceeded"))
            node.reasons.append(Text::tr("Gave up after %n failed attempts", nullptr, int(failed)));
        else if (reason == QLatin1String("DeadlineExceeded"))
            node.reasons.append(Text::tr("Ran past its deadline"));
        else
            node.reasons.append(
                Text::tr("Failed: %1").arg(reason.isEmpty() ? Kube::jsonText(failedCondition, "message") : reason));
    } else if (conditionTrue(f, "Complete")) {
        node.state = DiagramState::Finished;
    } else if (factBool(f, {"spec", "suspend"})) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Suspended"));
    } else if (active > 0) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Running"));
    } else if (failed > 0) {
        node.state = DiagramState::Warning;
        node.reasons.append(Text::tr("%n failed attempts, retrying", nullptr, int(failed)));
    } else {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Waiting to start"));
    }
    return node;
}

DiagramNode cronJobNode(const Kube::ObjectFacts &cronJob, qint64 nowEpochSecs)
{
    DiagramNode node = objectNode(DiagramKind::CronJobs, cronJob, WorkloadColumn::Controller);
    const nlohmann::json &f = cronJob.fields;
    node.details.append(factText(f, {"spec", "schedule"}));
    const qint64 last = parseApiTime(factText(f, {"status", "lastScheduleTime"}));
    if (last <= 0)
        node.details.append(Text::tr("not run yet"));
    else if (nowEpochSecs > 0)
        node.details.append(Text::tr("last run %1 ago").arg(Kube::humanDuration(nowEpochSecs - last)));
    const nlohmann::json &active = factAt(f, {"status", "active"});
    if (active.is_array() && !active.empty())
        node.details.append(Text::tr("%n active", nullptr, int(active.size())));
    if (factBool(f, {"spec", "suspend"})) {
        node.state = DiagramState::Warning;
        node.reasons.append(Text::tr("Suspended: starts no Jobs"));
    }
    return node;
}

DiagramNode autoscalerNode(const Kube::ObjectFacts &autoscaler)
{
    DiagramNode node = objectNode(DiagramKind::HorizontalPodAutoscalers, autoscaler, WorkloadColumn::Autoscaler);
    const nlohmann::json &f = autoscaler.fields;
    node.details.append(Text::tr("min %1 · max %2 · now %3")
                            .arg(factInt(f, {"spec", "minReplicas"}, 1))
                            .arg(factInt(f, {"spec", "maxReplicas"}))
                            .arg(factInt(f, {"status", "currentReplicas"})));
    for (const char *type : {"AbleToScale", "ScalingActive"}) {
        const nlohmann::json &condition = Kube::jsonCondition(f, type);
        if (Kube::jsonText(condition, "status") != QLatin1String("False"))
            continue;
        node.state = DiagramState::Warning;
        node.reasons.append(Text::tr("Not scaling: %1").arg(Kube::jsonText(condition, "reason")));
    }
    return node;
}

} // namespace Kaji::Models
