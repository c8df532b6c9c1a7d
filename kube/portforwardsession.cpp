#include "portforwardsession.h"

#include "portforwardstreams.h"
#include "portforwardtunnel.h"
#include "spdytunnel.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

namespace Kaji::Kube {
namespace {

constexpr int HealthCheckMs = 10000;
constexpr int RetryMs = 1000;
constexpr int MaxDials = 3; // per connection: first try, fresh credentials, another pod

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::PortForwardSession", text);
}

QString forbidden(const QString &namespaceName)
{
    return message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession",
                                     "forbidden: your user may not create pods/portforward in namespace %1"))
        .arg(namespaceName);
}

QString refusedWebSocket(int status, const QString &text)
{
    return message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession",
                                     "the server refused the port-forward WebSocket (HTTP %1): %2"))
        .arg(status)
        .arg(text);
}

} // namespace

PortForwardSession::PortForwardSession(ApiClient *client, PortForwardTarget target, QHostAddress address,
                                       quint16 localPort, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(client)
    , m_target(std::move(target))
    , m_address(std::move(address))
    , m_localPort(localPort)
{
    m_health.setInterval(HealthCheckMs);
    connect(&m_health, &QTimer::timeout, this, [this] {
        if (m_state != State::Active || m_pod.podName.isEmpty())
            return;
        const QString pod = m_pod.podName;
        m_resolver.checkPod(m_target.namespaceName, pod, [this, pod](PortForwardResolver::PodCheck check) {
            if (check == PortForwardResolver::PodCheck::Gone && pod == m_pod.podName && m_state == State::Active)
                podGone();
        });
    });
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PortForwardSession::resolveNow);
    connect(&m_server, &QTcpServer::newConnection, this, &PortForwardSession::onNewConnection);
}

PortForwardSession::~PortForwardSession()
{
    // Before ~QObject deletes them: their dying signals must not reach a
    // half-destroyed session.
    const auto tunnels = findChildren<PortForwardTunnel *>();
    for (PortForwardTunnel *tunnel : tunnels) {
        tunnel->disconnect(this);
        delete tunnel;
    }
    const auto streams = findChildren<PortForwardStreams *>();
    for (PortForwardStreams *pair : streams) {
        pair->disconnect(this);
        delete pair;
    }
    const auto shared = findChildren<SpdyTunnel *>();
    for (SpdyTunnel *tunnel : shared) {
        tunnel->disconnect(this);
        delete tunnel;
    }
}

QString PortForwardSession::transportName() const
{
    if (m_transport == Transport::Tunnel)
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "one WebSocket, SPDY streams"));
    return message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "a WebSocket per connection"));
}

void PortForwardSession::start()
{
    if (m_state == State::Starting || m_state == State::Active || m_state == State::Reconnecting)
        return;
    if (!m_server.listen(m_address, m_localPort)) {
        setState(State::Failed, message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "unable to listen on %1:%2: %3"))
                                    .arg(m_address.toString())
                                    .arg(m_localPort)
                                    .arg(m_server.errorString()));
        return;
    }
    m_localPort = m_server.serverPort(); // keep it across restarts
    m_pod = {};
    m_everResolved = false;
    setState(State::Starting);
    resolveNow();
}

void PortForwardSession::stop()
{
    teardown();
    setState(State::Stopped);
}

void PortForwardSession::teardown()
{
    m_server.close();
    m_health.stop();
    m_retry.stop();
    closeTunnel();
    const auto tunnels = findChildren<PortForwardTunnel *>();
    for (PortForwardTunnel *tunnel : tunnels)
        tunnel->abort();
    const auto streams = findChildren<PortForwardStreams *>();
    for (PortForwardStreams *pair : streams)
        pair->abort();
    m_waiting.clear();
    m_waitingStreams.clear();
}

void PortForwardSession::closeTunnel()
{
    // Its streams end with it; it is not the session's any more.
    if (SpdyTunnel *tunnel = m_shared.data()) {
        m_shared.clear();
        tunnel->disconnect(this);
        tunnel->abort();
    }
}

void PortForwardSession::setState(State state, const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (state == State::Active)
        m_health.start();
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

void PortForwardSession::fail(const QString &text)
{
    teardown();
    setState(State::Failed, text);
}

void PortForwardSession::resolveNow()
{
    if (m_resolving || m_state == State::Failed || m_state == State::Stopped)
        return;
    m_resolving = true;
    m_resolver.resolve(m_target, [this](const PortForwardResolver::Result &result) {
        m_resolving = false;
        onResolved(result);
    });
}

void PortForwardSession::onResolved(const PortForwardResolver::Result &result)
{
    if (m_state == State::Failed || m_state == State::Stopped)
        return;
    if (const auto *error = std::get_if<ResolveError>(&result)) {
        using Kind = ResolveError::Kind;
        if (m_target.isPod() && m_everResolved && (error->kind == Kind::NotFound || error->kind == Kind::NoPod))
            return fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "pod %1 no longer exists"))
                            .arg(m_target.name));
        // Once running, a workload may be between pods or the server briefly
        // away: keep trying. Anything else (refused, invalid) ends it.
        const bool transient = m_everResolved && (error->kind == Kind::NoPod || error->kind == Kind::Unreachable);
        if (!transient)
            return fail(error->message);
        setState(State::Reconnecting, error->message);
        m_retry.start();
        return;
    }
    m_pod = std::get<ResolvedPod>(result);
    m_everResolved = true;
    setState(State::Active);
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<PortForwardTunnel> &tunnel : waiting) {
        if (tunnel)
            dial(tunnel);
    }
    // The tunnel opens with the first connection, as a per-connection
    // WebSocket would: a forward nobody uses holds nothing open.
    const auto streams = std::exchange(m_waitingStreams, {});
    for (const QPointer<PortForwardStreams> &pair : streams) {
        if (pair)
            attachStreams(pair);
    }
}

void PortForwardSession::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        Q_EMIT connectionAccepted();
        if (m_transport == Transport::Tunnel)
            acceptIntoTunnel(socket);
        else
            acceptPerConnection(socket);
        Q_EMIT statsChanged();
    }
}

void PortForwardSession::acceptPerConnection(QTcpSocket *socket)
{
    auto *tunnel = new PortForwardTunnel(socket, this);
    ++m_open;
    connect(tunnel, &PortForwardTunnel::transferred, this, [this](qint64 in, qint64 out) {
        m_bytesIn += in;
        m_bytesOut += out;
        Q_EMIT statsChanged();
    });
    connect(tunnel, &PortForwardTunnel::failed, this,
            [this, tunnel](const QString &text, int status, bool upgraded) {
                onTunnelFailed(tunnel, text, status, upgraded);
            });
    connect(tunnel, &PortForwardTunnel::sessionTicket, this, [this](const QByteArray &ticket) { m_tlsTicket = ticket; });
    connect(tunnel, &PortForwardTunnel::finished, this, [this, tunnel] {
        m_attempts.remove(tunnel);
        --m_open;
        Q_EMIT statsChanged();
    });
    if (m_state == State::Active)
        dial(tunnel);
    else
        m_waiting.append(tunnel);
}

std::optional<WebSocketDial> PortForwardSession::prepareDial()
{
    auto auth = m_client->requestAuth();
    if (const auto *failure = std::get_if<QString>(&auth)) {
        m_lastError = *failure;
        Q_EMIT connectionFailed(*failure);
        return std::nullopt;
    }
    const QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(m_target.namespaceName) + "/pods/"
        + QUrl::toPercentEncoding(m_pod.podName) + "/portforward?ports=" + QByteArray::number(m_pod.podPort);
    auto dialing = webSocketDial(m_client->config(), std::get<RequestAuth>(auth), path);
    if (const auto *failure = std::get_if<QString>(&dialing)) {
        m_lastError = *failure;
        Q_EMIT connectionFailed(*failure);
        return std::nullopt;
    }
    WebSocketDial &dial = std::get<WebSocketDial>(dialing);
    dial.tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!m_tlsTicket.isEmpty())
        dial.tls.setSessionTicket(m_tlsTicket);
    return std::move(dial);
}

void PortForwardSession::dial(PortForwardTunnel *tunnel)
{
    ++m_attempts[tunnel];
    const std::optional<WebSocketDial> dial = prepareDial();
    if (!dial) {
        tunnel->abort();
        return;
    }
    tunnel->open(*dial);
}

void PortForwardSession::checkPodSoon()
{
    const QString pod = m_pod.podName;
    m_resolver.checkPod(m_target.namespaceName, pod, [this, pod](PortForwardResolver::PodCheck check) {
        if (check == PortForwardResolver::PodCheck::Gone && pod == m_pod.podName && m_state == State::Active)
            podGone();
    });
}

void PortForwardSession::onTunnelFailed(PortForwardTunnel *tunnel, const QString &text, int status, bool upgraded)
{
    const QString pod = m_pod.podName;
    if (upgraded) {
        // The pod side failed (nothing listens on the port, the pod is
        // being torn down, ...): this connection ends, the session goes on.
        m_lastError = text;
        Q_EMIT connectionFailed(text);
        checkPodSoon();
        return;
    }
    if (status == 403)
        return fail(forbidden(m_target.namespaceName));
    const bool retry = m_attempts.value(tunnel) < MaxDials;
    if (status == 401 && retry && m_client->invalidateCredentials())
        return dial(tunnel);
    if ((status == 404 || status == 0) && retry) {
        // Maybe the pod went away between two health checks: ask, then
        // either wait for the next pod or report the real failure.
        QPointer<PortForwardTunnel> guard(tunnel);
        m_resolver.checkPod(m_target.namespaceName, pod,
                            [this, pod, guard, text, status](PortForwardResolver::PodCheck check) {
                                if (!guard)
                                    return;
                                if (check == PortForwardResolver::PodCheck::Gone) {
                                    m_waiting.append(guard);
                                    if (pod == m_pod.podName && m_state == State::Active)
                                        podGone();
                                    return;
                                }
                                // The pod is there: a dropped connection on the way
                                // (an overloaded server) deserves another try.
                                if (check == PortForwardResolver::PodCheck::Alive && status == 0
                                    && m_attempts.value(guard) < MaxDials && m_state == State::Active) {
                                    dial(guard);
                                    return;
                                }
                                Q_EMIT connectionFailed(text);
                                guard->abort();
                            });
        return;
    }
    const QString reason = status != 0 ? refusedWebSocket(status, text) : text;
    m_lastError = reason;
    Q_EMIT connectionFailed(reason);
    tunnel->abort();
}

void PortForwardSession::podGone()
{
    if (m_target.isPod())
        return fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "pod %1 no longer exists"))
                        .arg(m_target.name));
    setState(State::Reconnecting,
             message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession", "pod %1 is gone; looking for another pod of %2"))
                 .arg(m_pod.podName, m_target.display()));
    m_pod = {};
    m_health.stop();
    closeTunnel(); // it leads to the old pod
    resolveNow();
}

void PortForwardSession::acceptIntoTunnel(QTcpSocket *socket)
{
    auto *pair = new PortForwardStreams(socket, this);
    ++m_open;
    connect(pair, &PortForwardStreams::transferred, this, [this](qint64 in, qint64 out) {
        m_bytesIn += in;
        m_bytesOut += out;
        Q_EMIT statsChanged();
    });
    connect(pair, &PortForwardStreams::failed, this, [this](const QString &text) {
        // As over a WebSocket of its own: this connection ends, the session goes on.
        m_lastError = text;
        Q_EMIT connectionFailed(text);
        checkPodSoon();
    });
    connect(pair, &PortForwardStreams::finished, this, [this] {
        --m_open;
        Q_EMIT statsChanged();
    });
    if (m_state == State::Active)
        attachStreams(pair);
    else
        m_waitingStreams.append(pair);
}

void PortForwardSession::attachStreams(PortForwardStreams *pair)
{
    if (m_shared && m_shared->acceptsStreams()) {
        pair->attach(m_shared, m_pod.podPort, m_nextRequestId++);
        return;
    }
    m_waitingStreams.append(pair);
    openTunnel();
}

void PortForwardSession::openTunnel()
{
    if (m_shared && m_shared->isOpening())
        return;
    if (SpdyTunnel *old = m_shared.data()) {
        // Told to go away or out of stream ids: its streams finish there.
        m_shared.clear();
        old->disconnect(this);
        old->closeWhenIdle();
    }
    ++m_sharedAttempts;
    const std::optional<WebSocketDial> dial = prepareDial();
    if (!dial) {
        failWaitingStreams(QString()); // prepareDial() told why
        return;
    }
    auto *tunnel = new SpdyTunnel(this);
    m_shared = tunnel;
    connect(tunnel, &SpdyTunnel::ready, this, &PortForwardSession::onSharedTunnelReady);
    connect(tunnel, &SpdyTunnel::failed, this, &PortForwardSession::onSharedTunnelFailed);
    connect(tunnel, &SpdyTunnel::ended, this, &PortForwardSession::onSharedTunnelEnded);
    connect(tunnel, &SpdyTunnel::sessionTicket, this, [this](const QByteArray &ticket) { m_tlsTicket = ticket; });
    tunnel->open(*dial);
}

void PortForwardSession::onSharedTunnelReady()
{
    m_sharedAttempts = 0;
    const auto waiting = std::exchange(m_waitingStreams, {});
    for (const QPointer<PortForwardStreams> &pair : waiting) {
        if (pair)
            attachStreams(pair);
    }
    Q_EMIT statsChanged();
}

void PortForwardSession::onSharedTunnelFailed(const QString &text, int status, bool protocolRefused)
{
    m_shared.clear(); // it deletes itself
    if (protocolRefused) {
        // An older server: every connection gets a WebSocket of its own.
        m_transport = Transport::WebSocketPerConnection;
        Q_EMIT transportChanged(m_transport);
        const auto waiting = std::exchange(m_waitingStreams, {});
        for (const QPointer<PortForwardStreams> &pair : waiting) {
            if (pair)
                acceptPerConnection(pair->takeLocal());
        }
        Q_EMIT statsChanged();
        return;
    }
    if (status == 403)
        return fail(forbidden(m_target.namespaceName));
    const bool retry = m_sharedAttempts < MaxDials;
    if (status == 401 && retry && m_client->invalidateCredentials())
        return openTunnel();
    if ((status == 404 || status == 0) && retry) {
        // The pod may have gone between two health checks; or the way to
        // the server dropped (an overloaded server) while it is alive.
        const QString pod = m_pod.podName;
        m_resolver.checkPod(m_target.namespaceName, pod, [this, pod, text, status](PortForwardResolver::PodCheck check) {
            if (m_state != State::Active || pod != m_pod.podName)
                return;
            if (check == PortForwardResolver::PodCheck::Gone)
                return podGone(); // the waiting connections wait for the next pod
            if (check == PortForwardResolver::PodCheck::Alive && status == 0)
                return openTunnel();
            failWaitingStreams(text);
        });
        return;
    }
    failWaitingStreams(status != 0 ? refusedWebSocket(status, text) : text);
}

void PortForwardSession::onSharedTunnelEnded(const QString &reason)
{
    // Its streams ended with it; the next connection opens a new tunnel.
    m_shared.clear();
    if (!reason.isEmpty()) {
        m_lastError = reason;
        Q_EMIT connectionFailed(reason);
    }
    if (m_state == State::Active)
        checkPodSoon();
}

void PortForwardSession::failWaitingStreams(const QString &text)
{
    m_sharedAttempts = 0; // the next connection tries afresh
    if (!text.isEmpty()) {
        m_lastError = text;
        Q_EMIT connectionFailed(text);
    }
    const auto waiting = std::exchange(m_waitingStreams, {});
    for (const QPointer<PortForwardStreams> &pair : waiting) {
        if (pair)
            pair->abort();
    }
}

} // namespace Kaji::Kube
