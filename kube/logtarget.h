#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Kube {

// A container whose log can be read, in the order `kubectl logs` lists them.
struct LogContainer {
    enum class Kind { Init, Regular, Ephemeral };
    QString name;
    Kind kind = Kind::Regular;
};

// Which pod and container a log request means, decided as kubectl decides.
namespace LogTarget {

// Init containers first, then the regular ones, then ephemeral ones.
QList<LogContainer> containers(const nlohmann::json &pod);
// The `kubectl.kubernetes.io/default-container` annotation when it names a
// container, else the first regular container.
QString defaultContainer(const nlohmann::json &pod);
// The pod `kubectl logs deploy/x` would pick among `pods`: scheduled,
// running, ready for longest, most restarts, oldest (kubectl's ByLogging
// order). -1 when `pods` is empty.
int bestPod(const std::vector<nlohmann::json> &pods);
// The label selector (`a=b,c in (d,e)`) of a workload or a Service; empty
// when it has none.
QString selector(const nlohmann::json &object);
// "deploy/x" -> API collection path segment and name; empty path for an
// unknown kind. `namespaceName` is already known.
struct Workload {
    QByteArray path; // e.g. /apis/apps/v1/namespaces/NS/deployments/NAME
    QString kind; // e.g. deployments.apps, as kubectl names it in errors
    QString name;
};
Workload workload(const QString &typeSlashName, const QString &namespaceName);

} // namespace LogTarget
} // namespace Kaji::Kube
