#include "diagramreader.h"

#include "clusterconnection.h"
#include "controlplanepoller.h"
#include "diagram/diagramsource.h"
#include "podtablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace Kaji::App {

// Kept alive between reads, so a second view reuses the watches.
struct DiagramReader::Parts {
    explicit Parts(const Kube::RestConfig &config) : connection(config) {}
    Kube::ClusterConnection connection;
    Models::PodTableModel pods;
    Models::DiagramSource source;
    ControlPlanePoller poller;
    bool discovered = false;
    QString discoveryError;
};

DiagramReader::DiagramReader(Kube::RestConfig config) : m_config(std::move(config)) {}

DiagramReader::~DiagramReader() = default;

std::optional<Models::DiagramInput> DiagramReader::read(Models::DiagramView view, int timeoutMs)
{
    m_error.clear();
    if (!m_parts) {
        m_parts = std::make_unique<Parts>(m_config);
        Parts *p = m_parts.get();
        QObject::connect(&p->connection, &Kube::ClusterConnection::podsChanged, &p->pods,
                         &Models::PodTableModel::applyBatch);
        p->source.setConnection(&p->connection, &p->pods);
        QObject::connect(&p->poller, &ControlPlanePoller::probed, &p->source, &Models::DiagramSource::setControlPlane);
        p->poller.setConnection(&p->connection);
        QObject::connect(&p->connection, &Kube::ClusterConnection::resourcesChanged, &p->source,
                         [p] { p->discovered = true; });
        QObject::connect(&p->connection, &Kube::ClusterConnection::discoveryFailed, &p->source,
                         [p](const QString &message) { p->discoveryError = message; });
    }
    Parts *p = m_parts.get();
    const bool architecture = view == Models::DiagramView::Architecture;
    p->poller.setActive(architecture);
    bool kindsSet = false;

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    const auto failed = [p] {
        return !p->discoveryError.isEmpty() || p->connection.state() == Kube::ClusterConnection::State::Error;
    };
    const auto done = [&] {
        // Kinds are asked for once discovery answered, so a kind the server
        // does not serve reads as such instead of failing.
        if (p->discovered && !kindsSet) {
            p->source.setKinds(Models::kindsFor(view));
            kindsSet = true;
        }
        const Models::ControlPlaneProbe &probe = p->poller.probe();
        const bool probed = !architecture || probe.readyzStatus != 0 || !probe.readyzError.isEmpty();
        return (kindsSet && p->source.settled() && probed) || failed();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    if (!done()) {
        poll.start(20);
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (failed()) {
        const QString why = p->discoveryError.isEmpty() ? p->connection.message() : p->discoveryError;
        m_error = QCoreApplication::translate("Kaji::App::DiagramReader", "cannot read the cluster at %1: %2")
                      .arg(m_config.cluster.server, why);
        return std::nullopt;
    }
    if (!done()) {
        m_error = QCoreApplication::translate("Kaji::App::DiagramReader", "the cluster at %1 did not answer within %2 s")
                      .arg(m_config.cluster.server)
                      .arg(timeoutMs / 1000);
        return std::nullopt;
    }
    return p->source.snapshot(QDateTime::currentSecsSinceEpoch());
}

} // namespace Kaji::App
