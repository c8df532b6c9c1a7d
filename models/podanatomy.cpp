#include "podanatomy.h"

#include "jsonfields.h"

namespace Kaji::Models {
namespace {

using nlohmann::json;
using Kube::jsonBool;
using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

const json &arrayAt(const json &object, const char *key)
{
    static const json empty = json::array();
    const json &child = jsonChild(object, key);
    return child.is_array() ? child : empty;
}

// The waiting reasons a container gets over by itself.
bool startingReason(const QString &reason)
{
    return reason.isEmpty() || reason == QLatin1String("ContainerCreating") || reason == QLatin1String("PodInitializing");
}

// Consistent with the Pods table: what runs and is ready is healthy; what
// is on its way is progressing; what ended well is finished; back-offs,
// errors and a running container that is not ready need a look. An init
// container runs to completion, so running is progress for it.
Health healthOf(const PodAnatomy::Container &c)
{
    using State = PodAnatomy::State;
    switch (c.state) {
    case State::Unknown: return Health::Progressing;
    case State::Waiting: return startingReason(c.reason) ? Health::Progressing : Health::Failing;
    case State::Terminated: return c.exitCode == 0 ? Health::Finished : Health::Failing;
    case State::Running:
        if (c.role == PodAnatomy::Role::Init || !c.started)
            return Health::Progressing;
        return c.ready ? Health::Healthy : Health::Failing;
    }
    return Health::Progressing;
}

void readStatus(const json &status, PodAnatomy::Container &c)
{
    using State = PodAnatomy::State;
    c.ready = jsonBool(status, "ready");
    c.started = jsonBool(status, "started");
    c.restarts = int(jsonInt(status, "restartCount"));
    const json &state = jsonChild(status, "state");
    if (const json &running = jsonChild(state, "running"); running.is_object()) {
        c.state = State::Running;
        // Older servers leave `started` out; running then means started.
        if (!jsonChild(status, "started").is_boolean())
            c.started = true;
    } else if (const json &waiting = jsonChild(state, "waiting"); waiting.is_object()) {
        c.state = State::Waiting;
        c.reason = jsonText(waiting, "reason");
        c.message = jsonText(waiting, "message");
    } else if (const json &done = jsonChild(state, "terminated"); done.is_object()) {
        c.state = State::Terminated;
        c.reason = jsonText(done, "reason");
        c.message = jsonText(done, "message");
        c.exitCode = int(jsonInt(done, "exitCode"));
    }
    if (const json &last = jsonChild(jsonChild(status, "lastState"), "terminated"); last.is_object()) {
        c.lastTermination = jsonText(last, "reason");
        c.lastExitCode = int(jsonInt(last, "exitCode"));
    }
}

PodAnatomy::Container readContainer(const json &spec, const json &statuses, bool init)
{
    PodAnatomy::Container c;
    c.name = jsonText(spec, "name");
    c.image = jsonText(spec, "image");
    // A restartable init container is a sidecar: it starts in the init
    // order and keeps running beside the app containers.
    c.role = !init ? PodAnatomy::Role::App
        : jsonText(spec, "restartPolicy") == QLatin1String("Always") ? PodAnatomy::Role::Sidecar
                                                                   : PodAnatomy::Role::Init;
    for (const json &port : arrayAt(spec, "ports")) {
        const QString protocol = jsonText(port, "protocol");
        c.ports.append({jsonText(port, "name"), int(jsonInt(port, "containerPort")), protocol.isEmpty() ? QStringLiteral("TCP") : protocol});
    }
    for (const json &mount : arrayAt(spec, "volumeMounts")) {
        const QString subPath = jsonText(mount, "subPath");
        c.mounts.append({jsonText(mount, "name"), jsonText(mount, "mountPath"), jsonBool(mount, "readOnly"),
                         subPath.isEmpty() ? jsonText(mount, "subPathExpr") : subPath, false});
    }
    for (const json &device : arrayAt(spec, "volumeDevices"))
        c.mounts.append({jsonText(device, "name"), jsonText(device, "devicePath"), false, {}, true});
    for (const json &status : statuses) {
        if (jsonText(status, "name") == c.name) {
            readStatus(status, c);
            break;
        }
    }
    c.health = healthOf(c);
    return c;
}

QString scalarText(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number() || value.is_boolean())
        return QString::fromStdString(value.dump());
    return {};
}

// "server=nfs.local, path=/exports": the plain fields of a type Kaji does
// not know, so it is still described.
QString scalarFields(const json &object)
{
    QStringList parts;
    if (object.is_object()) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QString text = scalarText(*it); !text.isEmpty())
                parts.append(QString::fromStdString(it.key()) + u'=' + text);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString downwardFields(const json &downward)
{
    QStringList fields;
    for (const json &item : arrayAt(downward, "items")) {
        const QString field = jsonText(jsonChild(item, "fieldRef"), "fieldPath");
        fields.append(field.isEmpty() ? jsonText(jsonChild(item, "resourceFieldRef"), "resource") : field);
    }
    fields.removeAll(QString());
    return fields.join(QStringLiteral(", "));
}

PodAnatomy::Source makeSource(const QString &kind, const QString &name, const QString &detail, bool optional = false)
{
    PodAnatomy::Source s;
    s.kind = kind;
    s.name = name;
    s.detail = detail;
    s.optional = optional;
    return s;
}

PodAnatomy::Source projectedSource(const json &source)
{
    if (const json &token = jsonChild(source, "serviceAccountToken"); token.is_object()) {
        PodAnatomy::Source s = makeSource(QStringLiteral("ServiceAccountToken"), {}, jsonText(token, "path"));
        s.audience = jsonText(token, "audience");
        s.expirationSeconds = jsonInt(token, "expirationSeconds");
        return s;
    }
    if (const json &map = jsonChild(source, "configMap"); map.is_object())
        return makeSource(QStringLiteral("ConfigMap"), jsonText(map, "name"), {}, jsonBool(map, "optional"));
    if (const json &secret = jsonChild(source, "secret"); secret.is_object())
        return makeSource(QStringLiteral("Secret"), jsonText(secret, "name"), {}, jsonBool(secret, "optional"));
    if (const json &downward = jsonChild(source, "downwardAPI"); downward.is_object())
        return makeSource(QStringLiteral("DownwardAPI"), {}, downwardFields(downward));
    if (const json &bundle = jsonChild(source, "clusterTrustBundle"); bundle.is_object()) {
        const QString name = jsonText(bundle, "name");
        return makeSource(QStringLiteral("ClusterTrustBundle"), name, name.isEmpty() ? jsonText(bundle, "signerName") : QString());
    }
    if (source.is_object() && !source.empty())
        return makeSource(QString::fromStdString(source.begin().key()), {}, scalarFields(source.begin().value()));
    return {};
}

// The one key of a volume besides its name says its type.
PodAnatomy::Volume readVolume(const json &spec, const QString &podName)
{
    using Type = PodAnatomy::VolumeType;
    PodAnatomy::Volume v;
    v.name = jsonText(spec, "name");
    json::const_iterator source = spec.end();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.key() != "name") {
            source = it;
            break;
        }
    }
    if (source == spec.end())
        return v; // no source at all: drawn as an unknown type
    v.typeKey = QString::fromStdString(source.key());
    const json &body = source.value();
    const std::string &key = source.key();
    if (key == "configMap") {
        v.type = Type::ConfigMap;
        v.sourceName = jsonText(body, "name");
        v.optional = jsonBool(body, "optional");
    } else if (key == "secret") {
        v.type = Type::Secret;
        v.sourceName = jsonText(body, "secretName");
        v.optional = jsonBool(body, "optional");
    } else if (key == "persistentVolumeClaim") {
        v.type = Type::PersistentVolumeClaim;
        v.sourceName = jsonText(body, "claimName");
        v.readOnly = jsonBool(body, "readOnly");
    } else if (key == "emptyDir") {
        v.type = Type::EmptyDir;
        v.medium = jsonText(body, "medium");
        v.sizeLimit = scalarText(jsonChild(body, "sizeLimit"));
    } else if (key == "projected") {
        v.type = Type::Projected;
        for (const json &item : arrayAt(body, "sources"))
            v.sources.append(projectedSource(item));
    } else if (key == "hostPath") {
        v.type = Type::HostPath;
        v.sourceName = jsonText(body, "path");
        v.detail = jsonText(body, "type");
    } else if (key == "ephemeral") {
        v.type = Type::Ephemeral;
        v.sourceName = podName + u'-' + v.name;
        const json &claimSpec = jsonChild(jsonChild(body, "volumeClaimTemplate"), "spec");
        QStringList parts{jsonText(claimSpec, "storageClassName"),
                          scalarText(jsonChild(jsonChild(jsonChild(claimSpec, "resources"), "requests"), "storage"))};
        parts.removeAll(QString());
        v.detail = parts.join(QStringLiteral(", "));
    } else if (key == "downwardAPI") {
        v.type = Type::DownwardApi;
        v.detail = downwardFields(body);
    } else if (key == "csi") {
        v.type = Type::Csi;
        v.sourceName = jsonText(body, "driver");
        v.readOnly = jsonBool(body, "readOnly");
        v.detail = scalarFields(jsonChild(body, "volumeAttributes"));
    } else {
        v.detail = scalarFields(body);
    }
    return v;
}

} // namespace

QList<ObjectLink> PodAnatomy::Volume::references(const QString &namespaceName) const
{
    const auto link = [&](const QString &kind, const QString &objectName) {
        return ObjectLink{kind, {}, namespaceName, objectName, QStringLiteral("volume")};
    };
    QList<ObjectLink> out;
    switch (type) {
    case VolumeType::ConfigMap: out.append(link(QStringLiteral("ConfigMap"), sourceName)); break;
    case VolumeType::Secret: out.append(link(QStringLiteral("Secret"), sourceName)); break;
    case VolumeType::PersistentVolumeClaim:
    case VolumeType::Ephemeral: out.append(link(QStringLiteral("PersistentVolumeClaim"), sourceName)); break;
    case VolumeType::Projected:
        for (const Source &s : sources) {
            if (s.kind == QLatin1String("ConfigMap") || s.kind == QLatin1String("Secret"))
                out.append(link(s.kind, s.name));
        }
        break;
    default: break;
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const ObjectLink &l) { return l.name.isEmpty(); }), out.end());
    return out;
}

QList<PodAnatomy::Container> PodAnatomy::containersOf(Role role) const
{
    QList<Container> out;
    std::copy_if(containers.cbegin(), containers.cend(), std::back_inserter(out), [role](const Container &c) { return c.role == role; });
    return out;
}

const PodAnatomy::Volume *PodAnatomy::volume(const QString &volumeName) const
{
    const auto it = std::find_if(volumes.cbegin(), volumes.cend(), [&](const Volume &v) { return v.name == volumeName; });
    return it == volumes.cend() ? nullptr : &*it;
}

PodAnatomy PodAnatomy::fromJson(const json &pod)
{
    PodAnatomy a;
    const json &meta = jsonChild(pod, "metadata");
    const json &spec = jsonChild(pod, "spec");
    const json &status = jsonChild(pod, "status");
    a.name = jsonText(meta, "name");
    a.namespaceName = jsonText(meta, "namespace");
    a.phase = jsonText(status, "phase");
    a.reason = jsonText(status, "reason");
    a.hostIp = jsonText(status, "hostIP");
    a.nodeName = jsonText(spec, "nodeName");
    a.nominatedNodeName = jsonText(status, "nominatedNodeName");
    a.qosClass = jsonText(status, "qosClass");
    a.serviceAccount = jsonText(spec, "serviceAccountName");
    a.hostNetwork = jsonBool(spec, "hostNetwork");
    if (const QString ip = jsonText(status, "podIP"); !ip.isEmpty())
        a.podIps.append(ip);
    for (const json &ip : arrayAt(status, "podIPs")) {
        if (const QString text = jsonText(ip, "ip"); !text.isEmpty() && !a.podIps.contains(text))
            a.podIps.append(text);
    }
    for (const json &c : arrayAt(spec, "initContainers"))
        a.containers.append(readContainer(c, arrayAt(status, "initContainerStatuses"), true));
    for (const json &c : arrayAt(spec, "containers"))
        a.containers.append(readContainer(c, arrayAt(status, "containerStatuses"), false));
    for (const json &v : arrayAt(spec, "volumes")) {
        if (v.is_object())
            a.volumes.append(readVolume(v, a.name));
    }
    for (const Container &c : std::as_const(a.containers)) {
        for (const Mount &m : c.mounts) {
            auto it = std::find_if(a.volumes.begin(), a.volumes.end(), [&](const Volume &v) { return v.name == m.volume; });
            // The API refuses such a pod; broken input is drawn, not hidden.
            if (it == a.volumes.end()) {
                Volume missing;
                missing.name = m.volume;
                missing.type = VolumeType::Missing;
                a.volumes.append(missing);
                it = a.volumes.end() - 1;
            }
            it->uses.append({c.name, m});
        }
    }
    return a;
}

} // namespace Kaji::Models
