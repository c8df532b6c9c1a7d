#include "claimstates.h"

#include "diagnosis/rulecontext.h"
#include "diagramassembly.h"
#include "factfields.h"
#include "podstatus.h"
#include "storagenodes.h"

#include <QCoreApplication>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ClaimStates)
};

// Provisioning normally takes seconds; a claim pending longer deserves a look.
constexpr qint64 provisioningGraceSecs = 120;

qint64 eventTime(const Kube::ObjectFacts &event)
{
    for (const char *field : {"lastTimestamp", "eventTime", "firstTimestamp"}) {
        const qint64 time = parseApiTime(factText(event.fields, {field}));
        if (time > 0)
            return time;
    }
    return event.createdEpochSecs;
}

bool newer(const Kube::ObjectFacts &a, const Kube::ObjectFacts &b)
{
    const qint64 ta = eventTime(a);
    const qint64 tb = eventTime(b);
    return ta != tb ? ta > tb : a.name > b.name;
}

} // namespace

ClaimStates::ClaimStates(const DiagramInput &input)
    : m_input(input)
{
    // Several defaults: the newest wins, as the admission plugin decides.
    const Kube::ObjectFacts *best = nullptr;
    for (const Kube::ObjectFacts &sc : input.facts(DiagramKind::StorageClasses).objects) {
        if (!isDefaultStorageClass(sc))
            continue;
        if (!best || sc.createdEpochSecs > best->createdEpochSecs
            || (sc.createdEpochSecs == best->createdEpochSecs && sc.name < best->name))
            best = &sc;
    }
    if (best)
        m_defaultClass = best->name;
    for (const Kube::ObjectFacts &event : input.facts(DiagramKind::ClaimEvents).objects) {
        const nlohmann::json &involved = factAt(event.fields, {"involvedObject"});
        if (factText(involved, {"kind"}) != QLatin1String("PersistentVolumeClaim"))
            continue;
        QString key = factText(involved, {"uid"});
        if (key.isEmpty())
            key = factText(involved, {"namespace"}) + u'/' + factText(involved, {"name"});
        const Kube::ObjectFacts *&latest = m_latest[key];
        if (!latest || newer(event, *latest))
            latest = &event;
    }
}

QString ClaimStates::className(const Kube::ObjectFacts &claim) const
{
    const nlohmann::json &named = factAt(claim.fields, {"spec", "storageClassName"});
    if (named.is_string())
        return QString::fromStdString(named.get<std::string>());
    return m_defaultClass;
}

const Kube::ObjectFacts *ClaimStates::latestEvent(const Kube::ObjectFacts &claim) const
{
    if (const Kube::ObjectFacts *event = m_latest.value(claim.uid))
        return event;
    return m_latest.value(claim.key());
}

QString ClaimStates::provisioner(const Kube::ObjectFacts &claim, const QString &className) const
{
    for (const char *key :
        {"volume.kubernetes.io/storage-provisioner", "volume.beta.kubernetes.io/storage-provisioner"}) {
        const QString name = annotationOf(claim, key);
        if (!name.isEmpty())
            return name;
    }
    const Kube::ObjectFacts *sc = findObject(m_input.facts(DiagramKind::StorageClasses), className);
    return sc ? factText(sc->fields, {"provisioner"}) : QString();
}

DiagramNode ClaimStates::node(const Kube::ObjectFacts &claim, int column) const
{
    DiagramNode node = objectNode(DiagramKind::PersistentVolumeClaims, claim, column);
    const nlohmann::json &f = claim.fields;
    const QString phase = factText(f, {"status", "phase"});
    QString size = factText(f, {"status", "capacity", "storage"});
    if (size.isEmpty())
        size = factText(f, {"spec", "resources", "requests", "storage"});
    const QString capacity = capacityLine(size, factAt(f, {"spec", "accessModes"}));
    if (!capacity.isEmpty())
        node.details.append(capacity);
    const QString sc = className(claim);
    if (sc.isEmpty())
        node.details.append(Text::tr("no StorageClass"));
    else
        node.details.append(
            factAt(f, {"spec", "storageClassName"}).is_string() ? sc : Text::tr("%1 (default)").arg(sc));
    const Kube::OwnerReference *owner = controllerOf(claim);
    if (owner && owner->kind == QLatin1String("Pod"))
        node.details.append(Text::tr("ephemeral, of pod %1").arg(owner->name));
    if (claim.deleting) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Being deleted; kept while a pod uses it"));
    } else if (phase == QLatin1String("Lost")) {
        node.state = DiagramState::Failed;
        node.reasons.append(Text::tr("Its volume is gone (Lost)"));
    } else if (phase != QLatin1String("Bound")) {
        pendingState(claim, node);
    }
    return node;
}

DiagramAssembly::Reference ClaimStates::addClaim(
    DiagramAssembly &out, const QString &namespaceName, const QString &name, int column) const
{
    const Kube::ObjectFacts *claim
        = findObject(m_input.facts(DiagramKind::PersistentVolumeClaims), namespaceName + u'/' + name);
    if (!claim)
        return out.addReference(DiagramKind::PersistentVolumeClaims, namespaceName, name, column);
    DiagramNode claimNode = node(*claim, column);
    DiagramAssembly::Reference reference {claimNode.id, claimNode.state, DiagramEdgeState::Normal};
    out.addNode(std::move(claimNode));
    return reference;
}

void ClaimStates::pendingState(const Kube::ObjectFacts &claim, DiagramNode &node) const
{
    const QString sc = className(claim);
    const KindFacts &classes = m_input.facts(DiagramKind::StorageClasses);
    if (!sc.isEmpty() && absentState(classes, {}) == DiagramState::Missing && !classes.objects.contains(sc)) {
        node.state = DiagramState::Failed;
        node.reasons.append(Text::tr("StorageClass %1 does not exist").arg(sc));
        return;
    }
    const qint64 age
        = m_input.nowEpochSecs > 0 && claim.createdEpochSecs > 0 ? m_input.nowEpochSecs - claim.createdEpochSecs : -1;
    const bool young = age >= 0 && age < provisioningGraceSecs;
    const Kube::ObjectFacts *event = latestEvent(claim);
    const QString reason = event ? factText(event->fields, {"reason"}) : QString();
    const QString message = event ? factText(event->fields, {"message"}) : QString();
    if (reason == QLatin1String("ProvisioningFailed") || reason == QLatin1String("FailedBinding")) {
        node.state = DiagramState::Failed;
        node.reasons.append(reason == QLatin1String("ProvisioningFailed") ? Text::tr("Provisioning failed")
                                                                          : Text::tr("No volume can be bound"));
        if (!message.isEmpty())
            node.reasons.append(message);
    } else if (reason == QLatin1String("WaitForFirstConsumer")) {
        // Normal: the volume is made where the first pod is scheduled.
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Waits for the first pod that uses it"));
    } else if (reason == QLatin1String("ExternalProvisioning") || reason == QLatin1String("Provisioning")) {
        const QString name = provisioner(claim, sc);
        if (young) {
            node.state = DiagramState::Progressing;
            node.reasons.append(Text::tr("Waiting for provisioner %1").arg(name));
        } else {
            node.state = DiagramState::Warning;
            node.reasons.append(age >= 0
                    ? Text::tr("Still waiting for provisioner %1 after %2").arg(name, Kube::humanDuration(age))
                    : Text::tr("Still waiting for provisioner %1").arg(name));
        }
    } else if (!factText(claim.fields, {"spec", "volumeName"}).isEmpty()) {
        node.state = DiagramState::Warning;
        node.reasons.append(Text::tr("Waiting for volume %1").arg(factText(claim.fields, {"spec", "volumeName"})));
    } else if (sc.isEmpty()) {
        node.state = DiagramState::Warning;
        node.reasons.append(factAt(claim.fields, {"spec", "storageClassName"}).is_string()
                ? Text::tr("Static binding only: waiting for a matching PersistentVolume")
                : Text::tr("No StorageClass and no default: waiting for a matching PersistentVolume"));
    } else if (const Kube::ObjectFacts *scFacts = findObject(classes, sc);
               scFacts && factText(scFacts->fields, {"volumeBindingMode"}) == QLatin1String("WaitForFirstConsumer")) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Waits for the first pod that uses it"));
    } else if (young) {
        node.state = DiagramState::Progressing;
        node.reasons.append(Text::tr("Waiting for a volume"));
    } else {
        node.state = DiagramState::Warning;
        node.reasons.append(Text::tr("No volume bound yet"));
        if (!reason.isEmpty())
            node.reasons.append(reason + QStringLiteral(": ") + message);
    }
}

} // namespace Kaji::Models
