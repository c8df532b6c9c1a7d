// The port-forwards pane on the offscreen platform against the local
// cluster: start a forward through the dialog, see it active with bytes
// counted, stop it with the button.

#include "kubeconfigloader.h"
#include "kubeportforwarder.h"
#include "portforwarddialog.h"
#include "portforwardmodel.h"
#include "portforwardspane.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using Kaji::Models::PortForwarder;
using Kaji::Models::PortForwardModel;

namespace {

Kaji::Models::PortForwardRequest storefront()
{
    Kaji::Models::PortForwardRequest target;
    target.context = QStringLiteral("kaji-admin");
    target.namespaceName = QStringLiteral("shop");
    target.kind = QStringLiteral("deployment");
    target.name = QStringLiteral("storefront");
    return target;
}

} // namespace

class TestPortForwardsPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void startSeeActiveStop()
    {
        Kaji::Models::KubePortForwarder forwarder(
            Kaji::Kube::KubeConfigLoader::load({qEnvironmentVariable("KAJI_TEST_KUBECONFIG")}));
        Kaji::Ui::PortForwardsPane pane(&forwarder);
        QUrl opened;
        pane.setUrlOpener([&](const QUrl &url) { opened = url; });
        pane.resize(1100, 360);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("portForwardsEmpty"))->isVisible());

        // The dialog: container ports from the cluster, a free local port,
        // loopback unless changed, a warning for other addresses.
        bool dialogChecked = false;
        QString dialogProblem;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = pane.findChild<Kaji::Ui::PortForwardDialog *>();
            if (!dialog) {
                dialogProblem = QStringLiteral("no dialog");
                return;
            }
            auto *remote = dialog->findChild<QComboBox *>(QStringLiteral("remotePort"));
            auto *address = dialog->findChild<QComboBox *>(QStringLiteral("bindAddress"));
            auto *warning = dialog->findChild<QLabel *>(QStringLiteral("addressWarning"));
            if (!QTest::qWaitFor([&] { return remote->count() > 0; }, 15000))
                dialogProblem = QStringLiteral("no ports proposed");
            else if (!remote->currentText().startsWith(QLatin1String("8080 http (storefront)")))
                dialogProblem = QStringLiteral("proposed %1").arg(remote->currentText());
            else if (address->currentText() != QLatin1String("127.0.0.1") || !warning->isHidden())
                dialogProblem = QStringLiteral("not loopback by default");
            else if (dialog->findChild<QSpinBox *>(QStringLiteral("localPort"))->value() <= 0)
                dialogProblem = QStringLiteral("no local port");
            address->setCurrentText(QStringLiteral("0.0.0.0"));
            if (warning->isHidden())
                dialogProblem = QStringLiteral("no warning for 0.0.0.0");
            address->setCurrentText(QStringLiteral("127.0.0.1"));
            dialogChecked = true;
            dialog->accept();
        });
        const int id = pane.requestForward(storefront());
        QVERIFY2(dialogChecked && dialogProblem.isEmpty(), qPrintable(dialogProblem));
        QVERIFY(id > 0);
        QVERIFY2(QTest::qWaitFor([&] { return forwarder.session(id).state == PortForwarder::State::Active; }, 20000),
                 qPrintable(forwarder.session(id).lastError));

        const quint16 port = forwarder.session(id).localPort;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] {
            answer += socket.readAll();
            return answer.contains("port-forward\n");
        }, 15000));

        PortForwardModel *model = pane.model();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(QTest::qWaitFor([&] { return model->index(0, PortForwardModel::BytesIn).data(PortForwardModel::SortRole).toLongLong() > 0; }));
        QCOMPARE(model->index(0, PortForwardModel::State).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model->index(0, PortForwardModel::Connections).data().toInt(), 1);
        QVERIFY(model->index(0, PortForwardModel::BytesOut).data(PortForwardModel::SortRole).toLongLong() > 0);
        // The cluster's API server takes the SPDY tunnel, and the pane says so.
        QCOMPARE(model->index(0, PortForwardModel::Transport).data().toString(),
                 QStringLiteral("one WebSocket, SPDY streams"));

        pane.view()->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("portForwardCopy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("127.0.0.1:%1").arg(port));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("portForwardOpen")), Qt::LeftButton);
        QCOMPARE(opened, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));

        QTest::qWait(300); // let the view paint the latest counts
        const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        QVERIFY(pane.grab().save(QDir(dir).filePath(QStringLiteral("portforwards-active.png"))));

        auto *stop = pane.findChild<QPushButton *>(QStringLiteral("portForwardStop"));
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return model->index(0, PortForwardModel::State).data().toString() == QLatin1String("Stopped"); }));
        QVERIFY(!stop->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(2000));

        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("portForwardRemove")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestPortForwardsPane)
#include "tst_portforwardspane.moc"
