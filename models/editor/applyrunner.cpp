#include "applyrunner.h"

#include "apiclient.h"
#include "discovery.h"

namespace Kaji::Models {

ApplyRunner::ApplyRunner(Kube::RestConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_home(new QObject)
{
    qRegisterMetaType<Kube::ApplyOutcome>();
    m_thread.setObjectName(QStringLiteral("kaji-apply-%1").arg(m_config.contextName));
    m_home->moveToThread(&m_thread);
    // The client's sockets and timers go with their thread's last events.
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

ApplyRunner::~ApplyRunner()
{
    m_thread.quit();
    m_thread.wait();
}

bool ApplyRunner::run(QList<Kube::ManifestDocument> documents, Kube::ApplyOptions options)
{
    if (m_busy)
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_home,
        [this, documents = std::move(documents), options = std::move(options)]() mutable {
            // On m_thread. `this` is only used to connect: the runner outlives
            // its thread.
            if (!m_client)
                m_client = new Kube::ApiClient(m_config, m_home);
            // A fresh look at the served kinds for every run: a CRD installed
            // since the last one is found.
            delete m_engine;
            delete m_discovery;
            m_discovery = new Kube::Discovery(m_client, m_home);
            m_engine = new Kube::ServerSideApply(m_client, m_discovery, m_home);
            connect(m_engine, &Kube::ServerSideApply::documentDone, this, &ApplyRunner::documentDone);
            connect(m_engine, &Kube::ServerSideApply::finished, this, [this] {
                m_busy = false;
                Q_EMIT finished();
            });
            m_engine->apply(std::move(documents), std::move(options));
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace Kaji::Models
