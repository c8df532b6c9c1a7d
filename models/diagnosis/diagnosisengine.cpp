#include "diagnosisengine.h"

#include "configmaprules.h"
#include "jobrules.h"
#include "noderules.h"
#include "podrules.h"
#include "policyrules.h"
#include "rulecontext.h"
#include "servicerules.h"
#include "snapshotread.h"
#include "storagerules.h"
#include "webhookrules.h"
#include "workloadrules.h"


namespace Kaji::Models {
namespace {

// The controller chain above an object: Pod -> ReplicaSet -> Deployment,
// Pod -> Job -> CronJob. Stops at a kind the snapshot does not hold.
QList<ObjectRef> ownersOf(const ClusterSnapshot &snapshot, const ObjectRef &object)
{
    static const QHash<QString, ClusterSnapshot::Kind> kinds = {
        {QStringLiteral("Pod"), ClusterSnapshot::Pods}, {QStringLiteral("ReplicaSet"), ClusterSnapshot::ReplicaSets},
        {QStringLiteral("Job"), ClusterSnapshot::Jobs}, {QStringLiteral("StatefulSet"), ClusterSnapshot::StatefulSets},
        {QStringLiteral("DaemonSet"), ClusterSnapshot::DaemonSets}, {QStringLiteral("Deployment"), ClusterSnapshot::Deployments}};
    QList<ObjectRef> owners;
    ObjectRef current = object;
    for (int depth = 0; depth < 4; ++depth) { // owner loops cannot hang the run
        const auto kind = kinds.constFind(current.kind);
        const Json *item = kind == kinds.cend() ? nullptr : snapshot.find(*kind, current.namespaceName, current.name);
        if (!item)
            break;
        const Json &references = jsonChild(jsonChild(*item, "metadata"), "ownerReferences");
        if (!references.is_array())
            break;
        ObjectRef next;
        for (const Json &owner : references) {
            if (jsonBool(owner, "controller"))
                next = {jsonText(owner, "kind"), current.namespaceName, jsonText(owner, "name")};
        }
        if (next.isNull() || next == object || owners.contains(next))
            break;
        owners.append(next);
        current = next;
    }
    return owners;
}

// The same reader, telling the read log recording on this thread which
// logs the rules read (a log is an input like any object).
LogReader recordingReads(const LogReader &logs)
{
    if (!logs)
        return {};
    return [logs](const QString &ns, const QString &pod, const QString &container, bool previous) {
        SnapshotReadLog::note(SnapshotRead::Type::Log, ClusterSnapshot::Pods, [&] {
            return ns + u'/' + pod + u'/' + container + (previous ? QStringLiteral("/previous") : QStringLiteral("/current"));
        });
        return logs(ns, pod, container, previous);
    };
}

} // namespace

Findings DiagnosisEngine::diagnose(const ClusterSnapshot &snapshot, const LogReader &logs, qint64 nowEpochSecs,
                                   const ContainerUsagePtr &usage, PodFindingsCache *podCache)
{
    Findings findings;
    const LogReader recordedLogs = podCache ? recordingReads(logs) : LogReader();
    RuleContext context{snapshot, podCache ? recordedLogs : logs, nowEpochSecs, findings, {}, false, {},
                        usage.get()};
    if (podCache) {
        podCache->beginRun(snapshot, logs);
        context.podConfigMaps = &podCache->configMapNames();
    }
    for (const Json &pod : snapshot.items(ClusterSnapshot::Pods)) {
        if (podCache ? podCache->checkState(context, pod) : PodRules::checkState(context, pod))
            PodRules::checkUsage(context, pod);
    }
    if (podCache)
        podCache->finishRun();
    ServiceRules::check(context);
    WorkloadRules::check(context);
    JobRules::check(context);
    StorageRules::check(context);
    NodeRules::check(context);
    PolicyRules::check(context);
    WebhookRules::check(context);
    ConfigMapRules::check(context);
    for (Finding &f : findings)
        f.owners = ownersOf(snapshot, f.object);
    sortFindings(findings);
    return findings;
}

} // namespace Kaji::Models
