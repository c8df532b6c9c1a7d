// The live Pods pane against the real local cluster, driven like a user:
// connect a context, see the scenario's pods with kubectl's STATUS, watch
// rows vanish and appear without a model reset while the selection stays,
// filter, and see "forbidden" narrowing for the restricted user.

#include "application.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "podspane.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Kaji;
using KajiGuiTest::kubeconfig;
using KajiGuiTest::kubectl;

namespace {

QModelIndex findRow(QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 1);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QModelIndex findRowStartingWith(QAbstractItemModel *model, const QString &prefix)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 1);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

QString cell(QAbstractItemModel *model, const QModelIndex &nameIndex, int column)
{
    return model->index(nameIndex.row(), column).data().toString();
}

} // namespace

class TestPodsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    void livePodsFollowTheCluster()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1400, 820);
        window->selectContext(QStringLiteral("kaji-admin"));
        QTableView *view = window->podsPane()->view();
        QAbstractItemModel *model = view->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 10, 20000);
        QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(),
                     QStringLiteral("kaji-admin: connected, live"));

        // kubectl's STATUS text for the scenario's failure cases.
        QTRY_COMPARE(cell(model, findRowStartingWith(model, QStringLiteral("orders-api-")), 3),
                     QStringLiteral("CrashLoopBackOff"));
        // A failing pull alternates, as on a real kubelet: ErrImagePull at each
        // attempt, ImagePullBackOff while it waits for the next.
        const QString payments = cell(model, findRowStartingWith(model, QStringLiteral("payments-")), 3);
        QVERIFY2(payments == QLatin1String("ImagePullBackOff") || payments == QLatin1String("ErrImagePull"),
                 qPrintable(payments));
        QCOMPARE(cell(model, findRowStartingWith(model, QStringLiteral("recommender-")), 3), QStringLiteral("Pending"));
        QCOMPARE(cell(model, findRowStartingWith(model, QStringLiteral("checkout-")), 3),
                 QStringLiteral("CreateContainerConfigError"));

        // Select a row, then change the cluster around it.
        const QModelIndex selected = findRowStartingWith(model, QStringLiteral("storefront-"));
        QVERIFY(selected.isValid());
        const QString selectedName = selected.data().toString();
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(selected).center());
        QCOMPARE(view->currentIndex().data().toString(), selectedName);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        const QString name = QStringLiteral("gui-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: %1, namespace: infra}\n"
                               "spec:\n  containers:\n  - {name: app, image: registry.example/app:1}\n")
                    .arg(name)
                    .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(findRow(model, name).isValid(), 15000);
        kubectl({QStringLiteral("-n"), QStringLiteral("infra"), QStringLiteral("delete"), QStringLiteral("pod"), name,
                 QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        QTRY_VERIFY_WITH_TIMEOUT(!findRow(model, name).isValid(), 15000);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!inserted.isEmpty());
        QVERIFY(!removed.isEmpty());
        QCOMPARE(view->currentIndex().data().toString(), selectedName);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pods-en.png")));

        // Filtering narrows the rows and the count says so.
        auto *filter = window->podsPane()->findChild<QLineEdit *>(QStringLiteral("tableFilter"));
        QTest::keyClicks(filter, QStringLiteral("CrashLoop"));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_VERIFY(window->podsPane()->findChild<QLabel *>(QStringLiteral("tableCount"))->text().startsWith(QStringLiteral("1 of ")));
        filter->clear();

        app.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(),
                     QStringLiteral("kaji-admin: 接続済み・ライブ更新中"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pods-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }

    void restrictedUserIsNarrowedToItsNamespace()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-restricted"));
        QAbstractItemModel *model = window->podsPane()->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))
                        ->text()
                        .contains(QStringLiteral("namespace shop only")));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("shop"));
    }
};

QTEST_MAIN(TestPodsPane)
#include "tst_podspane.moc"
