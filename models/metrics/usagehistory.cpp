#include "usagehistory.h"

#include "usagequantity.h"

#include <algorithm>

namespace Kaji::Models {
namespace {

int takeId(std::vector<int> &freeIds, int &series)
{
    if (freeIds.empty())
        return series++;
    const int id = freeIds.back();
    freeIds.pop_back();
    return id;
}

} // namespace

UsageHistory::UsageHistory(int capacity, qint64 budgetBytes)
    : m_capacity(std::max(capacity, 2)), m_budgetBytes(budgetBytes)
{
    clear();
}

void UsageHistory::clear()
{
    m_readings = 0;
    m_firstHeld = 0;
    m_frames.assign(size_t(m_capacity), nullptr);
    m_index = std::make_shared<const Index>();
    m_lastSeen.clear();
}

void UsageHistory::record(const Kube::MetricsSample &sample)
{
    const int reading = m_readings++;
    // The index is copied only when an object is new (or gone, below).
    std::shared_ptr<Index> changed;
    const auto index = [&]() -> const Index & { return changed ? *changed : *m_index; };
    const auto edit = [&]() -> Index & {
        if (!changed)
            changed = std::make_shared<Index>(*m_index);
        return *changed;
    };
    auto frame = std::make_shared<Frame>();
    frame->takenMs = sample.takenMs;
    frame->values.resize(size_t(m_index->series)); // all Missing: a failed list leaves gaps
    const auto put = [&](int id, qint64 cpuMillis, qint64 memoryBytes) {
        if (size_t(id) >= frame->values.size())
            frame->values.resize(size_t(id) + 1);
        frame->values[size_t(id)] = {CompactFigure::encode(cpuMillis), CompactFigure::encode(memoryBytes / 1024)};
        if (size_t(id) >= m_lastSeen.size())
            m_lastSeen.resize(size_t(id) + 1, Freed);
        m_lastSeen[size_t(id)] = reading;
    };
    if (sample.nodes) {
        for (const Kube::NodeUsage &node : sample.nodes->items) {
            const auto it = index().nodes.constFind(node.name);
            int id = 0;
            if (it != index().nodes.cend()) {
                id = *it;
            } else {
                Index &ix = edit();
                id = takeId(ix.freeIds, ix.series);
                ix.nodes.insert(node.name, id);
            }
            put(id, Kube::nanocoresToMillis(node.usage.cpuNanocores), node.usage.memoryBytes);
        }
    }
    if (sample.pods) {
        for (const Kube::PodUsage &pod : sample.pods->items) {
            // Two lookups with the sample's own strings: no key is built.
            const PodEntry *entry = nullptr;
            const auto ns = index().pods.constFind(pod.namespaceName);
            if (ns != index().pods.cend()) {
                const auto it = ns->constFind(pod.name);
                if (it != ns->cend())
                    entry = &*it;
            }
            for (const Kube::ContainerUsage &c : pod.containers) {
                const qsizetype at = entry ? entry->names.indexOf(c.name) : -1;
                int id = 0;
                if (at >= 0) {
                    id = entry->ids[size_t(at)];
                } else {
                    Index &ix = edit();
                    PodEntry &mine = ix.pods[pod.namespaceName][pod.name];
                    id = takeId(ix.freeIds, ix.series);
                    mine.names.append(c.name);
                    mine.ids.push_back(id);
                    entry = &mine;
                }
                put(id, Kube::nanocoresToMillis(c.usage.cpuNanocores), c.usage.memoryBytes);
            }
        }
    }
    shrinkToBudget(frame->values.size());
    dropStale(changed);
    m_frames[size_t(reading % m_capacity)] = std::move(frame);
    if (changed)
        m_index = std::move(changed);
}

// The window a budget allows for this many series; readings older than it
// are let go (a window that grows again later starts from what is held:
// readings let go are not brought back).
void UsageHistory::shrinkToBudget(size_t series)
{
    const qint64 perReading = std::max<qint64>(1, qint64(series * sizeof(Value)));
    const int window = int(std::clamp<qint64>(m_budgetBytes / perReading, std::min(FloorReadings, m_capacity),
                                              m_capacity));
    const int firstHeld = std::max(m_firstHeld, m_readings - window);
    for (int reading = m_firstHeld; reading < firstHeld; ++reading)
        m_frames[size_t(reading % m_capacity)] = nullptr;
    m_firstHeld = firstHeld;
}

// Objects with no sample in the whole window (deleted pods) give their
// number back: no frame still held has a value under it, so a new object
// can take it over.
void UsageHistory::dropStale(std::shared_ptr<Index> &changed)
{
    const int oldest = m_firstHeld;
    const auto stale = [&](int id) { return m_lastSeen[size_t(id)] != Freed && m_lastSeen[size_t(id)] < oldest; };
    bool any = false;
    for (size_t id = 0; id < m_lastSeen.size() && !any; ++id)
        any = stale(int(id));
    if (!any)
        return;
    if (!changed)
        changed = std::make_shared<Index>(*m_index);
    Index &ix = *changed;
    const auto release = [&](int id) {
        m_lastSeen[size_t(id)] = Freed;
        ix.freeIds.push_back(id);
    };
    ix.nodes.removeIf([&](const auto &it) {
        if (!stale(it.value()))
            return false;
        release(it.value());
        return true;
    });
    // Found through const access first: changing a namespace's hash copies it.
    QList<std::pair<QString, QString>> pods;
    for (auto ns = ix.pods.cbegin(); ns != ix.pods.cend(); ++ns) {
        for (auto pod = ns->cbegin(); pod != ns->cend(); ++pod) {
            if (std::any_of(pod->ids.cbegin(), pod->ids.cend(), stale))
                pods.append({ns.key(), pod.key()});
        }
    }
    for (const auto &[namespaceName, name] : std::as_const(pods)) {
        QHash<QString, PodEntry> &ns = ix.pods[namespaceName];
        PodEntry &entry = ns[name];
        for (size_t i = entry.ids.size(); i-- > 0;) {
            if (!stale(entry.ids[i]))
                continue;
            release(entry.ids[i]);
            entry.ids.erase(entry.ids.begin() + qsizetype(i));
            entry.names.removeAt(qsizetype(i));
        }
        if (entry.ids.empty())
            ns.remove(name);
        if (ns.isEmpty())
            ix.pods.remove(namespaceName);
    }
}

int UsageHistory::podSeries(const QString &namespaceName, const QString &pod, const QString &container) const
{
    const auto ns = m_index->pods.constFind(namespaceName);
    if (ns == m_index->pods.cend())
        return -1;
    const auto it = ns->constFind(pod);
    if (it == ns->cend())
        return -1;
    const qsizetype at = it->names.indexOf(container);
    return at < 0 ? -1 : it->ids[size_t(at)];
}

QList<UsageHistory::Point> UsageHistory::points(int id, int last) const
{
    QList<Point> out;
    if (id < 0)
        return out;
    int first = m_firstHeld;
    if (last >= 0)
        first = std::max(first, m_readings - last);
    out.reserve(m_readings - first);
    for (int reading = first; reading < m_readings; ++reading) {
        Point p;
        if (const Frame *f = frame(reading)) {
            p.timeMs = f->takenMs;
            if (size_t(id) < f->values.size() && f->values[size_t(id)].cpuMillis != CompactFigure::Missing) {
                const Value &v = f->values[size_t(id)];
                p.present = true;
                p.cpuMillis = qint64(CompactFigure::decode(v.cpuMillis));
                p.memoryBytes = qint64(CompactFigure::decode(v.memoryKiB)) * 1024;
            }
        }
        out.append(p);
    }
    return out;
}

QList<UsageHistory::Point> UsageHistory::node(const QString &name) const
{
    return points(m_index->nodes.value(name, -1));
}

QList<UsageHistory::Point> UsageHistory::container(const QString &namespaceName, const QString &pod,
                                                    const QString &container) const
{
    return points(podSeries(namespaceName, pod, container));
}

QList<UsageHistory::Point> UsageHistory::recentOfContainer(const QString &namespaceName, const QString &pod,
                                                            const QString &container, int readings) const
{
    return points(podSeries(namespaceName, pod, container), readings);
}

QStringList UsageHistory::containers(const QString &namespaceName, const QString &pod) const
{
    const auto ns = m_index->pods.constFind(namespaceName);
    if (ns == m_index->pods.cend())
        return {};
    const auto it = ns->constFind(pod);
    return it == ns->cend() ? QStringList() : it->names;
}

// A reading counts for the pod when any of its containers had a sample.
QList<UsageHistory::Point> UsageHistory::pod(const QString &namespaceName, const QString &name) const
{
    QList<Point> sum;
    for (const QString &c : containers(namespaceName, name)) {
        const QList<Point> part = container(namespaceName, name, c);
        if (sum.isEmpty()) {
            sum = part;
            continue;
        }
        for (qsizetype i = 0; i < sum.size() && i < part.size(); ++i) {
            if (!part[i].present)
                continue;
            sum[i].present = true;
            sum[i].cpuMillis += part[i].cpuMillis;
            sum[i].memoryBytes += part[i].memoryBytes;
        }
    }
    return sum;
}

qint64 UsageHistory::bytesHeld() const
{
    qint64 bytes = qint64(m_frames.size() * sizeof(m_frames[0]));
    for (const auto &f : m_frames) {
        if (f)
            bytes += qint64(sizeof(Frame) + f->values.capacity() * sizeof(Value)) + 32; // + the shared_ptr's block
    }
    // The index: a hash node, a key's text and the entry, per object.
    const auto text = [](const QString &s) { return 32 + 2 * qint64(s.size()); };
    for (auto it = m_index->nodes.cbegin(); it != m_index->nodes.cend(); ++it)
        bytes += 24 + text(it.key());
    for (auto ns = m_index->pods.cbegin(); ns != m_index->pods.cend(); ++ns) {
        bytes += 64 + text(ns.key());
        for (auto pod = ns->cbegin(); pod != ns->cend(); ++pod) {
            bytes += qint64(sizeof(PodEntry)) + 16 + text(pod.key());
            for (const QString &c : pod->names)
                bytes += qint64(sizeof(QString) + sizeof(int)) + text(c);
        }
    }
    return bytes + qint64(m_lastSeen.capacity() * sizeof(int) + m_index->freeIds.capacity() * sizeof(int));
}

} // namespace Kaji::Models
