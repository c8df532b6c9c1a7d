#include "ingressroutes.h"

#include "diagramaccess.h"
#include "diagramids.h"
#include "jsonfields.h"

#include <QMap>

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

namespace {

const char defaultClassAnnotation[] = "ingressclass.kubernetes.io/is-default-class";

bool isDefaultClass(const Kube::ObjectFacts &ingressClass)
{
    return jsonText(jsonChild(jsonChild(ingressClass.fields, "metadata"), "annotations"), defaultClassAnnotation)
        == QLatin1String("true");
}

// The class an Ingress without ingressClassName falls to. With several
// marked default, the newest wins, as the API server's admission picks it.
QString defaultClassName(const KindFacts &classes)
{
    const Kube::ObjectFacts *chosen = nullptr;
    for (const Kube::ObjectFacts *candidate : DiagramAccess::sortedObjects(classes)) {
        if (isDefaultClass(*candidate) && (!chosen || candidate->createdEpochSecs > chosen->createdEpochSecs))
            chosen = candidate;
    }
    return chosen ? chosen->name : QString();
}

// Whether `port` ({number} or {name}) is one of the Service's ports.
bool servicePortExists(const Kube::ObjectFacts &service, const nlohmann::json &port)
{
    const nlohmann::json &spec = jsonChild(service.fields, "spec");
    const nlohmann::json &ports = jsonChild(spec, "ports");
    // An ExternalName Service often lists no ports; the controller then
    // proxies to the named port of the external host as asked.
    if (jsonText(spec, "type") == QLatin1String("ExternalName") && (!ports.is_array() || ports.empty()))
        return true;
    if (!ports.is_array())
        return false;
    const QString name = jsonText(port, "name");
    const qint64 number = jsonInt(port, "number");
    for (const nlohmann::json &p : ports) {
        if ((!name.isEmpty() && jsonText(p, "name") == name) || (number != 0 && jsonInt(p, "port") == number))
            return true;
    }
    return false;
}

QString portText(const nlohmann::json &port)
{
    const QString name = jsonText(port, "name");
    return name.isEmpty() ? QString::number(jsonInt(port, "number")) : name;
}

} // namespace

QStringList IngressRoutes::loadBalancerAddresses(const nlohmann::json &status)
{
    QStringList addresses;
    const nlohmann::json &ingress = jsonChild(jsonChild(status, "loadBalancer"), "ingress");
    if (ingress.is_array()) {
        for (const nlohmann::json &address : ingress) {
            const QString ip = jsonText(address, "ip");
            addresses.append(ip.isEmpty() ? jsonText(address, "hostname") : ip);
        }
    }
    addresses.removeAll(QString());
    return addresses;
}

void IngressRoutes::add(GraphDraft &out, const DiagramInput &input, const QSet<QString> &namespaces)
{
    const KindFacts &classes = input.facts(DiagramKind::IngressClasses);
    const QString defaultClass = defaultClassName(classes);
    if (namespaces.isEmpty()) {
        for (const Kube::ObjectFacts *ingressClass : DiagramAccess::sortedObjects(classes))
            out.addNode(classNode(*ingressClass));
    }
    for (const Kube::ObjectFacts *ingress : DiagramAccess::sortedObjects(input.facts(DiagramKind::Ingresses))) {
        if (namespaces.isEmpty() || namespaces.contains(ingress->namespaceName))
            addIngress(out, input, *ingress, defaultClass);
    }
}

DiagramNode IngressRoutes::classNode(const Kube::ObjectFacts &ingressClass)
{
    DiagramNode node = diagramNode(QStringLiteral("IngressClass"), QString(), ingressClass.name, ServiceColumn,
                                   diagramKindInfo(DiagramKind::IngressClasses).resourceId());
    const QString controller = jsonText(jsonChild(ingressClass.fields, "spec"), "controller");
    if (!controller.isEmpty())
        node.details.append(controller);
    if (isDefaultClass(ingressClass))
        node.details.append(tr("Default class"));
    return node;
}

void IngressRoutes::addIngress(GraphDraft &out, const DiagramInput &input, const Kube::ObjectFacts &ingress,
                               const QString &defaultClass)
{
    const QString ns = ingress.namespaceName;
    const nlohmann::json &spec = jsonChild(ingress.fields, "spec");
    DiagramNode node = diagramNode(QStringLiteral("Ingress"), ns, ingress.name, IngressColumn,
                                   diagramKindInfo(DiagramKind::Ingresses).resourceId());

    // Routes grouped by where they lead: one edge per Service and port,
    // labelled with every host and path that goes there.
    struct Target {
        QStringList routes;
        bool broken = false;
    };
    QMap<std::pair<QString, QString>, Target> targets;
    QStringList hosts;
    int routeCount = 0;
    int brokenCount = 0;
    const KindFacts &services = input.facts(DiagramKind::Services);
    const auto addBackend = [&](const nlohmann::json &backend, const QString &route) {
        const nlohmann::json &serviceRef = jsonChild(backend, "service");
        const nlohmann::json &resource = jsonChild(backend, "resource");
        QString targetId;
        QString port;
        bool broken = false;
        if (serviceRef.is_object()) {
            const QString name = jsonText(serviceRef, "name");
            const nlohmann::json &servicePort = jsonChild(serviceRef, "port");
            port = portText(servicePort);
            const auto found = services.objects.constFind(ns + u'/' + name);
            if (found != services.objects.constEnd()) {
                targetId = diagramNodeId(QStringLiteral("Service"), ns, name);
                if (!servicePortExists(*found, servicePort)) {
                    broken = true;
                    raiseState(node, DiagramState::Warning,
                               tr("Route %1: Service %2 has no port %3").arg(route, name, port));
                }
            } else {
                const DiagramNode target =
                    DiagramAccess::absentNode(services, QStringLiteral("Service"), ns, name, ServiceColumn,
                                              tr("Ingress %1 routes to it, but no such Service exists").arg(ingress.name));
                if (target.state == DiagramState::Missing) {
                    broken = true;
                    raiseState(node, DiagramState::Warning, tr("Route %1: Service %2 does not exist").arg(route, name));
                }
                targetId = out.addReference(target);
            }
        } else if (resource.is_object()) {
            DiagramNode target = diagramNode(jsonText(resource, "kind"), ns, jsonText(resource, "name"), ServiceColumn);
            target.state = DiagramState::Unknown;
            target.details.append(jsonText(resource, "apiGroup"));
            target.reasons.append(tr("Kaji does not read %1 objects").arg(target.kind));
            targetId = out.addNode(target).id;
        } else {
            return;
        }
        ++routeCount;
        brokenCount += broken ? 1 : 0;
        Target &t = targets[{targetId, port}];
        t.routes.append(route);
        t.broken = t.broken || broken;
    };

    const nlohmann::json &defaultBackend = jsonChild(spec, "defaultBackend");
    if (defaultBackend.is_object())
        addBackend(defaultBackend, tr("default backend"));
    const nlohmann::json &rules = jsonChild(spec, "rules");
    if (rules.is_array()) {
        for (const nlohmann::json &rule : rules) {
            const QString host = jsonText(rule, "host");
            if (!host.isEmpty() && !hosts.contains(host))
                hosts.append(host);
            const nlohmann::json &paths = jsonChild(jsonChild(rule, "http"), "paths");
            if (!paths.is_array())
                continue;
            for (const nlohmann::json &path : paths) {
                const QString p = jsonText(path, "path");
                addBackend(jsonChild(path, "backend"),
                           (host.isEmpty() ? QStringLiteral("*") : host) + (p.isEmpty() ? QStringLiteral("/") : p));
            }
        }
    }
    if (!hosts.isEmpty())
        node.details.append(hosts.join(QLatin1String(", ")));
    const QStringList addresses = loadBalancerAddresses(jsonChild(ingress.fields, "status"));
    if (!addresses.isEmpty())
        node.details.append(tr("Address %1").arg(addresses.join(QLatin1String(", "))));
    if (routeCount > 0 && brokenCount == routeCount)
        raiseState(node, DiagramState::Failed, tr("None of its routes leads anywhere"));
    if (routeCount == 0)
        raiseState(node, DiagramState::Warning, tr("It has no route and no default backend"));

    addClass(out, input, node, jsonText(spec, "ingressClassName"), defaultClass);
    addTls(out, input, node, spec);
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it) {
        const QString label = it->routes.join(QLatin1String(", ")) + QStringLiteral(" → ") + it.key().second;
        out.addEdge({node.id, it.key().first, DiagramEdgeKind::Routes,
                     it->broken ? DiagramEdgeState::Broken : DiagramEdgeState::Normal, label});
    }
    out.addNode(node);
}

void IngressRoutes::addClass(GraphDraft &out, const DiagramInput &input, DiagramNode &ingress,
                             const QString &className, const QString &defaultClass)
{
    const KindFacts &classes = input.facts(DiagramKind::IngressClasses);
    if (className.isEmpty()) {
        if (defaultClass.isEmpty()) {
            raiseState(ingress, DiagramState::Warning,
                       tr("It names no IngressClass and no class is the default: only a controller set to take "
                          "Ingresses without a class serves it"));
            return;
        }
        out.addEdge({ingress.id, out.addNode(classNode(classes.objects.value(defaultClass))).id, DiagramEdgeKind::Uses,
                     DiagramEdgeState::Normal, tr("default class")});
        return;
    }
    const auto found = classes.objects.constFind(className);
    if (found != classes.objects.constEnd()) {
        out.addEdge({ingress.id, out.addNode(classNode(*found)).id, DiagramEdgeKind::Uses, DiagramEdgeState::Normal, {}});
        return;
    }
    const DiagramNode target =
        DiagramAccess::absentNode(classes, QStringLiteral("IngressClass"), QString(), className, ServiceColumn,
                                  tr("Ingresses name it, but no such IngressClass exists"));
    const bool missing = target.state == DiagramState::Missing;
    if (missing)
        raiseState(ingress, DiagramState::Failed,
                   tr("IngressClass %1 does not exist: no controller serves this Ingress").arg(className));
    out.addEdge({ingress.id, out.addReference(target), DiagramEdgeKind::Uses,
                 missing ? DiagramEdgeState::Broken : DiagramEdgeState::Normal, {}});
}

void IngressRoutes::addTls(GraphDraft &out, const DiagramInput &input, DiagramNode &ingress,
                           const nlohmann::json &spec)
{
    const nlohmann::json &tls = jsonChild(spec, "tls");
    if (!tls.is_array())
        return;
    const KindFacts &secrets = input.facts(DiagramKind::Secrets);
    for (const nlohmann::json &entry : tls) {
        QStringList hosts;
        const nlohmann::json &entryHosts = jsonChild(entry, "hosts");
        if (entryHosts.is_array()) {
            for (const nlohmann::json &host : entryHosts)
                hosts.append(host.is_string() ? QString::fromStdString(host.get<std::string>()) : QString());
        }
        const QString hostText = hosts.join(QLatin1String(", "));
        const QString secretName = jsonText(entry, "secretName");
        if (secretName.isEmpty()) {
            ingress.details.append(tr("TLS with the controller's default certificate"));
            continue;
        }
        const QString kind = QStringLiteral("Secret");
        DiagramNode secret = secrets.objects.contains(ingress.namespaceName + u'/' + secretName)
            ? diagramNode(kind, ingress.namespaceName, secretName, ServiceColumn,
                          diagramKindInfo(DiagramKind::Secrets).resourceId())
            : DiagramAccess::absentNode(secrets, kind, ingress.namespaceName, secretName, ServiceColumn,
                                        tr("Ingress %1 names it for TLS, but no such Secret exists").arg(ingress.name));
        secret.details.append(tr("TLS certificate"));
        const bool missing = secret.state == DiagramState::Missing;
        if (missing)
            raiseState(ingress, DiagramState::Warning,
                       tr("TLS Secret %1 does not exist: the controller serves its default certificate, which "
                          "clients will not trust")
                           .arg(secretName));
        out.addEdge({ingress.id, out.addReference(secret), DiagramEdgeKind::Uses,
                     missing ? DiagramEdgeState::Broken : DiagramEdgeState::Normal, hostText});
    }
}

} // namespace Kaji::Models
