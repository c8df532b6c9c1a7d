#include "portforwardsession.h"

#include "portforwardtunnel.h"
#include "websocketrequest.h"

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
    const auto tunnels = findChildren<PortForwardTunnel *>();
    for (PortForwardTunnel *tunnel : tunnels)
        tunnel->abort();
    m_waiting.clear();
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
}

void PortForwardSession::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *tunnel = new PortForwardTunnel(socket, this);
        ++m_open;
        Q_EMIT connectionAccepted();
        Q_EMIT statsChanged();
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
}

void PortForwardSession::dial(PortForwardTunnel *tunnel)
{
    ++m_attempts[tunnel];
    auto auth = m_client->requestAuth();
    if (const auto *failure = std::get_if<QString>(&auth)) {
        Q_EMIT connectionFailed(*failure);
        tunnel->abort();
        return;
    }
    const QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(m_target.namespaceName) + "/pods/"
        + QUrl::toPercentEncoding(m_pod.podName) + "/portforward?ports=" + QByteArray::number(m_pod.podPort);
    auto dialing = webSocketDial(m_client->config(), std::get<RequestAuth>(auth), path);
    if (const auto *failure = std::get_if<QString>(&dialing)) {
        Q_EMIT connectionFailed(*failure);
        tunnel->abort();
        return;
    }
    WebSocketDial &dial = std::get<WebSocketDial>(dialing);
    dial.tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!m_tlsTicket.isEmpty())
        dial.tls.setSessionTicket(m_tlsTicket);
    tunnel->open(dial);
}

void PortForwardSession::onTunnelFailed(PortForwardTunnel *tunnel, const QString &text, int status, bool upgraded)
{
    const QString pod = m_pod.podName;
    const auto checkGone = [this, pod] {
        m_resolver.checkPod(m_target.namespaceName, pod, [this, pod](PortForwardResolver::PodCheck check) {
            if (check == PortForwardResolver::PodCheck::Gone && pod == m_pod.podName && m_state == State::Active)
                podGone();
        });
    };
    if (upgraded) {
        // The pod side failed (nothing listens on the port, the pod is
        // being torn down, ...): this connection ends, the session goes on.
        m_lastError = text;
        Q_EMIT connectionFailed(text);
        checkGone();
        return;
    }
    if (status == 403)
        return fail(message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession",
                                              "forbidden: your user may not create pods/portforward in namespace %1"))
                        .arg(m_target.namespaceName));
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
    QString reason = text;
    if (status != 0)
        reason = message(QT_TRANSLATE_NOOP("Kaji::Kube::PortForwardSession",
                                           "the server refused the port-forward WebSocket (HTTP %1): %2"))
                     .arg(status)
                     .arg(text);
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
    resolveNow();
}

} // namespace Kaji::Kube
