#include "workloadlogsource.h"

#include "logmerger.h"
#include "workloadlogworker.h"

namespace Kaji::Models {

WorkloadLogSource::WorkloadLogSource(Kube::RestConfig config, QString namespaceName, QString workload, QObject *parent)
    : LogSource(parent)
    , m_namespace(std::move(namespaceName))
    , m_workload(std::move(workload))
    , m_worker(new WorkloadLogWorker(std::move(config), m_namespace, m_workload))
    , m_merger(new LogMerger(300, this))
{
    qRegisterMetaType<LogBatch>();
    qRegisterMetaType<LogRequest>();
    qRegisterMetaType<QList<LogContainerChoice>>();
    m_thread.setObjectName(QStringLiteral("logs %1/%2").arg(m_namespace, m_workload));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &WorkloadLogWorker::containersLoaded, this,
            [this](const QList<LogContainerChoice> &containers, const QString &defaultContainer) {
                m_containers = containers;
                m_defaultContainer = defaultContainer;
                Q_EMIT containersChanged();
            });
    connect(m_worker, &WorkloadLogWorker::stateChanged, this,
            [this](int state, const QString &message) { Q_EMIT stateChanged(State(state), message); });
    connect(m_merger, &LogMerger::merged, this, &LogSource::linesArrived);
    // Everything the worker reports carries the open() it belongs to; what an
    // earlier open() still had on its way is dropped.
    connect(m_worker, &WorkloadLogWorker::podLines, this, [this](quint64 session, int source, const LogBatch &batch) {
        if (session == m_session)
            m_merger->add(quint16(source), batch);
    });
    connect(m_worker, &WorkloadLogWorker::podAdded, this, [this](quint64 session, int source, const QString &pod) {
        if (session != m_session)
            return;
        m_merger->addSource(quint16(source));
        Q_EMIT sourceNamed(source, pod);
    });
    connect(m_worker, &WorkloadLogWorker::podRemoved, this, [this](quint64 session, int source) {
        if (session == m_session)
            m_merger->removeSource(quint16(source));
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &WorkloadLogWorker::loadContainers, Qt::QueuedConnection);
}

WorkloadLogSource::~WorkloadLogSource()
{
    m_thread.quit();
    m_thread.wait();
}

void WorkloadLogSource::setPollInterval(int ms)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setPollInterval(ms); }, Qt::QueuedConnection);
}

void WorkloadLogSource::open(const LogRequest &request)
{
    const quint64 session = ++m_session;
    m_merger->reset();
    Q_EMIT cleared();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, session] { worker->open(request, session); }, Qt::QueuedConnection);
}

void WorkloadLogSource::close()
{
    ++m_session;
    m_merger->reset();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
}

void WorkloadLogSource::download(const LogRequest &, const QString &)
{
    Q_EMIT downloadFinished(false, tr("a workload has no single log to save; open one of its pods"));
}

} // namespace Kaji::Models
