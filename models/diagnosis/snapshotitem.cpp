#include "snapshotitem.h"

#include "jsonfields.h"
#include "unreadfields.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

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

using Index = JsonScratch::Index;
using Type = JsonScratch::Type;

// The registry host names of a docker config secret's credentials (they
// are not credentials themselves), so a pull secret can be checked against
// an image's registry. Nothing when the secret holds no docker config.
std::optional<QStringList> registriesOf(const JsonScratch &document, Index data)
{
    const JsonScratch::Node *type = document.member(JsonScratch::Root, "type");
    const bool legacy = type && type->type == Type::String && type->text == "kubernetes.io/dockercfg";
    const JsonScratch::Node *encoded = document.member(data, legacy ? ".dockercfg" : ".dockerconfigjson");
    if (!encoded || encoded->type != Type::String)
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(QByteArray(encoded->text.data(), qsizetype(encoded->text.size())));
    // Rare and small: a tree is fine here.
    const nlohmann::json config = nlohmann::json::parse(decoded.constBegin(), decoded.constEnd(), nullptr, false);
    const nlohmann::json &auths = legacy ? config : Kube::jsonChild(config, "auths");
    QStringList registries;
    if (auths.is_object()) {
        for (auto it = auths.begin(); it != auths.end(); ++it)
            registries.append(QString::fromStdString(it.key()));
    }
    return registries;
}

// Keeps the keys, drops the values: diagnosis needs to know that a key
// exists, never what it holds. What is kept besides goes into a "kaji"
// member: the values' size (ConfigMaps over the 1 MiB limit are a finding)
// and a docker config secret's registries.
void stripValues(JsonScratch &document, bool isSecret)
{
    const JsonScratch::Node *data = document.member(JsonScratch::Root, "data");
    const bool hasData = data && data->type == Type::Object;
    const std::optional<QStringList> registries = isSecret && hasData ? registriesOf(document, document.indexOf(*data))
                                                                      : std::nullopt;
    const bool hasRegistries = registries.has_value();
    std::size_t bytes = 0;
    for (const char *field : {"data", "binaryData", "stringData"}) {
        const JsonScratch::Node *values = document.member(JsonScratch::Root, field);
        if (!values || values->type != Type::Object)
            continue;
        for (Index value = values->first; value < values->first + values->count; ++value) {
            JsonScratch::Node &member = document.node(value);
            if (member.dropped)
                continue;
            bytes += member.key.size() + (member.type == Type::String ? member.text.size() : 0);
            member.type = Type::Null; // its children, if any, are left unread
        }
    }
    const Index kaji = document.addMember(JsonScratch::Root, "kaji");
    Index child = document.makeObject(kaji, hasRegistries ? std::initializer_list<std::string_view>{"dataBytes", "registries"}
                                                          : std::initializer_list<std::string_view>{"dataBytes"});
    document.node(child).type = Type::Unsigned;
    document.node(child).unsignedInteger = bytes;
    if (!hasRegistries)
        return;
    Index name = document.makeArray(child + 1, Index(registries->size()));
    for (const QString &registry : *registries) {
        document.node(name).type = Type::String;
        document.node(name).text = document.keep(registry.toStdString());
        ++name;
    }
}

JsonScratch &threadScratch()
{
    thread_local JsonScratch scratch;
    return scratch;
}

} // namespace

FrozenJson freezeSnapshotDocument(ClusterSnapshot::Kind kind, JsonScratch &document, FrozenSubtrees *shared)
{
    dropUnreadFields(kind, document);
    if ((kind == ClusterSnapshot::Secrets || kind == ClusterSnapshot::ConfigMaps) && !document.isEmpty()
        && document.node(JsonScratch::Root).type == Type::Object)
        stripValues(document, kind == ClusterSnapshot::Secrets);
    return FrozenJson::freeze(document, shared);
}

FrozenJson freezeSnapshotItem(ClusterSnapshot::Kind kind, const nlohmann::json &item, FrozenSubtrees *shared)
{
    JsonScratch document;
    document.assign(item);
    return freezeSnapshotDocument(kind, document, shared);
}

SnapshotItem freezeSnapshotText(ClusterSnapshot::Kind kind, std::string_view text, FrozenSubtrees *shared)
{
    JsonScratch &document = threadScratch();
    SnapshotItem item;
    if (!document.parse(text) || document.node(JsonScratch::Root).type != Type::Object)
        return item;
    item.key = snapshotItemKey(document);
    item.document = freezeSnapshotDocument(kind, document, shared);
    return item;
}

std::string snapshotTextKey(std::string_view text)
{
    JsonScratch &document = threadScratch();
    return document.parse(text) ? snapshotItemKey(document) : std::string();
}

std::string snapshotItemKey(const JsonScratch &document)
{
    const JsonScratch::Node *meta = document.isEmpty() ? nullptr : document.member(JsonScratch::Root, "metadata");
    if (!meta)
        return {};
    const auto textOf = [&](Index object, std::string_view field) {
        const JsonScratch::Node *found = document.member(object, field);
        return found && found->type == Type::String ? found->text : std::string_view();
    };
    const Index metaIndex = document.indexOf(*meta);
    const std::string_view ns = textOf(metaIndex, "namespace");
    const std::string_view name = textOf(metaIndex, "name");
    return ns.empty() ? std::string(name) : std::string(ns) + '/' + std::string(name);
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
