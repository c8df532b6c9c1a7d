#include "diagnosismirror.h"

#include "frozenstore.h"
#include "snapshotitem.h"

#include <algorithm>
#include <atomic>

namespace Kaji::Models {

// One collection: a kind cluster-wide, or a namespaced kind in one namespace.
struct DiagnosisMirror::Part {
    ClusterSnapshot::Kind kind;
    FrozenStore store;
    Kube::Reflector reflector;
    // Why the kind cannot be read ("Forbidden", or the error of a kind the
    // server does not serve), kept while its retries are under way: a retry
    // that cannot reach the server changes nothing about it.
    QString unreadable;
    // Why its first list failed otherwise (a server error): a read fails
    // with it, as a listed read would, until a list succeeds.
    QString failure;

    Part(ClusterSnapshot::Kind k, Kube::ApiClient *client, const QByteArray &path)
        : kind(k), store(k), reflector(client, path, &store)
    {
    }
    void stateChanged()
    {
        switch (reflector.state()) {
        case Kube::Reflector::State::Synced:
            unreadable.clear();
            failure.clear();
            break;
        case Kube::Reflector::State::Forbidden: unreadable = QStringLiteral("Forbidden"); break;
        case Kube::Reflector::State::Error:
            if (store.hasListed())
                break;
            if (reflector.lastListStatus() == 404)
                unreadable = reflector.lastError();
            else
                failure = reflector.lastError();
            break;
        case Kube::Reflector::State::Connecting:
        case Kube::Reflector::State::Reconnecting: break;
        }
    }
    bool settled() const { return store.hasListed() || !unreadable.isEmpty() || !failure.isEmpty(); }
};

DiagnosisMirror::DiagnosisMirror(Kube::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

DiagnosisMirror::~DiagnosisMirror()
{
    stop();
}

void DiagnosisMirror::stop()
{
    for (const auto &part : m_parts)
        part->reflector.stop();
    m_parts.clear();
    m_wasSettled = false;
    std::fill(std::begin(m_tables), std::end(m_tables), KindTable());
}

void DiagnosisMirror::setNamespaces(const QStringList &namespaces)
{
    if (isStarted() && namespaces == m_namespaces)
        return;
    stop();
    m_namespaces = namespaces;
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        const auto kind = ClusterSnapshot::Kind(k);
        for (const QByteArray &path : snapshotCollectionPaths(kind, m_namespaces))
            m_parts.push_back(std::make_unique<Part>(kind, m_client, path));
    }
    for (const auto &part : m_parts) {
        Part *one = part.get();
        connect(&one->reflector, &Kube::Reflector::stateChanged, this, [this, one] {
            one->stateChanged();
            stateChanged();
        });
        one->reflector.start();
    }
}

// Every time the mirror becomes whole: a kind can fall back to unsettled (a
// kind never read whose retry is refused differently), and a read waits for
// the next time.
void DiagnosisMirror::stateChanged()
{
    const bool nowSettled = isSettled();
    if (std::exchange(m_wasSettled, nowSettled) || !nowSettled)
        return;
    Q_EMIT settled();
}

bool DiagnosisMirror::isSettled() const
{
    if (m_parts.empty())
        return false;
    for (const auto &part : m_parts)
        if (!part->settled())
            return false;
    return true;
}

ClusterSnapshot DiagnosisMirror::snapshot(QStringList *skipped, QString *error)
{
    ClusterSnapshot snapshot;
    std::vector<Part *> parts[ClusterSnapshot::KindCount]; // listed and readable
    bool unreadable[ClusterSnapshot::KindCount] = {};
    bool whole[ClusterSnapshot::KindCount];
    std::fill(std::begin(whole), std::end(whole), true);
    for (const auto &part : m_parts) {
        if (!part->unreadable.isEmpty()) {
            if (!unreadable[part->kind] && skipped)
                skipped->append(QStringLiteral("%1: %2").arg(QLatin1String(ClusterSnapshot::resourceName(part->kind)),
                                                              part->unreadable));
            unreadable[part->kind] = true;
            continue;
        }
        if (!part->store.hasListed()) {
            if (error && error->isEmpty())
                *error = part->failure;
            whole[part->kind] = false;
            continue;
        }
        parts[part->kind].push_back(part.get());
    }
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        const auto kind = ClusterSnapshot::Kind(k);
        if (unreadable[k]) {
            snapshot.markUnavailable(kind);
            m_tables[k] = {};
        } else if (!whole[k]) {
            // Not read in full: the read fails (`error`), and the kind's
            // table is built again once it is.
            m_tables[k] = {};
        } else {
            snapshot.setTable(kind, tableOf(kind, parts[k]));
        }
    }
    return snapshot;
}

// A kind whose objects did not change keeps its table. One that changed
// follows the changes in place while no earlier snapshot still holds it (a
// run is over before the next read begins), and is built anew otherwise or
// after a list (FrozenStore::Changes).
std::shared_ptr<const SnapshotTable> DiagnosisMirror::tableOf(ClusterSnapshot::Kind kind,
                                                              const std::vector<Part *> &parts)
{
    KindTable &held = m_tables[kind];
    quint64 generation = 0;
    for (const Part *part : parts)
        generation += part->store.generation();
    if (held.table && generation == held.generation) {
        for (Part *part : parts)
            part->store.takeChanges();
        return held.table;
    }
    if (held.table && updateInPlace(held, parts)) {
        ++m_tablesUpdated;
    } else {
        std::vector<FrozenJson> items;
        for (Part *part : parts) {
            part->store.takeChanges();
            std::vector<FrozenJson> some = part->store.items();
            items.insert(items.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
        }
        held.table = std::make_shared<SnapshotTable>(ClusterSnapshot::indexesOf(kind), std::move(items));
        ++m_tablesBuilt;
    }
    held.generation = generation;
    return held.table;
}

bool DiagnosisMirror::updateInPlace(KindTable &held, const std::vector<Part *> &parts)
{
    if (held.table.use_count() != 1)
        return false;
    // The run that held it let go on another thread: its reads happen
    // before the changes below (the release of its count, this acquire).
    std::atomic_thread_fence(std::memory_order_acquire);
    std::vector<FrozenStore::Changes> changes;
    bool whole = false;
    for (Part *part : parts) {
        changes.push_back(part->store.takeChanges());
        whole = whole || changes.back().whole;
    }
    if (whole)
        return false;
    for (size_t p = 0; p < parts.size(); ++p) {
        for (const std::string &key : changes[p].keys) {
            if (const FrozenJson *item = parts[p]->store.find(key)) {
                held.table->put(*item);
                continue;
            }
            const size_t slash = key.find('/');
            const std::string_view text(key);
            if (slash == std::string::npos)
                held.table->remove({}, text);
            else
                held.table->remove(text.substr(0, slash), text.substr(slash + 1));
        }
    }
    return true;
}

int DiagnosisMirror::listCount() const
{
    int lists = 0;
    for (const auto &part : m_parts)
        lists += part->reflector.listCount();
    return lists;
}

quint64 DiagnosisMirror::parsedCount() const
{
    quint64 parsed = 0;
    for (const auto &part : m_parts)
        parsed += part->store.parsed();
    return parsed;
}

size_t DiagnosisMirror::bytes() const
{
    size_t total = 0;
    for (const auto &part : m_parts)
        total += part->store.bytes();
    return total;
}

} // namespace Kaji::Models
