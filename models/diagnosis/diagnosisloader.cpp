#include "diagnosisloader.h"

#include "apiclient.h"
#include "containerstaterules.h"
#include "diagnosismirror.h"
#include "jsonfields.h"
#include "listitems.h"
#include "rulecontext.h"
#include "snapshotitem.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Kaji::Models {
using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

namespace {

QString streamKey(const QString &ns, const QString &pod, const QString &container)
{
    return ns + u'/' + pod + u'/' + container;
}

// The Job a pod belongs to, empty for none.
QString jobOf(const Json &pod)
{
    QString job;
    const Json &owners = jsonChild(jsonChild(pod, "metadata"), "ownerReferences");
    if (owners.is_array())
        for (const Json &o : owners)
            if (jsonChild(o, "kind").text() == "Job")
                job = jsonText(o, "name");
    return job;
}

QString logKey(const QString &ns, const QString &pod, const QString &container, bool previous)
{
    return ns + u'/' + pod + u'/' + container + (previous ? QStringLiteral("/previous") : QStringLiteral("/current"));
}

} // namespace

DiagnosisLoader::DiagnosisLoader(Kube::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void DiagnosisLoader::load(const QStringList &namespaces, const QString &fallbackNamespace)
{
    m_namespaces = namespaces;
    m_fallbackNamespace = fallbackNamespace;
    if (!m_namespaces.isEmpty()) {
        listKinds();
        return;
    }
    // Probe the cluster-wide pod list first: users limited to a namespace
    // (the common case on shared clusters) get that namespace instead.
    ++m_outstanding;
    listPages(QByteArrayLiteral("/api/v1/pods"), ClusterSnapshot::Pods, [this](const Kube::ApiResult &result) {
        --m_outstanding;
        if (scopeAfterProbe(result))
            listKinds();
        else
            finish();
    });
}

void DiagnosisLoader::loadFrom(DiagnosisMirror *mirror, const QString &fallbackNamespace)
{
    m_fallbackNamespace = fallbackNamespace;
    // One item is enough to learn that the server answers now (the mirror
    // may hold what it read before the server went away) and whether the
    // user may read every namespace.
    Kube::RequestOptions options;
    options.parseBody = false;
    ++m_outstanding;
    m_client->get(
        QByteArrayLiteral("/api/v1/pods?limit=1"),
        [this, mirror = QPointer<DiagnosisMirror>(mirror)](const Kube::ApiResult &result) {
            --m_outstanding;
            ++m_pages;
            if (!mirror || !scopeAfterProbe(result)) {
                finish();
                return;
            }
            mirror->setNamespaces(m_namespaces);
            if (mirror->isSettled()) {
                takeMirrored(*mirror);
                return;
            }
            ++m_outstanding;
            connect(
                mirror, &DiagnosisMirror::settled, this,
                [this, mirror] {
                    --m_outstanding;
                    if (mirror)
                        takeMirrored(*mirror);
                },
                Qt::SingleShotConnection);
        },
        options);
}

bool DiagnosisLoader::scopeAfterProbe(const Kube::ApiResult &result)
{
    if (result.ok())
        return true;
    if (result.reason == QLatin1String("Forbidden") && !m_fallbackNamespace.isEmpty()) {
        m_skipped.append(tr("listing across all namespaces is forbidden; diagnosing namespace %1 only").arg(m_fallbackNamespace));
        m_namespaces = {m_fallbackNamespace};
        return true;
    }
    m_error = result.error;
    return false;
}

void DiagnosisLoader::takeMirrored(DiagnosisMirror &mirror)
{
    m_snapshot = mirror.snapshot(&m_skipped, &m_error);
    if (!m_error.isEmpty()) {
        m_snapshot = {};
        finish();
        return;
    }
    fetchLogs();
}

void DiagnosisLoader::listKinds()
{
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        if (k == ClusterSnapshot::Pods && m_namespaces.isEmpty())
            continue; // already read by the probe
        listKind(ClusterSnapshot::Kind(k));
    }
    if (m_outstanding == 0)
        kindDone();
}

void DiagnosisLoader::listKind(ClusterSnapshot::Kind kind)
{
    for (const QByteArray &path : snapshotCollectionPaths(kind, m_namespaces)) {
        ++m_outstanding;
        listPages(path, kind, [this, kind](const Kube::ApiResult &result) {
            --m_outstanding;
            if (!result.ok()) {
                // Forbidden or not served (an older cluster): skip the kind,
                // name it, and let the rules say what they could not check.
                if (result.status == 403 || result.status == 404) {
                    if (!m_forbidden[kind])
                        m_skipped.append(QStringLiteral("%1: %2").arg(QLatin1String(ClusterSnapshot::resourceName(kind)),
                                                                       result.reason));
                    m_forbidden[kind] = true;
                } else if (m_error.isEmpty()) {
                    m_error = result.error;
                }
            }
            if (m_outstanding == 0)
                kindDone();
        });
    }
}

// Page by page (limit/continue), as kubectl does: a cluster of 100,000 pods
// is never one answer of gigabytes, and the server's memory is spared too.
// An expired continue token (410) fails the kind; the next run starts over.
void DiagnosisLoader::listPages(const QByteArray &path, ClusterSnapshot::Kind kind, const Kube::ApiClient::ResultHandler &onDone,
                                const QString &continueToken)
{
    QByteArray url = path + "?limit=" + QByteArray::number(m_pageSize);
    if (!continueToken.isEmpty())
        url += "&continue=" + QUrl::toPercentEncoding(continueToken);
    // The page comes unparsed: each item is parsed from its text and frozen
    // at once, so no page is ever a tree (one of 500 pods was 12 MB).
    Kube::RequestOptions options;
    options.parseBody = false;
    m_client->get(
        url,
        [this, path, kind, onDone](const Kube::ApiResult &result) {
            if (!result.ok()) {
                onDone(result);
                return;
            }
            std::vector<FrozenJson> items;
            const bool json = Kube::forEachListItemText(result.raw, [&](std::string_view text) {
                items.push_back(freezeSnapshotText(kind, text).document);
            });
            const Kube::ListMeta meta = Kube::readListMeta(result.raw);
            if (!json || !meta.valid) {
                Kube::ApiResult unreadable = result;
                unreadable.error = tr("the server's list of %1 was not JSON").arg(QLatin1String(ClusterSnapshot::resourceName(kind)));
                onDone(unreadable);
                return;
            }
            std::vector<FrozenJson> &pending = m_pending[kind];
            pending.insert(pending.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
            ++m_pages;
            if (!meta.continueToken.isEmpty()) {
                listPages(path, kind, onDone, QString::fromUtf8(meta.continueToken));
                return;
            }
            onDone(result);
        },
        options);
}

void DiagnosisLoader::kindDone()
{
    if (!m_error.isEmpty()) {
        finish();
        return;
    }
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        if (m_forbidden[k])
            m_snapshot.markUnavailable(ClusterSnapshot::Kind(k));
        else
            m_snapshot.setItems(ClusterSnapshot::Kind(k), std::move(m_pending[k]));
    }
    fetchLogs();
}

void DiagnosisLoader::fetchLogs()
{
    struct Wanted {
        QString ns, pod, container;
        bool previous;
    };
    QList<Wanted> wanted;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QHash<QString, int> perJob;
    // Each run from the mirror walks every pod here, on the reader's thread:
    // the states are compared as views into the documents, and names are
    // made only for the containers whose logs are wanted.
    for (const Json &pod : m_snapshot.items(ClusterSnapshot::Pods)) {
        const Json &status = jsonChild(pod, "status");
        for (const char *list : {"initContainerStatuses", "containerStatuses"}) {
            const Json &statuses = jsonChild(status, list);
            if (!statuses.is_array())
                continue;
            const bool init = qstrcmp(list, "initContainerStatuses") == 0;
            for (const Json &s : statuses) {
                const Json &state = jsonChild(s, "state");
                const Json &last = jsonChild(jsonChild(s, "lastState"), "terminated");
                const Json &terminated = jsonChild(state, "terminated");
                const bool previous = jsonChild(jsonChild(state, "waiting"), "reason").text() == "CrashLoopBackOff"
                    || (jsonChild(last, "reason").text() == "OOMKilled"
                        && now - parseApiTime(jsonText(last, "finishedAt")) <= ContainerStateRules::RecentSecs);
                const bool failedRun = !previous && !terminated.is_null() && jsonInt(terminated, "exitCode") != 0;
                if (!previous && !failedRun)
                    continue;
                const QString ns = metaNamespace(pod), name = metaName(pod), container = jsonText(s, "name");
                if (previous) {
                    wanted.append({ns, name, container, true});
                    continue;
                }
                // A failed Job's pods repeat one story: two of them tell it.
                const QString job = jobOf(pod);
                if (init || (jsonChild(status, "phase").text() == "Failed" && !job.isEmpty() && perJob[ns + u'/' + job]++ < 2))
                    wanted.append({ns, name, container, false});
            }
        }
    }
    if (wanted.size() > MaxLogs) {
        m_skipped.append(tr("logs of %1 more containers were not read").arg(wanted.size() - MaxLogs));
        wanted.resize(MaxLogs);
    }
    if (wanted.isEmpty()) {
        finish();
        return;
    }
    for (const Wanted &w : std::as_const(wanted)) {
        const QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(w.ns) + "/pods/"
            + QUrl::toPercentEncoding(w.pod) + "/log?container=" + QUrl::toPercentEncoding(w.container)
            + (w.previous ? "&previous=true" : "") + "&tailLines=" + QByteArray::number(LogTailLines);
        // The log endpoint answers text/plain: read it as a stream, which
        // hands over the raw bytes instead of parsing JSON.
        auto buffer = std::make_shared<QByteArray>();
        ++m_outstanding;
        const quint64 id = m_client->stream(
            path, [buffer](const char *data, size_t size) { buffer->append(data, qsizetype(size)); },
            [this, w, buffer](const Kube::ApiResult &result) {
                --m_outstanding;
                if (result.ok()) {
                    QStringList lines = QString::fromUtf8(*buffer).split(u'\n');
                    if (!lines.isEmpty() && lines.last().isEmpty())
                        lines.removeLast();
                    m_logs.insert(logKey(w.ns, w.pod, w.container, w.previous), lines);
                }
                m_logStreams.remove(streamKey(w.ns, w.pod, w.container));
                if (m_outstanding == 0)
                    finish();
            });
        m_logStreams.insert(streamKey(w.ns, w.pod, w.container), id);
    }
    // Log reads go through the node's kubelet, which may hang; a diagnosis
    // without some logs beats none.
    QTimer::singleShot(LogTimeoutMs, this, [this] {
        if (m_logStreams.isEmpty())
            return;
        m_skipped.append(tr("logs of %1 containers did not arrive in time").arg(m_logStreams.size()));
        for (const quint64 id : std::as_const(m_logStreams))
            m_client->cancel(id);
        m_outstanding -= int(m_logStreams.size());
        m_logStreams.clear();
        finish();
    });
}

void DiagnosisLoader::finish()
{
    if (m_outstanding != 0 || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

LogReader DiagnosisLoader::logReader() const
{
    return [logs = m_logs](const QString &ns, const QString &pod, const QString &container,
                           bool previous) -> std::optional<QStringList> {
        const auto it = logs.constFind(logKey(ns, pod, container, previous));
        if (it == logs.constEnd())
            return std::nullopt;
        return *it;
    };
}

} // namespace Kaji::Models
