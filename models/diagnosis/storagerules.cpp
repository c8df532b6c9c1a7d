#include "storagerules.h"

#include "quantity.h"

namespace Kaji::Models {

namespace {

const Json *defaultClass(const ClusterSnapshot &snapshot)
{
    for (const Json &sc : snapshot.items(ClusterSnapshot::StorageClasses)) {
        if (jsonText(jsonChild(jsonChild(sc, "metadata"), "annotations"), "storageclass.kubernetes.io/is-default-class")
            == QLatin1String("true"))
            return &sc;
    }
    return nullptr;
}

// In-tree provisioners run inside kube-controller-manager; CSI drivers
// register a CSIDriver object when installed.
bool provisionerInstalled(const ClusterSnapshot &snapshot, const QString &provisioner)
{
    if (provisioner.startsWith(QLatin1String("kubernetes.io/")))
        return true;
    return snapshot.find(ClusterSnapshot::CsiDrivers, QString(), provisioner) != nullptr;
}

} // namespace

void StorageRules::check(RuleContext &context)
{
    for (const Json &claim : context.snapshot.items(ClusterSnapshot::PersistentVolumeClaims))
        checkClaim(context, claim);
    for (const Json &pv : context.snapshot.items(ClusterSnapshot::PersistentVolumes)) {
        if (jsonText(jsonChild(pv, "status"), "phase") != QLatin1String("Failed"))
            continue;
        const ObjectRef ref = refOf(pv, QStringLiteral("PersistentVolume"));
        Finding f;
        f.ruleId = QStringLiteral("pv.failed");
        f.severity = Severity::Warning;
        f.object = ref;
        f.headline = tr("PersistentVolume %1 is Failed").arg(ref.name);
        f.cause = tr("Reclaiming the volume failed: \"%1\".").arg(jsonText(jsonChild(pv, "status"), "message"));
        f.evidence.append(statusEvidence(ref, QStringLiteral("status.phase"), QStringLiteral("Failed: ") + jsonText(jsonChild(pv, "status"), "message")));
        f.nextSteps.append({tr("Clean up the volume and delete the PersistentVolume."), QStringLiteral("kubectl describe pv/%1").arg(ref.name)});
        context.add(f);
    }
}

void StorageRules::checkClaim(RuleContext &context, const Json &claim)
{
    if (jsonText(jsonChild(claim, "status"), "phase") != QLatin1String("Pending"))
        return;
    const ObjectRef ref = refOf(claim, QStringLiteral("PersistentVolumeClaim"));
    const Json &spec = jsonChild(claim, "spec");
    const Json &named = jsonChild(spec, "storageClassName");
    const QString size = jsonText(jsonChild(jsonChild(spec, "resources"), "requests"), "storage");
    Finding f;
    f.object = ref;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(ref, QStringLiteral("status.phase"), QStringLiteral("Pending")));
    const Json *latest = lastEvent(context.snapshot, ref, {QStringLiteral("ProvisioningFailed"),
                                                                     QStringLiteral("ExternalProvisioning"),
                                                                     QStringLiteral("FailedBinding"),
                                                                     QStringLiteral("WaitForFirstConsumer"),
                                                                     QStringLiteral("WaitForPodScheduled")});
    if (latest)
        f.evidence.append(eventEvidence(*latest));
    const QString describe = QStringLiteral("kubectl -n %1 describe pvc/%2").arg(ref.namespaceName, ref.name);

    QString className = named.is_string() ? QString::fromStdString(named.get<std::string>()) : QString();
    const Json *sc = nullptr;
    if (!named.is_string()) {
        sc = defaultClass(context.snapshot);
        className = sc ? metaName(*sc) : QString();
    } else if (!className.isEmpty()) {
        sc = context.snapshot.find(ClusterSnapshot::StorageClasses, QString(), className);
    }
    const bool classesKnown = context.snapshot.isAvailable(ClusterSnapshot::StorageClasses);
    if (classesKnown && !className.isEmpty() && !sc) {
        f.ruleId = QStringLiteral("pvc.storageclass-missing");
        f.headline = tr("PersistentVolumeClaim %1 is Pending: StorageClass %2 does not exist").arg(ref.name, className);
        f.cause = tr("The claim asks for StorageClass %1, which does not exist, so no volume is provisioned for it.").arg(className);
        f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("StorageClass"), QString(), className}, tr("StorageClass %1: not found").arg(className)));
        f.nextSteps.append({tr("Use an existing StorageClass."), QStringLiteral("kubectl get storageclass")});
    } else if (classesKnown && className.isEmpty() && !named.is_string()) {
        f.ruleId = QStringLiteral("pvc.no-storageclass");
        f.headline = tr("PersistentVolumeClaim %1 is Pending: no StorageClass and no default").arg(ref.name);
        f.cause = tr("The claim names no StorageClass and the cluster has no default one, so only a pre-created "
                     "PersistentVolume could bind it, and none matches.");
        f.nextSteps.append({tr("Name a StorageClass in the claim, or mark one as default."), QStringLiteral("kubectl get storageclass")});
    } else if (sc) {
        const QString provisioner = jsonText(*sc, "provisioner");
        const QString mode = jsonText(*sc, "volumeBindingMode");
        const ObjectRef scRef{QStringLiteral("StorageClass"), QString(), className};
        f.evidence.append(objectEvidence(scRef, tr("StorageClass %1: provisioner %2, volumeBindingMode %3")
                                                    .arg(className, provisioner, mode.isEmpty() ? QStringLiteral("Immediate") : mode)));
        if (mode == QLatin1String("WaitForFirstConsumer") && latest
            && jsonText(*latest, "reason") == QLatin1String("WaitForFirstConsumer"))
            return; // waits for a pod by design
        if (provisioner == QLatin1String("kubernetes.io/no-provisioner")) {
            f.ruleId = QStringLiteral("pvc.no-matching-pv");
            f.headline = tr("PersistentVolumeClaim %1 is Pending: no PersistentVolume matches it").arg(ref.name);
            int available = 0;
            for (const Json &pv : context.snapshot.items(ClusterSnapshot::PersistentVolumes)) {
                if (jsonText(jsonChild(pv, "spec"), "storageClassName") == className
                    && jsonText(jsonChild(pv, "status"), "phase") == QLatin1String("Available"))
                    ++available;
            }
            f.cause = tr("StorageClass %1 provisions nothing; volumes must be created by hand. %n Available "
                         "PersistentVolume(s) of this class exist, none with room for %2 and the claim's access modes.",
                         nullptr, available).arg(className, size);
            f.nextSteps.append({tr("Create a matching PersistentVolume."), QStringLiteral("kubectl get pv")});
        } else if (context.snapshot.isAvailable(ClusterSnapshot::CsiDrivers) && !provisionerInstalled(context.snapshot, provisioner)) {
            f.ruleId = QStringLiteral("pvc.provisioner-missing");
            f.headline = tr("PersistentVolumeClaim %1 is Pending: provisioner %2 of StorageClass %3 is not installed")
                             .arg(ref.name, provisioner, className);
            f.cause = tr("The claim waits for provisioner %1 to create a volume, but no CSI driver of that name is "
                         "registered in the cluster (no CSIDriver object), so nothing ever will.").arg(provisioner);
            f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("CSIDriver"), QString(), provisioner},
                                             tr("CSIDriver %1: not found").arg(provisioner)));
            f.nextSteps.append({tr("Install the CSI driver, or use a StorageClass whose provisioner runs here."),
                                QStringLiteral("kubectl get csidrivers")});
        } else if (latest && jsonText(*latest, "reason") == QLatin1String("ProvisioningFailed")) {
            f.ruleId = QStringLiteral("pvc.provisioning-failed");
            f.headline = tr("PersistentVolumeClaim %1 is Pending: provisioning failed").arg(ref.name);
            f.cause = tr("Provisioner %1 tried and failed: \"%2\".").arg(provisioner, jsonText(*latest, "message"));
        } else {
            const qint64 created = parseApiTime(jsonText(jsonChild(claim, "metadata"), "creationTimestamp"));
            if (created > 0 && context.within(created, 119))
                return; // provisioning takes a moment
            f.ruleId = QStringLiteral("pvc.pending");
            f.headline = tr("PersistentVolumeClaim %1 is still Pending").arg(ref.name);
            f.cause = tr("Provisioner %1 has not created a volume yet.").arg(provisioner);
        }
        f.nextSteps.append({tr("Read the claim's events."), describe});
    } else {
        f.ruleId = QStringLiteral("pvc.pending");
        f.headline = tr("PersistentVolumeClaim %1 is Pending").arg(ref.name);
        f.cause = latest ? jsonText(*latest, "message") : tr("No volume is bound yet.");
        f.nextSteps.append({tr("Read the claim's events."), describe});
    }
    context.add(f);
}

} // namespace Kaji::Models
