#include "snapshottable.h"

#include <algorithm>
#include <atomic>

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

SnapshotTextKey nameKeyOf(const Json &item)
{
    const Json &meta = jsonChild(item, "metadata");
    return {{}, jsonChild(meta, "namespace").text(), jsonChild(meta, "name").text()};
}

// The controllers an object names (kind and name), in order.
bool sameControllers(const Json &a, const Json &b)
{
    const auto controllers = [](const Json &item) {
        std::vector<std::pair<std::string_view, std::string_view>> named;
        const Json &owners = jsonChild(jsonChild(item, "metadata"), "ownerReferences");
        if (owners.is_array()) {
            for (const Json &owner : owners) {
                if (jsonBool(owner, "controller"))
                    named.emplace_back(jsonChild(owner, "kind").text(), jsonChild(owner, "name").text());
            }
        }
        return named;
    };
    return controllers(a) == controllers(b);
}

} // namespace

size_t qHash(const SnapshotTextKey &key, size_t seed) noexcept
{
    const auto bytes = [](std::string_view text) { return QByteArrayView(text.data(), qsizetype(text.size())); };
    return qHashMulti(seed, bytes(key.kind), bytes(key.namespaceName), bytes(key.name));
}

quint64 SnapshotTable::nextRevision()
{
    static std::atomic<quint64> last{0};
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

SnapshotTable::SnapshotTable(Indexes indexes, std::vector<FrozenJson> items)
    : m_indexes(indexes), m_items(std::move(items))
{
    m_byName.reserve(qsizetype(m_items.size()));
    if (m_indexes == Indexes::Pods)
        m_namespaceSlot.resize(m_items.size());
    for (int i = 0; i < int(m_items.size()); ++i)
        indexAt(i);
}

int SnapshotTable::indexOf(const SnapshotTextKey &namespacedName) const
{
    return m_byName.value(namespacedName, -1);
}

QList<int> SnapshotTable::ownedBy(const SnapshotTextKey &owner) const
{
    const auto it = m_byOwner.constFind(owner);
    if (it == m_byOwner.constEnd())
        return {};
    QList<int> owned = it->indexes;
    sortByName(owned);
    return owned;
}

QList<int> SnapshotTable::inNamespace(std::string_view namespaceName) const
{
    const auto it = m_byNamespace.constFind({{}, namespaceName, {}});
    return it == m_byNamespace.constEnd() ? QList<int>() : it->indexes;
}

QList<int> SnapshotTable::eventsAbout(const SnapshotTextKey &object) const
{
    const auto it = m_eventsByObject.constFind(object);
    return it == m_eventsByObject.constEnd() ? QList<int>() : it->indexes;
}

QList<int> SnapshotTable::withLabel(std::string_view namespaceName, std::string_view key, std::string_view value) const
{
    const std::lock_guard lock(m_lazyMutex);
    return labelIndexOf(namespaceName).value({key, value, {}});
}

const SnapshotTable::LabelIndex &SnapshotTable::labelIndexOf(std::string_view namespaceName) const
{
    const std::string name(namespaceName);
    auto it = m_labelsByNamespace.find(name);
    if (it != m_labelsByNamespace.end())
        return *it;
    LabelIndex index;
    for (const int i : inNamespace(namespaceName)) {
        const Json &labels = jsonChild(jsonChild(m_items[size_t(i)], "metadata"), "labels");
        if (!labels.is_object())
            continue;
        for (const Json &label : labels) {
            if (label.is_string())
                index[{label.key(), label.text(), {}}].append(i);
        }
    }
    return *m_labelsByNamespace.insert(name, std::move(index));
}

const NodeRequests &SnapshotTable::requestedByNode() const
{
    const std::lock_guard lock(m_lazyMutex);
    if (!m_nodeRequests) {
        m_nodeRequests.emplace();
        if (m_indexes == Indexes::Pods)
            for (const FrozenJson &pod : m_items)
                m_nodeRequests->add(pod);
    }
    return *m_nodeRequests;
}

// By time, then by name: the order does not depend on how events arrived.
bool SnapshotTable::eventBefore(int a, int b) const
{
    const Json &first = m_items[size_t(a)];
    const Json &second = m_items[size_t(b)];
    const std::string_view firstTime = eventTime(first), secondTime = eventTime(second);
    if (firstTime != secondTime)
        return firstTime < secondTime;
    return nameKeyOf(first).name < nameKeyOf(second).name;
}

void SnapshotTable::sortByName(QList<int> &indexes) const
{
    std::sort(indexes.begin(), indexes.end(),
              [this](int a, int b) { return nameKeyOf(m_items[size_t(a)]).name < nameKeyOf(m_items[size_t(b)]).name; });
}

void SnapshotTable::put(FrozenJson item)
{
    m_revision = nextRevision();
    m_labelsByNamespace.clear(); // only the sole holder changes a table: no reader asks meanwhile
    const int held = indexOf(nameKeyOf(item));
    if (held >= 0 && m_indexes != Indexes::Events && sameControllers(m_items[size_t(held)], item)) {
        // The usual change (a pod's status): only the name's key views the
        // document replaced; the posting lists keep their anchors.
        const SnapshotTextKey name = nameKeyOf(m_items[size_t(held)]);
        m_byName.remove(name);
        if (m_nodeRequests) {
            m_nodeRequests->subtract(m_items[size_t(held)]);
            m_nodeRequests->add(item);
        }
        m_items[size_t(held)] = std::move(item);
        m_byName.insert(nameKeyOf(m_items[size_t(held)]), held);
        return;
    }
    if (held >= 0) {
        unindexAt(held); // its keys view the document replaced here
        m_items[size_t(held)] = std::move(item);
        indexAt(held);
        return;
    }
    m_items.push_back(std::move(item));
    if (m_indexes == Indexes::Pods)
        m_namespaceSlot.push_back(0);
    indexAt(int(m_items.size()) - 1);
}

bool SnapshotTable::remove(std::string_view namespaceName, std::string_view name)
{
    const int i = indexOf({{}, namespaceName, name});
    if (i < 0)
        return false;
    m_revision = nextRevision();
    m_labelsByNamespace.clear();
    unindexAt(i);
    const int last = int(m_items.size()) - 1;
    if (i != last) {
        unindexAt(last);
        m_items[size_t(i)] = std::move(m_items[size_t(last)]);
        indexAt(i);
    }
    m_items.pop_back();
    if (m_indexes == Indexes::Pods)
        m_namespaceSlot.pop_back();
    return true;
}

void SnapshotTable::indexAt(int i)
{
    const FrozenJson &item = m_items[size_t(i)];
    const SnapshotTextKey name = nameKeyOf(item);
    m_byName.insert(name, i);
    const Json &owners = jsonChild(jsonChild(item, "metadata"), "ownerReferences");
    if (owners.is_array()) {
        for (const Json &owner : owners) {
            if (jsonBool(owner, "controller"))
                postingsFor(m_byOwner, {jsonChild(owner, "kind").text(), name.namespaceName, jsonChild(owner, "name").text()}, item)
                    .indexes.append(i);
        }
    }
    if (m_indexes == Indexes::Pods) {
        QList<int> &pods = postingsFor(m_byNamespace, {{}, name.namespaceName, {}}, item).indexes;
        m_namespaceSlot[size_t(i)] = int(pods.size());
        pods.append(i);
        if (m_nodeRequests)
            m_nodeRequests->add(item);
    }
    if (m_indexes == Indexes::Events) {
        const Json &involved = jsonChild(item, "involvedObject");
        QList<int> &events = postingsFor(m_eventsByObject, {jsonChild(involved, "kind").text(), jsonChild(involved, "namespace").text(),
                                                            jsonChild(involved, "name").text()},
                                         item)
                                 .indexes;
        events.insert(std::upper_bound(events.begin(), events.end(), i, [this](int a, int b) { return eventBefore(a, b); }), i);
    }
}

void SnapshotTable::unindexAt(int i)
{
    const FrozenJson &item = m_items[size_t(i)];
    const SnapshotTextKey name = nameKeyOf(item);
    m_byName.remove(name);
    const Json &owners = jsonChild(jsonChild(item, "metadata"), "ownerReferences");
    if (owners.is_array()) {
        for (const Json &owner : owners) {
            if (jsonBool(owner, "controller"))
                dropPosting(m_byOwner, {jsonChild(owner, "kind").text(), name.namespaceName, jsonChild(owner, "name").text()}, i);
        }
    }
    if (m_indexes == Indexes::Pods) {
        const auto it = m_byNamespace.find({{}, name.namespaceName, {}});
        Q_ASSERT(it != m_byNamespace.end());
        QList<int> &pods = it->indexes;
        const int slot = m_namespaceSlot[size_t(i)];
        pods[slot] = pods.last();
        m_namespaceSlot[size_t(pods[slot])] = slot;
        pods.removeLast();
        if (pods.isEmpty())
            m_byNamespace.erase(it);
        if (m_nodeRequests)
            m_nodeRequests->subtract(item);
    }
    if (m_indexes == Indexes::Events) {
        const Json &involved = jsonChild(item, "involvedObject");
        dropPosting(m_eventsByObject, {jsonChild(involved, "kind").text(), jsonChild(involved, "namespace").text(),
                                       jsonChild(involved, "name").text()},
                    i);
    }
}

SnapshotTable::Postings &SnapshotTable::postingsFor(QHash<SnapshotTextKey, Postings> &index, const SnapshotTextKey &key,
                                                    const FrozenJson &anchor)
{
    auto it = index.find(key);
    if (it == index.end())
        it = index.insert(key, Postings{{}, anchor});
    return *it;
}

// An owner's pods, an object's events: short lists, scanned.
void SnapshotTable::dropPosting(QHash<SnapshotTextKey, Postings> &index, const SnapshotTextKey &key, int i)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->indexes.removeOne(i);
    if (it->indexes.isEmpty())
        index.erase(it);
}

} // namespace Kaji::Models
