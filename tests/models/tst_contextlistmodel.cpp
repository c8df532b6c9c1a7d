// The contexts model under QAbstractItemModelTester, and the masked YAML
// summary that must never show a credential.

#include "contextlistmodel.h"
#include "contextsummary.h"
#include "kubeconfigloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QMimeData>
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

    void initialsNameTheCluster()
    {
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("kaji-admin")), QStringLiteral("KA"));
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod")),
                 QStringLiteral("PR"));
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("gke_project_europe-west1_main")), QStringLiteral("GP"));
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("minikube")), QStringLiteral("MI"));
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("本番-クラスタ")), QStringLiteral("本ク"));
        QCOMPARE(Models::ContextListModel::initialsFor(QStringLiteral("--")), QStringLiteral("?"));
        QCOMPARE(Models::ContextListModel::initialsFor(QString()), QStringLiteral("?"));
    }

    void orderMovesAndDrops()
    {
        Models::ContextListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto names = [&] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.index(row, 0).data(Models::ContextListModel::NameRole).toString();
            return out;
        };
        // An order from an earlier run, naming one context no longer there.
        model.setOrder({QStringLiteral("zeta"), QStringLiteral("gone")});
        model.setConfig(Kube::KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                      fixture(QStringLiteral("merge/second.yaml"))}));
        const QStringList first = names();
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.first(), QStringLiteral("zeta"));
        QVERIFY(first.at(1) < first.at(2)); // the rest by name

        // The view's current row follows its context through a new order.
        QPersistentModelIndex current = model.index(2, 0);
        const QString currentName = current.data().toString();
        model.setOrder({first.at(2)});
        QCOMPARE(names().first(), currentName);
        QCOMPARE(current.row(), 0);

        // A move by the user is announced with the whole order.
        QSignalSpy orders(&model, &Models::ContextListModel::orderChanged);
        QVERIFY(model.moveRows({}, 0, 1, {}, 3)); // first to the end
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().first().toStringList(), names());
        QCOMPARE(names().last(), currentName);
        QVERIFY(!model.moveRows({}, 1, 1, {}, 2)); // onto itself
        QVERIFY(!model.moveRows({}, 0, 1, {}, 9));

        // A drag of the last row onto the first, as the list view drops it.
        const QStringList before = names();
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        // False: the model moved the row itself, the view must remove nothing.
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(names(), (QStringList{before.at(2), before.at(0), before.at(1)}));
        // Dropped onto a row: it goes before that row.
        std::unique_ptr<QMimeData> again(model.mimeData({model.index(0, 0)}));
        QVERIFY(!model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, model.index(2, 0)));
        QCOMPARE(names(), (QStringList{before.at(0), before.at(2), before.at(1)}));
        // Text from elsewhere is not a drop.
        QMimeData text;
        text.setText(QStringLiteral("zeta"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));

        // A reload keeps the user's order.
        const QStringList kept = names();
        model.setConfig(model.config());
        QCOMPARE(names(), kept);
    }

    void avatarColourAndTooltip()
    {
        Models::ContextListModel model;
        model.setConfig(Kube::KubeConfigLoader::load({fixture(QStringLiteral("merge/first.yaml")),
                                                      fixture(QStringLiteral("merge/second.yaml"))}));
        const int row = model.rowForName(QStringLiteral("zeta"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAvatarColour(QStringLiteral("zeta"), QStringLiteral("#ad1457"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(row, 0).data(Models::ContextListModel::AvatarColourRole).toString(), QStringLiteral("#ad1457"));
        model.setAvatarColour(QStringLiteral("zeta"), QString());
        QVERIFY(model.index(row, 0).data(Models::ContextListModel::AvatarColourRole).toString().isEmpty());
        // The full name leads the tooltip: the list elides long ones.
        QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("zeta\n")));
    }
};

QTEST_GUILESS_MAIN(TestContextListModel)
#include "tst_contextlistmodel.moc"
