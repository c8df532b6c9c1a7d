#include "clustersnapshot.h"

#include "snapshotread.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

QString eventTime(const Json &event)
{
    QString t = jsonText(event, "lastTimestamp");
    if (t.isEmpty())
        t = jsonText(event, "eventTime");
    if (t.isEmpty())
        t = jsonText(jsonChild(event, "metadata"), "creationTimestamp");
    return t;
}

} // namespace

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
        const QString ns = jsonText(meta, "namespace");
        m_byName[kind].insert(ns + u'/' + jsonText(meta, "name"), i);
        const Json &owners = jsonChild(meta, "ownerReferences");
        if (owners.is_array()) {
            for (const Json &owner : owners) {
                if (jsonBool(owner, "controller"))
                    m_byOwner[kind][jsonText(owner, "kind") + u'/' + ns + u'/' + jsonText(owner, "name")].append(i);
            }
        }
    }
    if (kind == Pods) {
        m_podsByNamespace.clear();
        for (int i = 0; i < int(items.size()); ++i)
            m_podsByNamespace[jsonText(jsonChild(items[size_t(i)], "metadata"), "namespace")].append(i);
    }
    if (kind != Events)
        return;
    m_eventsByObject.clear();
    for (int i = 0; i < int(items.size()); ++i) {
        const Json &involved = jsonChild(items[size_t(i)], "involvedObject");
        QString ns = jsonText(involved, "namespace");
        m_eventsByObject[jsonText(involved, "kind") + u'/' + ns + u'/' + jsonText(involved, "name")].append(i);
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
    const QString key = namespaceName + u'/' + name;
    SnapshotReadLog::note(Read::Object, kind, [&] { return key; });
    const auto it = m_byName[kind].constFind(key);
    return it == m_byName[kind].constEnd() ? nullptr : &m_items[kind][size_t(*it)].root();
}

QList<const Json *> ClusterSnapshot::eventsFor(const QString &kind, const QString &namespaceName,
                                                         const QString &name) const
{
    QList<const Json *> events;
    const QString key = kind + u'/' + namespaceName + u'/' + name;
    SnapshotReadLog::note(Read::Events, Events, [&] { return key; });
    const auto it = m_eventsByObject.constFind(key);
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
    for (int i : m_podsByNamespace.value(namespaceName)) {
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
    const QString key = ownerKind + u'/' + namespaceName + u'/' + ownerName;
    SnapshotReadLog::note(Read::Owned, kind, [&] { return key; });
    const auto it = m_byOwner[kind].constFind(key);
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
