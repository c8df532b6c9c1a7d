// `kaji exec` takes the remote command's exit code from the Status on
// channel 3, as kubectl does (issue 17). Byte-exact Status frames, the
// kubelet's and the InternalError an unpatched kwok v0.8.0 sends instead,
// come from a small server on loopback that answers the pod read and the
// exec upgrade (the local cluster's own exit codes: tst_execcli).

#include <QCryptographicHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A kubelet's Status for `sh -c 'exit 3'` (cri-streaming's writeStatus).
const QByteArray KubeletExit3 =
    R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})";
// kwok v0.8.0's for the same command: its wrapped error is no ExitError.
const QByteArray KwokExit3 =
    R"({"metadata":{},"status":"Failure","message":"error executing command in container: cmd wait: sh -c exit 3: exit status 3","reason":"InternalError","details":{"causes":[{"message":"error executing command in container: cmd wait: sh -c exit 3: exit status 3"}]},"code":500})";
const QByteArray Success = R"({"metadata":{},"status":"Success"})";

const QByteArray Pod =
    R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","namespace":"demo"},"spec":{"nodeName":"n1","containers":[{"name":"app"}]},"status":{"phase":"Running","containerStatuses":[{"name":"app","state":{"running":{}}}]}})";

QByteArray frame(quint8 opcode, const QByteArray &payload)
{
    QByteArray f;
    f += char(0x80 | opcode);
    if (payload.size() < 126) {
        f += char(payload.size());
    } else {
        f += char(126);
        f += char(payload.size() >> 8);
        f += char(payload.size() & 0xff);
    }
    return f + payload;
}

// Serves GET of the pod and the exec upgrade (v5.channel.k8s.io): sends
// stdout, then the Status it was given, then a close frame.
class FakeKubelet : public QObject {
public:
    QByteArray status;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    FakeKubelet()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *request = new QByteArray;
                connect(socket, &QObject::destroyed, this, [request] { delete request; });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
                    *request += socket->readAll();
                    if (request->contains("\r\n\r\n"))
                        answer(socket, *request);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void answer(QTcpSocket *socket, QByteArray &request)
    {
        const QByteArray head = request.left(request.indexOf("\r\n\r\n"));
        request.clear();
        const QByteArray path = head.split(' ').value(1);
        if (!path.contains("/exec")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(Pod.size()) + "\r\n\r\n" + Pod);
            return;
        }
        QByteArray key;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " + accept + "\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n");
        socket->write(frame(0x2, QByteArray(1, '\1') + "hello\n"));
        socket->write(frame(0x2, QByteArray(1, '\3') + status));
        socket->write(frame(0x8, QByteArray("\x03\xe8", 2)));
        socket->flush();
    }

    QTcpServer m_server;
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestExecStatus : public QObject {
    Q_OBJECT
private:
    FakeKubelet m_server;
    QTemporaryDir m_dir;

    Run kajiExec()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KAJI_EXECUTABLE),
                      {QStringLiteral("exec"), QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("web"),
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
        // This thread serves the fake server meanwhile.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QFile config(m_dir.filePath(QStringLiteral("kubeconfig")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("apiVersion: v1\nkind: Config\ncurrent-context: fake\n"
                     "clusters:\n- name: fake\n  cluster:\n    server: http://127.0.0.1:"
                     + QByteArray::number(m_server.port())
                     + "\nusers:\n- name: u\n  user:\n    token: not-a-secret\n"
                       "contexts:\n- name: fake\n  context:\n    cluster: fake\n    user: u\n");
    }

    void exitCodeFromTheStatus()
    {
        m_server.status = KubeletExit3;
        const Run run = kajiExec();
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.out, QByteArray("hello\n"));
        QVERIFY2(run.err.contains("command terminated with exit code 3"), run.err.constData());
    }

    void successIsZero()
    {
        m_server.status = Success;
        const Run run = kajiExec();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("hello\n"));
    }

    // What kwok v0.8.0 sends: no code to take, so 1 and its message, as kubectl.
    void kwokInternalErrorIsOne()
    {
        m_server.status = KwokExit3;
        const Run run = kajiExec();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("exit status 3"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestExecStatus)
#include "tst_execstatus.moc"
