#pragma once

#include "objectindex.h"
#include "podstatus.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <string_view>

// Plain data; any thread.
namespace Kaji::Kube {

// What panes, diagnosis and diagrams need of a pod, without the JSON tree:
// a few hundred bytes instead of tens of kilobytes. The full object is
// fetched when the user opens it.
struct PodRecord {
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    QString nodeName;
    QString phase;
    QString podIp;
    QString nominatedNodeName;
    qint64 createdEpochSecs = 0;
    bool terminating = false;
    QString controllerKind; // the owner reference marked controller, if any
    QString controllerName;
    QList<QString> ownerUids; // every ownerReference: what garbage collection follows
    QList<std::pair<QString, QString>> labels;
    int readinessGates = 0;
    int readinessGatesReady = 0;
    // The PersistentVolumeClaims its volumes use: persistentVolumeClaim.claimName,
    // and "<pod>-<volume>" for generic ephemeral volumes, in volume order.
    QList<QString> claimNames;
    // Containers' ports first, then restartable init containers', the order
    // in which the endpoints controller resolves a named targetPort.
    QList<PodPort> ports; // PodPort: see podfacts.h
    PodStatusSummary status;
    // Summed over the app containers (see PodFacts): -1 when not set.
    qint64 cpuRequestMillis = -1, cpuLimitMillis = -1;
    qint64 memoryRequestBytes = -1, memoryLimitBytes = -1;
    NodeShare nodeShare; // what the overview's capacity sums per node

    QString key() const { return namespaceName + u'/' + name; }
};

} // namespace Kaji::Kube

// Only Qt's implicitly shared types inside: a record can be moved with
// memmove, so removing a row from a table of 50,000 shifts bytes instead of
// assigning every later record.
Q_DECLARE_TYPEINFO(Kaji::Kube::PodRecord, Q_RELOCATABLE_TYPE);

namespace Kaji::Kube {

inline IndexedFields indexedFields(const PodRecord &pod)
{
    return {pod.namespaceName, pod.nodeName, pod.ownerUids, pod.labels};
}

inline void shareIndexedStrings(PodRecord &pod, ObjectIndex &index)
{
    index.shareStrings(pod.namespaceName, pod.nodeName, pod.ownerUids, pod.labels);
    // What the replicas of a template, or most pods, repeat.
    for (QString *text : {&pod.phase, &pod.status.status, &pod.controllerKind, &pod.controllerName})
        index.shareText(*text);
}

PodRecord podRecordFromFacts(PodFacts &&pod);
PodRecord podRecordFromText(std::string_view json);
// For tests and one-off reads; goes through the same reader.
PodRecord podRecordFromJson(const nlohmann::json &pod);

} // namespace Kaji::Kube
