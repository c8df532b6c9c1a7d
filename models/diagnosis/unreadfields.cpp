#include "unreadfields.h"

#include <iterator>
#include <string_view>

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

using Index = JsonScratch::Index;
using Type = JsonScratch::Type;
constexpr Index None = ~Index(0);

// The member `field` of an object, or None: for a None object too, so
// that paths read as chains.
Index child(const JsonScratch &document, Index object, std::string_view field)
{
    if (object == None)
        return None;
    const JsonScratch::Node *found = document.member(object, field);
    return found ? document.indexOf(*found) : None;
}

void drop(JsonScratch &document, Index object, std::initializer_list<std::string_view> fields)
{
    if (object != None)
        document.drop(object, fields);
}

// Each element (not dropped) of the array in `arrayField` of `object`.
template<typename Each>
void forEachIn(JsonScratch &document, Index object, std::string_view arrayField, Each each)
{
    const Index array = child(document, object, arrayField);
    if (array == None || document.node(array).type != Type::Array)
        return;
    const JsonScratch::Node &holder = document.node(array);
    for (Index element = holder.first; element < holder.first + holder.count; ++element) {
        if (!document.node(element).dropped)
            each(element);
    }
}

void dropFromPodSpec(JsonScratch &document, Index spec)
{
    drop(document, spec, {"dnsPolicy", "enableServiceLinks", "preemptionPolicy", "priority", "schedulerName",
                          "serviceAccount", "terminationGracePeriodSeconds"});
    for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
        forEachIn(document, spec, list, [&](Index container) {
            drop(document, container, {"terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "volumeMounts"});
        });
    }
    forEachIn(document, spec, "volumes", [&](Index volume) {
        for (const char *source : {"configMap", "secret", "projected"})
            drop(document, child(document, volume, source), {"defaultMode"});
        // The token and downward API sources go; what else a projected
        // volume names is read.
        forEachIn(document, child(document, volume, "projected"), "sources", [&](Index source) {
            if (child(document, source, "serviceAccountToken") != None || child(document, source, "downwardAPI") != None)
                document.node(source).dropped = true;
        });
    });
}

void dropFromPodStatus(JsonScratch &document, Index status)
{
    drop(document, status, {"hostIP", "hostIPs", "podIP", "podIPs", "qosClass"});
    forEachIn(document, status, "conditions", [&](Index condition) { drop(document, condition, {"lastProbeTime"}); });
    for (const char *list : {"containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses"}) {
        forEachIn(document, status, list, [&](Index container) {
            drop(document, container, {"containerID", "imageID", "started", "allocatedResources", "volumeMounts"});
            for (const char *state : {"state", "lastState"})
                drop(document, child(document, child(document, container, state), "terminated"), {"containerID"});
        });
    }
}

} // namespace

void dropUnreadFields(ClusterSnapshot::Kind kind, JsonScratch &document)
{
    if (document.isEmpty() || document.node(JsonScratch::Root).type != Type::Object)
        return;
    const Index meta = child(document, JsonScratch::Root, "metadata");
    drop(document, meta, {"managedFields", "generateName"});
    drop(document, child(document, meta, "annotations"), {kLastApplied});
    if (kind != ClusterSnapshot::Pods)
        return;
    if (const Index spec = child(document, JsonScratch::Root, "spec"); spec != None)
        dropFromPodSpec(document, spec);
    if (const Index status = child(document, JsonScratch::Root, "status"); status != None)
        dropFromPodStatus(document, status);
}

std::span<const char *const> unreadFieldNames()
{
    return {std::begin(kNames), std::end(kNames)};
}

} // namespace Kaji::Models
