#pragma once

#include "apiclient.h"
#include "portforwardresolver.h"
#include "portforwardtarget.h"
#include "websocketrequest.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <optional>

// Lives on the thread that created it (the GUI thread, or a command's main
// thread), like its ApiClient; all network I/O is asynchronous.
namespace Kaji::Kube {

class PortForwardStreams;
class PortForwardTunnel;
class SpdyTunnel;

// One forward: a local listening port whose accepted connections reach the
// pod behind the target. By default all of them share one WebSocket to the
// API server carrying SPDY streams (as kubectl 1.31+ does); a server without
// that tunnel gets one WebSocket per connection instead. When the pod goes
// away, a workload or service target is resolved again and the forward
// carries on; a bare pod that is gone ends the session.
class PortForwardSession : public QObject {
    Q_OBJECT
public:
    enum class State { Starting, Active, Reconnecting, Failed, Stopped };
    Q_ENUM(State)
    enum class Transport {
        Tunnel, // SPDY/3.1+portforward.k8s.io: one WebSocket, a stream pair per connection
        WebSocketPerConnection, // v4.channel.k8s.io: one WebSocket per connection
    };
    Q_ENUM(Transport)

    // `client` must outlive the session. `localPort` 0 picks a free port.
    PortForwardSession(ApiClient *client, PortForwardTarget target, QHostAddress address, quint16 localPort,
                       QObject *parent = nullptr);
    ~PortForwardSession() override;

    void start();
    void stop();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    const PortForwardTarget &target() const { return m_target; }
    QHostAddress address() const { return m_address; }
    quint16 localPort() const { return m_localPort; } // the bound port once listening
    quint16 remotePort() const { return m_pod.podPort; } // the pod port, once resolved
    QString podName() const { return m_pod.podName; }
    QList<PortChoice> ports() const { return m_pod.ports; }
    int openConnections() const { return m_open; }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }

    // How often an active session checks that its pod still exists.
    void setHealthCheckInterval(int ms) { m_health.setInterval(ms); }
    // Tunnel (the default) falls back by itself when the server refuses it;
    // WebSocketPerConnection skips the tunnel.
    void setTransport(Transport transport) { m_transport = transport; }
    Transport transport() const { return m_transport; } // in use now
    QString transportName() const; // for people: what carries the connections

Q_SIGNALS:
    void stateChanged(Kaji::Kube::PortForwardSession::State state, const QString &error);
    void connectionAccepted();
    // One connection failed; the session goes on (kubectl prints these too).
    void connectionFailed(const QString &message);
    void statsChanged();
    // The server refused the tunnel: connections now get a WebSocket each.
    void transportChanged(Kaji::Kube::PortForwardSession::Transport transport);

private:
    void setState(State state, const QString &error = {});
    void resolveNow();
    void onResolved(const PortForwardResolver::Result &result);
    void onNewConnection();
    std::optional<WebSocketDial> prepareDial();
    void checkPodSoon();
    // One WebSocket per connection.
    void acceptPerConnection(QTcpSocket *socket);
    void dial(PortForwardTunnel *tunnel);
    void onTunnelFailed(PortForwardTunnel *tunnel, const QString &message, int status, bool upgraded);
    // Stream pairs in the shared tunnel.
    void acceptIntoTunnel(QTcpSocket *socket);
    void attachStreams(PortForwardStreams *streams);
    void openTunnel();
    void closeTunnel();
    void onSharedTunnelReady();
    void onSharedTunnelFailed(const QString &message, int status, bool protocolRefused);
    void onSharedTunnelEnded(const QString &reason);
    void failWaitingStreams(const QString &message);
    void podGone();
    void fail(const QString &message);
    void teardown();

    ApiClient *m_client;
    PortForwardResolver m_resolver;
    PortForwardTarget m_target;
    QHostAddress m_address;
    quint16 m_localPort;
    QTcpServer m_server;
    QTimer m_health;
    QTimer m_retry;
    ResolvedPod m_pod;
    bool m_resolving = false;
    bool m_everResolved = false;
    State m_state = State::Stopped;
    QString m_lastError;
    QList<QPointer<PortForwardTunnel>> m_waiting; // accepted while no pod is known
    QHash<PortForwardTunnel *, int> m_attempts;
    Transport m_transport = Transport::Tunnel;
    QPointer<SpdyTunnel> m_shared;
    QList<QPointer<PortForwardStreams>> m_waitingStreams; // for a pod, or for the tunnel to open
    int m_sharedAttempts = 0;
    int m_nextRequestId = 0;
    QByteArray m_tlsTicket; // secret: resumes TLS sessions, never logged
    int m_open = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace Kaji::Kube
