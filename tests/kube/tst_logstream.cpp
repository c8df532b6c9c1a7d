// LogStream against the real local cluster: a previous instance's log, the
// server's refusals sorted by cause, and a follow that survives its
// connection being cut (through a TCP relay the test can sever) without
// losing or repeating a line.

#include "clusterfixture.h"
#include "logstream.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Kaji::Kube;

namespace {

// Relays TCP to the API server so the test can cut every connection, as a
// flaky network or a restarted load balancer would.
class Relay : public QObject {
public:
    explicit Relay(const QUrl &target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(m_target.host(), quint16(m_target.port()));
                m_clients.append(QPointer<QTcpSocket>(client));
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }
    void cutAll()
    {
        for (const auto &client : std::as_const(m_clients))
            if (client)
                client->abort();
        m_clients.clear();
    }

private:
    QUrl m_target;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_clients;
};

struct Collected {
    QByteArray text;
    QList<qint64> stamps;
    std::optional<LogFailure> failure;
    QString message;
    int reconnects = 0;
};

void collect(LogStream &stream, Collected &into)
{
    QObject::connect(&stream, &LogStream::linesReceived, &stream, [&into](const QByteArray &lines, const QList<qint64> &stamps) {
        into.text += lines;
        into.stamps += stamps;
    });
    QObject::connect(&stream, &LogStream::finished, &stream, [&into](LogFailure failure, const QString &message) {
        into.failure = failure;
        into.message = message;
    });
    QObject::connect(&stream, &LogStream::reconnecting, &stream, [&into] { ++into.reconnects; });
}

Collected readAll(ApiClient &client, const QString &ns, const QString &pod, const LogOptions &options)
{
    LogStream stream(&client, ns, pod, options);
    Collected c;
    collect(stream, c);
    stream.start();
    if (!KajiTest::waitUntil([&] { return c.failure.has_value(); }))
        qWarning("log of %s did not finish", qPrintable(pod));
    return c;
}

// Appends CRI lines to a log file kwok serves, as the container would.
void appendLog(const QString &file, const QList<QByteArray> &lines, const QByteArray &stamp)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    for (const QByteArray &line : lines)
        f.write(stamp + " stdout F " + line + '\n');
}

} // namespace

class TestLogStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void timestamps()
    {
        const qint64 ns = LogStream::parseTimestamp("2026-11-26T10:00:01.123456789Z");
        QCOMPARE(ns, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 1), Qt::UTC).toSecsSinceEpoch() * 1000000000 + 123456789);
        QCOMPARE(LogStream::formatTimestamp(ns), QByteArray("2026-11-26T10:00:01.123456789Z"));
        QCOMPARE(LogStream::parseTimestamp("2026-11-26T10:00:01Z"), ns - 123456789);
        QCOMPARE(LogStream::parseTimestamp("2026-11-26T12:00:01.5+02:00"), ns - 123456789 + 500000000);
        QCOMPARE(LogStream::parseTimestamp("not a time"), 0);
        QCOMPARE(LogStream::parseTimestamp("2026-13-26T10:00:01Z"), 0);
    }

    void previousLogShowsTheMigrationFailure()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const QString pod = KajiTest::firstPod(QStringLiteral("shop"), QStringLiteral("app.kubernetes.io/name=orders-api"));
        QVERIFY(!pod.isEmpty());
        LogOptions options;
        options.previous = true;
        const Collected c = readAll(client, QStringLiteral("shop"), pod, options);
        QCOMPARE(c.failure, LogFailure::None);
        QVERIFY(c.text.contains("Migration V3__add_orders_index.sql failed"));
        QVERIFY(c.text.contains("ERROR: column \"customer_ref\" does not exist"));
        QVERIFY(c.text.contains("APPLICATION FAILED TO START"));
        // Exactly what kubectl prints, cut into lines with a server timestamp each.
        const QByteArray kubectl = KajiTest::kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("shop"),
                                                      pod, QStringLiteral("--previous")});
        QCOMPARE(c.text, kubectl);
        QCOMPARE(c.stamps.size(), c.text.count('\n'));
        QVERIFY(std::is_sorted(c.stamps.begin(), c.stamps.end()));
        QVERIFY(c.stamps.first() > 0);
    }

    void refusalsSayWhy_data()
    {
        qRegisterMetaType<LogFailure>();
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("previous");
        QTest::addColumn<LogFailure>("expected");
        QTest::newRow("image pull") << QStringLiteral("kaji-admin") << QStringLiteral("shop") << QStringLiteral("app.kubernetes.io/name=payments") << false
                                    << LogFailure::ContainerNotReady;
        QTest::newRow("no previous instance") << QStringLiteral("kaji-admin") << QStringLiteral("shop") << QStringLiteral("app.kubernetes.io/name=inventory") << true
                                              << LogFailure::ContainerNotReady;
        QTest::newRow("forbidden") << QStringLiteral("kaji-restricted") << QStringLiteral("kube-system") << QStringLiteral("k8s-app=kube-dns") << false
                                   << LogFailure::Forbidden;
        QTest::newRow("pod gone") << QStringLiteral("kaji-admin") << QStringLiteral("shop") << QStringLiteral("") << false << LogFailure::NotFound;
    }

    void refusalsSayWhy()
    {
        QFETCH(QString, context);
        QFETCH(QString, ns);
        QFETCH(QString, label);
        QFETCH(bool, previous);
        QFETCH(LogFailure, expected);
        ApiClient client(KajiTest::restConfig(context));
        const QString pod = label.isEmpty() ? QStringLiteral("no-such-pod") : KajiTest::firstPod(ns, label);
        QVERIFY(!pod.isEmpty());
        LogOptions options;
        options.previous = previous;
        const Collected c = readAll(client, ns, pod, options);
        QCOMPARE(c.failure, expected);
        QVERIFY(!c.message.isEmpty());
        QVERIFY(c.text.isEmpty());
    }

    void followSurvivesCutConnections()
    {
        RestConfig config = KajiTest::restConfig(QStringLiteral("kaji-admin"));
        Relay relay{QUrl(config.cluster.server)};
        config.cluster.server = relay.url();
        ApiClient client(config);
        const QString pod = KajiTest::firstPod(QStringLiteral("shop"), QStringLiteral("app.kubernetes.io/name=storefront"));
        QVERIFY(!pod.isEmpty());
        const QString file = qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/pod-logs/storefront.log");
        QVERIFY(QFile::exists(file));

        LogOptions options;
        options.container = QStringLiteral("storefront");
        options.follow = true;
        options.tailLines = 0;
        LogStream stream(&client, QStringLiteral("shop"), pod, options);
        Collected c;
        collect(stream, c);
        stream.start();
        QTest::qWait(1500); // the follow is open and idle

        const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QList<QByteArray> expected;
        // Several lines in one timestamp, two of them identical: after a cut
        // the resume repeats that second and only the count tells repeats
        // from new lines.
        const auto burst = [&](int round, int count, bool twin) {
            QList<QByteArray> lines;
            for (int i = 0; i < count; ++i)
                lines << "kaji-logstream " + run + " round " + QByteArray::number(round) + " line " + QByteArray::number(i);
            if (twin)
                lines << lines.last();
            const QByteArray stamp = LogStream::formatTimestamp(QDateTime::currentMSecsSinceEpoch() * 1000000);
            appendLog(file, lines, stamp);
            expected += lines;
        };
        const auto received = [&] {
            QList<QByteArray> ours;
            for (const QByteArray &line : c.text.split('\n'))
                if (line.contains("kaji-logstream " + run))
                    ours << line;
            return ours;
        };
        burst(1, 3, true);
        QVERIFY2(KajiTest::waitUntil([&] { return received().size() >= expected.size(); }), c.text.right(500).constData());
        for (int round = 2; round <= 4; ++round) {
            relay.cutAll();
            burst(round, 2, round == 3);
            QVERIFY2(KajiTest::waitUntil([&] { return received().size() >= expected.size() && c.reconnects >= round - 1; }),
                     qPrintable(QStringLiteral("round %1: %2 of %3 lines, %4 reconnects")
                                    .arg(round)
                                    .arg(received().size())
                                    .arg(expected.size())
                                    .arg(c.reconnects)));
        }
        QTest::qWait(1000); // a repeat would arrive now
        QCOMPARE(received(), expected);
        QVERIFY(!c.failure.has_value());
        QVERIFY(stream.reconnectCount() >= 3);
        stream.stop();
    }

    // Found by the soak run (tests/soak): a kubelet restart ends the
    // follow cleanly (the API server closes the proxied stream with a
    // proper end, `kubectl logs -f` exits 0), and the follow used to take
    // that for the end of the log. The container still runs, so it resumes.
    void followSurvivesKubeletRestart()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const QString pod = KajiTest::firstPod(QStringLiteral("shop"), QStringLiteral("app.kubernetes.io/name=storefront"));
        QVERIFY(!pod.isEmpty());
        const QString file = qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/pod-logs/storefront.log");
        LogOptions options;
        options.container = QStringLiteral("storefront");
        options.follow = true;
        options.tailLines = 0;
        LogStream stream(&client, QStringLiteral("shop"), pod, options);
        Collected c;
        collect(stream, c);
        stream.start();
        QTest::qWait(1500);

        const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const auto line = [&](int n) { return "kaji-kubelet-restart " + run + " line " + QByteArray::number(n); };
        const auto stampNow = [] { return LogStream::formatTimestamp(QDateTime::currentMSecsSinceEpoch() * 1000000); };
        appendLog(file, {line(1)}, stampNow());
        QVERIFY(KajiTest::waitUntil([&] { return c.text.contains(line(1)); }));
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("restart-kwok")}));
        appendLog(file, {line(2)}, stampNow());
        QVERIFY2(KajiTest::waitUntil([&] { return c.text.contains(line(2)); }),
                 qPrintable(QStringLiteral("%1 reconnects, finished: %2 %3")
                                .arg(c.reconnects)
                                .arg(c.failure ? int(*c.failure) : -1)
                                .arg(c.message)));
        QVERIFY(!c.failure.has_value());
        QVERIFY(c.reconnects >= 1);
        QCOMPARE(c.text.count(line(1)), 1);
        QCOMPARE(c.text.count(line(2)), 1);
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(TestLogStream)
#include "tst_logstream.moc"
