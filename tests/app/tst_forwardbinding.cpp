// SECURITY.md: a port-forward listens on loopback only unless the user asks
// for another address. `kaji port-forward` without --address is started
// against the local cluster and the kernel's table of listening sockets
// (/proc/net/tcp, tcp6) is read for its port: every listener must be on
// 127.0.0.1 or ::1. The window's forwards start from PortForwardRequest,
// whose default address is checked here too. Skips without the cluster.

#include "portforwarder.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

namespace {

struct Listener {
    QByteArray address; // as /proc/net writes it: hex, in the kernel's byte order
    bool ipv6 = false;
};

QList<Listener> listenersOn(quint16 port)
{
    QList<Listener> out;
    for (const bool ipv6 : {false, true}) {
        QFile table(ipv6 ? QStringLiteral("/proc/net/tcp6") : QStringLiteral("/proc/net/tcp"));
        if (!table.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : table.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            if (local.size() == 2 && local[1].toUShort(nullptr, 16) == port)
                out.append({local[0], ipv6});
        }
    }
    return out;
}

bool isLoopback(const Listener &l)
{
    return l.ipv6 ? l.address == "00000000000000000000000001000000" : l.address.endsWith("7F"); // 127.x.x.x, ::1
}

} // namespace

class TestForwardBinding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void windowForwardsDefaultToLoopback()
    {
        QCOMPARE(Kaji::Models::PortForwardRequest().address, QStringLiteral("127.0.0.1"));
        QVERIFY(Kaji::Models::PortForwarder::isLoopback(Kaji::Models::PortForwardRequest().address));
    }

    // The second row asks for all addresses: the table must show that, or
    // the first row's check proves nothing.
    void commandLineListensOnLoopbackOnly_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("loopbackOnly");
        QTest::newRow("default") << QStringList() << true;
        QTest::newRow("--address 0.0.0.0 asked for") << QStringList{QStringLiteral("--address"), QStringLiteral("0.0.0.0")} << false;
    }

    void commandLineListensOnLoopbackOnly()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, loopbackOnly);
        if (!QFile::exists(QStringLiteral("/proc/net/tcp")))
            QSKIP("needs /proc/net/tcp (Linux)");
        const QString kubeconfig = qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
        if (kubeconfig.isEmpty())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: no local cluster");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess kaji;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        kaji.setProcessEnvironment(env);
        kaji.start(QStringLiteral(KAJI_EXECUTABLE), QStringList{QStringLiteral("port-forward"), QStringLiteral("-n"), QStringLiteral("shop")}
                                                        + options
                                                        + QStringList{QStringLiteral("svc/storefront"), QStringLiteral("%1:80").arg(port)});
        const bool listening = QTest::qWaitFor([&] { return kaji.canReadLine(); }, 20000);
        const QList<Listener> listeners = listenersOn(port);
        kaji.terminate();
        kaji.waitForFinished(5000);
        QVERIFY2(listening, kaji.readAllStandardError().constData());
        QVERIFY2(!listeners.isEmpty(), "nothing listens on the forwarded port");
        const bool allLoopback = std::all_of(listeners.cbegin(), listeners.cend(), isLoopback);
        qInfo("%lld listener(s) on port %u, all loopback: %d", qint64(listeners.size()), port, int(allLoopback));
        QCOMPARE(allLoopback, loopbackOnly);
    }
};

QTEST_GUILESS_MAIN(TestForwardBinding)
#include "tst_forwardbinding.moc"
