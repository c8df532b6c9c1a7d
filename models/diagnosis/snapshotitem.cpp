#include "snapshotitem.h"

#include "jsonfields.h"
#include "unreadfields.h"

#include <QByteArray>
#include <QUrl>

namespace Kaji::Models {
namespace {

struct KindPath {
    const char *prefix; // "/api/v1" or "/apis/GROUP/VERSION"
    bool namespaced;
};

KindPath pathOf(ClusterSnapshot::Kind kind)
{
    switch (kind) {
    case ClusterSnapshot::Pods:
    case ClusterSnapshot::Events:
    case ClusterSnapshot::Services:
    case ClusterSnapshot::Secrets:
    case ClusterSnapshot::ConfigMaps:
    case ClusterSnapshot::PersistentVolumeClaims: return {"/api/v1", true};
    case ClusterSnapshot::Nodes:
    case ClusterSnapshot::PersistentVolumes: return {"/api/v1", false};
    case ClusterSnapshot::Deployments:
    case ClusterSnapshot::ReplicaSets:
    case ClusterSnapshot::StatefulSets:
    case ClusterSnapshot::DaemonSets: return {"/apis/apps/v1", true};
    case ClusterSnapshot::Jobs:
    case ClusterSnapshot::CronJobs: return {"/apis/batch/v1", true};
    case ClusterSnapshot::EndpointSlices: return {"/apis/discovery.k8s.io/v1", true};
    case ClusterSnapshot::Ingresses: return {"/apis/networking.k8s.io/v1", true};
    case ClusterSnapshot::IngressClasses: return {"/apis/networking.k8s.io/v1", false};
    case ClusterSnapshot::StorageClasses:
    case ClusterSnapshot::CsiDrivers: return {"/apis/storage.k8s.io/v1", false};
    case ClusterSnapshot::HorizontalPodAutoscalers: return {"/apis/autoscaling/v2", true};
    case ClusterSnapshot::PodDisruptionBudgets: return {"/apis/policy/v1", true};
    case ClusterSnapshot::ValidatingWebhooks:
    case ClusterSnapshot::MutatingWebhooks: return {"/apis/admissionregistration.k8s.io/v1", false};
    case ClusterSnapshot::KindCount: break;
    }
    return {"/api/v1", true};
}

// Keeps the keys, drops the values: diagnosis needs to know that a key
// exists, never what it holds. For docker configs the registry host names are
// kept too (they are not credentials) so a pull secret can be checked
// against the image's registry.
void stripValues(nlohmann::json &object, bool isSecret)
{
    if (isSecret && object.contains("data") && object["data"].is_object()) {
        const std::string type = Kube::jsonStdString(object, "type");
        const char *key = type == "kubernetes.io/dockercfg" ? ".dockercfg" : ".dockerconfigjson";
        const nlohmann::json &encoded = Kube::jsonChild(object["data"], key);
        if (encoded.is_string()) {
            const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(encoded.get<std::string>()));
            nlohmann::json config = nlohmann::json::parse(decoded.constBegin(), decoded.constEnd(), nullptr, false);
            const nlohmann::json &auths = type == "kubernetes.io/dockercfg" ? config : Kube::jsonChild(config, "auths");
            nlohmann::json registries = nlohmann::json::array();
            if (auths.is_object())
                for (auto it = auths.begin(); it != auths.end(); ++it)
                    registries.push_back(it.key());
            object["kaji"]["registries"] = std::move(registries);
        }
    }
    // The size of the values is kept (ConfigMaps over the 1 MiB limit are
    // a finding), the values themselves are not.
    std::size_t bytes = 0;
    for (const char *field : {"data", "binaryData", "stringData"}) {
        auto it = object.find(field);
        if (it == object.end() || !it->is_object())
            continue;
        for (auto &value : it->items()) {
            bytes += value.key().size() + (value.value().is_string() ? value.value().get_ref<const std::string &>().size() : 0);
            value.value() = nullptr;
        }
    }
    object["kaji"]["dataBytes"] = bytes;
}

} // namespace

FrozenJson freezeSnapshotItem(ClusterSnapshot::Kind kind, nlohmann::json &item, FrozenSubtrees *shared)
{
    dropUnreadFields(kind, item);
    if (kind == ClusterSnapshot::Secrets || kind == ClusterSnapshot::ConfigMaps)
        stripValues(item, kind == ClusterSnapshot::Secrets);
    return FrozenJson::freeze(item, shared);
}

std::string snapshotItemKey(const nlohmann::json &item)
{
    const nlohmann::json &meta = Kube::jsonChild(item, "metadata");
    const std::string ns = Kube::jsonStdString(meta, "namespace");
    const std::string name = Kube::jsonStdString(meta, "name");
    return ns.empty() ? name : ns + '/' + name;
}

QByteArrayList snapshotCollectionPaths(ClusterSnapshot::Kind kind, const QStringList &namespaces)
{
    const KindPath where = pathOf(kind);
    const QByteArray resource = ClusterSnapshot::resourceName(kind);
    if (!where.namespaced || namespaces.isEmpty())
        return {QByteArray(where.prefix) + '/' + resource};
    QByteArrayList paths;
    for (const QString &ns : namespaces)
        paths.append(QByteArray(where.prefix) + "/namespaces/" + QUrl::toPercentEncoding(ns) + '/' + resource);
    return paths;
}

} // namespace Kaji::Models
