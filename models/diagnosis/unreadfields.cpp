#include "unreadfields.h"

#include <iterator>

namespace Kaji::Models {
namespace {

// Every name below, wherever it is dropped, is listed in kNames.
const char *const kNames[] = {
    // any kind
    "managedFields", "generateName",
    // pod spec
    "dnsPolicy", "enableServiceLinks", "preemptionPolicy", "priority", "schedulerName", "serviceAccount",
    "terminationGracePeriodSeconds",
    // container specs
    "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "volumeMounts",
    // projected volumes: the token and downward API sources (config maps
    // and secrets a projected volume names are read)
    "defaultMode", "serviceAccountToken", "downwardAPI",
    // pod status
    "hostIP", "hostIPs", "podIP", "podIPs", "qosClass", "lastProbeTime",
    // container statuses
    "containerID", "imageID", "started", "allocatedResources"};

// kubectl apply's copy of the whole manifest, on any kind it applied.
constexpr const char *kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

void erase(nlohmann::json &object, std::initializer_list<const char *> fields)
{
    if (!object.is_object())
        return;
    for (const char *field : fields)
        object.erase(field);
}

// The member `field` of an object, or null: never adds one, unlike [].
nlohmann::json *child(nlohmann::json *object, const char *field)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto it = object->find(field);
    return it == object->end() ? nullptr : &*it;
}

template<typename Each>
void forEachIn(nlohmann::json &object, const char *arrayField, Each each)
{
    if (!object.is_object())
        return;
    const auto it = object.find(arrayField);
    if (it == object.end() || !it->is_array())
        return;
    for (nlohmann::json &item : *it)
        each(item);
}

void dropFromPodSpec(nlohmann::json &spec)
{
    erase(spec, {"dnsPolicy", "enableServiceLinks", "preemptionPolicy", "priority", "schedulerName",
                 "serviceAccount", "terminationGracePeriodSeconds"});
    for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
        forEachIn(spec, list, [](nlohmann::json &container) {
            erase(container, {"terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "volumeMounts"});
        });
    }
    forEachIn(spec, "volumes", [](nlohmann::json &volume) {
        for (const char *source : {"configMap", "secret", "projected"}) {
            if (nlohmann::json *found = child(&volume, source))
                erase(*found, {"defaultMode"});
        }
        nlohmann::json *found = child(&volume, "projected");
        if (!found || !found->is_object())
            return;
        nlohmann::json &projected = *found;
        auto sources = projected.find("sources");
        if (sources == projected.end() || !sources->is_array())
            return;
        nlohmann::json kept = nlohmann::json::array();
        for (nlohmann::json &source : *sources) {
            if (!source.is_object() || (!source.contains("serviceAccountToken") && !source.contains("downwardAPI")))
                kept.push_back(std::move(source));
        }
        *sources = std::move(kept);
    });
}

void dropFromPodStatus(nlohmann::json &status)
{
    erase(status, {"hostIP", "hostIPs", "podIP", "podIPs", "qosClass"});
    forEachIn(status, "conditions", [](nlohmann::json &condition) { erase(condition, {"lastProbeTime"}); });
    for (const char *list : {"containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses"}) {
        forEachIn(status, list, [](nlohmann::json &container) {
            erase(container, {"containerID", "imageID", "started", "allocatedResources", "volumeMounts"});
            for (const char *state : {"state", "lastState"}) {
                if (nlohmann::json *terminated = child(child(&container, state), "terminated"))
                    erase(*terminated, {"containerID"});
            }
        });
    }
}

} // namespace

void dropUnreadFields(ClusterSnapshot::Kind kind, nlohmann::json &object)
{
    if (!object.is_object())
        return;
    if (auto meta = object.find("metadata"); meta != object.end() && meta->is_object()) {
        meta->erase("managedFields");
        meta->erase("generateName");
        if (auto annotations = meta->find("annotations"); annotations != meta->end() && annotations->is_object())
            annotations->erase(kLastApplied);
    }
    if (kind != ClusterSnapshot::Pods)
        return;
    if (auto spec = object.find("spec"); spec != object.end())
        dropFromPodSpec(*spec);
    if (auto status = object.find("status"); status != object.end())
        dropFromPodStatus(*status);
}

std::span<const char *const> unreadFieldNames()
{
    return {std::begin(kNames), std::end(kNames)};
}

} // namespace Kaji::Models
