#include "architecturegraph.h"

#include "addoncomponents.h"
#include "componentexplanations.h"
#include "diagramaccess.h"
#include "graphdraft.h"
#include "diagramids.h"
#include "jsonfields.h"
#include "leasefacts.h"
#include "managedcontrolplane.h"
#include "nodecards.h"

#include <QMap>

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

namespace {

const QString kubeSystem = QStringLiteral("kube-system");

class ArchitectureBuild {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ArchitectureGraph)
public:
    explicit ArchitectureBuild(const DiagramInput &input)
        : m_input(input)
        , m_leases(input.facts(DiagramKind::Leases))
    {
    }

    DiagramGraph build()
    {
        DiagramAccess::addNotes(m_out, m_input, kindsFor(DiagramView::Architecture));
        collectControlPlanePods();
        m_plane = ManagedControlPlane::detect(m_input, controlPlaneSeen());
        if (m_plane.managed)
            addManagedCard();
        addApiServer();
        addEtcd();
        addLeaderComponent(QStringLiteral("Scheduler"), QStringLiteral("kube-scheduler"));
        addLeaderComponent(QStringLiteral("ControllerManager"), QStringLiteral("kube-controller-manager"));
        addOtherControlPlanePods();
        NodeCards::add(m_out, m_input, m_apiServerId);
        AddonComponents::add(m_out, m_input);
        return m_out.take();
    }

private:
    // Mirror pods of a kubeadm-style control plane, by the component they
    // run ("kube-apiserver", "etcd", ...: their `component` label).
    void collectControlPlanePods()
    {
        QList<const Kube::PodRecord *> pods;
        for (const Kube::PodRecord &pod : m_input.pods) {
            if (pod.namespaceName == kubeSystem && DiagramAccess::label(pod.labels, QStringLiteral("tier")) == QLatin1String("control-plane"))
                pods.append(&pod);
        }
        std::sort(pods.begin(), pods.end(),
                  [](const Kube::PodRecord *a, const Kube::PodRecord *b) { return a->name < b->name; });
        for (const Kube::PodRecord *pod : std::as_const(pods))
            m_planePods[DiagramAccess::label(pod->labels, QStringLiteral("component"))].append(pod);
    }

    bool controlPlaneSeen() const
    {
        if (!m_planePods.isEmpty())
            return true;
        for (const char *lease : {"kube-scheduler", "kube-controller-manager"}) {
            if (m_leases.objects.contains(kubeSystem + u'/' + QLatin1String(lease)))
                return true;
        }
        for (const Kube::ObjectFacts &node : m_input.facts(DiagramKind::Nodes).objects) {
            bool present = false;
            DiagramAccess::label(node.labels, QStringLiteral("node-role.kubernetes.io/control-plane"), &present);
            if (present)
                return true;
        }
        return false;
    }

    DiagramNode component(const QString &kind, const QString &namespaceName, const QString &name) const
    {
        DiagramNode node = diagramNode(kind, namespaceName, name, 0);
        node.parent = m_cardId;
        node.explanation = ComponentExplanations::explain(kind);
        return node;
    }

    void addManagedCard()
    {
        DiagramNode card = component(QStringLiteral("ManagedControlPlane"), QString(), QStringLiteral("control-plane"));
        card.parent.clear();
        card.name = tr("Managed control plane (%1)").arg(m_plane.provider);
        card.state = DiagramState::NotObservable;
        card.details.append(m_plane.evidence);
        card.reasons.append(tr("Run by %1: a client sees the API server and little else").arg(m_plane.provider));
        m_cardId = m_out.addNode(card).id;
        m_out.addNote(tr("The control plane is managed by %1: what it keeps out of sight is drawn as not "
                         "observable, which is no fault.")
                          .arg(m_plane.provider));
    }

    // Control-plane pods drawn inside their component's card; their trouble
    // is the component's.
    void addPods(DiagramNode &component, const QString &componentLabel)
    {
        const QList<const Kube::PodRecord *> pods = m_planePods.take(componentLabel);
        if (pods.isEmpty())
            return;
        int failing = 0;
        for (const Kube::PodRecord *pod : pods) {
            DiagramNode node = diagramNode(QStringLiteral("Pod"), pod->namespaceName, pod->name, 0, QStringLiteral("pods"));
            node.parent = component.id;
            node.explanation = ComponentExplanations::explain(QStringLiteral("ControlPlanePod"));
            node.details.append(podDetailLine(*pod));
            if (!pod->nodeName.isEmpty())
                node.details.append(tr("On %1").arg(pod->nodeName));
            node.state = podDiagramState(*pod);
            if (isProblem(node.state)) {
                ++failing;
                node.reasons.append(pod->status.status);
                raiseState(component, DiagramState::Warning, tr("Pod %1: %2").arg(pod->name, pod->status.status));
            }
            m_out.addNode(node);
        }
        // What the pods show outweighs "not seen" from a lease or check.
        if (severityOf(component.state) == 0 && component.state != DiagramState::Ok && failing == 0)
            component.state = DiagramState::Ok;
        if (failing == pods.size())
            raiseState(component, DiagramState::Failed, QString());
    }

    void addApiServer()
    {
        DiagramNode node = component(QStringLiteral("APIServer"), QString(), QStringLiteral("kube-apiserver"));
        const ControlPlaneProbe &probe = m_input.controlPlane;
        if (probe.versionRead && !probe.gitVersion.isEmpty())
            node.details.append(probe.gitVersion);
        addInstances(node);
        QStringList failed;
        for (const auto &[check, passed] : probe.readyzChecks) {
            if (!passed)
                failed.append(check);
        }
        const int status = probe.readyzStatus;
        if (status == 200) {
            node.details.append(tr("readyz: %n check(s) passed", nullptr, int(probe.readyzChecks.size() - failed.size())));
            for (const QString &check : std::as_const(failed))
                raiseState(node, DiagramState::Warning, tr("readyz check %1 fails").arg(check));
        } else if (status == 401 || status == 403) {
            node.details.append(tr("readyz hidden by permissions"));
        } else if (status != 0) {
            raiseState(node, DiagramState::Failed, tr("readyz answers %1: the API server is not ready").arg(status));
            if (!failed.isEmpty())
                node.details.append(tr("readyz failing: %1").arg(failed.join(QLatin1String(", "))));
            for (const QString &check : std::as_const(failed))
                raiseState(node, DiagramState::Failed, tr("readyz check %1 fails").arg(check));
        } else if (!probe.readyzError.isEmpty()) {
            raiseState(node, DiagramState::Unknown, tr("readyz could not be read: %1").arg(probe.readyzError));
        } else if (!probe.versionRead) {
            raiseState(node, DiagramState::Unknown, tr("Not read yet"));
        }
        addPods(node, QStringLiteral("kube-apiserver"));
        m_apiServerId = m_out.addNode(node).id;
    }

    // Instances from the `kubernetes` Service's endpoints and from the
    // identity Leases every API server renews.
    void addInstances(DiagramNode &node)
    {
        QStringList addresses;
        for (const Kube::ObjectFacts *slice : DiagramAccess::sortedObjects(m_input.facts(DiagramKind::EndpointSlices))) {
            if (slice->namespaceName != QLatin1String("default")
                || DiagramAccess::label(slice->labels, QStringLiteral("kubernetes.io/service-name")) != QLatin1String("kubernetes"))
                continue;
            const nlohmann::json &ports = jsonChild(slice->fields, "ports");
            const qint64 port = ports.is_array() && !ports.empty() ? jsonInt(ports.front(), "port") : 0;
            const nlohmann::json &endpoints = jsonChild(slice->fields, "endpoints");
            if (!endpoints.is_array())
                continue;
            for (const nlohmann::json &endpoint : endpoints) {
                const nlohmann::json &ips = jsonChild(endpoint, "addresses");
                if (!ips.is_array())
                    continue;
                for (const nlohmann::json &ip : ips) {
                    if (ip.is_string())
                        addresses.append(QString::fromStdString(ip.get<std::string>())
                                         + (port ? u':' + QString::number(port) : QString()));
                }
            }
        }
        QStringList live;
        for (const Kube::ObjectFacts *lease : DiagramAccess::sortedObjects(m_leases)) {
            if (lease->namespaceName != kubeSystem
                || DiagramAccess::label(lease->labels, QStringLiteral("apiserver.kubernetes.io/identity")) != QLatin1String("kube-apiserver"))
                continue;
            const LeaseFacts facts = LeaseFacts::read(*lease);
            if (facts.stale(m_input.nowEpochSecs))
                continue; // a stopped instance's Lease lingers until it is collected
            QString host = DiagramAccess::label(lease->labels, QStringLiteral("kubernetes.io/hostname"));
            live.append(tr("%1, renewed %2 ago").arg(host.isEmpty() ? lease->name : host, facts.age(m_input.nowEpochSecs)));
        }
        const qsizetype instances = qMax(addresses.size(), live.size());
        if (instances > 0)
            node.details.append(tr("%n instance(s)", nullptr, int(instances)));
        node.details.append(live);
        if (!addresses.isEmpty())
            node.details.append(tr("Endpoints %1").arg(addresses.join(QLatin1String(", "))));
    }

    void addEtcd()
    {
        DiagramNode node = component(QStringLiteral("Etcd"), QString(), QStringLiteral("etcd"));
        const ControlPlaneProbe &probe = m_input.controlPlane;
        // "etcd", and "etcd-readiness" on newer servers.
        int checks = 0;
        QStringList failing;
        for (const auto &[check, passed] : probe.readyzChecks) {
            if (check == QLatin1String("etcd") || check.startsWith(QLatin1String("etcd-"))) {
                ++checks;
                if (!passed)
                    failing.append(check);
            }
        }
        if (checks > 0)
            node.details.append(failing.isEmpty() ? tr("The API server's etcd check passes")
                                                  : tr("The API server's etcd check fails"));
        const QString failedReason =
            tr("The API server's etcd check fails: the cluster's state can be neither read nor written");
        bool broken = !failing.isEmpty();
        if (m_plane.managed) {
            node.state = DiagramState::NotObservable;
            node.reasons.append(tr("Run by %1 out of a client's sight").arg(m_plane.provider));
            // The API server is visible: the failing check is its problem to show.
            if (broken)
                raiseState(*m_out.find(m_apiServerId), DiagramState::Failed, failedReason);
        } else if (checks > 0) {
            if (broken)
                raiseState(node, DiagramState::Failed, failedReason);
        } else if (probe.readyzStatus == 401 || probe.readyzStatus == 403) {
            node.state = DiagramState::Hidden;
            node.reasons.append(DiagramAccess::hiddenReason());
        } else if (probe.readyzStatus == 0) {
            node.state = DiagramState::Unknown;
            node.reasons.append(tr("The API server's readyz checks are not read yet"));
        } else {
            node.state = DiagramState::NotDetected;
            node.reasons.append(tr("The API server's readyz lists no etcd check"));
        }
        addPods(node, QStringLiteral("etcd"));
        m_out.addNode(node);
        m_out.addEdge({m_apiServerId, node.id, DiagramEdgeKind::Talks,
                       broken ? DiagramEdgeState::Broken : DiagramEdgeState::Normal, {}});
    }

    void addLeaderComponent(const QString &kind, const QString &leaseName)
    {
        DiagramNode node = component(kind, kubeSystem, leaseName);
        const auto found = m_leases.objects.constFind(kubeSystem + u'/' + leaseName);
        if (found != m_leases.objects.constEnd()) {
            node.resourceId = diagramKindInfo(DiagramKind::Leases).resourceId();
            const LeaseFacts lease = LeaseFacts::read(*found);
            const qint64 now = m_input.nowEpochSecs;
            if (lease.holder.isEmpty()) {
                raiseState(node, DiagramState::Warning, tr("No instance holds its leader Lease"));
            } else {
                node.details.append(tr("Leader %1").arg(lease.holderHost()));
                node.details.append(tr("Renewed %1 ago").arg(lease.age(now)));
                if (lease.stale(now))
                    raiseState(node, DiagramState::Warning,
                               tr("Its leader Lease was last renewed %1 ago and lasts %2 s: the leader may have "
                                  "stopped")
                                   .arg(lease.age(now))
                                   .arg(lease.durationSecs));
            }
            if (lease.transitions > 0)
                node.details.append(tr("%n leader change(s)", nullptr, int(lease.transitions)));
        } else if (!DiagramAccess::readIn(m_leases, kubeSystem)) {
            QString why;
            node.state = DiagramAccess::absentState(m_leases, kubeSystem, &why);
            node.reasons.append(why);
        } else if (m_plane.managed) {
            node.state = DiagramState::NotObservable;
            node.reasons.append(tr("Run by %1 out of a client's sight").arg(m_plane.provider));
        } else {
            node.state = DiagramState::NotDetected;
            node.reasons.append(tr("No leader Lease kube-system/%1: it runs with leader election off, out of "
                                   "Kaji's sight, or not at all")
                                    .arg(leaseName));
        }
        addPods(node, leaseName);
        m_out.addNode(node);
        m_out.addEdge({node.id, m_apiServerId, DiagramEdgeKind::Talks, DiagramEdgeState::Normal, {}});
    }

    // tier=control-plane pods of components Kaji has no card for (a cloud
    // controller manager, say): drawn in the control-plane column as they are.
    void addOtherControlPlanePods()
    {
        QStringList components = m_planePods.keys();
        components.sort();
        for (const QString &label : std::as_const(components)) {
            DiagramNode holder = component(QStringLiteral("ControlPlaneComponent"), kubeSystem,
                                           label.isEmpty() ? QStringLiteral("control-plane") : label);
            addPods(holder, label);
            m_out.addNode(holder);
        }
    }

    const DiagramInput &m_input;
    const KindFacts &m_leases;
    GraphDraft m_out{DiagramView::Architecture};
    ManagedControlPlane m_plane;
    QString m_cardId;
    QString m_apiServerId;
    QMap<QString, QList<const Kube::PodRecord *>> m_planePods;
};

} // namespace

DiagramGraph buildArchitectureGraph(const DiagramInput &input, const DiagramOptions &options)
{
    // The architecture is drawn whole: namespaces, fans and expansions are
    // the other views' business.
    Q_UNUSED(options);
    return ArchitectureBuild(input).build();
}

} // namespace Kaji::Models
