#include "portforwardresolver.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::PortForwardResolver", text);
}

QByteArray enc(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray namespacePath(const char *prefix, const QString &ns, const char *resource)
{
    return QByteArray(prefix) + "/namespaces/" + enc(ns) + '/' + resource;
}

bool podAlive(const nlohmann::json &pod)
{
    return jsonChild(jsonChild(pod, "metadata"), "deletionTimestamp").is_null()
        && jsonText(jsonChild(pod, "status"), "phase") == QLatin1String("Running");
}

bool podReady(const nlohmann::json &pod)
{
    for (const auto &condition : jsonChild(jsonChild(pod, "status"), "conditions")) {
        if (jsonText(condition, "type") == QLatin1String("Ready"))
            return jsonText(condition, "status") == QLatin1String("True");
    }
    return false;
}

QList<PortChoice> containerPorts(const nlohmann::json &pod)
{
    QList<PortChoice> ports;
    for (const auto &container : jsonChild(jsonChild(pod, "spec"), "containers")) {
        for (const auto &port : jsonChild(container, "ports")) {
            if (jsonText(port, "protocol").isEmpty() || jsonText(port, "protocol") == QLatin1String("TCP"))
                ports.append({quint16(jsonInt(port, "containerPort")), jsonText(port, "name"), jsonText(container, "name")});
        }
    }
    return ports;
}

} // namespace

std::optional<QString> PortForwardTarget::canonicalKind(const QString &typed)
{
    static const QList<std::pair<QString, QStringList>> kinds = {
        {QStringLiteral("pod"), {QStringLiteral("pod"), QStringLiteral("pods"), QStringLiteral("po")}},
        {QStringLiteral("deployment"), {QStringLiteral("deployment"), QStringLiteral("deployments"), QStringLiteral("deploy")}},
        {QStringLiteral("statefulset"), {QStringLiteral("statefulset"), QStringLiteral("statefulsets"), QStringLiteral("sts")}},
        {QStringLiteral("replicaset"), {QStringLiteral("replicaset"), QStringLiteral("replicasets"), QStringLiteral("rs")}},
        {QStringLiteral("replicationcontroller"),
         {QStringLiteral("replicationcontroller"), QStringLiteral("replicationcontrollers"), QStringLiteral("rc")}},
        {QStringLiteral("service"), {QStringLiteral("service"), QStringLiteral("services"), QStringLiteral("svc")}},
    };
    const QString lower = typed.toLower().section(u'.', 0, 0); // "deployments.apps" too
    for (const auto &[kind, names] : kinds) {
        if (names.contains(lower))
            return kind;
    }
    return std::nullopt;
}

void PortForwardResolver::get(const QByteArray &path, std::function<void(const ApiResult &)> onResult)
{
    m_client->get(path, [guard = std::weak_ptr<int>(m_guard), onResult = std::move(onResult)](const ApiResult &r) {
        if (!guard.expired())
            onResult(r);
    });
}

ResolveError PortForwardResolver::errorFor(const ApiResult &result, const PortForwardTarget &target,
                                           const QString &server)
{
    if (result.status == 0)
        return {ResolveError::Kind::Unreachable,
                message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver", "cannot reach %1: %2")).arg(server, result.error)};
    if (result.status == 403)
        return {ResolveError::Kind::Forbidden,
                message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                          "forbidden: %1 (port-forward needs get on %2 and create on pods/portforward "
                                          "in namespace %3)"))
                    .arg(result.error, target.kind + u's', target.namespaceName)};
    if (result.status == 404)
        return {ResolveError::Kind::NotFound,
                message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver", "%1 not found in namespace %2"))
                    .arg(target.display(), target.namespaceName)};
    return {ResolveError::Kind::Other, result.error};
}

QString PortForwardResolver::labelSelector(const nlohmann::json &selector)
{
    QStringList parts;
    // A ReplicationController's selector is the label map itself.
    const nlohmann::json &labels = selector.contains("matchLabels") || selector.contains("matchExpressions")
        ? jsonChild(selector, "matchLabels")
        : selector;
    if (labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.value().is_string())
                parts.append(QString::fromStdString(it.key()) + u'=' + QString::fromStdString(it.value().get<std::string>()));
        }
    }
    for (const auto &expression : jsonChild(selector, "matchExpressions")) {
        const QString key = jsonText(expression, "key");
        const QString op = jsonText(expression, "operator");
        QStringList values;
        for (const auto &value : jsonChild(expression, "values"))
            values.append(value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString());
        if (op == QLatin1String("In"))
            parts.append(key + QStringLiteral(" in (") + values.join(u',') + u')');
        else if (op == QLatin1String("NotIn"))
            parts.append(key + QStringLiteral(" notin (") + values.join(u',') + u')');
        else if (op == QLatin1String("Exists"))
            parts.append(key);
        else if (op == QLatin1String("DoesNotExist"))
            parts.append(u'!' + key);
    }
    return parts.join(u',');
}

void PortForwardResolver::resolve(const PortForwardTarget &target, Handler onResult)
{
    if (target.isPod())
        resolvePod(target, target.name, target.port, {}, std::move(onResult));
    else if (target.kind == QLatin1String("service"))
        resolveService(target, std::move(onResult));
    else
        resolveWorkload(target, std::move(onResult));
}

void PortForwardResolver::resolvePod(const PortForwardTarget &target, const QString &podName, const QString &portSpec, QList<PortChoice> extraPorts, Handler onResult)
{
    const QString server = m_client->config().cluster.server;
    get(namespacePath("/api/v1", target.namespaceName, "pods/") + enc(podName),
        [=, this](const ApiResult &r) {
            if (!r.ok()) {
                PortForwardTarget asPod = target;
                asPod.kind = QStringLiteral("pod");
                asPod.name = podName;
                return onResult(errorFor(r, asPod, server));
            }
            if (!podAlive(r.body))
                return onResult(ResolveError{
                    ResolveError::Kind::NoPod,
                    message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                              "pod %1 is not running (phase %2)"))
                        .arg(podName, jsonText(jsonChild(r.body, "status"), "phase"))});
            ResolvedPod resolved;
            resolved.podName = podName;
            resolved.ports = extraPorts + containerPorts(r.body);
            bool numeric = false;
            const uint number = portSpec.toUInt(&numeric);
            if (numeric && number > 0 && number < 65536)
                resolved.podPort = quint16(number);
            for (const PortChoice &port : containerPorts(r.body)) {
                if (!numeric && port.name == portSpec)
                    resolved.podPort = port.number;
            }
            if (resolved.podPort == 0 && !portSpec.isEmpty())
                return onResult(ResolveError{ResolveError::Kind::Invalid,
                                             message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                                                       "pod %1 has no container port named \"%2\""))
                                                 .arg(podName, portSpec)});
            onResult(resolved);
        });
}

void PortForwardResolver::resolveWorkload(const PortForwardTarget &target, Handler onResult)
{
    const bool rc = target.kind == QLatin1String("replicationcontroller");
    const QByteArray resource = target.kind.toUtf8() + "s/" + enc(target.name);
    const QString server = m_client->config().cluster.server;
    get(namespacePath(rc ? "/api/v1" : "/apis/apps/v1", target.namespaceName, resource.constData()),
        [=, this](const ApiResult &r) {
            if (!r.ok())
                return onResult(errorFor(r, target, server));
            const QString selector = labelSelector(jsonChild(jsonChild(r.body, "spec"), "selector"));
            PortForwardTarget pods = target;
            pods.kind = QStringLiteral("pod");
            get(namespacePath("/api/v1", target.namespaceName, "pods") + "?labelSelector=" + enc(selector),
                [=, this](const ApiResult &list) {
                    if (!list.ok())
                        return onResult(errorFor(list, pods, server));
                    // The newest ready pod: during a rollout the old ones are on their way out.
                    QString best;
                    QString bestCreated;
                    for (const auto &pod : jsonChild(list.body, "items")) {
                        const auto &meta = jsonChild(pod, "metadata");
                        const QString created = jsonText(meta, "creationTimestamp");
                        if (podAlive(pod) && podReady(pod) && (best.isEmpty() || created > bestCreated)) {
                            best = jsonText(meta, "name");
                            bestCreated = created;
                        }
                    }
                    if (best.isEmpty())
                        return onResult(ResolveError{ResolveError::Kind::NoPod,
                                                     message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                                                               "%1 has no running and ready pod"))
                                                         .arg(target.display())});
                    resolvePod(target, best, target.port, {}, onResult);
                });
        });
}

void PortForwardResolver::resolveService(const PortForwardTarget &target, Handler onResult)
{
    const QString server = m_client->config().cluster.server;
    get(namespacePath("/api/v1", target.namespaceName, "services/") + enc(target.name), [=, this](const ApiResult &r) {
        if (!r.ok())
            return onResult(errorFor(r, target, server));
        QList<PortChoice> servicePorts;
        std::optional<nlohmann::json> chosen;
        bool numeric = false;
        const uint wanted = target.port.toUInt(&numeric);
        for (const auto &port : jsonChild(jsonChild(r.body, "spec"), "ports")) {
            servicePorts.append({quint16(jsonInt(port, "port")), jsonText(port, "name"), QStringLiteral("service")});
            if ((numeric && jsonInt(port, "port") == wanted) || (!numeric && jsonText(port, "name") == target.port))
                chosen = port;
        }
        if (!chosen && !target.port.isEmpty())
            return onResult(ResolveError{ResolveError::Kind::Invalid,
                                         message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                                                   "service %1 does not have a service port %2"))
                                             .arg(target.name, target.port)});
        // targetPort: a number, a container port name, or unset (= port).
        QString targetPort;
        if (chosen) {
            const nlohmann::json &tp = jsonChild(*chosen, "targetPort");
            targetPort = tp.is_string() ? QString::fromStdString(tp.get<std::string>())
                : tp.is_number_integer() ? QString::number(tp.get<qint64>())
                                         : QString::number(jsonInt(*chosen, "port"));
        }
        const QByteArray slices = "/apis/discovery.k8s.io/v1/namespaces/" + enc(target.namespaceName)
            + "/endpointslices?labelSelector=" + enc(QStringLiteral("kubernetes.io/service-name=") + target.name);
        get(slices, [=, this](const ApiResult &list) {
            PortForwardTarget asSlices = target;
            asSlices.kind = QStringLiteral("endpointslice");
            if (!list.ok())
                return onResult(errorFor(list, asSlices, server));
            QStringList ready;
            for (const auto &slice : jsonChild(list.body, "items")) {
                for (const auto &endpoint : jsonChild(slice, "endpoints")) {
                    const auto &conditions = jsonChild(endpoint, "conditions");
                    const auto &ref = jsonChild(endpoint, "targetRef");
                    // A missing "ready" means ready, as the API documents.
                    const bool isReady = !jsonChild(conditions, "ready").is_boolean() || jsonBool(conditions, "ready");
                    if (isReady && !jsonBool(conditions, "terminating") && jsonText(ref, "kind") == QLatin1String("Pod"))
                        ready.append(jsonText(ref, "name"));
                }
            }
            if (ready.isEmpty())
                return onResult(ResolveError{ResolveError::Kind::NoPod,
                                             message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardResolver",
                                                                       "service %1 has no ready endpoints"))
                                                 .arg(target.name)});
            ready.sort();
            resolvePod(target, ready.first(), targetPort, servicePorts, onResult);
        });
    });
}

void PortForwardResolver::checkPod(const QString &namespaceName, const QString &podName,
                                   std::function<void(PodCheck)> onResult)
{
    get(namespacePath("/api/v1", namespaceName, "pods/") + enc(podName), [onResult](const ApiResult &r) {
        // Only a definite answer counts: an unreachable server is not a gone pod.
        if (r.status == 404)
            onResult(PodCheck::Gone);
        else if (r.ok())
            onResult(podAlive(r.body) ? PodCheck::Alive : PodCheck::Gone);
        else
            onResult(PodCheck::Unknown);
    });
}

} // namespace Kaji::Kube
