#include "diagramsource.h"

#include "clusterconnection.h"
#include "podtablemodel.h"

namespace Kaji::Models {

namespace {

// Applies a batch's upserts [from, from + most), and before the first its
// reset and removals; returns where the next part starts.
qsizetype applyPart(KindFacts &facts, const Kube::FactChangeBatch &batch, qsizetype from, qsizetype most)
{
    if (from == 0) {
        if (batch.reset) {
            if (batch.scope.isEmpty()) {
                facts.objects.clear();
            } else {
                for (auto it = facts.objects.begin(); it != facts.objects.end();)
                    it = it->namespaceName == batch.scope ? facts.objects.erase(it) : std::next(it);
            }
        }
        for (const QString &key : batch.removed)
            facts.objects.remove(key);
    }
    const qsizetype to = std::min(batch.upserted.size(), from + most);
    for (qsizetype i = from; i < to; ++i)
        facts.objects.insert(batch.upserted.at(i)->key(), *batch.upserted.at(i));
    // A first list counts as read once all of it is in.
    if (to == batch.upserted.size() && facts.access == KindAccess::Loading && batch.reset)
        facts.access = KindAccess::Readable;
    return to;
}

} // namespace

DiagramSource::DiagramSource(QObject *parent, const QString &watchPrefix) : QObject(parent), m_watchPrefix(watchPrefix)
{
    m_retryDeferred.setObjectName(QStringLiteral("diagram facts deferred")); // named for benchmarks' slow events
    m_retryDeferred.setSingleShot(true);
    m_retryDeferred.setInterval(RetryDeferredMs);
    connect(&m_retryDeferred, &QTimer::timeout, this, &DiagramSource::applyDeferred);
}

DiagramSource::~DiagramSource()
{
    setConnection(nullptr, nullptr);
}

void DiagramSource::setConnection(Kube::ClusterConnection *connection, const PodTableModel *pods)
{
    if (m_connection) {
        for (DiagramKind kind : std::as_const(m_watched))
            m_connection->unwatchFacts(watchId(kind));
        disconnect(m_connection, nullptr, this, nullptr);
    }
    if (m_pods)
        disconnect(m_pods.data(), nullptr, this, nullptr);
    const QSet<DiagramKind> kinds = m_watched;
    m_watched.clear();
    m_deferred.clear();
    m_retryDeferred.stop();
    m_input = DiagramInput();
    m_connection = connection;
    m_pods = pods;
    if (m_pods) {
        // Any change of the Pods table is a change of the pictures.
        connect(m_pods.data(), &QAbstractItemModel::modelReset, this, &DiagramSource::changed);
        connect(m_pods.data(), &QAbstractItemModel::layoutChanged, this, &DiagramSource::changed);
        connect(m_pods.data(), &QAbstractItemModel::rowsInserted, this, &DiagramSource::changed);
        connect(m_pods.data(), &QAbstractItemModel::rowsRemoved, this, &DiagramSource::changed);
        connect(m_pods.data(), &QAbstractItemModel::dataChanged, this, &DiagramSource::changed);
    }
    if (!m_connection)
        return;
    connect(m_connection, &Kube::ClusterConnection::factsChanged, this, &DiagramSource::applyBatch);
    connect(m_connection, &Kube::ClusterConnection::factsStateChanged, this, &DiagramSource::applyState);
    connect(m_connection, &Kube::ClusterConnection::factsScopeChanged, this, &DiagramSource::applyScope);
    connect(m_connection, &Kube::ClusterConnection::stateChanged, this, &DiagramSource::applyPodState);
    connect(m_connection, &Kube::ClusterConnection::scopeChanged, this, &DiagramSource::applyPodState);
    // Discovery can answer after the kinds were asked for: "not served" is
    // only known then.
    connect(m_connection, &Kube::ClusterConnection::resourcesChanged, this, [this] {
        const QSet<DiagramKind> asked = m_watched;
        for (DiagramKind kind : asked) {
            if (m_input.facts(kind).access == KindAccess::NotServed || m_input.facts(kind).access == KindAccess::Loading) {
                unwatch(kind);
                watch(kind);
            }
        }
        Q_EMIT changed();
    });
    applyPodState();
    for (DiagramKind kind : kinds)
        watch(kind);
}

void DiagramSource::setKinds(const QList<DiagramKind> &kinds)
{
    const QSet<DiagramKind> wanted(kinds.cbegin(), kinds.cend());
    for (DiagramKind kind : m_watched - wanted)
        unwatch(kind);
    for (DiagramKind kind : wanted - m_watched)
        watch(kind);
}

void DiagramSource::setControlPlane(const ControlPlaneProbe &probe)
{
    m_input.controlPlane = probe;
    Q_EMIT changed();
}

DiagramInput DiagramSource::snapshot(qint64 nowEpochSecs, bool withPods) const
{
    DiagramInput input = m_input;
    input.nowEpochSecs = nowEpochSecs;
    if (m_pods && withPods)
        input.podList = m_pods->records();
    return input;
}

bool DiagramSource::settled() const
{
    if (!m_connection || m_input.podAccess == KindAccess::Loading)
        return false;
    for (DiagramKind kind : m_watched) {
        if (m_input.facts(kind).access == KindAccess::Loading)
            return false;
    }
    return true;
}

void DiagramSource::keyPods(DiagramInput &input)
{
    input.pods.reserve(input.podList.size());
    for (const Kube::PodRecord &pod : std::as_const(input.podList))
        input.pods.insert(pod.key(), pod);
    input.podList.clear();
}

void DiagramSource::watch(DiagramKind kind)
{
    m_watched.insert(kind);
    m_deferred.remove(kind);
    KindFacts &facts = m_input.kinds[kind];
    facts = KindFacts();
    if (!m_connection)
        return;
    const DiagramKindInfo &info = diagramKindInfo(kind);
    const QList<Kube::ApiResource> &served = m_connection->resources();
    Kube::ApiResource resource{info.group, info.version, info.resource, info.apiKind, info.namespaced, {}, {}, {}};
    if (!served.isEmpty()) {
        const auto it = std::find_if(served.cbegin(), served.cend(), [&](const Kube::ApiResource &r) {
            return r.group == info.group && r.resource == info.resource;
        });
        if (it == served.cend()) {
            facts.access = KindAccess::NotServed;
            return;
        }
        // Our version when the server still serves it; discovery's
        // preferred one otherwise (the shapes read fields stable across both).
        resource.verbs = it->verbs;
    }
    m_connection->watchFacts(watchId(kind), resource, info.fieldSelector, info.shape, info.metadataOnly);
}

void DiagramSource::unwatch(DiagramKind kind)
{
    m_watched.remove(kind);
    m_deferred.remove(kind);
    m_input.kinds.remove(kind);
    if (m_connection)
        m_connection->unwatchFacts(watchId(kind));
}

void DiagramSource::applyBatch(const QString &id, const Kube::FactChangeBatchPtr &batch)
{
    const std::optional<DiagramKind> kind = kindOfWatch(id);
    if (!kind || !m_watched.contains(*kind))
        return;
    const bool shared = sharedWithSnapshot(*kind);
    if (m_deferred.contains(*kind) || shared || batch->upserted.size() > m_chunkObjects) {
        if (m_deferred.isEmpty())
            m_deferredSince.start();
        m_deferred[*kind].batches.append(batch);
        // Not restarted when running: batches coming faster than the
        // interval must not put the retry off for ever.
        if (!m_retryDeferred.isActive())
            m_retryDeferred.start(shared ? RetryDeferredMs : 0);
        return;
    }
    applyPart(m_input.kinds[*kind], *batch, 0, batch->upserted.size());
    Q_EMIT changed();
}

// Changing a kind's objects copies them all when they are shared: with a
// snapshot's copy of the kinds (the outer hash; detaching it shares every
// kind's objects once more) or of the objects themselves.
bool DiagramSource::sharedWithSnapshot(DiagramKind kind) const
{
    const auto it = m_input.kinds.constFind(kind);
    if (it == m_input.kinds.cend() || it->objects.isEmpty())
        return false;
    return !m_input.kinds.isDetached() || !it->objects.isDetached();
}

void DiagramSource::applyDeferred()
{
    const bool overdue = m_deferredSince.isValid() && m_deferredSince.elapsed() >= MaxDeferMs;
    qsizetype budget = m_chunkObjects;
    bool applied = false;
    for (auto it = m_deferred.begin(); it != m_deferred.end() && budget > 0;) {
        if (!overdue && sharedWithSnapshot(it.key())) {
            ++it;
            continue;
        }
        KindFacts &facts = m_input.kinds[it.key()];
        Pending &pending = it.value();
        while (!pending.batches.isEmpty() && budget > 0) {
            const Kube::FactChangeBatch &batch = *pending.batches.constFirst();
            const qsizetype next = applyPart(facts, batch, pending.applied, budget);
            budget -= std::max<qsizetype>(1, next - pending.applied);
            applied = true;
            if (next < batch.upserted.size()) {
                pending.applied = next;
            } else {
                pending.batches.removeFirst();
                pending.applied = 0;
            }
        }
        it = pending.batches.isEmpty() ? m_deferred.erase(it) : std::next(it);
    }
    if (m_deferred.isEmpty())
        m_deferredSince.invalidate();
    else
        m_retryDeferred.start(budget > 0 ? RetryDeferredMs : 0); // more parts: the next turn
    if (applied)
        Q_EMIT changed();
}

int DiagramSource::deferredBatches() const
{
    int count = 0;
    for (const Pending &pending : m_deferred)
        count += int(pending.batches.size());
    return count;
}

void DiagramSource::applyState(const QString &id, Kube::Reflector::State state, const QString &message)
{
    const std::optional<DiagramKind> kind = kindOfWatch(id);
    if (!kind || !m_watched.contains(*kind))
        return;
    KindFacts &facts = m_input.kinds[*kind];
    switch (state) {
    case Kube::Reflector::State::Connecting: break; // keep what is known until it is known better
    case Kube::Reflector::State::Synced:
    case Kube::Reflector::State::Reconnecting: facts.access = KindAccess::Readable; break;
    case Kube::Reflector::State::Forbidden: facts.access = KindAccess::Forbidden; break;
    case Kube::Reflector::State::Error: facts.access = KindAccess::Failed; break;
    }
    facts.message = state == Kube::Reflector::State::Synced ? QString() : message;
    Q_EMIT changed();
}

void DiagramSource::applyScope(const QString &id, const QStringList &namespaces)
{
    const std::optional<DiagramKind> kind = kindOfWatch(id);
    if (!kind || !m_watched.contains(*kind))
        return;
    m_input.kinds[*kind].narrowedTo = namespaces;
    Q_EMIT changed();
}

void DiagramSource::applyPodState()
{
    if (!m_connection)
        return;
    switch (m_connection->state()) {
    case Kube::Reflector::State::Connecting: m_input.podAccess = KindAccess::Loading; break;
    case Kube::Reflector::State::Synced:
    case Kube::Reflector::State::Reconnecting: m_input.podAccess = KindAccess::Readable; break;
    case Kube::Reflector::State::Forbidden: m_input.podAccess = KindAccess::Forbidden; break;
    case Kube::Reflector::State::Error: m_input.podAccess = KindAccess::Failed; break;
    }
    m_input.podsNarrowedTo = m_connection->podNamespaces();
    Q_EMIT changed();
}

QString DiagramSource::watchId(DiagramKind kind) const
{
    // Two kinds may read one resource (claim events, warning events).
    return m_watchPrefix + diagramKindInfo(kind).resourceId() + u'#' + QString::number(int(kind));
}

std::optional<DiagramKind> DiagramSource::kindOfWatch(const QString &id) const
{
    if (!id.startsWith(m_watchPrefix))
        return std::nullopt;
    for (const DiagramKindInfo &info : diagramKinds()) {
        if (watchId(info.kind) == id)
            return info.kind;
    }
    return std::nullopt;
}

} // namespace Kaji::Models
