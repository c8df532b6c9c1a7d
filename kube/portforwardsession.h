#pragma once

#include "apiclient.h"
#include "portforwardresolver.h"
#include "portforwardtarget.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

// Lives on the thread that created it (the GUI thread, or a command's main
// thread), like its ApiClient; all network I/O is asynchronous.
namespace Kaji::Kube {

class PortForwardTunnel;

// One forward: a local listening port whose every accepted connection gets
// its own tunnel to the pod behind the target. When that pod goes away, a
// workload or service target is resolved again and the forward carries on;
// a bare pod that is gone ends the session.
class PortForwardSession : public QObject {
    Q_OBJECT
public:
    enum class State { Starting, Active, Reconnecting, Failed, Stopped };
    Q_ENUM(State)

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

Q_SIGNALS:
    void stateChanged(Kaji::Kube::PortForwardSession::State state, const QString &error);
    void connectionAccepted();
    // One connection failed; the session goes on (kubectl prints these too).
    void connectionFailed(const QString &message);
    void statsChanged();

private:
    void setState(State state, const QString &error = {});
    void resolveNow();
    void onResolved(const PortForwardResolver::Result &result);
    void onNewConnection();
    void dial(PortForwardTunnel *tunnel);
    void onTunnelFailed(PortForwardTunnel *tunnel, const QString &message, int status, bool upgraded);
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
    QByteArray m_tlsTicket; // secret: resumes TLS sessions, never logged
    int m_open = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace Kaji::Kube
