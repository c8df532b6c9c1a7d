// The pure parts of port-forward: kind names, label selectors, refused
// upgrades.

#include "portforwardresolver.h"
#include "portforwardtunnel.h"

#include <QTest>

using Kaji::Kube::PortForwardResolver;
using Kaji::Kube::PortForwardTarget;

class TestPortForwardTarget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsAsKubectlAcceptsThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kind");
        QTest::newRow("po") << "po" << "pod";
        QTest::newRow("pods") << "pods" << "pod";
        QTest::newRow("deploy") << "deploy" << "deployment";
        QTest::newRow("deployments.apps") << "deployments.apps" << "deployment";
        QTest::newRow("sts") << "sts" << "statefulset";
        QTest::newRow("rs") << "rs" << "replicaset";
        QTest::newRow("rc") << "rc" << "replicationcontroller";
        QTest::newRow("svc") << "svc" << "service";
        QTest::newRow("Service") << "Service" << "service";
        QTest::newRow("job") << "job" << "";
    }
    void kindsAsKubectlAcceptsThem()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kind);
        QCOMPARE(PortForwardTarget::canonicalKind(typed).value_or(QString()), kind);
    }

    void labelSelectors()
    {
        const auto selector = nlohmann::json::parse(R"({"matchLabels":{"app":"web","tier":"front"},
            "matchExpressions":[{"key":"env","operator":"In","values":["prod","stage"]},
                                {"key":"canary","operator":"DoesNotExist"},
                                {"key":"zone","operator":"NotIn","values":["a"]},
                                {"key":"team","operator":"Exists"}]})");
        QCOMPARE(PortForwardResolver::labelSelector(selector),
                 QStringLiteral("app=web,tier=front,env in (prod,stage),!canary,zone notin (a),team"));
        // A ReplicationController's selector is a plain map.
        QCOMPARE(PortForwardResolver::labelSelector(nlohmann::json::parse(R"({"app":"legacy"})")),
                 QStringLiteral("app=legacy"));
    }

    void refusedUpgradeStatus()
    {
        QCOMPARE(Kaji::Kube::PortForwardTunnel::handshakeStatus(
                     QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden).")),
                 403);
        QCOMPARE(Kaji::Kube::PortForwardTunnel::handshakeStatus(QStringLiteral("Connection refused")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortForwardTarget)
#include "tst_portforwardtarget.moc"
