#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// GUI thread (the implementation's sessions live there too).
namespace Kaji::Models {

// What to forward: the target as the user picked it, and where to listen.
struct PortForwardRequest {
    QString context;
    QString namespaceName;
    QString kind; // pod, deployment, statefulset, replicaset, replicationcontroller, service
    QString name;
    QString remotePort; // number or port name (a service's port for services)
    QString address = QStringLiteral("127.0.0.1");
    quint16 localPort = 0; // 0: any free port
    bool reopenOnStart = false; // started again when Kaji starts (the user's choice, off by default)

    QString target() const { return kind + u'/' + name; }
};

// One port a target offers.
struct PortForwardPort {
    quint16 number = 0;
    QString name;
    QString owner; // container name, or "service"
};

// The capability ui/ uses to start and manage port-forwards, so it never
// depends on kube/. app/ hands the pane a KubePortForwarder.
class PortForwarder : public QObject {
    Q_OBJECT
public:
    enum class State { Starting, Active, Reconnecting, Failed, Stopped };
    Q_ENUM(State)

    struct Session {
        int id = 0;
        PortForwardRequest request;
        quint16 localPort = 0; // bound port once listening
        quint16 remotePort = 0; // pod port once resolved
        QString podName;
        State state = State::Starting;
        int connections = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        QString lastError;
        QString transport; // what carries the connections, for people
    };

    using QObject::QObject;

    // Starts a forward and returns its id; it appears in sessions() at once.
    virtual int start(const PortForwardRequest &request) = 0;
    virtual void stop(int id) = 0;
    virtual void restart(int id) = 0; // listens on the same local port again
    virtual void remove(int id) = 0;
    virtual QList<int> sessionIds() const = 0; // in start order
    virtual Session session(int id) const = 0;
    // Asks which ports a target offers; the answer comes as portsFound().
    virtual void queryPorts(const PortForwardRequest &target) = 0;

    // A local port nothing listens on now (0 when none could be found).
    static quint16 freeLocalPort(const QString &address, quint16 preferred = 0);
    static bool isLoopback(const QString &address);

Q_SIGNALS:
    void sessionAdded(int id);
    void sessionChanged(int id);
    void sessionRemoved(int id);
    void portsFound(const Kaji::Models::PortForwardRequest &target, const QList<Kaji::Models::PortForwardPort> &ports,
                    const QString &error);
};

} // namespace Kaji::Models
