#include "diagramsource.h"

#include "clusterconnection.h"
#include "podtablemodel.h"

namespace Kaji::Models {

namespace {

void applyTo(KindFacts &facts, const Kube::FactChangeBatch &batch)
{
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
    for (const Kube::ObjectFacts &object : batch.upserted)
        facts.objects.insert(object.key(), object);
    if (facts.access == KindAccess::Loading && batch.reset)
        facts.access = KindAccess::Readable;
}

} // namespace

DiagramSource::DiagramSource(QObject *parent, const QString &watchPrefix) : QObject(parent), m_watchPrefix(watchPrefix)
{
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

DiagramInput DiagramSource::snapshot(qint64 nowEpochSecs) const
{
    DiagramInput input = m_input;
    input.nowEpochSecs = nowEpochSecs;
    if (m_pods)
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
    if (m_deferred.contains(*kind) || sharedWithSnapshot(*kind)) {
        if (m_deferred.isEmpty())
            m_deferredSince.start();
        m_deferred[*kind].append(batch);
        m_retryDeferred.start();
        return;
    }
    applyTo(m_input.kinds[*kind], *batch);
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
    bool applied = false;
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        if (!overdue && sharedWithSnapshot(it.key())) {
            ++it;
            continue;
        }
        KindFacts &facts = m_input.kinds[it.key()];
        for (const Kube::FactChangeBatchPtr &batch : std::as_const(it.value()))
            applyTo(facts, *batch);
        applied = true;
        it = m_deferred.erase(it);
    }
    if (m_deferred.isEmpty())
        m_deferredSince.invalidate();
    else
        m_retryDeferred.start();
    if (applied)
        Q_EMIT changed();
}

int DiagramSource::deferredBatches() const
{
    int count = 0;
    for (const QList<Kube::FactChangeBatchPtr> &batches : m_deferred)
        count += int(batches.size());
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
