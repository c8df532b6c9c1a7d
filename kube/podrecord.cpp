#include "podrecord.h"

#include "podfactsscan.h"

namespace Kaji::Kube {

PodRecord podRecordFromFacts(PodFacts &&pod)
{
    PodRecord record;
    record.status = summarizePod(pod);
    record.namespaceName = std::move(pod.namespaceName);
    record.name = std::move(pod.name);
    record.uid = std::move(pod.uid);
    record.resourceVersion = std::move(pod.resourceVersion);
    record.createdEpochSecs = pod.createdEpochSecs;
    record.terminating = pod.deleting;
    record.controllerKind = std::move(pod.controllerKind);
    record.controllerName = std::move(pod.controllerName);
    record.ownerUids = std::move(pod.ownerUids);
    record.labels = std::move(pod.labels);
    record.nodeName = std::move(pod.nodeName);
    record.phase = std::move(pod.phase);
    record.podIp = std::move(pod.podIp);
    record.nominatedNodeName = std::move(pod.nominatedNodeName);
    for (PodFacts::ClaimVolume &volume : pod.claimVolumes)
        record.claimNames.append(volume.ephemeral ? record.name + u'-' + volume.name : std::move(volume.name));
    record.ports = std::move(pod.ports);
    record.cpuRequestMillis = pod.cpuRequestMillis;
    record.cpuLimitMillis = pod.cpuLimitMillis;
    record.memoryRequestBytes = pod.memoryRequestBytes;
    record.memoryLimitBytes = pod.memoryLimitBytes;
    record.nodeShare = pod.nodeShare;
    // kubectl's READINESS GATES column: how many of the gates' conditions are True.
    record.readinessGates = int(pod.readinessGates.size());
    for (const QString &type : pod.readinessGates) {
        for (const PodFacts::Condition &condition : pod.conditions) {
            if (condition.type == type && condition.status == QLatin1String("True"))
                ++record.readinessGatesReady;
        }
    }
    return record;
}

PodRecord podRecordFromText(std::string_view json)
{
    PodFacts facts;
    readPodFacts(json, facts);
    return podRecordFromFacts(std::move(facts));
}

PodRecord podRecordFromJson(const nlohmann::json &pod)
{
    return podRecordFromText(pod.dump());
}

} // namespace Kaji::Kube
