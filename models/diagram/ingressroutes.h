#pragma once

#include "graphdraft.h"
#include "diagraminput.h"

#include <QCoreApplication>

// Pure functions; any thread.
namespace Kaji::Models {

// The Ingress part of the network view: each Ingress with the IngressClass
// it names (or the default class), its TLS Secrets and the Services its rules
// and default backend route to. A reference to nothing is drawn as a missing
// node on a broken edge, and the Ingress says which route it breaks.
class IngressRoutes {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::IngressRoutes)
public:
    // Columns of the network view, left to right.
    enum Column { IngressColumn = 0, ServiceColumn = 1, SliceColumn = 2, PodColumn = 3 };

    // Ingresses in `namespaces` (all when empty); IngressClasses are drawn
    // when used, and all of them when no namespace is chosen.
    static void add(GraphDraft &out, const DiagramInput &input, const QSet<QString> &namespaces);

    // status.loadBalancer.ingress of an Ingress or a Service: IPs or host names.
    static QStringList loadBalancerAddresses(const nlohmann::json &status);

private:
    static void addIngress(GraphDraft &out, const DiagramInput &input, const Kube::ObjectFacts &ingress,
                           const QString &defaultClass);
    static void addClass(GraphDraft &out, const DiagramInput &input, DiagramNode &ingress,
                         const QString &className, const QString &defaultClass);
    static void addTls(GraphDraft &out, const DiagramInput &input, DiagramNode &ingress,
                       const nlohmann::json &spec);
    static DiagramNode classNode(const Kube::ObjectFacts &ingressClass);
};

} // namespace Kaji::Models
