#pragma once

#include <QList>
#include <QString>

#include <optional>

// Plain data; any thread.
namespace Kaji::Kube {

// What a port-forward points at, as the user named it.
struct PortForwardTarget {
    QString namespaceName;
    QString kind; // canonical: pod, deployment, statefulset, replicaset, replicationcontroller, service
    QString name;
    QString port; // a number, or a port name (container port; for a service, its port)

    // "po", "deploy", "svc", "sts", ... as kubectl accepts them; nullopt for others.
    static std::optional<QString> canonicalKind(const QString &typed);
    bool isPod() const { return kind == QLatin1String("pod"); }
    QString display() const { return kind + u'/' + name; }
};

// One port a target offers, for proposing a choice.
struct PortChoice {
    quint16 number = 0;
    QString name;
    QString owner; // container name, or "service"
};

// Where a forward currently lands.
struct ResolvedPod {
    QString podName;
    quint16 podPort = 0;
    QList<PortChoice> ports; // every port the target offers
};

struct ResolveError {
    enum class Kind { Unreachable, Forbidden, NotFound, NoPod, Invalid, Other };
    Kind kind = Kind::Other;
    QString message;
};

} // namespace Kaji::Kube
