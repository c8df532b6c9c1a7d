// The kind navigator and the tables of other kinds against the real local
// cluster, driven with QTest events: open Deployments from the sidebar, see
// kubectl's columns, scale and watch the row change in place with the
// selection kept, filter by label selector, and see the restricted user's
// narrowed and forbidden kinds said in the pane.

#include "application.h"
#include "guifixture.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "podspane.h"
#include "resourcepane.h"
#include "resourcetablemodel.h"
#include "tableroles.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Kaji;
using KajiGuiTest::kubeconfig;
using KajiGuiTest::kubectl;

namespace {

bool clickKind(Ui::MainWindow *window, const QString &resourceId)
{
    return KajiGuiTest::clickKind(window->kindNavigator()->view(), resourceId);
}

QString cellOf(QAbstractItemModel *model, const QString &key, const QString &column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Models::KeyRole).toString() != key)
            continue;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == column)
                return model->index(row, c).data().toString();
        }
    }
    return QStringLiteral("<no row>");
}

QLabel *banner(QWidget *pane)
{
    return pane->findChild<QLabel *>(QStringLiteral("tableBanner"));
}

} // namespace

class TestResourcePanes : public QObject {
    Q_OBJECT
    QString m_deployment;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        m_deployment = QStringLiteral("panes-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("create"), QStringLiteral("deployment"), m_deployment,
                 QStringLiteral("--image=registry.example/app:1"), QStringLiteral("--replicas=1")});
    }

    void cleanupTestCase()
    {
        kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("delete"), QStringLiteral("deployment"), m_deployment,
                 QStringLiteral("--wait=false")});
    }

    void deploymentsFollowTheCluster()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1400, 820);
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(clickKind(window, QStringLiteral("deployments.apps")));
        Ui::ResourcePane *pane = app.kindPanes()->pane(QStringLiteral("deployments.apps"));
        QVERIFY(pane);
        QCOMPARE(window->currentKindPane(), pane);
        QAbstractItemModel *model = pane->view()->model();
        const QString key = QStringLiteral("batch/") + m_deployment;
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 5 && cellOf(model, key, QStringLiteral("Ready")) == QLatin1String("1/1"); }, 30000));
        QVERIFY(banner(pane)->isHidden());

        // The same READY kubectl prints, and a deployment short of ready
        // replicas stands out while a complete one does not.
        const auto health = [&](const QString &k) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(Models::KeyRole).toString() == k)
                    return Models::Health(model->index(row, 0).data(Models::HealthRole).toInt());
            }
            return Models::Health::Finished;
        };
        for (const QString &name : {QStringLiteral("shop/storefront"), QStringLiteral("shop/orders-api"),
                                    QStringLiteral("kube-system/coredns")}) {
            const QString ready = QString::fromUtf8(kubectl({QStringLiteral("-n"), name.section(u'/', 0, 0), QStringLiteral("get"),
                                                             QStringLiteral("deployment"), name.section(u'/', 1),
                                                             QStringLiteral("--no-headers")}))
                                      .split(u' ', Qt::SkipEmptyParts)
                                      .value(1);
            QCOMPARE(cellOf(model, name, QStringLiteral("Ready")), ready);
            const bool complete = ready.section(u'/', 0, 0) == ready.section(u'/', 1);
            QCOMPARE(health(name), complete ? Models::Health::Healthy : Models::Health::Failing);
        }
        QCOMPARE(health(QStringLiteral("shop/orders-api")), Models::Health::Failing);

        // Select it, scale it: the row changes in place, the selection stays.
        QVERIFY(pane->selectKey(key));
        pane->view()->setFocus();
        auto *source = pane->model();
        QSignalSpy resets(source, &QAbstractItemModel::modelReset);
        kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("scale"), QStringLiteral("deployment/") + m_deployment,
                 QStringLiteral("--replicas=2")});
        QVERIFY(QTest::qWaitFor([&] { return cellOf(model, key, QStringLiteral("Ready")) == QLatin1String("2/2"); }, 30000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(pane->selectedKey(), key);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("deployments-en.png")));

        // A label selector in the filter box, as kubectl -l.
        auto *filter = pane->findChild<QLineEdit *>(QStringLiteral("tableFilter"));
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("app=") + m_deployment);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 5000));
        QCOMPARE(model->index(0, 0).data(Models::KeyRole).toString(), key);
        filter->clear();
        const QString selector = QStringLiteral("app.kubernetes.io/part-of=shop,app.kubernetes.io/name notin (storefront,payments)");
        const int expected = int(kubectl({QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-A"), QStringLiteral("-l"),
                                          selector, QStringLiteral("--no-headers")})
                                     .count('\n'));
        QVERIFY(expected >= 3);
        QTest::keyClicks(filter, selector);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == expected; }, 5000));
        filter->clear();

        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(QTest::qWaitFor([&] { return model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("準備完了"); }, 5000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("deployments-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        // Back to Pods from the sidebar.
        QVERIFY(clickKind(window, QStringLiteral("pods")));
        QCOMPARE(window->currentKindPane(), static_cast<QWidget *>(window->podsPane()));
    }

    void restrictedUserSeesWhyTablesAreNarrowOrEmpty()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-restricted"));
        QVERIFY(clickKind(window, QStringLiteral("secrets")));
        Ui::ResourcePane *secrets = app.kindPanes()->pane(QStringLiteral("secrets"));
        QVERIFY(QTest::qWaitFor([&] { return banner(secrets)->text().contains(QLatin1String("namespace shop only")); }, 20000));
        QVERIFY(secrets->view()->model()->rowCount() > 0);

        QVERIFY(clickKind(window, QStringLiteral("nodes")));
        Ui::ResourcePane *nodes = app.kindPanes()->pane(QStringLiteral("nodes"));
        QVERIFY(QTest::qWaitFor([&] { return banner(nodes)->text().contains(QLatin1String("Access denied")); }, 20000));
        QVERIFY(banner(nodes)->isVisible());
        QCOMPARE(nodes->view()->model()->rowCount(), 0);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("nodes-forbidden-en.png")));
    }
};

QTEST_MAIN(TestResourcePanes)
#include "tst_resourcepanes.moc"
