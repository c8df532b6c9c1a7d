#include "workloadlogworker.h"

#include "apiclient.h"
#include "jsonfields.h"
#include "logstream.h"
#include "logtarget.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Models {

WorkloadLogWorker::WorkloadLogWorker(Kube::RestConfig config, QString namespaceName, QString workload)
    : m_config(std::move(config)), m_namespace(std::move(namespaceName)), m_workload(std::move(workload))
{
}

WorkloadLogWorker::~WorkloadLogWorker()
{
    close();
    delete m_client;
}

void WorkloadLogWorker::resolve(std::function<void()> then)
{
    const quint64 session = m_session;
    if (!m_client) {
        // Created here, on the worker thread, so its sockets and timers live there.
        m_client = new Kube::ApiClient(m_config);
        m_poll = new QTimer(m_client);
        connect(m_poll, &QTimer::timeout, this, [this] { poll(true); });
    }
    if (!m_selector.isEmpty()) {
        then();
        return;
    }
    const Kube::LogTarget::Workload target = Kube::LogTarget::workload(m_workload, m_namespace);
    if (target.path.isEmpty()) {
        Q_EMIT stateChanged(int(LogSource::State::Failed),
                            QCoreApplication::translate("Kaji::Models::WorkloadLogWorker", "cannot read the logs of a \"%1\"")
                                .arg(target.kind));
        return;
    }
    m_client->get(target.path, [this, session, then = std::move(then)](const Kube::ApiResult &result) {
        if (session != m_session)
            return;
        m_selector = result.ok() ? Kube::LogTarget::selector(result.body) : QString();
        if (!result.ok() || m_selector.isEmpty()) {
            Q_EMIT stateChanged(int(LogSource::State::Failed),
                                result.ok() ? QCoreApplication::translate("Kaji::Models::WorkloadLogWorker", "%1 has no pod selector")
                                                  .arg(m_workload)
                                            : result.error);
            return;
        }
        then();
    });
}

void WorkloadLogWorker::loadContainers()
{
    resolve([this] { poll(false); });
}

void WorkloadLogWorker::open(const LogRequest &request, quint64 session)
{
    close();
    m_ownerSession = session;
    m_request = request;
    m_reported = LogSource::State::Loading;
    Q_EMIT stateChanged(int(LogSource::State::Loading), {});
    resolve([this] {
        poll(true);
        m_poll->start(m_pollMs);
    });
}

void WorkloadLogWorker::close()
{
    ++m_session;
    if (m_poll)
        m_poll->stop();
    for (Pod &pod : m_pods)
        delete pod.stream;
    m_pods.clear();
}

void WorkloadLogWorker::poll(bool streams)
{
    const quint64 session = m_session;
    m_client->get("/api/v1/namespaces/" + QUrl::toPercentEncoding(m_namespace)
                      + "/pods?labelSelector=" + QUrl::toPercentEncoding(m_selector),
                  [this, session, streams](const Kube::ApiResult &result) {
                      if (session != m_session)
                          return;
                      if (!result.ok()) {
                          m_reported = LogSource::State::Reconnecting;
                          Q_EMIT stateChanged(int(LogSource::State::Reconnecting), result.error);
                          return;
                      }
                      onPods(result.body, streams);
                  });
}

void WorkloadLogWorker::onPods(const nlohmann::json &list, bool streams)
{
    if (!streams) {
        m_containersSent = false;
    }
    for (Pod &pod : m_pods)
        pod.present = false;
    const auto &items = Kube::jsonChild(list, "items");
    std::vector<nlohmann::json> pods;
    if (items.is_array())
        pods.assign(items.begin(), items.end());
    if (!m_containersSent && !pods.empty()) {
        const nlohmann::json &first = pods[size_t(Kube::LogTarget::bestPod(pods))];
        QList<LogContainerChoice> containers;
        for (const Kube::LogContainer &c : Kube::LogTarget::containers(first))
            containers.append({c.name, c.kind == Kube::LogContainer::Kind::Init});
        m_containersSent = true;
        Q_EMIT containersLoaded(containers, Kube::LogTarget::defaultContainer(first));
    }
    if (!streams)
        return;
    for (const nlohmann::json &pod : pods) {
        const QString name = Kube::jsonText(Kube::jsonChild(pod, "metadata"), "name");
        auto it = m_pods.find(name);
        if (it != m_pods.end()) {
            it->present = true;
            continue;
        }
        // Unscheduled pods have no log yet; the next poll tries again.
        if (!Kube::jsonText(Kube::jsonChild(pod, "spec"), "nodeName").isEmpty())
            startPod(name, pod);
    }
    // Pods that left: their stream has ended or will fail; stop listening.
    for (auto it = m_pods.begin(); it != m_pods.end();) {
        if (it->present) {
            ++it;
            continue;
        }
        delete it->stream;
        Q_EMIT podRemoved(m_ownerSession, it->source);
        it = m_pods.erase(it);
    }
    if (m_reported != LogSource::State::Streaming) {
        m_reported = LogSource::State::Streaming;
        Q_EMIT stateChanged(int(LogSource::State::Streaming), {});
    }
}

void WorkloadLogWorker::startPod(const QString &name, const nlohmann::json &pod)
{
    Kube::LogOptions options;
    options.container = m_request.container;
    const QList<Kube::LogContainer> containers = Kube::LogTarget::containers(pod);
    if (options.container.isEmpty()
        || std::none_of(containers.begin(), containers.end(), [&](const Kube::LogContainer &c) { return c.name == options.container; }))
        options.container = Kube::LogTarget::defaultContainer(pod);
    options.follow = m_request.follow;
    options.previous = m_request.previous;
    options.sinceSeconds = m_request.sinceSeconds;
    options.tailLines = m_request.tailLines;
    Pod entry;
    entry.source = m_nextSource++;
    entry.stream = new Kube::LogStream(m_client, m_namespace, name, options);
    const int source = entry.source;
    connect(entry.stream, &Kube::LogStream::linesReceived, this, [this, source](const QByteArray &lines, const QList<qint64> &stamps) {
        Q_EMIT podLines(m_ownerSession, source, LogBatch{lines, stamps, {}});
    });
    Q_EMIT podAdded(m_ownerSession, source, name);
    m_pods.insert(name, entry);
    entry.stream->start();
}

} // namespace Kaji::Models
