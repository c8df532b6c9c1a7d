// PortForwardModel over a scripted PortForwarder, under QAbstractItemModelTester.

#include "portforwardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Kaji::Models::PortForwarder;
using Kaji::Models::PortForwardModel;
using Kaji::Models::PortForwardRequest;

namespace {

// Sessions whose state the test sets by hand.
class ScriptedForwarder : public PortForwarder {
public:
    int start(const PortForwardRequest &request) override
    {
        Session s;
        s.id = m_next++;
        s.request = request;
        m_sessions.insert(s.id, s);
        m_order.append(s.id);
        Q_EMIT sessionAdded(s.id);
        return s.id;
    }
    void stop(int id) override { update(id, [](Session &s) { s.state = State::Stopped; }); }
    void restart(int id) override { update(id, [](Session &s) { s.state = State::Starting; }); }
    void remove(int id) override
    {
        m_sessions.remove(id);
        m_order.removeOne(id);
        Q_EMIT sessionRemoved(id);
    }
    QList<int> sessionIds() const override { return m_order; }
    Session session(int id) const override { return m_sessions.value(id); }
    void queryPorts(const PortForwardRequest &) override {}

    template<typename Change>
    void update(int id, Change change)
    {
        change(m_sessions[id]);
        Q_EMIT sessionChanged(id);
    }

private:
    QHash<int, Session> m_sessions;
    QList<int> m_order;
    int m_next = 1;
};

PortForwardRequest request(const char *kind, const char *name, const char *port)
{
    PortForwardRequest r;
    r.context = QStringLiteral("kaji-admin");
    r.namespaceName = QStringLiteral("shop");
    r.kind = QString::fromLatin1(kind);
    r.name = QString::fromLatin1(name);
    r.remotePort = QString::fromLatin1(port);
    return r;
}

} // namespace

class TestPortForwardModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheSessions()
    {
        ScriptedForwarder forwarder;
        const int first = forwarder.start(request("pod", "web-0", "8080"));
        PortForwardModel model(&forwarder);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const int second = forwarder.start(request("service", "storefront", "80"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(1), second);
        QCOMPARE(model.index(1, PortForwardModel::Target).data().toString(), QStringLiteral("shop/service/storefront"));
        QCOMPARE(model.index(1, PortForwardModel::State).data().toString(), QStringLiteral("Starting"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        forwarder.update(second, [](PortForwarder::Session &s) {
            s.state = PortForwarder::State::Active;
            s.localPort = 41000;
            s.remotePort = 8080;
            s.podName = QStringLiteral("storefront-abc");
            s.connections = 2;
            s.bytesIn = 3 * 1024 * 1024;
            s.bytesOut = 512;
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, PortForwardModel::Target).data().toString(),
                 QStringLiteral("shop/service/storefront (pod storefront-abc)"));
        QCOMPARE(model.index(1, PortForwardModel::LocalAddress).data().toString(), QStringLiteral("127.0.0.1:41000"));
        QCOMPARE(model.index(1, PortForwardModel::RemotePort).data().toString(), QStringLiteral("80 → 8080"));
        QCOMPARE(model.index(1, PortForwardModel::State).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(1, PortForwardModel::Connections).data().toInt(), 2);
        QCOMPARE(model.index(1, PortForwardModel::BytesIn).data().toString(), QStringLiteral("3.00 MiB"));
        QCOMPARE(model.index(1, PortForwardModel::BytesIn).data(PortForwardModel::SortRole).toLongLong(), 3 * 1024 * 1024);
        QCOMPARE(model.index(1, 0).data(PortForwardModel::UrlRole).toString(), QStringLiteral("http://127.0.0.1:41000/"));

        forwarder.update(first, [](PortForwarder::Session &s) {
            s.state = PortForwarder::State::Failed;
            s.lastError = QStringLiteral("pod web-0 no longer exists");
        });
        QCOMPARE(model.index(0, PortForwardModel::LastError).data().toString(), QStringLiteral("pod web-0 no longer exists"));
        QCOMPARE(model.index(0, 0).data(PortForwardModel::StateRole).toInt(), int(PortForwarder::State::Failed));

        forwarder.remove(first);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), second);
    }

    void ipv6AddressesAreBracketed()
    {
        ScriptedForwarder forwarder;
        PortForwardRequest r = request("pod", "web-0", "8080");
        r.address = QStringLiteral("::1");
        r.localPort = 9000;
        forwarder.start(r);
        PortForwardModel model(&forwarder);
        QCOMPARE(model.index(0, PortForwardModel::LocalAddress).data().toString(), QStringLiteral("[::1]:9000"));
    }

    void loopbackAndFreePorts()
    {
        QVERIFY(PortForwarder::isLoopback(QStringLiteral("127.0.0.1")));
        QVERIFY(PortForwarder::isLoopback(QStringLiteral("::1")));
        QVERIFY(PortForwarder::isLoopback(QStringLiteral("localhost")));
        QVERIFY(!PortForwarder::isLoopback(QStringLiteral("0.0.0.0")));
        QVERIFY(PortForwarder::freeLocalPort(QStringLiteral("127.0.0.1")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPortForwardModel)
#include "tst_portforwardmodel.moc"
