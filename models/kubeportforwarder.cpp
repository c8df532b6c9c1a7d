#include "kubeportforwarder.h"

#include "apiclient.h"
#include "portforwardresolver.h"
#include "portforwardsession.h"
#include "restconfig.h"

#include <QCoreApplication>

namespace Kaji::Models {
namespace {

constexpr int FlushMs = 250;

PortForwarder::State stateOf(Kube::PortForwardSession::State state)
{
    using S = Kube::PortForwardSession::State;
    switch (state) {
    case S::Starting: return PortForwarder::State::Starting;
    case S::Active: return PortForwarder::State::Active;
    case S::Reconnecting: return PortForwarder::State::Reconnecting;
    case S::Failed: return PortForwarder::State::Failed;
    case S::Stopped: return PortForwarder::State::Stopped;
    }
    return PortForwarder::State::Failed;
}

Kube::PortForwardTarget targetOf(const PortForwardRequest &request)
{
    return {request.namespaceName, request.kind, request.name, request.remotePort};
}

} // namespace

struct KubePortForwarder::Entry {
    PortForwardRequest request;
    std::unique_ptr<Kube::PortForwardSession> session; // null when the context itself failed
    QString setupError;
};

KubePortForwarder::KubePortForwarder(Kube::KubeConfig config, QObject *parent)
    : PortForwarder(parent), m_config(std::move(config))
{
    m_flush.setInterval(FlushMs);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        const QSet<int> dirty = std::exchange(m_dirty, {});
        for (int id : dirty) {
            if (m_entries.count(id))
                Q_EMIT sessionChanged(id);
        }
    });
}

KubePortForwarder::~KubePortForwarder()
{
    m_entries.clear(); // sessions before the clients they use
}

Kube::ApiClient *KubePortForwarder::clientFor(const QString &context, QString *error)
{
    const QString name = context.isEmpty() ? m_config.currentContext : context;
    if (auto it = m_clients.find(name); it != m_clients.end())
        return it->second.get();
    auto rest = Kube::restConfigFor(m_config, name);
    if (auto *failure = std::get_if<QString>(&rest)) {
        *error = *failure;
        return nullptr;
    }
    auto client = std::make_unique<Kube::ApiClient>(std::get<Kube::RestConfig>(rest));
    return m_clients.emplace(name, std::move(client)).first->second.get();
}

int KubePortForwarder::start(const PortForwardRequest &request)
{
    const int id = m_nextId++;
    auto entry = std::make_unique<Entry>();
    entry->request = request;
    if (Kube::ApiClient *client = clientFor(request.context, &entry->setupError)) {
        const QHostAddress address = request.address == QLatin1String("localhost")
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(request.address);
        entry->session = std::make_unique<Kube::PortForwardSession>(client, targetOf(request), address, request.localPort);
        if (m_healthMs > 0)
            entry->session->setHealthCheckInterval(m_healthMs);
        connect(entry->session.get(), &Kube::PortForwardSession::stateChanged, this, [this, id] {
            m_dirty.remove(id);
            Q_EMIT sessionChanged(id);
        });
        connect(entry->session.get(), &Kube::PortForwardSession::statsChanged, this, [this, id] { markChanged(id); });
    }
    Kube::PortForwardSession *session = entry->session.get();
    m_entries.emplace(id, std::move(entry));
    m_order.append(id);
    Q_EMIT sessionAdded(id);
    if (session)
        session->start();
    return id;
}

void KubePortForwarder::markChanged(int id)
{
    m_dirty.insert(id);
    if (!m_flush.isActive())
        m_flush.start();
}

void KubePortForwarder::stop(int id)
{
    if (auto it = m_entries.find(id); it != m_entries.end() && it->second->session)
        it->second->session->stop();
}

void KubePortForwarder::restart(int id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second->session)
        return;
    it->second->session->stop();
    it->second->session->start();
}

void KubePortForwarder::remove(int id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    m_entries.erase(it);
    m_order.removeOne(id);
    m_dirty.remove(id);
    Q_EMIT sessionRemoved(id);
}

PortForwarder::Session KubePortForwarder::session(int id) const
{
    Session s;
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return s;
    const Entry &entry = *it->second;
    s.id = id;
    s.request = entry.request;
    if (!entry.session) {
        s.state = State::Failed;
        s.lastError = entry.setupError;
        return s;
    }
    const Kube::PortForwardSession &session = *entry.session;
    s.localPort = session.localPort();
    s.remotePort = session.remotePort();
    s.podName = session.podName();
    s.state = stateOf(session.state());
    s.connections = session.openConnections();
    s.bytesIn = session.bytesIn();
    s.bytesOut = session.bytesOut();
    s.lastError = session.lastError();
    s.transport = session.transportName();
    return s;
}

void KubePortForwarder::queryPorts(const PortForwardRequest &target)
{
    QString error;
    Kube::ApiClient *client = clientFor(target.context, &error);
    if (!client) {
        Q_EMIT portsFound(target, {}, error);
        return;
    }
    auto resolver = std::make_shared<Kube::PortForwardResolver>(client);
    PortForwardRequest any = target;
    any.remotePort.clear(); // every port, none chosen yet
    QPointer<KubePortForwarder> self(this);
    resolver->resolve(targetOf(any), [self, target, resolver](const Kube::PortForwardResolver::Result &result) {
        if (!self)
            return;
        if (const auto *failure = std::get_if<Kube::ResolveError>(&result)) {
            Q_EMIT self->portsFound(target, {}, failure->message);
            return;
        }
        QList<PortForwardPort> ports;
        // A service forwards its own ports, not its pods' container ports.
        const bool service = target.kind == QLatin1String("service");
        for (const Kube::PortChoice &port : std::get<Kube::ResolvedPod>(result).ports) {
            if (!service || port.owner == QLatin1String("service"))
                ports.append({port.number, port.name, port.owner});
        }
        Q_EMIT self->portsFound(target, ports, QString());
    });
}

} // namespace Kaji::Models
