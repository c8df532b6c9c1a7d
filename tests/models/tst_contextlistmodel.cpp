// The contexts model under QAbstractItemModelTester, and the masked YAML
// summary that must never show a credential.

#include "contextlistmodel.h"
#include "contextsummary.h"
#include "kubeconfigloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;

namespace {
QString fixture(const QString &name)
{
    return QDir(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig")).absoluteFilePath(name);
}
} // namespace

class TestContextListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheConfig()
    {
        Models::ContextListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setConfig(Kube::KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                      fixture(QStringLiteral("merge/second.yaml"))}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex zeta = model.index(model.rowForName(QStringLiteral("zeta")), 0);
        QCOMPARE(zeta.data(Models::ContextListModel::CurrentRole).toBool(), true);
        QCOMPARE(zeta.data(Models::ContextListModel::InsecureRole).toBool(), true);
        QCOMPARE(zeta.data(Models::ContextListModel::NamespaceRole).toString(), QStringLiteral("default"));
        const QModelIndex alpha = model.index(model.rowForName(QStringLiteral("alpha")), 0);
        QCOMPARE(alpha.data(Qt::DisplayRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(alpha.data(Models::ContextListModel::ServerRole).toString(), QStringLiteral("https://proxied.example"));
        QCOMPARE(alpha.data(Models::ContextListModel::AuthKindRole).toInt(), int(Kube::AuthKind::Token));
        QCOMPARE(alpha.data(Models::ContextListModel::CurrentRole).toBool(), false);

        model.setConfig(Kube::KubeConfigLoader::load({fixture(QStringLiteral("auth-kinds.yaml"))}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowForName(QStringLiteral("zeta")), -1);
    }

    void problemsAreCountedPerContext()
    {
        Models::ContextListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfig(Kube::KubeConfigLoader::load({fixture(QStringLiteral("broken-fields.yaml"))}));
        const auto problems = [&](const char *name) {
            return model.index(model.rowForName(QString::fromLatin1(name)), 0)
                .data(Models::ContextListModel::ProblemCountRole)
                .toInt();
        };
        QCOMPARE(problems("dangling"), 2);
        QVERIFY(problems("bad-ca") >= 3); // CA data, TLS flag, exec command
    }

    void maskedYamlHidesEverySecret()
    {
        const Kube::KubeConfig config = Kube::KubeConfigLoader::load({fixture(QStringLiteral("auth-kinds.yaml")),
                                                                      fixture(QStringLiteral("merge/second.yaml"))});
        const QStringList secrets = {QStringLiteral("abc"), QStringLiteral("hunter2"), QStringLiteral("Q0VSVA"),
                                     QStringLiteral("S0VZ"), QStringLiteral("prod-admin"), QStringLiteral("s3cr3t-t0ken"),
                                     QStringLiteral("Q0EgREFUQQ")};
        for (const QString &context : config.contexts.keys()) {
            const QString yaml = Models::maskedContextYaml(config, context);
            QVERIFY(yaml.startsWith(QStringLiteral("context:\n")));
            for (const QString &secret : secrets)
                QVERIFY2(!yaml.contains(QStringLiteral(": ") + secret), qPrintable(context + u'\n' + yaml));
        }
        const QString basic = Models::maskedContextYaml(config, QStringLiteral("basic"));
        QVERIFY(basic.contains(QStringLiteral("username: admin")));
        QVERIFY(basic.contains(QStringLiteral("password: ") + Models::secretMask()));
        const QString eks = Models::maskedContextYaml(config, QStringLiteral("eks"));
        QVERIFY2(eks.contains(QStringLiteral("  - --cluster-name\n")), qPrintable(eks));
        QVERIFY(eks.contains(QStringLiteral("name: AWS_PROFILE")));
        QVERIFY(Models::maskedContextYaml(config, QStringLiteral("no-such-context")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContextListModel)
#include "tst_contextlistmodel.moc"
