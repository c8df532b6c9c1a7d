// The details panel against the real local cluster, driven with QTest
// events: a Deployment's overview, YAML and events; its links followed to
// the ReplicaSet and on to a Pod, each opening its table with the row
// selected; a Secret masked until revealed. Screenshots in both languages.

#include "actionbar.h"
#include "application.h"
#include "clusteractions.h"
#include "clusterconnection.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "guifixture.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "kindtreemodel.h"
#include "mainwindow.h"
#include "podspane.h"
#include "resourcepane.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace Kaji;

namespace {

bool clickKind(Ui::MainWindow *window, const QString &resourceId)
{
    return KajiGuiTest::clickKind(window->kindNavigator()->view(), resourceId);
}

bool clickRow(Ui::TablePane *pane, const QString &key)
{
    return KajiGuiTest::clickRow(pane->view(), key);
}

// Clicks the first link in the overview whose text starts with `text`.
bool clickLink(QTextBrowser *browser, const QString &text)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || !fragment.text().startsWith(text))
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + 1);
            browser->ensureCursorVisible();
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect rect = browser->cursorRect(cursor);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, rect.center());
            return true;
        }
    }
    return false;
}

} // namespace

class TestDetails : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    // A pod selected before discovery answered (the Pods table can fill
    // first on a busy server) is shown once the kinds are known.
    void selectionBeforeDiscoveryIsShownAfter()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-admin"));
        auto *kinds = qobject_cast<Models::KindTreeModel *>(window->kindNavigator()->view()->model());
        QVERIFY(kinds);
        QVERIFY(QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000));
        QString podKey;
        QVERIFY(QTest::qWaitFor([&] {
            for (int row = 0; row < window->podsPane()->proxy()->rowCount() && podKey.isEmpty(); ++row) {
                const QString key = window->podsPane()->proxy()->index(row, 0).data(Models::KeyRole).toString();
                if (key.startsWith(QLatin1String("shop/storefront-")))
                    podKey = key;
            }
            return !podKey.isEmpty();
        }, 20000));

        const QList<Kube::ApiResource> resources = app.connection()->resources();
        kinds->setResources({}); // as before discovery answered
        app.details()->show(QStringLiteral("pods"), podKey);
        QTest::qWait(200);
        QVERIFY2(KajiGuiTest::detailsHeader(window).isEmpty(), qPrintable(KajiGuiTest::detailsHeader(window)));
        kinds->setResources(resources);
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + podKey; }, 10000));
    }

    void deploymentToReplicaSetToPod()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 860);
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(clickKind(window, QStringLiteral("deployments.apps")));
        QVERIFY(clickRow(app.kindPanes()->pane(QStringLiteral("deployments.apps")), QStringLiteral("shop/storefront")));

        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QLatin1String("Deployment shop/storefront"); }, 10000));
        QVERIFY(panel->yamlText().startsWith(QLatin1String("apiVersion: apps/v1\nkind: Deployment\n")));
        QVERIFY(!panel->yamlText().contains(QLatin1String("managedFields")));
        QVERIFY(QTest::qWaitFor([&] { return panel->overviewText().contains(QLatin1String("ReplicaSet storefront-")); }, 10000));
        QVERIFY(panel->overviewText().contains(QLatin1String("Container storefront")));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("deployment-details-en.png")));

        // Down to the ReplicaSet it owns: its table opens with the row selected.
        auto *overview = panel->findChild<QTextBrowser *>(QStringLiteral("detailsOverview"));
        // The one with pods: earlier tests may have rolled storefront out,
        // leaving an old, empty ReplicaSet listed too.
        const QStringList live = QString::fromUtf8(KajiGuiTest::kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("get"),
                                                            QStringLiteral("rs"), QStringLiteral("-o"),
                                                            QStringLiteral("jsonpath={range .items[?(@.spec.replicas>0)]}{.metadata.name}{\"\\n\"}{end}")}))
                                     .split(u'\n', Qt::SkipEmptyParts)
                                     .filter(QStringLiteral("storefront-"));
        QVERIFY2(!live.isEmpty(), "no storefront ReplicaSet with replicas");
        QVERIFY(QTest::qWaitFor([&] { return panel->overviewText().contains(QStringLiteral("ReplicaSet ") + live.first()); }, 10000));
        QVERIFY(clickLink(overview, QStringLiteral("ReplicaSet ") + live.first()));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window).startsWith(QLatin1String("ReplicaSet shop/storefront-")); }, 10000));
        Ui::TablePane *replicaSets = app.kindPanes()->tablePane(QStringLiteral("replicasets.apps"));
        QVERIFY(replicaSets);
        QCOMPARE(window->currentKindPane(), static_cast<QWidget *>(replicaSets));
        QVERIFY(QTest::qWaitFor([&] { return replicaSets->selectedKey().startsWith(QLatin1String("shop/storefront-")); }, 10000));

        // And on to one of its pods, which names its node.
        QVERIFY(QTest::qWaitFor([&] { return overview->toPlainText().contains(QLatin1String("Pod storefront-")); }, 10000));
        QVERIFY(clickLink(overview, QStringLiteral("Pod storefront-")));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window).startsWith(QLatin1String("Pod shop/storefront-")); }, 10000));
        QCOMPARE(window->currentKindPane(), static_cast<QWidget *>(window->podsPane()));
        QVERIFY(QTest::qWaitFor([&] { return window->podsPane()->selectedKey().startsWith(QLatin1String("shop/storefront-")); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return overview->toPlainText().contains(QLatin1String("Node kaji-")); }, 10000));
        auto *events = panel->findChild<QTextBrowser *>(QStringLiteral("detailsEvents"));
        panel->tabs()->setCurrentWidget(events);
        QVERIFY(QTest::qWaitFor([&] { return !events->toPlainText().isEmpty(); }, 10000));
        panel->tabs()->setCurrentIndex(0);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pod-details-en.png")));

        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(QTest::qWaitFor([&] { return panel->tabs()->tabText(0) == QStringLiteral("概要"); }, 5000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pod-details-ja.png")));
        app.setLanguage(QStringLiteral("en"));
    }

    void secretValuesAreMaskedUntilRevealed()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(clickKind(window, QStringLiteral("secrets")));
        QVERIFY(clickRow(app.kindPanes()->pane(QStringLiteral("secrets")), QStringLiteral("shop/orders-db")));
        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->yamlText().contains(QLatin1String("kind: Secret")); }, 10000));
        const QByteArray secret = KajiGuiTest::kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("get"),
                                                        QStringLiteral("secret"), QStringLiteral("orders-db"),
                                                        QStringLiteral("-o"), QStringLiteral("jsonpath={.data.*}")});
        const QString firstValue = QString::fromUtf8(secret).split(u' ').first();
        QVERIFY(!firstValue.isEmpty());
        QVERIFY(!panel->yamlText().contains(firstValue));
        QVERIFY(panel->yamlText().contains(QStringLiteral("••••••••")));

        panel->tabs()->setCurrentIndex(panel->tabs()->count() - 1); // YAML
        auto *reveal = panel->findChild<QCheckBox *>(QStringLiteral("revealSecrets"));
        QVERIFY(reveal->isVisible());
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(reveal->isChecked());
        QVERIFY(panel->yamlText().contains(firstValue));
    }


    void scaleAndDeleteFromTheDetails()
    {
        const QString name = QStringLiteral("details-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        KajiGuiTest::kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("create"), QStringLiteral("deployment"), name,
                              QStringLiteral("--image=registry.example/app:1"), QStringLiteral("--replicas=1")});
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(clickKind(window, QStringLiteral("deployments.apps")));
        Ui::TablePane *pane = app.kindPanes()->tablePane(QStringLiteral("deployments.apps"));
        QVERIFY(clickRow(pane, QStringLiteral("batch/") + name));
        Ui::ActionBar *bar = window->detailsPanel()->actionBar();
        using Action = Models::ObjectActions::Action;
        QVERIFY(QTest::qWaitFor([&] { return bar->button(Action::Scale) && bar->button(Action::Scale)->isEnabled(); }, 10000));
        // Each action's permission is answered on its own: Restart may come a moment later.
        QVERIFY(QTest::qWaitFor([&] { return bar->button(Action::Restart) && bar->button(Action::Restart)->isEnabled(); }, 10000));

        // Scale through the dialog, as a user types it.
        QTimer::singleShot(300, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setIntValue(3);
            dialog->accept();
        });
        QTest::mouseClick(bar->button(Action::Scale), Qt::LeftButton);
        const auto replicas = [&] {
            return KajiGuiTest::kubectl({QStringLiteral("-n"), QStringLiteral("batch"), QStringLiteral("get"), QStringLiteral("deployment"),
                                         name, QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.replicas}")});
        };
        QVERIFY(QTest::qWaitFor([&] { return replicas() == "3"; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return bar->statusText().contains(QLatin1String("done")); }, 10000));

        // Delete asks first; after yes the row goes.
        QVERIFY(QTest::qWaitFor([&] { return bar->button(Action::Delete) && bar->button(Action::Delete)->isEnabled(); }, 10000));
        QTimer::singleShot(300, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(bar->button(Action::Delete), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !pane->selectKey(QStringLiteral("batch/") + name); }, 15000));
    }

    void restrictedUserMayNotCordon()
    {
        App::Application app;
        app.show();
        app.mainWindow()->selectContext(QStringLiteral("kaji-restricted"));
        QVERIFY(QTest::qWaitFor([&] { return app.mainWindow()->kindNavigator()->view()->model()->rowCount() > 0; }, 20000));
        Models::ObjectActions *actions = app.details()->actions();
        QSignalSpy answers(actions, &Models::ObjectActions::permissionChecked);
        const Models::ObjectActions::Target node{QStringLiteral("nodes"), QStringLiteral("Node"), {}, QStringLiteral("kaji-worker-1")};
        actions->checkPermission(node, Models::ObjectActions::Action::Cordon);
        const Models::ObjectActions::Target deployment{QStringLiteral("deployments.apps"), QStringLiteral("Deployment"),
                                                       QStringLiteral("shop"), QStringLiteral("storefront")};
        actions->checkPermission(deployment, Models::ObjectActions::Action::Scale);
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == 2; }, 10000));
        for (const QList<QVariant> &answer : answers) {
            const auto target = answer.at(0).value<Models::ObjectActions::Target>();
            const bool allowed = answer.at(2).toBool();
            QCOMPARE(allowed, target.kind == QLatin1String("Deployment"));
            if (!allowed)
                QVERIFY(!answer.at(3).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
