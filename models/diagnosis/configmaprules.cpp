#include "configmaprules.h"

#include "podconfigmapnames.h"
#include "rulecontext.h"

namespace Kaji::Models {

namespace {

// Pods, and the templates of workloads that have none running right now (a
// Deployment scaled to zero, a CronJob between runs) still use theirs.
ConfigMapNames usedConfigMaps(const ClusterSnapshot &snapshot, PodConfigMapNames *kept)
{
    ConfigMapNames used;
    if (kept) {
        kept->addAll(snapshot.items(ClusterSnapshot::Pods), used);
    } else {
        for (const Json &pod : snapshot.items(ClusterSnapshot::Pods))
            addConfigMapsNamed(jsonChild(pod, "spec"), metaNamespaceText(pod), used);
    }
    for (auto kind : {ClusterSnapshot::Deployments, ClusterSnapshot::ReplicaSets, ClusterSnapshot::StatefulSets,
                      ClusterSnapshot::DaemonSets, ClusterSnapshot::Jobs}) {
        for (const Json &workload : snapshot.items(kind))
            addConfigMapsNamed(jsonChild(jsonChild(jsonChild(workload, "spec"), "template"), "spec"), metaNamespaceText(workload), used);
    }
    for (const Json &cronJob : snapshot.items(ClusterSnapshot::CronJobs)) {
        const Json &jobSpec = jsonChild(jsonChild(jsonChild(cronJob, "spec"), "jobTemplate"), "spec");
        addConfigMapsNamed(jsonChild(jsonChild(jobSpec, "template"), "spec"), metaNamespaceText(cronJob), used);
    }
    return used;
}

// Read by the control plane or by every pod's service-account token volume,
// never named in a pod spec: calling them unused would be noise.
bool systemOwned(const Json &configMap)
{
    static const QStringList systemNamespaces = {QStringLiteral("kube-system"), QStringLiteral("kube-public"),
                                                 QStringLiteral("kube-node-lease")};
    const Json &meta = jsonChild(configMap, "metadata");
    return metaName(configMap) == QLatin1String("kube-root-ca.crt") || systemNamespaces.contains(metaNamespace(configMap))
        || jsonChild(meta, "ownerReferences").is_array();
}

} // namespace

void ConfigMapRules::check(RuleContext &context)
{
    const ClusterSnapshot &snapshot = context.snapshot;
    // Without the pods, "unused" cannot be told.
    const bool podsKnown = snapshot.isAvailable(ClusterSnapshot::Pods);
    const ConfigMapNames used = podsKnown ? usedConfigMaps(snapshot, context.podConfigMaps) : ConfigMapNames();
    for (const Json &configMap : snapshot.items(ClusterSnapshot::ConfigMaps)) {
        const ObjectRef ref = refOf(configMap, QStringLiteral("ConfigMap"));
        const qint64 keys = qint64(jsonChild(configMap, "data").size() + jsonChild(configMap, "binaryData").size());
        const Json &bytes = jsonChild(jsonChild(configMap, "kaji"), "dataBytes");
        const qint64 size = bytes.is_number_integer() ? bytes.get<qint64>() : 0;
        Finding f;
        f.object = ref;
        f.severity = Severity::Info;
        if (size > MaxBytes) {
            f.ruleId = QStringLiteral("configmap.too-large");
            f.severity = Severity::Warning;
            f.headline = tr("ConfigMap %1 holds %2 bytes, more than the 1 MiB limit").arg(ref.name).arg(size);
            f.cause = tr("The API server rejects ConfigMaps over 1 MiB, so any update of this one fails; large files "
                         "belong in a volume or an image.");
            f.evidence.append(statusEvidence(ref, QStringLiteral("data"), tr("%1 keys, %2 bytes").arg(keys).arg(size)));
            f.nextSteps.append({tr("Move the large values out of the ConfigMap."), kubectlCommand(ref, QStringLiteral("describe"))});
            context.add(f);
            continue;
        }
        if (keys == 0 && !systemOwned(configMap)) {
            f.ruleId = QStringLiteral("configmap.empty");
            f.headline = tr("ConfigMap %1 is empty").arg(ref.name);
            f.cause = tr("It has no data and no binaryData: a pod that reads a key from it finds nothing.");
            f.evidence.append(statusEvidence(ref, QStringLiteral("data"), tr("0 keys")));
            f.nextSteps.append({tr("Fill it, or delete it if nothing needs it."), kubectlCommand(ref, QStringLiteral("edit"))});
            context.add(f);
            continue;
        }
        if (podsKnown && !systemOwned(configMap) && !used.contains({{}, metaNamespaceText(configMap), jsonChild(jsonChild(configMap, "metadata"), "name").text()})) {
            f.ruleId = QStringLiteral("configmap.unused");
            f.headline = tr("ConfigMap %1 is not used by any pod in %2").arg(ref.name, ref.namespaceName);
            f.cause = tr("No pod and no pod template of a workload in the namespace mounts it or reads it into its "
                         "environment. It may be left over, or a pod may name it with a typo.");
            f.evidence.append(objectEvidence(ref, tr("referenced by 0 pods and 0 pod templates")));
            f.nextSteps.append({tr("Check whether something outside pods reads it; delete it if not."),
                                kubectlCommand(ref, QStringLiteral("delete"))});
            context.add(f);
        }
    }
}

} // namespace Kaji::Models
