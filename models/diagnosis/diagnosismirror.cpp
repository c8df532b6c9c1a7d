#include "diagnosismirror.h"

#include "frozenstore.h"
#include "snapshotitem.h"

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

ClusterSnapshot DiagnosisMirror::snapshot(QStringList *skipped, QString *error) const
{
    ClusterSnapshot snapshot;
    std::vector<FrozenJson> items[ClusterSnapshot::KindCount];
    bool unreadable[ClusterSnapshot::KindCount] = {};
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
            continue;
        }
        std::vector<FrozenJson> held = part->store.items();
        auto &into = items[part->kind];
        into.insert(into.end(), std::make_move_iterator(held.begin()), std::make_move_iterator(held.end()));
    }
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        if (unreadable[k])
            snapshot.markUnavailable(ClusterSnapshot::Kind(k));
        else
            snapshot.setItems(ClusterSnapshot::Kind(k), std::move(items[k]));
    }
    return snapshot;
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
