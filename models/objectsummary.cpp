#include "objectsummary.h"

#include "jsonfields.h"

#include <QCoreApplication>

namespace Kaji::Models {
namespace {

using nlohmann::json;
using Kube::jsonChild;
using Kube::jsonText;

QList<std::pair<QString, QString>> stringMap(const json &object)
{
    QList<std::pair<QString, QString>> out;
    if (!object.is_object())
        return out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append({QString::fromStdString(it.key()), it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump())});
    return out;
}

QString groupOf(const QString &apiVersion)
{
    return apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
}

QString resourcesText(const json &resources)
{
    QStringList parts;
    for (const auto &[key, value] : stringMap(resources))
        parts.append(key + u' ' + value);
    return parts.join(QStringLiteral(", "));
}

QString stateText(const json &state)
{
    if (const json &running = jsonChild(state, "running"); running.is_object())
        return QCoreApplication::translate("Kaji::Models::ObjectSummary", "Running since %1").arg(jsonText(running, "startedAt"));
    if (const json &waiting = jsonChild(state, "waiting"); waiting.is_object())
        return QCoreApplication::translate("Kaji::Models::ObjectSummary", "Waiting: %1").arg(jsonText(waiting, "reason"));
    if (const json &done = jsonChild(state, "terminated"); done.is_object())
        return QCoreApplication::translate("Kaji::Models::ObjectSummary", "Terminated: %1 (exit %2)").arg(jsonText(done, "reason")).arg(Kube::jsonInt(done, "exitCode"));
    return {};
}

void addContainers(const json &podSpec, const json &podStatus, ObjectSummary &out)
{
    for (const bool init : {true, false}) {
        const json &specs = jsonChild(podSpec, init ? "initContainers" : "containers");
        const json &statuses = jsonChild(podStatus, init ? "initContainerStatuses" : "containerStatuses");
        if (!specs.is_array())
            continue;
        for (const json &spec : specs) {
            ContainerSummary c;
            c.name = jsonText(spec, "name");
            c.init = init;
            c.image = jsonText(spec, "image");
            for (const json &port : jsonChild(spec, "ports").is_array() ? jsonChild(spec, "ports") : json::array()) {
                const QString name = jsonText(port, "name");
                c.ports.append((name.isEmpty() ? QString() : name + u' ')
                               + QString::number(Kube::jsonInt(port, "containerPort")) + u'/'
                               + (jsonText(port, "protocol").isEmpty() ? QStringLiteral("TCP") : jsonText(port, "protocol")));
            }
            for (const json &mount : jsonChild(spec, "volumeMounts").is_array() ? jsonChild(spec, "volumeMounts") : json::array())
                c.mounts.append(jsonText(mount, "mountPath") + QStringLiteral(" ← ") + jsonText(mount, "name")
                                + (Kube::jsonBool(mount, "readOnly") ? QStringLiteral(" (ro)") : QString()));
            c.requests = resourcesText(jsonChild(jsonChild(spec, "resources"), "requests"));
            c.limits = resourcesText(jsonChild(jsonChild(spec, "resources"), "limits"));
            if (statuses.is_array()) {
                for (const json &status : statuses) {
                    if (jsonText(status, "name") != c.name)
                        continue;
                    c.ready = Kube::jsonBool(status, "ready");
                    c.restarts = int(Kube::jsonInt(status, "restartCount"));
                    c.state = stateText(jsonChild(status, "state"));
                    const json &last = jsonChild(jsonChild(status, "lastState"), "terminated");
                    if (last.is_object())
                        c.lastTermination = QCoreApplication::translate("Kaji::Models::ObjectSummary", "%1 (exit %2) at %3")
                                                .arg(jsonText(last, "reason"))
                                                .arg(Kube::jsonInt(last, "exitCode"))
                                                .arg(jsonText(last, "finishedAt"));
                }
            }
            out.containers.append(std::move(c));
        }
    }
}

// What a pod spec points at: node, claims, ConfigMaps, Secrets, its account.
void addPodSpecLinks(const json &spec, const QString &ns, ObjectSummary &out)
{
    const auto link = [&](const QString &kind, const QString &name, const char *role, bool namespaced = true) {
        ObjectLink l{kind, {}, namespaced ? ns : QString(), name, QString::fromLatin1(role)};
        if (!name.isEmpty() && !out.links.contains(l))
            out.links.append(l);
    };
    link(QStringLiteral("Node"), jsonText(spec, "nodeName"), "node", false);
    link(QStringLiteral("ServiceAccount"), jsonText(spec, "serviceAccountName"), "service account");
    if (const json &volumes = jsonChild(spec, "volumes"); volumes.is_array()) {
        for (const json &volume : volumes) {
            link(QStringLiteral("PersistentVolumeClaim"), jsonText(jsonChild(volume, "persistentVolumeClaim"), "claimName"), "volume");
            link(QStringLiteral("ConfigMap"), jsonText(jsonChild(volume, "configMap"), "name"), "volume");
            link(QStringLiteral("Secret"), jsonText(jsonChild(volume, "secret"), "secretName"), "volume");
        }
    }
    for (const char *list : {"initContainers", "containers"}) {
        const json &containers = jsonChild(spec, list);
        if (!containers.is_array())
            continue;
        for (const json &container : containers) {
            if (const json &from = jsonChild(container, "envFrom"); from.is_array()) {
                for (const json &source : from) {
                    link(QStringLiteral("ConfigMap"), jsonText(jsonChild(source, "configMapRef"), "name"), "env");
                    link(QStringLiteral("Secret"), jsonText(jsonChild(source, "secretRef"), "name"), "env");
                }
            }
            if (const json &env = jsonChild(container, "env"); env.is_array()) {
                for (const json &var : env) {
                    const json &valueFrom = jsonChild(var, "valueFrom");
                    link(QStringLiteral("ConfigMap"), jsonText(jsonChild(valueFrom, "configMapKeyRef"), "name"), "env");
                    link(QStringLiteral("Secret"), jsonText(jsonChild(valueFrom, "secretKeyRef"), "name"), "env");
                }
            }
        }
    }
    if (const json &pullSecrets = jsonChild(spec, "imagePullSecrets"); pullSecrets.is_array()) {
        for (const json &secret : pullSecrets)
            link(QStringLiteral("Secret"), jsonText(secret, "name"), "image pull secret");
    }
}

} // namespace

QString selectorText(const json &labelSelector)
{
    QStringList terms;
    for (const auto &[key, value] : stringMap(jsonChild(labelSelector, "matchLabels")))
        terms.append(key + u'=' + value);
    if (const json &expressions = jsonChild(labelSelector, "matchExpressions"); expressions.is_array()) {
        for (const json &e : expressions) {
            const QString op = jsonText(e, "operator");
            QStringList values;
            if (const json &v = jsonChild(e, "values"); v.is_array()) {
                for (const json &item : v)
                    values.append(item.is_string() ? QString::fromStdString(item.get<std::string>()) : QString());
            }
            const QString key = jsonText(e, "key");
            if (op == QLatin1String("In") || op == QLatin1String("NotIn"))
                terms.append(key + (op == QLatin1String("In") ? QStringLiteral(" in (") : QStringLiteral(" notin (")) + values.join(u',') + u')');
            else if (op == QLatin1String("Exists"))
                terms.append(key);
            else if (op == QLatin1String("DoesNotExist"))
                terms.append(u'!' + key);
        }
    }
    return terms.join(u',');
}

ObjectSummary summarizeObject(const json &object)
{
    ObjectSummary s;
    const json &meta = jsonChild(object, "metadata");
    s.kind = jsonText(object, "kind");
    s.group = groupOf(jsonText(object, "apiVersion"));
    s.name = jsonText(meta, "name");
    s.namespaceName = jsonText(meta, "namespace");
    s.uid = jsonText(meta, "uid");
    s.created = jsonText(meta, "creationTimestamp");
    s.labels = stringMap(jsonChild(meta, "labels"));
    s.annotations = stringMap(jsonChild(meta, "annotations"));
    if (const json &owners = jsonChild(meta, "ownerReferences"); owners.is_array()) {
        for (const json &owner : owners)
            s.links.append({jsonText(owner, "kind"), groupOf(jsonText(owner, "apiVersion")), s.namespaceName,
                            jsonText(owner, "name"), QStringLiteral("owner")});
    }
    const json &status = jsonChild(object, "status");
    if (const json &conditions = jsonChild(status, "conditions"); conditions.is_array()) {
        for (const json &c : conditions)
            s.conditions.append({jsonText(c, "type"), jsonText(c, "status"), jsonText(c, "reason"), jsonText(c, "message"),
                                 jsonText(c, "lastTransitionTime")});
    }
    const json &spec = jsonChild(object, "spec");
    if (s.kind == QLatin1String("Pod")) {
        addContainers(spec, status, s);
        addPodSpecLinks(spec, s.namespaceName, s);
        return s;
    }
    // Workloads: their pod template, and the children they own.
    const json &templateSpec = jsonChild(jsonChild(spec, "template"), "spec");
    if (templateSpec.is_object()) {
        addContainers(templateSpec, json::object(), s);
        addPodSpecLinks(templateSpec, s.namespaceName, s);
    }
    const QString selector = selectorText(jsonChild(spec, "selector"));
    if (s.kind == QLatin1String("Deployment")) {
        s.childKind = QStringLiteral("ReplicaSet");
        s.childGroup = QStringLiteral("apps");
    } else if (s.kind == QLatin1String("ReplicaSet") || s.kind == QLatin1String("StatefulSet")
               || s.kind == QLatin1String("DaemonSet") || s.kind == QLatin1String("Job")) {
        s.childKind = QStringLiteral("Pod");
    }
    if (!s.childKind.isEmpty())
        s.childSelector = selector;
    if (s.kind == QLatin1String("Service") && !jsonChild(spec, "selector").empty()) {
        // A Service selects pods by a plain map, not a LabelSelector.
        s.childKind = QStringLiteral("Pod");
        QStringList terms;
        for (const auto &[key, value] : stringMap(jsonChild(spec, "selector")))
            terms.append(key + u'=' + value);
        s.childSelector = terms.join(u',');
    }
    if (s.kind == QLatin1String("PersistentVolumeClaim"))
        s.links.append({QStringLiteral("PersistentVolume"), {}, {}, jsonText(spec, "volumeName"), QStringLiteral("volume")});
    if (s.kind == QLatin1String("PersistentVolume")) {
        const json &claim = jsonChild(spec, "claimRef");
        if (claim.is_object())
            s.links.append({QStringLiteral("PersistentVolumeClaim"), {}, jsonText(claim, "namespace"), jsonText(claim, "name"), QStringLiteral("claim")});
    }
    s.links.erase(std::remove_if(s.links.begin(), s.links.end(), [](const ObjectLink &l) { return l.name.isEmpty(); }), s.links.end());
    return s;
}

} // namespace Kaji::Models
