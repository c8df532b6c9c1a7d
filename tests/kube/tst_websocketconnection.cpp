// WebSocketConnection against a local server that writes frames by hand,
// in pieces, as a real server's TCP segments may cut them: what exec and
// port-forward see (messageStarted, received), the pong and close it sends
// back, and how it ends on each kind of broken stream. The connection to a
// real API server is in tst_portforward and tst_execsession.

#include "websocketconnection.h"
#include "websocketframereader.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace Kaji::Kube;

namespace {

constexpr quint8 Fin = 0x80;

QByteArray frame(quint8 first, QByteArrayView payload)
{
    QByteArray out(1, char(first));
    if (payload.size() < 126) {
        out += char(payload.size());
    } else {
        out += char(126);
        char length[2];
        qToBigEndian(quint16(payload.size()), length);
        out.append(length, 2);
    }
    return out + payload.toByteArray();
}

QByteArray code(quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 2);
}

// The server's side: answers the upgrade, writes what the test gives it in
// pieces, and reads the client's masked frames back.
class FrameServer {
public:
    FrameServer() { QVERIFY(m_server.listen(QHostAddress::LocalHost)); }

    WebSocketDial dial() const
    {
        WebSocketDial dial;
        dial.request.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/exec").arg(m_server.serverPort())));
        dial.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return dial;
    }

    // The client lives on this thread too: every wait runs the event loop.
    bool accept()
    {
        if (!QTest::qWaitFor([this] { return m_server.hasPendingConnections(); }, 10000))
            return false;
        m_socket = m_server.nextPendingConnection();
        QByteArray request;
        const auto whole = [&] {
            request += m_socket->readAll();
            return request.contains("\r\n\r\n");
        };
        if (!QTest::qWaitFor(whole, 10000))
            return false;
        QByteArray key;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept
            = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
                  .toBase64();
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: "
                        + accept + "\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n");
        return true;
    }

    // Written `step` bytes at a time, each piece flushed and given time to
    // arrive on its own.
    void send(const QByteArray &bytes, qsizetype step)
    {
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            m_socket->write(bytes.mid(at, step));
            m_socket->flush();
            QTest::qWait(step < 8 ? 2 : 10);
        }
    }

    // The client's frames, unmasked: opcode and payload.
    QList<QPair<int, QByteArray>> received(int count)
    {
        QList<QPair<int, QByteArray>> frames;
        WebSocket::FrameReader reader;
        QByteArray data;
        (void)QTest::qWaitFor(
            [&] {
                m_in = m_socket->readAll();
                reader.feed(m_in.data(), m_in.size());
                while (const auto piece = reader.next()) {
                    data += piece->payload.toByteArray();
                    if (piece->isControl() || piece->frameEnd)
                        frames.append({int(piece->opcode), std::exchange(data, {})});
                }
                return frames.size() >= count;
            },
            10000);
        return frames;
    }

    QTcpSocket *socket() const { return m_socket; }

private:
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_in;
};

struct Client {
    WebSocketConnection connection;
    QByteArray stream; // received() bytes, with '|' where a message started
    QSignalSpy connected{&connection, &WebSocketConnection::connected};
    QSignalSpy failed{&connection, &WebSocketConnection::failed};
    QSignalSpy disconnected{&connection, &WebSocketConnection::disconnected};

    Client()
    {
        QObject::connect(&connection, &WebSocketConnection::messageStarted, [this] { stream += '|'; });
        QObject::connect(&connection, &WebSocketConnection::received,
                         [this](QByteArrayView data) { stream += data.toByteArray(); });
    }
};

} // namespace

class TestWebSocketConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framesInPiecesPingAndClose_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("3 bytes") << 3;
        QTest::newRow("20 bytes") << 20;
        QTest::newRow("whole") << 100000;
    }

    void framesInPiecesPingAndClose()
    {
        QFETCH(int, step);
        FrameServer server;
        Client client;
        client.connection.open(server.dial(), "v5.channel.k8s.io");
        QVERIFY(server.accept());
        QTRY_COMPARE_WITH_TIMEOUT(client.connected.size(), 1, 10000);
        const QByteArray big(300, 'b');
        // A message in two fragments with a ping between them, one with a
        // 16-bit length, an empty one, then a close.
        server.send(frame(0x2, "\x01hel") + frame(Fin | 0x9, "are you there") + frame(Fin | 0x0, "lo")
                        + frame(Fin | 0x2, "\x02" + big) + frame(Fin | 0x2, "") + frame(Fin | 0x8, code(1000) + "done"),
                    step);
        QTRY_COMPARE_WITH_TIMEOUT(client.stream, "|\x01hello|\x02" + big + "|", 10000);
        const auto frames = server.received(2);
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0], qMakePair(0xa, QByteArray("are you there"))); // pong, same payload
        QCOMPARE(frames[1], qMakePair(0x8, code(1000))); // the close, its code echoed
        server.socket()->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(client.disconnected.size(), 1, 10000);
        QCOMPARE(client.failed.size(), 0);
    }

    void brokenStreamFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("reserved bits") << frame(Fin | 0x40 | 0x2, "x") << QStringLiteral("reserved bits");
        QTest::newRow("unknown opcode") << frame(Fin | 0x3, "x") << QStringLiteral("unknown type");
        QTest::newRow("control frame over 125 bytes") << frame(Fin | 0x9, QByteArray(126, 'p'))
                                                      << QStringLiteral("too large");
        QTest::newRow("fragmented ping") << frame(0x9, "p") << QStringLiteral("fragmented");
        QTest::newRow("continuation first") << frame(Fin | 0x0, "x") << QStringLiteral("order");
    }

    void brokenStreamFails()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        FrameServer server;
        Client client;
        client.connection.open(server.dial(), "v5.channel.k8s.io");
        QVERIFY(server.accept());
        server.send(frame(Fin | 0x2, "\x01ok") + bytes, 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.failed.size(), 1, 10000);
        QVERIFY2(client.failed.at(0).at(0).toString().contains(message),
                 qPrintable(client.failed.at(0).at(0).toString()));
        QCOMPARE(client.stream, QByteArray("|\x01ok")); // what came before was handed on
        QCOMPARE(client.disconnected.size(), 0);
    }

    // A close with a code no server may send still ends the session as a
    // close (the data stands), answered with 1002.
    void invalidCloseIsAnsweredWithProtocolError()
    {
        FrameServer server;
        Client client;
        client.connection.open(server.dial(), "v5.channel.k8s.io");
        QVERIFY(server.accept());
        server.send(frame(Fin | 0x2, "\x01ok") + frame(Fin | 0x8, code(1005)) + frame(Fin | 0x2, "\x01late"), 2);
        const auto frames = server.received(1);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0], qMakePair(0x8, code(1002)));
        server.socket()->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(client.disconnected.size(), 1, 10000);
        QCOMPARE(client.failed.size(), 0);
        QCOMPARE(client.stream, QByteArray("|\x01ok")); // an invalid close ends the reading
    }

    // While paused nothing is handed on; resumed, all of it, in order.
    void pausedThenResumed()
    {
        FrameServer server;
        Client client;
        client.connection.open(server.dial(), "v5.channel.k8s.io");
        QVERIFY(server.accept());
        QTRY_COMPARE_WITH_TIMEOUT(client.connected.size(), 1, 10000);
        client.connection.setPaused(true);
        server.send(frame(Fin | 0x2, "\x01one") + frame(0x2, "\x01two") + frame(Fin | 0x0, "three"), 5);
        QTest::qWait(100);
        QCOMPARE(client.stream, QByteArray());
        client.connection.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(client.stream, QByteArray("|\x01one|\x01twothree"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketConnection)
#include "tst_websocketconnection.moc"
