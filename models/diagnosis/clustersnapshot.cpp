#include "clustersnapshot.h"

#include "snapshotread.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

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
    setTable(kind, std::make_shared<const SnapshotTable>(indexesOf(kind), std::move(items)));
}

void ClusterSnapshot::setTable(Kind kind, std::shared_ptr<const SnapshotTable> table)
{
    m_tables[kind] = std::move(table);
    m_available[kind] = true;
}

SnapshotTable::Indexes ClusterSnapshot::indexesOf(Kind kind)
{
    switch (kind) {
    case Pods: return SnapshotTable::Indexes::Pods;
    case Events: return SnapshotTable::Indexes::Events;
    default: return SnapshotTable::Indexes::Common;
    }
}

QList<const Json *> ClusterSnapshot::documents(Kind kind, const QList<int> &indexes) const
{
    QList<const Json *> documents;
    documents.reserve(indexes.size());
    for (int i : indexes)
        documents.append(&m_tables[kind]->items()[size_t(i)].root());
    return documents;
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
    static const std::vector<FrozenJson> none;
    return m_tables[kind] ? m_tables[kind]->items() : none;
}

const NodeRequests &ClusterSnapshot::requestedByNode() const
{
    SnapshotReadLog::note(Read::Kind, Pods, [] { return QString(); });
    static const NodeRequests none;
    return m_tables[Pods] ? m_tables[Pods]->requestedByNode() : none;
}

const Json *ClusterSnapshot::find(Kind kind, const QString &namespaceName, const QString &name) const
{
    SnapshotReadLog::note(Read::Object, kind, [&] { return namespaceName + u'/' + name; });
    if (!m_tables[kind])
        return nullptr;
    const Utf8Key key({}, namespaceName, name);
    const int i = m_tables[kind]->indexOf(key.view());
    return i < 0 ? nullptr : &m_tables[kind]->items()[size_t(i)].root();
}

QList<const Json *> ClusterSnapshot::eventsFor(const QString &kind, const QString &namespaceName,
                                                         const QString &name) const
{
    SnapshotReadLog::note(Read::Events, Events, [&] { return kind + u'/' + namespaceName + u'/' + name; });
    if (!m_tables[Events])
        return {};
    const Utf8Key key(kind, namespaceName, name);
    return documents(Events, m_tables[Events]->eventsAbout(key.view()));
}

QList<const Json *> ClusterSnapshot::podsMatching(const QString &namespaceName,
                                                            const Json &selector) const
{
    // Any pod of the namespace may start or stop matching.
    SnapshotReadLog::note(Read::Kind, Pods, [] { return QString(); });
    if (!m_tables[Pods] || !selector.is_object() || selector.empty())
        return {};
    const SnapshotTable &pods = *m_tables[Pods];
    const QByteArray namespaceUtf8 = namespaceName.toUtf8();
    // The pods with the selector's rarest label are the candidates; each
    // is then held to the whole selector.
    QList<int> candidates;
    bool first = true;
    for (const Json &wanted : selector) {
        if (!wanted.is_string())
            return {}; // no label's value is anything but a string
        QList<int> having = pods.withLabel(viewOf(namespaceUtf8), wanted.key(), wanted.text());
        if (first || having.size() < candidates.size())
            candidates = std::move(having);
        first = false;
    }
    QList<const Json *> matching;
    for (const int i : std::as_const(candidates)) {
        const Json &pod = pods.items()[size_t(i)];
        if (labelsMatch(jsonChild(jsonChild(pod, "metadata"), "labels"), selector))
            matching.append(&pod);
    }
    // The table's order is the order of arrival: by name, as the API lists.
    std::sort(matching.begin(), matching.end(), [](const Json *a, const Json *b) {
        return jsonChild(jsonChild(*a, "metadata"), "name").text() < jsonChild(jsonChild(*b, "metadata"), "name").text();
    });
    return matching;
}

QList<const Json *> ClusterSnapshot::ownedBy(Kind kind, const QString &ownerKind,
                                                       const QString &namespaceName, const QString &ownerName) const
{
    SnapshotReadLog::note(Read::Owned, kind, [&] { return ownerKind + u'/' + namespaceName + u'/' + ownerName; });
    if (!m_tables[kind])
        return {};
    const Utf8Key key(ownerKind, namespaceName, ownerName);
    return documents(kind, m_tables[kind]->ownedBy(key.view()));
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
