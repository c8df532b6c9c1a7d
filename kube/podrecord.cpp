#include "podrecord.h"

#include "jsonfields.h"

#include <QDateTime>

namespace Kaji::Kube {
namespace {

using nlohmann::json;

// kubectl's READINESS GATES column: how many of the gates' conditions are True.
void countReadinessGates(const json &pod, PodRecord &record)
{
    const json &gates = jsonChild(jsonChild(pod, "spec"), "readinessGates");
    if (!gates.is_array())
        return;
    const json &conditions = jsonChild(jsonChild(pod, "status"), "conditions");
    for (const json &gate : gates) {
        ++record.readinessGates;
        const QString type = jsonText(gate, "conditionType");
        if (!conditions.is_array())
            continue;
        for (const json &condition : conditions) {
            if (jsonText(condition, "type") == type && jsonText(condition, "status") == QLatin1String("True"))
                ++record.readinessGatesReady;
        }
    }
}

} // namespace

PodRecord podRecordFromJson(const json &pod)
{
    PodRecord record;
    const json &meta = jsonChild(pod, "metadata");
    record.namespaceName = jsonText(meta, "namespace");
    record.name = jsonText(meta, "name");
    record.uid = jsonText(meta, "uid");
    record.resourceVersion = jsonText(meta, "resourceVersion");
    const QDateTime created = QDateTime::fromString(jsonText(meta, "creationTimestamp"), Qt::ISODate);
    record.createdEpochSecs = created.isValid() ? created.toSecsSinceEpoch() : 0;
    record.terminating = !jsonText(meta, "deletionTimestamp").isEmpty();
    const json &owners = jsonChild(meta, "ownerReferences");
    if (owners.is_array()) {
        for (const json &owner : owners) {
            if (jsonBool(owner, "controller")) {
                record.controllerKind = jsonText(owner, "kind");
                record.controllerName = jsonText(owner, "name");
                break;
            }
        }
    }
    const json &labels = jsonChild(meta, "labels");
    if (labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it->is_string())
                record.labels.append({QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>())});
        }
    }
    const json &spec = jsonChild(pod, "spec");
    const json &status = jsonChild(pod, "status");
    record.nodeName = jsonText(spec, "nodeName");
    record.phase = jsonText(status, "phase");
    record.podIp = jsonText(status, "podIP");
    record.nominatedNodeName = jsonText(status, "nominatedNodeName");
    countReadinessGates(pod, record);
    record.status = summarizePod(pod);
    return record;
}

} // namespace Kaji::Kube
