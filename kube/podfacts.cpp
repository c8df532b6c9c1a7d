#include "podfacts.h"

#include "podfactsscan.h"
#include "podportpool.h"
#include "usagequantity.h"

#include <algorithm>

namespace Kaji::Kube {
namespace {

using namespace JsonScan;

void readMetadata(Value value, PodFacts &pod)
{
    forFields(value, [&](std::string_view key, Value v) {
        if (key == "name")
            pod.name = text(v);
        else if (key == "namespace")
            pod.namespaceName = text(v);
        else if (key == "uid")
            pod.uid = text(v);
        else if (key == "resourceVersion")
            pod.resourceVersion = text(v);
        else if (key == "creationTimestamp")
            pod.createdEpochSecs = epochSecs(v);
        else if (key == "deletionTimestamp")
            pod.deleting = !isNull(v);
        else if (key == "labels")
            forFields(v, [&](std::string_view label, Value labelValue) {
                std::string_view s;
                if (labelValue.get_string().get(s) == simdjson::SUCCESS)
                    pod.labels.append({QString::fromUtf8(label.data(), qsizetype(label.size())),
                                       QString::fromUtf8(s.data(), qsizetype(s.size()))});
            });
        else if (key == "ownerReferences")
            forItems(v, [&](Value owner) {
                QString kind, name, uid;
                bool controller = false;
                forFields(owner, [&](std::string_view k, Value ov) {
                    if (k == "kind")
                        kind = text(ov);
                    else if (k == "name")
                        name = text(ov);
                    else if (k == "uid")
                        uid = text(ov);
                    else if (k == "controller")
                        controller = boolean(ov);
                });
                if (!uid.isEmpty())
                    pod.ownerUids.append(std::move(uid));
                if (controller && pod.controllerKind.isEmpty()) {
                    pod.controllerKind = kind;
                    pod.controllerName = name;
                }
            });
    });
}

using PortViews = std::vector<PodPortPool::PortView>;

void readPorts(Value value, PortViews &out)
{
    forItems(value, [&](Value item) {
        PodPortPool::PortView port;
        forFields(item, [&](std::string_view k, Value pv) {
            if (k == "name")
                port.name = view(pv);
            else if (k == "containerPort")
                port.port = int(int32(pv));
            else if (k == "protocol")
                port.protocol = view(pv);
        });
        if (port.port > 0) // containerPort is required: anything else names no port
            out.push_back(port);
    });
}

// One container's resources.requests / resources.limits; -1 where unset.
struct ContainerResources {
    qint64 cpuRequestMillis = -1, cpuLimitMillis = -1;
    qint64 memoryRequestBytes = -1, memoryLimitBytes = -1;
};

void readResourceList(Value value, qint64 &cpuMillis, qint64 &memory)
{
    forFields(value, [&](std::string_view k, Value v) {
        if (k == "cpu") {
            if (const std::optional<qint64> n = cpuNanocores(view(v)))
                cpuMillis = nanocoresToMillis(*n);
        } else if (k == "memory") {
            if (const std::optional<qint64> b = memoryBytes(view(v)))
                memory = *b;
        }
    });
}

void readResources(Value value, ContainerResources &out)
{
    forFields(value, [&](std::string_view k, Value v) {
        if (k == "requests")
            readResourceList(v, out.cpuRequestMillis, out.memoryRequestBytes);
        else if (k == "limits")
            readResourceList(v, out.cpuLimitMillis, out.memoryLimitBytes);
    });
}

// Adds one container's resources to the pod's sums.
void addResources(const ContainerResources &c, bool first, PodFacts &pod)
{
    const auto addRequest = [](qint64 &sum, qint64 value) {
        if (value >= 0)
            sum = (sum < 0 ? 0 : sum) + value;
    };
    // A limit holds only when every container has one.
    const auto addLimit = [first](qint64 &sum, qint64 value) {
        sum = value < 0 || (!first && sum < 0) ? -1 : (first ? 0 : sum) + value;
    };
    addRequest(pod.cpuRequestMillis, c.cpuRequestMillis);
    addRequest(pod.memoryRequestBytes, c.memoryRequestBytes);
    addLimit(pod.cpuLimitMillis, c.cpuLimitMillis);
    addLimit(pod.memoryLimitBytes, c.memoryLimitBytes);
}

// One container's part of a node share: a request left unset is the limit,
// as the API server defaults it; a value left unset is 0.
NodeShare heldBy(const ContainerResources &c)
{
    const auto held = [](qint64 value) { return std::max<qint64>(0, value); };
    return {held(c.cpuRequestMillis >= 0 ? c.cpuRequestMillis : c.cpuLimitMillis), held(c.cpuLimitMillis),
            held(c.memoryRequestBytes >= 0 ? c.memoryRequestBytes : c.memoryLimitBytes), held(c.memoryLimitBytes)};
}

NodeShare operator+(const NodeShare &a, const NodeShare &b)
{
    return {a.cpuRequestMillis + b.cpuRequestMillis, a.cpuLimitMillis + b.cpuLimitMillis,
            a.memoryRequestBytes + b.memoryRequestBytes, a.memoryLimitBytes + b.memoryLimitBytes};
}

NodeShare largest(const NodeShare &a, const NodeShare &b)
{
    return {std::max(a.cpuRequestMillis, b.cpuRequestMillis), std::max(a.cpuLimitMillis, b.cpuLimitMillis),
            std::max(a.memoryRequestBytes, b.memoryRequestBytes), std::max(a.memoryLimitBytes, b.memoryLimitBytes)};
}

// A node share's parts, gathered as the spec is read and combined once it
// is whole (the API writes init containers first, but JSON does not
// promise an order), the way the scheduler and `kubectl describe node` do:
// app containers and sidecars run together; each plain init container runs
// alone beside the sidecars started before it; the pod holds the larger,
// plus its runtime overhead.
struct ShareParts {
    NodeShare running; // app containers and sidecars
    NodeShare sidecarsSoFar;
    NodeShare initPeak;
    qint64 overheadCpuMillis = 0, overheadMemoryBytes = 0; // spec.overhead (a RuntimeClass's)

    NodeShare total() const
    {
        NodeShare share = largest(running, initPeak);
        share.cpuRequestMillis += overheadCpuMillis;
        share.memoryRequestBytes += overheadMemoryBytes;
        // Overhead raises a limit only where one is set.
        if (share.cpuLimitMillis > 0)
            share.cpuLimitMillis += overheadCpuMillis;
        if (share.memoryLimitBytes > 0)
            share.memoryLimitBytes += overheadMemoryBytes;
        return share;
    }
};

// A container's name and ports into `ports` (the name may follow them);
// returns whether its restartPolicy is Always (a sidecar, for init
// containers: `init`). Reading stops once all it wants is read: a
// container's env, probes and mounts are most of a pod's text.
bool readContainer(Value container, bool init, QString *name, PortViews &ports, ContainerResources *resources = nullptr)
{
    const size_t first = ports.size();
    std::string_view containerName;
    bool always = false;
    bool named = false, ported = false, policed = !init, sized = !resources;
    forFieldsWhile(container, [&](std::string_view k, Value cv) {
        if (k == "name") {
            containerName = view(cv);
            named = true;
        } else if (k == "ports") {
            readPorts(cv, ports);
            ported = true;
        } else if (k == "restartPolicy") {
            always = view(cv) == "Always";
            policed = true;
        } else if (k == "resources" && resources) {
            readResources(cv, *resources);
            sized = true;
        }
        // The API server writes resources after ports and env, before
        // volumeMounts, probes and the rest.
        return !(named && ported && policed && sized);
    });
    for (size_t i = first; i < ports.size(); ++i)
        ports[i].container = containerName;
    if (name)
        *name = QString::fromUtf8(containerName.data(), qsizetype(containerName.size()));
    return always;
}

// Ports are read as views into the text, then pooled: this thread's lists
// of them, kept between pods so that reading allocates nothing once warm.
struct PortScratch {
    PortViews containers;
    PortViews sidecars;
};

PortScratch &portScratch()
{
    thread_local PortScratch scratch;
    return scratch;
}

void readVolumes(Value value, PodFacts &pod)
{
    forItems(value, [&](Value volume) {
        QString name;
        QString claim;
        bool ephemeral = false;
        forFields(volume, [&](std::string_view k, Value vv) {
            if (k == "name") {
                name = text(vv);
            } else if (k == "persistentVolumeClaim") {
                forFields(vv, [&](std::string_view ck, Value cv) {
                    if (ck == "claimName")
                        claim = text(cv);
                });
            } else if (k == "ephemeral") {
                ephemeral = !isNull(vv);
            }
        });
        if (!claim.isEmpty())
            pod.claimVolumes.append({std::move(claim), false});
        else if (ephemeral && !name.isEmpty())
            pod.claimVolumes.append({std::move(name), true});
    });
}

void readSpec(Value value, PodFacts &pod)
{
    ShareParts share;
    forFields(value, [&](std::string_view key, Value v) {
        if (key == "nodeName") {
            pod.nodeName = text(v);
        } else if (key == "containers") {
            forItems(v, [&](Value container) {
                ContainerResources resources;
                readContainer(container, false, nullptr, portScratch().containers, &resources);
                addResources(resources, pod.containers == 0, pod);
                share.running = share.running + heldBy(resources);
                ++pod.containers;
            });
        } else if (key == "initContainers") {
            PortViews &sidecarPorts = portScratch().sidecars;
            forItems(v, [&](Value container) {
                ++pod.initContainers;
                QString name;
                ContainerResources resources;
                const size_t first = sidecarPorts.size();
                if (readContainer(container, true, &name, sidecarPorts, &resources)) {
                    pod.sidecars.append(name);
                    share.running = share.running + heldBy(resources);
                    share.sidecarsSoFar = share.sidecarsSoFar + heldBy(resources);
                } else {
                    sidecarPorts.resize(first); // a plain init container serves nothing
                    share.initPeak = largest(share.initPeak, heldBy(resources) + share.sidecarsSoFar);
                }
            });
        } else if (key == "volumes") {
            readVolumes(v, pod);
        } else if (key == "overhead") {
            readResourceList(v, share.overheadCpuMillis, share.overheadMemoryBytes);
        } else if (key == "readinessGates") {
            forItems(v, [&](Value gate) {
                QString type;
                forFields(gate, [&](std::string_view k, Value gv) {
                    if (k == "conditionType")
                        type = text(gv);
                });
                pod.readinessGates.append(type);
            });
        }
    });
    pod.nodeShare = share.total();
}

void readState(Value value, PodFacts::ContainerStatus &c)
{
    forFields(value, [&](std::string_view key, Value v) {
        if (isNull(v))
            return;
        if (key == "waiting") {
            c.waiting = true;
            forFields(v, [&](std::string_view k, Value wv) {
                if (k == "reason")
                    c.waitingReason = text(wv);
            });
        } else if (key == "running") {
            c.running = true;
        } else if (key == "terminated") {
            c.terminated = true;
            forFields(v, [&](std::string_view k, Value tv) {
                if (k == "reason")
                    c.terminatedReason = text(tv);
                else if (k == "exitCode")
                    c.exitCode = int32(tv);
                else if (k == "signal")
                    c.signal = int32(tv);
            });
        }
    });
}

void readLastState(Value value, PodFacts::ContainerStatus &c)
{
    forFields(value, [&](std::string_view key, Value v) {
        if (key != "terminated")
            return;
        forFields(v, [&](std::string_view k, Value tv) {
            if (k == "finishedAt")
                c.lastFinishedAt = epochSecs(tv);
        });
    });
}

void readContainerStatuses(Value value, QList<PodFacts::ContainerStatus> &out)
{
    forItems(value, [&](Value item) {
        PodFacts::ContainerStatus c;
        forFields(item, [&](std::string_view key, Value v) {
            if (key == "name")
                c.name = text(v);
            else if (key == "ready")
                c.ready = boolean(v);
            else if (key == "started")
                c.started = boolean(v);
            else if (key == "restartCount")
                c.restartCount = int32(v);
            else if (key == "state")
                readState(v, c);
            else if (key == "lastState")
                readLastState(v, c);
        });
        out.append(std::move(c));
    });
}

void readStatus(Value value, PodFacts &pod)
{
    forFields(value, [&](std::string_view key, Value v) {
        if (key == "phase") {
            pod.phase = text(v);
        } else if (key == "reason") {
            pod.reason = text(v);
        } else if (key == "podIP") {
            pod.podIp = text(v);
        } else if (key == "nominatedNodeName") {
            pod.nominatedNodeName = text(v);
        } else if (key == "conditions") {
            forItems(v, [&](Value item) {
                PodFacts::Condition condition;
                forFields(item, [&](std::string_view k, Value cv) {
                    if (k == "type")
                        condition.type = text(cv);
                    else if (k == "status")
                        condition.status = text(cv);
                    else if (k == "reason")
                        condition.reason = text(cv);
                });
                pod.conditions.append(std::move(condition));
            });
        } else if (key == "initContainerStatuses") {
            readContainerStatuses(v, pod.initContainerStatuses);
        } else if (key == "containerStatuses") {
            readContainerStatuses(v, pod.containerStatuses);
        }
    });
}

} // namespace

bool readPodFacts(Value pod, PodFacts &out)
{
    simdjson::ondemand::json_type type;
    if (pod.type().get(type) != simdjson::SUCCESS || type != simdjson::ondemand::json_type::object)
        return false;
    PortScratch &ports = portScratch();
    ports.containers.clear();
    ports.sidecars.clear();
    forFields(pod, [&](std::string_view key, Value v) {
        if (key == "metadata")
            readMetadata(v, out);
        else if (key == "spec")
            readSpec(v, out);
        else if (key == "status")
            readStatus(v, out);
    });
    // As the endpoints controller resolves a named port: containers first.
    ports.containers.insert(ports.containers.end(), ports.sidecars.cbegin(), ports.sidecars.cend());
    out.ports = PodPortPool::forThisThread().shared(ports.containers);
    return true;
}

bool readPodFacts(std::string_view json, PodFacts &out)
{
    const simdjson::padded_string text = padded(json);
    simdjson::ondemand::document doc;
    if (parser().iterate(text).get(doc) != simdjson::SUCCESS)
        return false;
    Value root;
    if (doc.get_value().get(root) != simdjson::SUCCESS)
        return false;
    return readPodFacts(root, out);
}

} // namespace Kaji::Kube
