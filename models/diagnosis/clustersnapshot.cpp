#include "clustersnapshot.h"

#include "snapshotread.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

// RFC 3339 times as the API writes them order as text.
std::string_view eventTime(const Json &event)
{
    std::string_view t = jsonChild(event, "lastTimestamp").text();
    if (t.empty())
        t = jsonChild(event, "eventTime").text();
    if (t.empty())
        t = jsonChild(jsonChild(event, "metadata"), "creationTimestamp").text();
    return t;
}

std::string_view viewOf(const QByteArray &utf8)
{
    return {utf8.constData(), size_t(utf8.size())};
}

// A lookup's names in the documents' encoding.
struct Utf8Key {
    QByteArray kind, namespaceName, name;
    Utf8Key(const QString &k, const QString &ns, const QString &n)
        : kind(k.toUtf8()), namespaceName(ns.toUtf8()), name(n.toUtf8())
    {
    }
    ClusterSnapshot::TextKey view() const { return {viewOf(kind), viewOf(namespaceName), viewOf(name)}; }
};

} // namespace

size_t qHash(const ClusterSnapshot::TextKey &key, size_t seed) noexcept
{
    const auto bytes = [](std::string_view text) { return QByteArrayView(text.data(), qsizetype(text.size())); };
    return qHashMulti(seed, bytes(key.kind), bytes(key.namespaceName), bytes(key.name));
}

const char *ClusterSnapshot::resourceName(Kind kind)
{
    static const char *const names[KindCount] = {
        "pods", "events", "services", "endpointslices", "deployments", "replicasets", "statefulsets",
        "daemonsets", "jobs", "cronjobs", "persistentvolumeclaims", "persistentvolumes", "storageclasses",
        "nodes", "secrets", "configmaps", "ingresses", "ingressclasses", "horizontalpodautoscalers",
        "poddisruptionbudgets", "csidrivers", "validatingwebhookconfigurations",
        "mutatingwebhookconfigurations"};
    return names[kind];
}

ClusterSnapshot ClusterSnapshot::fromJson(const nlohmann::json &document)
{
    ClusterSnapshot snapshot;
    for (int k = 0; k < KindCount; ++k) {
        const auto list = document.is_object() ? document.find(resourceName(Kind(k))) : document.end();
        if (list == document.end() || !list->is_array())
            continue;
        snapshot.setItems(Kind(k), std::vector<nlohmann::json>(list->begin(), list->end()));
    }
    return snapshot;
}

void ClusterSnapshot::setItems(Kind kind, const std::vector<nlohmann::json> &items)
{
    std::vector<FrozenJson> frozen;
    frozen.reserve(items.size());
    for (const nlohmann::json &item : items)
        frozen.push_back(FrozenJson::freeze(item));
    setItems(kind, std::move(frozen));
}

void ClusterSnapshot::setItems(Kind kind, std::vector<FrozenJson> items)
{
    m_items[kind] = std::move(items);
    m_available[kind] = true;
    index(kind);
}

void ClusterSnapshot::index(Kind kind)
{
    const std::vector<FrozenJson> &items = m_items[kind];
    m_byName[kind].clear();
    m_byOwner[kind].clear();
    m_byName[kind].reserve(qsizetype(items.size()));
    for (int i = 0; i < int(items.size()); ++i) {
        const Json &meta = jsonChild(items[size_t(i)], "metadata");
        const std::string_view ns = jsonChild(meta, "namespace").text();
        m_byName[kind].insert({{}, ns, jsonChild(meta, "name").text()}, i);
        const Json &owners = jsonChild(meta, "ownerReferences");
        if (owners.is_array()) {
            for (const Json &owner : owners) {
                if (jsonBool(owner, "controller"))
                    m_byOwner[kind][{jsonChild(owner, "kind").text(), ns, jsonChild(owner, "name").text()}].append(i);
            }
        }
    }
    if (kind == Pods) {
        m_podsByNamespace.clear();
        for (int i = 0; i < int(items.size()); ++i) {
            const Json &meta = jsonChild(items[size_t(i)], "metadata");
            m_podsByNamespace[{{}, jsonChild(meta, "namespace").text(), {}}].append(i);
        }
    }
    if (kind != Events)
        return;
    m_eventsByObject.clear();
    for (int i = 0; i < int(items.size()); ++i) {
        const Json &involved = jsonChild(items[size_t(i)], "involvedObject");
        m_eventsByObject[{jsonChild(involved, "kind").text(), jsonChild(involved, "namespace").text(),
                          jsonChild(involved, "name").text()}]
            .append(i);
    }
    for (QList<int> &list : m_eventsByObject) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return eventTime(items[size_t(a)]) < eventTime(items[size_t(b)]); });
    }
}

using Read = SnapshotRead::Type;

bool ClusterSnapshot::isAvailable(Kind kind) const
{
    SnapshotReadLog::note(Read::Available, kind, [] { return QString(); });
    return m_available[kind];
}

const std::vector<FrozenJson> &ClusterSnapshot::items(Kind kind) const
{
    SnapshotReadLog::note(Read::Kind, kind, [] { return QString(); });
    return m_items[kind];
}

const Json *ClusterSnapshot::find(Kind kind, const QString &namespaceName, const QString &name) const
{
    SnapshotReadLog::note(Read::Object, kind, [&] { return namespaceName + u'/' + name; });
    const Utf8Key key({}, namespaceName, name);
    const auto it = m_byName[kind].constFind(key.view());
    return it == m_byName[kind].constEnd() ? nullptr : &m_items[kind][size_t(*it)].root();
}

QList<const Json *> ClusterSnapshot::eventsFor(const QString &kind, const QString &namespaceName,
                                                         const QString &name) const
{
    QList<const Json *> events;
    SnapshotReadLog::note(Read::Events, Events, [&] { return kind + u'/' + namespaceName + u'/' + name; });
    const Utf8Key key(kind, namespaceName, name);
    const auto it = m_eventsByObject.constFind(key.view());
    if (it == m_eventsByObject.constEnd())
        return events;
    for (int i : *it)
        events.append(&m_items[Events][size_t(i)].root());
    return events;
}

QList<const Json *> ClusterSnapshot::podsMatching(const QString &namespaceName,
                                                            const Json &selector) const
{
    // Any pod of the namespace may start or stop matching.
    SnapshotReadLog::note(Read::Kind, Pods, [] { return QString(); });
    QList<const Json *> pods;
    for (int i : m_podsByNamespace.value(Utf8Key({}, namespaceName, {}).view())) {
        const Json &pod = m_items[Pods][size_t(i)];
        if (labelsMatch(jsonChild(jsonChild(pod, "metadata"), "labels"), selector))
            pods.append(&pod);
    }
    return pods;
}

QList<const Json *> ClusterSnapshot::ownedBy(Kind kind, const QString &ownerKind,
                                                       const QString &namespaceName, const QString &ownerName) const
{
    QList<const Json *> owned;
    SnapshotReadLog::note(Read::Owned, kind, [&] { return ownerKind + u'/' + namespaceName + u'/' + ownerName; });
    const Utf8Key key(ownerKind, namespaceName, ownerName);
    const auto it = m_byOwner[kind].constFind(key.view());
    if (it == m_byOwner[kind].constEnd())
        return owned;
    for (int i : *it)
        owned.append(&m_items[kind][size_t(i)].root());
    return owned;
}

QList<const Json *> ClusterSnapshot::podsOwnedBy(const QString &ownerKind, const QString &namespaceName,
                                                           const QString &ownerName) const
{
    // Deployments own pods through their ReplicaSets.
    if (ownerKind == QLatin1String("Deployment")) {
        QList<const Json *> pods;
        for (const Json *rs : ownedBy(ReplicaSets, ownerKind, namespaceName, ownerName))
            pods += ownedBy(Pods, QStringLiteral("ReplicaSet"), namespaceName,
                            jsonText(jsonChild(*rs, "metadata"), "name"));
        return pods;
    }
    return ownedBy(Pods, ownerKind, namespaceName, ownerName);
}

int ClusterSnapshot::readyEndpoints(const QString &namespaceName, const QString &service) const
{
    if (!isAvailable(EndpointSlices))
        return -1;
    const QList<const Json *> slices = ownedBy(EndpointSlices, QStringLiteral("Service"), namespaceName, service);
    if (slices.isEmpty())
        return -1;
    int ready = 0;
    for (const Json *slice : slices) {
        const Json &endpoints = jsonChild(*slice, "endpoints");
        if (!endpoints.is_array())
            continue;
        for (const Json &endpoint : endpoints) {
            const Json &r = jsonChild(jsonChild(endpoint, "conditions"), "ready");
            ready += (!r.is_boolean() || r.get<bool>()) ? 1 : 0;
        }
    }
    return ready;
}

bool labelsMatch(const Json &labels, const Json &selectorMap)
{
    if (!selectorMap.is_object() || selectorMap.empty())
        return false;
    for (auto it = selectorMap.begin(); it != selectorMap.end(); ++it) {
        const Json &value = jsonChild(labels, it->key());
        if (!value.is_string() || value != *it)
            return false;
    }
    return true;
}

bool labelSelectorMatches(const Json &labels, const Json &selector)
{
    const Json &matchLabels = jsonChild(selector, "matchLabels");
    if (matchLabels.is_object()) {
        for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
            if (jsonChild(labels, it->key()) != *it)
                return false;
        }
    }
    const Json &expressions = jsonChild(selector, "matchExpressions");
    if (expressions.is_array()) {
        for (const Json &expression : expressions) {
            const std::string key = jsonStdString(expression, "key");
            const QString op = jsonText(expression, "operator");
            const Json &value = jsonChild(labels, key.c_str());
            const Json &values = jsonChild(expression, "values");
            const bool listed = values.is_array() && value.is_string()
                && std::find(values.begin(), values.end(), value) != values.end();
            if ((op == QLatin1String("In") && !listed) || (op == QLatin1String("NotIn") && listed)
                || (op == QLatin1String("Exists") && value.is_null())
                || (op == QLatin1String("DoesNotExist") && !value.is_null()))
                return false;
        }
    }
    return true;
}

} // namespace Kaji::Models
