#include "configmaprules.h"


#include <QSet>

namespace Kaji::Models {

namespace {

// The ConfigMaps pod specs name, as {namespace, name} views into the
// documents: each run walks every pod, and a reference costs no copy of its
// names.
using References = QSet<ClusterSnapshot::TextKey>;

std::string_view namespaceOf(const Json &object)
{
    return jsonChild(jsonChild(object, "metadata"), "namespace").text();
}

// Volumes (projected too), env and envFrom of all the spec's containers.
void collectReferences(const Json &podSpec, std::string_view ns, References &used)
{
    const auto add = [&](const Json &ref) {
        if (!ref.is_null())
            used.insert({{}, ns, jsonChild(ref, "name").text()});
    };
    const Json &volumes = jsonChild(podSpec, "volumes");
    if (volumes.is_array()) {
        for (const Json &v : volumes) {
            add(jsonChild(v, "configMap"));
            const Json &sources = jsonChild(jsonChild(v, "projected"), "sources");
            if (sources.is_array())
                for (const Json &source : sources)
                    add(jsonChild(source, "configMap"));
        }
    }
    for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
        const Json &containers = jsonChild(podSpec, list);
        if (!containers.is_array())
            continue;
        for (const Json &c : containers) {
            const Json &env = jsonChild(c, "env");
            if (env.is_array())
                for (const Json &e : env)
                    add(jsonChild(jsonChild(e, "valueFrom"), "configMapKeyRef"));
            const Json &envFrom = jsonChild(c, "envFrom");
            if (envFrom.is_array())
                for (const Json &e : envFrom)
                    add(jsonChild(e, "configMapRef"));
        }
    }
}

// Pods, and the templates of workloads that have none running right now (a
// Deployment scaled to zero, a CronJob between runs) still use theirs.
References usedConfigMaps(const ClusterSnapshot &snapshot)
{
    References used;
    for (const Json &pod : snapshot.items(ClusterSnapshot::Pods))
        collectReferences(jsonChild(pod, "spec"), namespaceOf(pod), used);
    for (auto kind : {ClusterSnapshot::Deployments, ClusterSnapshot::ReplicaSets, ClusterSnapshot::StatefulSets,
                      ClusterSnapshot::DaemonSets, ClusterSnapshot::Jobs}) {
        for (const Json &workload : snapshot.items(kind))
            collectReferences(jsonChild(jsonChild(jsonChild(workload, "spec"), "template"), "spec"), namespaceOf(workload), used);
    }
    for (const Json &cronJob : snapshot.items(ClusterSnapshot::CronJobs)) {
        const Json &jobSpec = jsonChild(jsonChild(jsonChild(cronJob, "spec"), "jobTemplate"), "spec");
        collectReferences(jsonChild(jsonChild(jobSpec, "template"), "spec"), namespaceOf(cronJob), used);
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
    const References used = podsKnown ? usedConfigMaps(snapshot) : References();
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
        if (podsKnown && !systemOwned(configMap) && !used.contains({{}, namespaceOf(configMap), jsonChild(jsonChild(configMap, "metadata"), "name").text()})) {
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
