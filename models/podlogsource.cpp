#include "podlogsource.h"

#include "podlogworker.h"

namespace Kaji::Models {

PodLogSource::PodLogSource(Kube::RestConfig config, QString namespaceName, QString pod, QObject *parent)
    : LogSource(parent)
    , m_namespace(std::move(namespaceName))
    , m_pod(std::move(pod))
    , m_worker(new PodLogWorker(std::move(config), m_namespace, m_pod))
{
    qRegisterMetaType<LogBatch>();
    qRegisterMetaType<LogRequest>();
    qRegisterMetaType<QList<LogContainerChoice>>();
    m_thread.setObjectName(QStringLiteral("logs %1/%2").arg(m_namespace, m_pod));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PodLogWorker::containersLoaded, this,
            [this](const QList<LogContainerChoice> &containers, const QString &defaultContainer, const QString &error) {
                m_containers = containers;
                m_defaultContainer = defaultContainer;
                if (!error.isEmpty())
                    Q_EMIT stateChanged(State::Failed, error);
                Q_EMIT containersChanged();
            });
    connect(m_worker, &PodLogWorker::stateChanged, this,
            [this](int state, const QString &message) { Q_EMIT stateChanged(State(state), message); });
    connect(m_worker, &PodLogWorker::downloadFinished, this, &LogSource::downloadFinished);
    // Batches of an earlier open() may still be queued: the session tells them apart.
    connect(m_worker, &PodLogWorker::linesArrived, this, [this](quint64 session, const LogBatch &batch) {
        if (session == m_session)
            Q_EMIT linesArrived(batch);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &PodLogWorker::loadContainers, Qt::QueuedConnection);
}

PodLogSource::~PodLogSource()
{
    m_thread.quit();
    m_thread.wait();
}

void PodLogSource::open(const LogRequest &request)
{
    const quint64 session = ++m_session;
    Q_EMIT cleared();
    LogRequest effective = request;
    if (effective.container.isEmpty())
        effective.container = m_defaultContainer;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, effective, session] { worker->open(effective, session); }, Qt::QueuedConnection);
}

void PodLogSource::close()
{
    ++m_session;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
}

void PodLogSource::download(const LogRequest &request, const QString &filePath)
{
    LogRequest effective = request;
    if (effective.container.isEmpty())
        effective.container = m_defaultContainer;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, effective, filePath] { worker->download(effective, filePath); }, Qt::QueuedConnection);
}

} // namespace Kaji::Models
