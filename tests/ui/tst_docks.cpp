// The bottom docks in the main window against the real local cluster: the
// Problems dock diagnoses the connected context by itself and names the
// seeded failures; the Logs button of a failing pod's details opens its log
// in the Logs dock. Screenshots in both languages.

#include "actionbar.h"
#include "application.h"
#include "detailspanel.h"
#include "docks.h"
#include "findingmodel.h"
#include "problemsview.h"
#include "guifixture.h"
#include "kindpanes.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "podspane.h"
#include "portforwardmemory.h"
#include "portforwardmodel.h"
#include "portforwardspane.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Kaji;

class TestDocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    void problemsAndLogsOfTheConnectedContext()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 980);
        QSignalSpy diagnosed(app.docks(), &App::Docks::diagnosed);
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(diagnosed.wait(60000));
        QVERIFY(diagnosed.first().first().toInt() > 0);

        // The two incidents the project grew from are named.
        Models::FindingModel *findings = app.docks()->findings();
        QStringList rules;
        for (int row = 0; row < findings->rowCount(); ++row)
            rules.append(findings->index(row, 0).data(Models::FindingModel::RuleIdRole).toString());
        QVERIFY2(rules.contains(QStringLiteral("pod.image-pull.secret-missing")), qPrintable(rules.join(u' ')));
        QVERIFY2(rules.contains(QStringLiteral("pod.crashloop.db-migration")), qPrintable(rules.join(u' ')));
        auto *problemsDock = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QVERIFY(problemsDock->isVisible());
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("problems-dock-en.png")));

        // Evidence from the previous log leads to the pod and opens its log.
        QString logReference;
        for (int row = 0; row < findings->rowCount(); ++row) {
            const Models::Finding *f = findings->findingAt(row);
            if (f->ruleId != QLatin1String("pod.crashloop.db-migration"))
                continue;
            for (const Models::Evidence &e : f->evidence) {
                if (e.reference().startsWith(QLatin1String("log:")))
                    logReference = e.reference();
            }
        }
        QVERIFY(!logReference.isEmpty());
        Q_EMIT app.docks()->problems()->referenceActivated(logReference);
        QVERIFY(QTest::qWaitFor([&] {
            return window->detailsPanel()->findChild<QLabel *>(QStringLiteral("detailsHeader"))->text().startsWith(QLatin1String("Pod shop/orders-api-"));
        }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return app.docks()->logView() && app.docks()->logView()->model()->rowCount() > 0; }, 20000));

        // Logs of the crash-looping pod, from its details.
        Ui::PodsPane *pods = window->podsPane();
        QVERIFY(QTest::qWaitFor([&] { return pods->view()->model()->rowCount() > 5; }, 20000));
        QString orders;
        for (int row = 0; row < pods->view()->model()->rowCount(); ++row) {
            const QString key = pods->view()->model()->index(row, 0).data(Qt::UserRole + 2).toString();
            if (key.startsWith(QLatin1String("shop/orders-api-")))
                orders = key;
        }
        QVERIFY(!orders.isEmpty());
        QVERIFY(pods->selectKey(orders));
        Ui::ActionBar *bar = window->detailsPanel()->actionBar();
        QVERIFY(QTest::qWaitFor([&] { return bar->logsButton()->isVisible(); }, 10000));
        QTest::mouseClick(bar->logsButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return app.docks()->logView() && app.docks()->logView()->model()->rowCount() > 0; }, 20000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("logs-dock-en.png")));

        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(QTest::qWaitFor([&] { return problemsDock->windowTitle() == QStringLiteral("問題"); }, 5000));
        problemsDock->raise();
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("problems-dock-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }


    void forwardsMarkedToReopenComeBack()
    {
        // A forward the user marked in an earlier run.
        Models::PortForwardRequest request;
        request.context = QStringLiteral("kaji-admin");
        request.namespaceName = QStringLiteral("shop");
        request.kind = QStringLiteral("service");
        request.name = QStringLiteral("storefront");
        request.remotePort = QStringLiteral("80");
        request.reopenOnStart = true;
        App::PortForwardMemory::remember(request);
        QCOMPARE(App::PortForwardMemory::load().size(), 1);
        {
            App::Application app;
            Models::PortForwardModel *sessions = app.docks()->portForwards()->model();
            QVERIFY(QTest::qWaitFor([&] {
                return sessions->rowCount() == 1
                    && Models::PortForwarder::State(sessions->index(0, 0).data(Models::PortForwardModel::StateRole).toInt())
                    == Models::PortForwarder::State::Active;
            }, 30000));
            // Removing it means it should not come back.
            auto *remove = app.docks()->portForwards()->findChild<QPushButton *>(QStringLiteral("portForwardRemove"));
            QVERIFY(remove);
            app.docks()->portForwards()->view()->setCurrentIndex(sessions->index(0, 0));
            QTest::mouseClick(remove, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return sessions->rowCount() == 0; }, 10000));
        }
        QVERIFY(App::PortForwardMemory::load().isEmpty());
    }
};

QTEST_MAIN(TestDocks)
#include "tst_docks.moc"
