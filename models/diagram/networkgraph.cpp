#include "networkgraph.h"

#include "diagramaccess.h"
#include "graphdraft.h"
#include "diagramids.h"
#include "ingressroutes.h"
#include "jsonfields.h"
#include "serviceselector.h"
#include "servicepodfan.h"

#include <algorithm>

namespace Kaji::Models {

using Kube::jsonBool;
using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

namespace {

const QString serviceNameLabel = QStringLiteral("kubernetes.io/service-name");

bool isTerminal(const Kube::PodRecord &pod)
{
    return pod.phase == QLatin1String("Succeeded") || pod.phase == QLatin1String("Failed");
}

// What one Service (or a slice without one) reaches, gathered from its slices
// and its selector before it is judged and drawn.
struct Reach {
    QList<ServicePodFan::Member> members; // once each
    QHash<const Kube::PodRecord *, qsizetype> memberOf;
    QHash<QString, qsizetype> absentMemberOf; // by node id
    QList<ServicePodFan::Link> links;
    QSet<QString> readyPods; // uids with a ready endpoint
    QSet<QString> targetedPods; // uids with any endpoint
    QHash<QString, QStringList> slicePorts; // uid → port names of the slices listing it
    int readyAddresses = 0; // ready endpoints that name no pod
};

class NetworkBuild {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::NetworkGraph)
public:
    NetworkBuild(const DiagramInput &input, const DiagramOptions &options)
        : m_input(input)
        , m_options(options)
        , m_slices(input.facts(DiagramKind::EndpointSlices))
        , m_namespaces(options.namespaces.cbegin(), options.namespaces.cend())
    {
    }

    DiagramGraph build()
    {
        indexPods();
        indexSlices();
        DiagramAccess::addNotes(m_out, m_input, kindsFor(DiagramView::Network));
        for (const Kube::ObjectFacts *service : DiagramAccess::sortedObjects(m_input.facts(DiagramKind::Services))) {
            if (inScope(service->namespaceName))
                addService(*service);
        }
        addSlicesWithoutService();
        IngressRoutes::add(m_out, m_input, m_namespaces);
        return m_out.take();
    }

private:
    bool inScope(const QString &ns) const { return m_namespaces.isEmpty() || m_namespaces.contains(ns); }

    void indexPods()
    {
        m_podByUid.reserve(m_input.pods.size());
        for (const Kube::PodRecord &pod : m_input.pods) {
            if (!inScope(pod.namespaceName))
                continue;
            if (!pod.uid.isEmpty())
                m_podByUid.insert(pod.uid, &pod);
            m_podsByNamespace[pod.namespaceName].append(&pod);
        }
        for (auto &pods : m_podsByNamespace) {
            std::sort(pods.begin(), pods.end(),
                      [](const Kube::PodRecord *a, const Kube::PodRecord *b) { return a->name < b->name; });
        }
    }

    void indexSlices()
    {
        for (const Kube::ObjectFacts *slice : DiagramAccess::sortedObjects(m_slices)) {
            if (inScope(slice->namespaceName))
                m_slicesByService[slice->namespaceName + u'/' + DiagramAccess::label(slice->labels, serviceNameLabel)].append(slice);
        }
    }

    static qsizetype addMember(Reach &reach, const Kube::PodRecord &pod)
    {
        const auto found = reach.memberOf.constFind(&pod);
        if (found != reach.memberOf.constEnd())
            return found.value();
        reach.members.append(ServicePodFan::Member{&pod, {}});
        reach.memberOf.insert(&pod, reach.members.size() - 1);
        return reach.members.size() - 1;
    }

    // A pod an endpoint names but the input lacks: gone (a stale endpoint),
    // or out of sight.
    qsizetype addAbsentMember(Reach &reach, const QString &ns, const QString &name, const QString &sliceName)
    {
        const DiagramNode node =
            DiagramAccess::absentNode(m_input.podAccess, m_input.podsNarrowedTo, QStringLiteral("Pod"), ns, name,
                                      IngressRoutes::PodColumn,
                                      tr("EndpointSlice %1 lists it, but no such pod exists").arg(sliceName));
        const auto found = reach.absentMemberOf.constFind(node.id);
        if (found != reach.absentMemberOf.constEnd())
            return found.value();
        reach.absentMemberOf.insert(node.id, reach.members.size());
        reach.members.append(ServicePodFan::Member{nullptr, node});
        return reach.members.size() - 1;
    }

    void addFan(const QString &ownerId, const Reach &reach)
    {
        ServicePodFan::add(m_out, ownerId, reach.members, reach.links, IngressRoutes::PodColumn, m_options);
    }

    DiagramNode sliceNode(const Kube::ObjectFacts &slice, bool publishNotReady, Reach &reach)
    {
        DiagramNode node = diagramNode(QStringLiteral("EndpointSlice"), slice.namespaceName, slice.name,
                                       IngressRoutes::SliceColumn, diagramKindInfo(DiagramKind::EndpointSlices).resourceId());

        QStringList portNames;
        QStringList portTexts;
        const nlohmann::json &ports = jsonChild(slice.fields, "ports");
        if (ports.is_array()) {
            for (const nlohmann::json &port : ports) {
                const QString name = jsonText(port, "name");
                const QString protocol = jsonText(port, "protocol");
                portNames.append(name);
                portTexts.append((name.isEmpty() ? QString() : name + u' ') + QString::number(jsonInt(port, "port"))
                                 + u'/' + (protocol.isEmpty() ? QStringLiteral("TCP") : protocol));
            }
        }
        int total = 0;
        int ready = 0;
        const nlohmann::json &endpoints = jsonChild(slice.fields, "endpoints");
        if (endpoints.is_array()) {
            for (const nlohmann::json &endpoint : endpoints) {
                ++total;
                const nlohmann::json &conditions = jsonChild(endpoint, "conditions");
                // Absent conditions are read as the API documents them: an
                // unknown readiness or serving state counts as ready, an
                // unknown terminating state as not terminating.
                const nlohmann::json &readyValue = jsonChild(conditions, "ready");
                const nlohmann::json &servingValue = jsonChild(conditions, "serving");
                const bool serving = servingValue.is_boolean() ? servingValue.get<bool>() : true;
                const bool terminating = jsonBool(conditions, "terminating");
                const bool isReady = publishNotReady
                    || (readyValue.is_boolean() ? readyValue.get<bool>() : serving && !terminating);
                ready += isReady ? 1 : 0;
                const nlohmann::json &targetRef = jsonChild(endpoint, "targetRef");
                const QString uid = jsonText(targetRef, "uid");
                const QString refKind = jsonText(targetRef, "kind");
                if (!targetRef.is_object() || (refKind != QLatin1String("Pod") && !refKind.isEmpty())) {
                    reach.readyAddresses += isReady ? 1 : 0;
                    continue;
                }
                qsizetype member = 0;
                if (const Kube::PodRecord *pod = m_podByUid.value(uid)) {
                    member = addMember(reach, *pod);
                } else {
                    const QString refNamespace = jsonText(targetRef, "namespace");
                    member = addAbsentMember(reach, refNamespace.isEmpty() ? slice.namespaceName : refNamespace,
                                             jsonText(targetRef, "name"), slice.name);
                }
                reach.targetedPods.insert(uid);
                if (isReady)
                    reach.readyPods.insert(uid);
                reach.slicePorts[uid] += portNames;
                const DiagramEdgeState state = isReady ? DiagramEdgeState::Ready
                    : terminating                      ? DiagramEdgeState::Terminating
                                                       : DiagramEdgeState::ServingNotReady;
                reach.links.append({node.id, member, state, {}});
            }
        }
        node.details.append(tr("%n endpoint(s), %1 ready", nullptr, total).arg(ready));
        if (!portTexts.isEmpty())
            node.details.append(portTexts.join(QLatin1String(", ")));
        const QString addressType = jsonText(slice.fields, "addressType");
        if (!addressType.isEmpty() && addressType != QLatin1String("IPv4"))
            node.details.append(addressType);
        if (total == 0)
            raiseState(node, DiagramState::Warning, tr("It lists no endpoint"));
        else if (ready < total)
            raiseState(node, DiagramState::Warning, tr("%1 of %2 endpoints are not ready").arg(total - ready).arg(total));
        return node;
    }

    static QStringList serviceDetails(const nlohmann::json &spec, const nlohmann::json &status)
    {
        QStringList details;
        QString type = jsonText(spec, "type");
        if (type.isEmpty())
            type = QStringLiteral("ClusterIP");
        const QString clusterIp = jsonText(spec, "clusterIP");
        if (type == QLatin1String("ExternalName"))
            details.append(tr("ExternalName → %1").arg(jsonText(spec, "externalName")));
        else if (clusterIp == QLatin1String("None"))
            details.append(tr("Headless: no cluster IP, DNS names its pods"));
        else
            details.append((type + u' ' + clusterIp).trimmed());
        QStringList ports;
        const nlohmann::json &specPorts = jsonChild(spec, "ports");
        if (specPorts.is_array()) {
            for (const nlohmann::json &port : specPorts) {
                const nlohmann::json &target = jsonChild(port, "targetPort");
                QString text = QString::number(jsonInt(port, "port"));
                if (const qint64 nodePort = jsonInt(port, "nodePort"))
                    text += u':' + QString::number(nodePort);
                if (target.is_string())
                    text += QStringLiteral("→") + QString::fromStdString(target.get<std::string>());
                else if (target.is_number_integer() && target.get<qint64>() != jsonInt(port, "port"))
                    text += QStringLiteral("→") + QString::number(target.get<qint64>());
                const QString protocol = jsonText(port, "protocol");
                if (!protocol.isEmpty() && protocol != QLatin1String("TCP"))
                    text += u'/' + protocol;
                ports.append(text);
            }
        }
        if (!ports.isEmpty())
            details.append(ports.join(QLatin1String(", ")));
        const QStringList addresses = IngressRoutes::loadBalancerAddresses(status);
        if (!addresses.isEmpty())
            details.append(tr("External %1").arg(addresses.join(QLatin1String(", "))));
        return details;
    }

    void addService(const Kube::ObjectFacts &service)
    {
        const QString ns = service.namespaceName;
        const nlohmann::json &spec = jsonChild(service.fields, "spec");
        const nlohmann::json &status = jsonChild(service.fields, "status");
        DiagramNode node = diagramNode(QStringLiteral("Service"), ns, service.name, IngressRoutes::ServiceColumn,
                                       diagramKindInfo(DiagramKind::Services).resourceId());
        node.details = serviceDetails(spec, status);

        Reach reach;
        const bool publishNotReady = jsonBool(spec, "publishNotReadyAddresses");
        for (const Kube::ObjectFacts *slice : m_slicesByService.take(ns + u'/' + service.name)) {
            m_out.addEdge({node.id, m_out.addNode(sliceNode(*slice, publishNotReady, reach)).id, DiagramEdgeKind::Routes,
                           DiagramEdgeState::Normal, {}});
        }

        const bool externalName = jsonText(spec, "type") == QLatin1String("ExternalName");
        const ServiceSelector selector(spec);
        if (externalName) {
            // Nothing to reach inside the cluster: DNS answers with the external name.
        } else if (selector.isEmpty()) {
            node.details.append(tr("No selector: its endpoints are kept by hand or by another controller"));
        } else {
            judgeSelector(node, spec, selector, reach);
        }
        if (jsonText(spec, "type") == QLatin1String("LoadBalancer")) {
            if (IngressRoutes::loadBalancerAddresses(status).isEmpty())
                raiseState(node, DiagramState::Warning,
                           tr("LoadBalancer without an external address: no load balancer has been provisioned "
                              "(yet)"));
        }
        m_out.addNode(node);
        addFan(node.id, reach);
    }

    void judgeSelector(DiagramNode &node, const nlohmann::json &spec, const ServiceSelector &selector, Reach &reach)
    {
        const QString ns = node.namespaceName;
        const bool podsKnown = DiagramAccess::podsReadIn(m_input, ns);
        const bool slicesKnown = DiagramAccess::readIn(m_slices, ns);
        const QList<const Kube::PodRecord *> podsHere = m_podsByNamespace.value(ns);
        QList<const Kube::PodRecord *> selected;
        int selectedReady = 0;
        if (podsKnown) {
            for (const Kube::PodRecord *pod : podsHere) {
                // The endpoint controller passes over finished pods.
                if (isTerminal(*pod) || !selector.matches(pod->labels))
                    continue;
                selected.append(pod);
                const bool ready = slicesKnown ? reach.readyPods.contains(pod->uid)
                                               : podDiagramState(*pod) == DiagramState::Ok;
                selectedReady += ready ? 1 : 0;
                if (slicesKnown && reach.targetedPods.contains(pod->uid))
                    continue;
                // Without slices the selector is the only join; with them, a
                // selected pod they leave out (no IP yet, or a port it lacks)
                // is drawn on a broken edge rather than not at all.
                const DiagramEdgeState state = !slicesKnown ? (ready ? DiagramEdgeState::Ready
                                                                     : DiagramEdgeState::ServingNotReady)
                                                            : DiagramEdgeState::Broken;
                reach.links.append({node.id, addMember(reach, *pod), state, slicesKnown ? tr("no endpoint") : QString()});
            }
        }
        const int readyCount = slicesKnown ? int(reach.readyPods.size()) + reach.readyAddresses
            : podsKnown                    ? selectedReady
                                           : -1;
        if (readyCount >= 0)
            node.details.append(tr("%n ready endpoint(s)", nullptr, readyCount));
        if (podsKnown && selected.isEmpty()) {
            raiseState(node, DiagramState::Failed,
                       tr("Its selector %1 matches no pod in namespace %2: it sends traffic nowhere")
                           .arg(selector.text(), ns));
            for (const QString &nearMiss : selector.nearMisses(podsHere))
                raiseState(node, DiagramState::Failed, nearMiss);
            return;
        }
        if (readyCount < 0) {
            raiseState(node, DiagramState::Unknown, tr("Neither its endpoints nor its pods could be read"));
            return;
        }
        if (readyCount == 0) {
            raiseState(node, DiagramState::Failed,
                       podsKnown ? tr("%n pod(s) match its selector, but none is ready", nullptr, int(selected.size()))
                                 : tr("It has no ready endpoint"));
        } else if (podsKnown && selectedReady < selected.size()) {
            raiseState(node, DiagramState::Warning,
                       tr("%1 of %2 selected pods are ready").arg(selectedReady).arg(selected.size()));
        }
        bool portsFailed = false;
        const QStringList portReasons =
            ServiceSelector::unresolvedTargetPorts(spec, selected, reach.slicePorts, &portsFailed);
        for (const QString &reason : portReasons)
            raiseState(node, portsFailed ? DiagramState::Failed : DiagramState::Warning, reason);
    }

    // Slices whose Service is not drawn: it does not exist (a broken
    // reference), is hidden, or they carry no service-name label at all.
    void addSlicesWithoutService()
    {
        const KindFacts &services = m_input.facts(DiagramKind::Services);
        QStringList keys = m_slicesByService.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QList<const Kube::ObjectFacts *> slices = m_slicesByService.value(key);
            const QString ns = slices.first()->namespaceName;
            const QString serviceName = DiagramAccess::label(slices.first()->labels, serviceNameLabel);
            QString ownerId;
            DiagramEdgeState edgeState = DiagramEdgeState::Normal;
            if (!serviceName.isEmpty()) {
                const DiagramNode owner =
                    DiagramAccess::absentNode(services, QStringLiteral("Service"), ns, serviceName,
                                              IngressRoutes::ServiceColumn,
                                              tr("EndpointSlices name it, but no such Service exists"));
                if (owner.state == DiagramState::Missing)
                    edgeState = DiagramEdgeState::Broken;
                ownerId = m_out.addReference(owner);
            }
            // Slices of one Service share its pod fan; slices of none stand alone.
            Reach shared;
            for (const Kube::ObjectFacts *slice : slices) {
                Reach own;
                Reach &reach = ownerId.isEmpty() ? own : shared;
                const QString sliceId = m_out.addNode(sliceNode(*slice, false, reach)).id;
                if (ownerId.isEmpty())
                    addFan(sliceId, reach);
                else
                    m_out.addEdge({ownerId, sliceId, DiagramEdgeKind::Routes, edgeState, {}});
            }
            addFan(ownerId, shared);
        }
    }

    const DiagramInput &m_input;
    const DiagramOptions &m_options;
    const KindFacts &m_slices;
    const QSet<QString> m_namespaces;
    GraphDraft m_out{DiagramView::Network};
    QHash<QString, const Kube::PodRecord *> m_podByUid;
    QHash<QString, QList<const Kube::PodRecord *>> m_podsByNamespace;
    // "namespace/service name" → its slices in name order; taken as drawn.
    QHash<QString, QList<const Kube::ObjectFacts *>> m_slicesByService;
};

} // namespace

DiagramGraph buildNetworkGraph(const DiagramInput &input, const DiagramOptions &options)
{
    return NetworkBuild(input, options).build();
}

} // namespace Kaji::Models
