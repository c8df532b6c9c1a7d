#include "podlogworker.h"

#include "apiclient.h"
#include "logstream.h"
#include "logtarget.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Models {
namespace {

Kube::LogOptions optionsFor(const LogRequest &request)
{
    Kube::LogOptions o;
    o.container = request.container;
    o.follow = request.follow;
    o.previous = request.previous;
    o.timestamps = request.timestamps;
    o.sinceSeconds = request.sinceSeconds;
    o.tailLines = request.tailLines;
    return o;
}

} // namespace

PodLogWorker::PodLogWorker(Kube::RestConfig config, QString namespaceName, QString pod)
    : m_config(std::move(config)), m_namespace(std::move(namespaceName)), m_pod(std::move(pod))
{
}

PodLogWorker::~PodLogWorker()
{
    delete m_stream;
    delete m_download;
    delete m_client;
}

Kube::ApiClient *PodLogWorker::client()
{
    // Created here, on the worker thread, so its sockets and timers live there.
    if (!m_client) {
        m_client = new Kube::ApiClient(m_config);
        m_flush = new QTimer(m_client);
        m_flush->setInterval(50);
        connect(m_flush, &QTimer::timeout, this, &PodLogWorker::flush);
    }
    return m_client;
}

void PodLogWorker::loadContainers()
{
    client()->get("/api/v1/namespaces/" + QUrl::toPercentEncoding(m_namespace) + "/pods/" + QUrl::toPercentEncoding(m_pod),
                  [this](const Kube::ApiResult &result) {
                      QList<LogContainerChoice> list;
                      if (result.ok())
                          for (const Kube::LogContainer &c : Kube::LogTarget::containers(result.body))
                              list.append({c.name, c.kind == Kube::LogContainer::Kind::Init});
                      Q_EMIT containersLoaded(list, result.ok() ? Kube::LogTarget::defaultContainer(result.body) : QString(),
                                              result.error);
                  });
}

void PodLogWorker::flush()
{
    if (m_pending.timestamps.isEmpty()) {
        m_flush->stop();
        return;
    }
    Q_EMIT linesArrived(m_session, m_pending);
    m_pending = {};
}

void PodLogWorker::open(const LogRequest &request, quint64 session)
{
    close();
    m_session = session;
    m_stream = new Kube::LogStream(client(), m_namespace, m_pod, optionsFor(request));
    connect(m_stream, &Kube::LogStream::linesReceived, this, [this](const QByteArray &lines, const QList<qint64> &stamps) {
        const bool first = m_pending.timestamps.isEmpty();
        m_pending.text += lines;
        m_pending.timestamps += stamps;
        if (m_pending.timestamps.size() >= 5000)
            flush();
        else if (first && !m_flush->isActive())
            m_flush->start();
        if (!m_streaming) {
            m_streaming = true;
            Q_EMIT stateChanged(int(LogSource::State::Streaming), {});
        }
    });
    connect(m_stream, &Kube::LogStream::reconnecting, this, [this](int attempt, int, const QString &reason) {
        flush();
        m_streaming = false;
        Q_EMIT stateChanged(int(LogSource::State::Reconnecting),
                            QCoreApplication::translate("Kaji::Models::PodLogWorker", "connection lost (%1), reconnecting (attempt %2)")
                                .arg(reason)
                                .arg(attempt));
    });
    connect(m_stream, &Kube::LogStream::finished, this, [this](Kube::LogFailure failure, const QString &message) {
        flush();
        Q_EMIT stateChanged(int(failure == Kube::LogFailure::None ? LogSource::State::Ended : LogSource::State::Failed), message);
    });
    m_streaming = false;
    Q_EMIT stateChanged(int(LogSource::State::Loading), {});
    m_stream->start();
}

void PodLogWorker::close()
{
    if (m_stream) {
        m_stream->stop();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_pending = {};
}

void PodLogWorker::download(const LogRequest &request, const QString &filePath)
{
    if (m_download) {
        m_download->stop();
        m_download->deleteLater();
    }
    // A log can hold whatever the program printed (tokens, passwords):
    // owner-only, created so and narrowed when an existing file is replaced.
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    m_file = std::make_unique<QFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)) {
        Q_EMIT downloadFinished(false, m_file->errorString());
        return;
    }
    m_file->setPermissions(ownerOnly);
    LogRequest whole = request;
    whole.follow = false;
    whole.tailLines = -1;
    whole.sinceSeconds = 0;
    m_download = new Kube::LogStream(client(), m_namespace, m_pod, optionsFor(whole));
    connect(m_download, &Kube::LogStream::linesReceived, this,
            [this](const QByteArray &lines, const QList<qint64> &) { m_file->write(lines); });
    connect(m_download, &Kube::LogStream::finished, this, [this](Kube::LogFailure failure, const QString &message) {
        const bool ok = failure == Kube::LogFailure::None && m_file->error() == QFileDevice::NoError;
        const QString why = failure != Kube::LogFailure::None ? message : m_file->errorString();
        m_file->close();
        if (!ok)
            m_file->remove();
        Q_EMIT downloadFinished(ok, ok ? QString() : why);
    });
    m_download->start();
}

} // namespace Kaji::Models
