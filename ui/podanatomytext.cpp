#include "podanatomytext.h"

namespace Kaji::Ui {
namespace {

using Anatomy = Models::PodAnatomy;

QString joined(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

// A projected source as its manifest names it: "configMap ", "serviceAccountToken ".
QString specKey(const QString &kind)
{
    return kind.isEmpty() ? kind : kind.left(1).toLower() + kind.mid(1) + u' ';
}

} // namespace

PodAnatomyText::Line PodAnatomyText::nodeLine(const Anatomy &pod)
{
    if (pod.nodeName.isEmpty())
        return {pod.nominatedNodeName.isEmpty() ? tr("Not scheduled to a node yet")
                                                : tr("Not scheduled yet; nominated node %1").arg(pod.nominatedNodeName),
                {}, {}, {}};
    return {tr("Node") + u' ', pod.nodeName, pod.hostIp.isEmpty() ? QString() : QStringLiteral(" · ") + tr("host IP %1").arg(pod.hostIp),
            QStringLiteral("Node")};
}

QString PodAnatomyText::ipLine(const Anatomy &pod)
{
    if (pod.podIps.isEmpty())
        return tr("No pod IP yet");
    const QString ips = pod.podIps.join(QStringLiteral(", "));
    return pod.hostNetwork ? tr("IP %1 (the node's network)").arg(ips) : tr("IP %1").arg(ips);
}

QString PodAnatomyText::statusLine(const Anatomy &pod)
{
    return joined({pod.reason.isEmpty() ? pod.phase : pod.phase + QStringLiteral(": ") + pod.reason,
                   pod.qosClass.isEmpty() ? QString() : tr("QoS %1").arg(pod.qosClass),
                   pod.serviceAccount.isEmpty() ? QString() : tr("service account %1").arg(pod.serviceAccount)});
}

QString PodAnatomyText::sectionTitle(Anatomy::Role role, int count)
{
    switch (role) {
    case Anatomy::Role::Init: return tr("Init containers, in order (%n)", nullptr, count);
    case Anatomy::Role::Sidecar: return tr("Sidecars (%n)", nullptr, count);
    case Anatomy::Role::App: return tr("Containers (%n)", nullptr, count);
    }
    return {};
}

QString PodAnatomyText::volumesTitle(int count)
{
    return tr("Volumes (%n)", nullptr, count);
}

QString PodAnatomyText::stateLine(const Anatomy::Container &c)
{
    QString state;
    switch (c.state) {
    case Anatomy::State::Unknown: state = tr("No status yet"); break;
    case Anatomy::State::Waiting: state = c.reason.isEmpty() ? tr("Waiting") : tr("Waiting: %1").arg(c.reason); break;
    case Anatomy::State::Running:
        state = c.role == Anatomy::Role::Init ? tr("Running")
            : !c.started                      ? tr("Running, not started yet")
            : c.ready                         ? tr("Running, ready")
                                              : tr("Running, not ready");
        break;
    case Anatomy::State::Terminated:
        state = tr("Terminated: %1 (exit %2)").arg(c.reason.isEmpty() ? tr("no reason given") : c.reason).arg(c.exitCode);
        break;
    }
    return c.restarts > 0 ? joined({state, tr("%n restarts", nullptr, c.restarts)}) : state;
}

QString PodAnatomyText::lastRunLine(const Anatomy::Container &c)
{
    if (c.lastTermination.isEmpty())
        return {};
    return tr("Last run ended: %1 (exit %2)").arg(c.lastTermination).arg(c.lastExitCode);
}

QString PodAnatomyText::portText(const Anatomy::Port &port)
{
    const QString number = QStringLiteral("%1/%2").arg(port.number).arg(port.protocol);
    return port.name.isEmpty() ? number : port.name + u' ' + number;
}

QString PodAnatomyText::mountSource(const Anatomy::Mount &mount)
{
    return QStringLiteral(" ← ") + mount.volume + (mount.subPath.isEmpty() ? QString() : u'/' + mount.subPath);
}

QString PodAnatomyText::mountFlags(const Anatomy::Mount &mount)
{
    if (mount.device)
        return u' ' + tr("(block device)");
    return mount.readOnly ? u' ' + tr("(read-only)") : QString();
}

QString PodAnatomyText::volumeType(const Anatomy::Volume &volume)
{
    using Type = Anatomy::VolumeType;
    switch (volume.type) {
    case Type::ConfigMap: return QStringLiteral("ConfigMap");
    case Type::Secret: return QStringLiteral("Secret");
    case Type::PersistentVolumeClaim: return QStringLiteral("PVC");
    case Type::EmptyDir: return QStringLiteral("emptyDir");
    case Type::Projected: return QStringLiteral("projected");
    case Type::HostPath: return QStringLiteral("hostPath");
    case Type::Ephemeral: return QStringLiteral("ephemeral");
    case Type::DownwardApi: return QStringLiteral("downwardAPI");
    case Type::Csi: return QStringLiteral("CSI");
    case Type::Other: return volume.typeKey.isEmpty() ? tr("no source") : volume.typeKey;
    case Type::Missing: return tr("missing");
    }
    return {};
}

QList<PodAnatomyText::Line> PodAnatomyText::volumeLines(const Anatomy::Volume &volume)
{
    using Type = Anatomy::VolumeType;
    const QString optional = volume.optional ? u' ' + tr("(optional)") : QString();
    const QString readOnly = volume.readOnly ? u' ' + tr("(read-only)") : QString();
    QList<Line> lines;
    switch (volume.type) {
    case Type::ConfigMap: lines.append({{}, volume.sourceName, optional, QStringLiteral("ConfigMap")}); break;
    case Type::Secret: lines.append({{}, volume.sourceName, optional, QStringLiteral("Secret")}); break;
    case Type::PersistentVolumeClaim:
        lines.append({{}, volume.sourceName, readOnly, QStringLiteral("PersistentVolumeClaim")});
        break;
    case Type::Ephemeral:
        lines.append({tr("claim") + u' ', volume.sourceName, {}, QStringLiteral("PersistentVolumeClaim")});
        if (!volume.detail.isEmpty())
            lines.append({volume.detail, {}, {}, {}});
        break;
    case Type::EmptyDir:
        lines.append({joined({volume.medium == QLatin1String("Memory") ? tr("in memory")
                                  : volume.medium.isEmpty()             ? tr("on the node's disk")
                                                                        : volume.medium,
                              volume.sizeLimit.isEmpty() ? QString() : tr("limit %1").arg(volume.sizeLimit)}),
                      {}, {}, {}});
        break;
    case Type::Projected:
        for (const Anatomy::Source &s : volume.sources) {
            const QString sourceOptional = s.optional ? u' ' + tr("(optional)") : QString();
            if (s.kind == QLatin1String("ConfigMap") || s.kind == QLatin1String("Secret"))
                lines.append({specKey(s.kind), s.name, sourceOptional, s.kind});
            else if (s.kind == QLatin1String("ServiceAccountToken"))
                lines.append({specKey(s.kind), s.detail, s.audience.isEmpty() ? QString() : u' ' + tr("(audience %1)").arg(s.audience), {}});
            else
                lines.append({specKey(s.kind), s.name.isEmpty() ? s.detail : s.name, {}, {}});
        }
        break;
    case Type::HostPath:
        lines.append({{}, volume.sourceName, volume.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(volume.detail), {}});
        break;
    case Type::Csi:
        lines.append({tr("driver") + u' ', volume.sourceName, readOnly, {}});
        if (!volume.detail.isEmpty())
            lines.append({volume.detail, {}, {}, {}});
        break;
    case Type::DownwardApi:
    case Type::Other:
        if (!volume.detail.isEmpty())
            lines.append({volume.detail, {}, {}, {}});
        break;
    case Type::Missing: lines.append({tr("mounted, but the pod declares no such volume"), {}, {}, {}}); break;
    }
    if (volume.uses.isEmpty())
        lines.append({tr("no container mounts it"), {}, {}, {}});
    return lines;
}

QString PodAnatomyText::podTooltip(const Anatomy &pod)
{
    const Line node = nodeLine(pod);
    return QStringList{tr("Pod %1/%2").arg(pod.namespaceName, pod.name), ipLine(pod), node.prefix + node.name + node.suffix, statusLine(pod)}
        .join(u'\n');
}

QString PodAnatomyText::containerTooltip(const Anatomy &pod, const Anatomy::Container &c)
{
    QStringList lines;
    switch (c.role) {
    case Anatomy::Role::Init: lines.append(tr("Init container %1").arg(c.name)); break;
    case Anatomy::Role::App: lines.append(tr("Container %1").arg(c.name)); break;
    case Anatomy::Role::Sidecar: {
        lines.append(tr("Sidecar %1").arg(c.name));
        // Where it starts in the init order: after the init containers before it.
        QString before;
        for (const Anatomy::Container &other : pod.containers) {
            if (other.name == c.name)
                break;
            if (other.role != Anatomy::Role::App)
                before = other.name;
        }
        lines.append(before.isEmpty() ? tr("An init container that keeps running (restartPolicy Always); it starts first.")
                                      : tr("An init container that keeps running (restartPolicy Always); it starts after %1.").arg(before));
        break;
    }
    }
    lines.append(tr("Image: %1").arg(c.image));
    lines.append(stateLine(c));
    if (!c.message.isEmpty())
        lines.append(c.message);
    if (const QString last = lastRunLine(c); !last.isEmpty())
        lines.append(last);
    for (const Anatomy::Port &port : c.ports)
        lines.append(tr("Port %1").arg(portText(port)));
    for (const Anatomy::Mount &mount : c.mounts)
        lines.append(tr("Mounts %1 at %2").arg(mount.volume, mount.path) + (mount.readOnly ? u' ' + tr("(read-only)") : QString()));
    return lines.join(u'\n');
}

QString PodAnatomyText::portTooltip(const Anatomy::Container &c, const Anatomy::Port &port)
{
    return tr("Container %1 listens on port %2").arg(c.name, portText(port));
}

QString PodAnatomyText::mountTooltip(const Anatomy::Container &c, const Anatomy::Mount &mount, const Anatomy::Volume *volume)
{
    QStringList lines{mount.device ? tr("%1 sees volume %2 as the block device %3").arg(c.name, mount.volume, mount.path)
                                   : tr("%1 mounts volume %2 at %3").arg(c.name, mount.volume, mount.path)};
    if (!mount.subPath.isEmpty())
        lines.append(tr("Only its sub-path %1").arg(mount.subPath));
    if (mount.readOnly)
        lines.append(tr("Read-only"));
    if (volume)
        lines.append(volumeType(*volume) + u' ' + volume->name);
    return lines.join(u'\n');
}

QString PodAnatomyText::volumeTooltip(const Anatomy::Volume &volume)
{
    QStringList lines{tr("Volume %1 (%2)").arg(volume.name, volumeType(volume))};
    for (const Line &line : volumeLines(volume))
        lines.append(line.prefix + line.name + line.suffix);
    for (const Anatomy::Source &s : volume.sources) {
        if (s.expirationSeconds > 0)
            lines.append(tr("Token %1 expires after %n seconds", nullptr, int(s.expirationSeconds)).arg(s.detail));
    }
    for (const Anatomy::Use &use : volume.uses)
        lines.append(tr("%1 at %2").arg(use.container, use.mount.path) + (use.mount.readOnly ? u' ' + tr("(read-only)") : QString()));
    return lines.join(u'\n');
}

QString PodAnatomyText::linkTooltip(const QString &kind, const QString &name)
{
    return tr("Show %1 %2").arg(kind, name);
}

} // namespace Kaji::Ui
