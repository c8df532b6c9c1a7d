#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <string_view>

// Plain data; any thread.
namespace Kaji::Kube {

// A port a container declares (restartable init containers included): what
// a Service's named targetPort resolves against.
struct PodPort {
    QString container;
    QString name; // may be empty
    int port = 0;
    QString protocol; // "TCP" when unset

    bool operator==(const PodPort &) const = default;
};

} // namespace Kaji::Kube

Q_DECLARE_TYPEINFO(Kaji::Kube::PodPort, Q_RELOCATABLE_TYPE);

namespace Kaji::Kube {

// What a pod holds on its node, as the scheduler and `kubectl describe node`
// count it: the app containers with the sidecars (init containers with
// restartPolicy Always), or the largest plain init container with the
// sidecars started before it if that needs more, plus the pod's overhead. A
// request left unset is the limit, as the API server defaults it; a value
// left unset adds nothing. CPU in millicores, memory in bytes.
struct NodeShare {
    qint64 cpuRequestMillis = 0, cpuLimitMillis = 0;
    qint64 memoryRequestBytes = 0, memoryLimitBytes = 0;

    bool operator==(const NodeShare &) const = default;
};

// The fields of a v1 Pod that Kaji reads, lifted out of its JSON in one
// forward pass. Absent or null fields keep their zero values, as Go's
// decoder leaves them, so every later rule reads a pod the way the API
// server's own printer does.
struct PodFacts {
    struct Condition {
        QString type;
        QString status;
        QString reason;
    };
    struct ContainerStatus {
        QString name;
        bool ready = false;
        bool started = false;
        qint64 restartCount = 0;
        bool waiting = false;
        QString waitingReason;
        bool running = false;
        bool terminated = false;
        QString terminatedReason;
        qint64 exitCode = 0;
        qint64 signal = 0;
        qint64 lastFinishedAt = 0; // lastState.terminated.finishedAt, 0 if none
    };

    // metadata
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    qint64 createdEpochSecs = 0;
    bool deleting = false; // deletionTimestamp is set
    QString controllerKind;
    QString controllerName;
    QList<QString> ownerUids; // every ownerReference, controller or not
    QList<std::pair<QString, QString>> labels;
    // spec
    QString nodeName;
    int containers = 0;
    int initContainers = 0;
    QList<QString> sidecars; // init containers with restartPolicy Always
    QList<QString> readinessGates; // their condition types
    struct ClaimVolume {
        QString name; // persistentVolumeClaim.claimName, or the volume's own name when ephemeral
        bool ephemeral = false; // a generic ephemeral volume: its claim is "<pod>-<volume>"
    };
    QList<ClaimVolume> claimVolumes; // in volume order
    // Requests and limits summed over the app containers, as `kubectl top`'s
    // percentages and the usage chart's lines read them: -1 when no
    // container sets it, and a limit is -1 when any container leaves it open
    // (no ceiling). CPU in millicores, memory in bytes.
    qint64 cpuRequestMillis = -1, cpuLimitMillis = -1;
    qint64 memoryRequestBytes = -1, memoryLimitBytes = -1;
    NodeShare nodeShare;
    // Containers' ports, then those of init containers with restartPolicy
    // Always; shared with every pod that declares the same (PodPortPool).
    QList<PodPort> ports;
    // status
    QString phase;
    QString reason;
    QString podIp;
    QString nominatedNodeName;
    QList<Condition> conditions;
    QList<ContainerStatus> initContainerStatuses;
    QList<ContainerStatus> containerStatuses;
};

// Reads a Pod's JSON text. False when it is not a JSON object at all; any
// field of the wrong shape is read as absent.
bool readPodFacts(std::string_view json, PodFacts &out);

} // namespace Kaji::Kube
