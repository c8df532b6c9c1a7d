// Getting around against the real local cluster, driven like a user: the
// namespace picker (filtering every table, remembered per context, and the
// restricted user's namespaces added by name and watched one by one), the
// command palette (Ctrl+K, a few letters, Enter) and a row's right-click
// menu mirroring the actions the user may take.

#include "actionbar.h"
#include "application.h"
#include "clusterconnection.h"
#include "commandpalette.h"
#include "connectionpool.h"
#include "contextlistmodel.h"
#include "contextsidebar.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "editcontroller.h"
#include "guifixture.h"
#include "kindpanes.h"
#include "mainwindow.h"
#include "namespacepicker.h"
#include "namespacescope.h"
#include "palettemodel.h"
#include "podspane.h"
#include "resourcepane.h"
#include "rowmenu.h"
#include "settings.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Kaji;
using KajiGuiTest::kubectl;

namespace {

QStringList namespacesShown(Ui::TablePane *pane)
{
    QStringList namespaces;
    QAbstractItemModel *model = pane->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString key = model->index(row, 0).data(Models::KeyRole).toString();
        const QString ns = key.section(u'/', 0, 0);
        if (!namespaces.contains(ns))
            namespaces.append(ns);
    }
    namespaces.sort();
    return namespaces;
}

QListWidgetItem *pickerItem(Ui::NamespacePicker *picker, const QString &name)
{
    auto *list = picker->panel()->findChild<QListWidget *>(QStringLiteral("namespaceList"));
    const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

void addByName(Ui::NamespacePicker *picker, const QString &name)
{
    auto *edit = picker->panel()->findChild<QLineEdit *>(QStringLiteral("namespaceAddName"));
    edit->clear();
    QTest::keyClicks(edit, name);
    QTest::mouseClick(picker->panel()->findChild<QPushButton *>(QStringLiteral("namespaceAdd")), Qt::LeftButton);
}

QString bannerOf(QWidget *pane)
{
    const auto *label = pane->findChild<QLabel *>(QStringLiteral("tableBanner"));
    return label->isVisible() ? label->text() : QString();
}

} // namespace

class TestNavigation : public QObject {
    Q_OBJECT
    QString m_namespace; // where the restricted user is granted view by the test

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        m_namespace = QStringLiteral("nav-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_namespace});
        kubectl({QStringLiteral("-n"), m_namespace, QStringLiteral("create"), QStringLiteral("rolebinding"),
                 QStringLiteral("nav-view"), QStringLiteral("--clusterrole=view"), QStringLiteral("--group=shop-developers")});
        kubectl({QStringLiteral("-n"), m_namespace, QStringLiteral("run"), QStringLiteral("nav-pod"),
                 QStringLiteral("--image=registry.example/app:1")});
    }

    void cleanupTestCase()
    {
        // The pod first: kwok cannot finish pods of a namespace being deleted.
        kubectl({QStringLiteral("-n"), m_namespace, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("nav-pod"),
                 QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_namespace, QStringLiteral("--wait=false")});
    }

    void pickerFiltersEveryTableAndIsRemembered()
    {
        {
            App::Application app;
            Ui::MainWindow *window = app.mainWindow();
            window->show();
            window->selectContext(QStringLiteral("kaji-admin"));
            Ui::PodsPane *pods = window->podsPane();
            Ui::NamespacePicker *picker = window->namespacePicker();
            QVERIFY(QTest::qWaitFor([&] { return namespacesShown(pods).size() >= 4; }, 30000));
            QVERIFY(QTest::qWaitFor([&] { return pickerItem(picker, QStringLiteral("infra")) != nullptr; }, 20000));
            QCOMPARE(picker->text(), QStringLiteral("Namespaces: all"));

            // Tick shop, then infra, as a user does in the picker's list.
            pickerItem(picker, QStringLiteral("shop"))->setCheckState(Qt::Checked);
            QCOMPARE(namespacesShown(pods), QStringList{QStringLiteral("shop")});
            pickerItem(picker, QStringLiteral("infra"))->setCheckState(Qt::Checked);
            QCOMPARE(namespacesShown(pods), (QStringList{QStringLiteral("infra"), QStringLiteral("shop")}));
            QCOMPARE(picker->text(), QStringLiteral("Namespaces: infra, shop"));
            QVERIFY(pods->findChild<QLabel *>(QStringLiteral("tableCount"))->text().contains(QLatin1String(" of ")));

            // A table opened later is filtered too; cluster-wide kinds are not.
            app.kindPanes()->open(QStringLiteral("deployments.apps"));
            Ui::ResourcePane *deployments = app.kindPanes()->pane(QStringLiteral("deployments.apps"));
            QVERIFY(QTest::qWaitFor([&] { return deployments->view()->model()->rowCount() > 0; }, 20000));
            QVERIFY(QTest::qWaitFor([&] { return namespacesShown(deployments).contains(QStringLiteral("shop")); }, 20000));
            for (const QString &ns : namespacesShown(deployments))
                QVERIFY2(ns == QLatin1String("shop") || ns == QLatin1String("infra"), qPrintable(ns));
            app.kindPanes()->open(QStringLiteral("nodes"));
            Ui::ResourcePane *nodes = app.kindPanes()->pane(QStringLiteral("nodes"));
            QVERIFY(QTest::qWaitFor([&] { return nodes->view()->model()->rowCount() > 0; }, 20000));
            window->resize(1300, 800);
            QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("namespaces-filtered.png")));
            // The picker's panel, opened without blocking (showMenu() would).
            picker->menu()->popup(picker->mapToGlobal(QPoint(0, picker->height())));
            QVERIFY(QTest::qWaitForWindowExposed(picker->menu()));
            QVERIFY(KajiGuiTest::screenshot(picker->menu(), QStringLiteral("namespace-picker.png")));
            picker->menu()->hide();
        }
        QCOMPARE(App::Settings().selectedNamespaces(QStringLiteral("kaji-admin")),
                 (QStringList{QStringLiteral("infra"), QStringLiteral("shop")}));
        // The next start shows the same namespaces.
        App::Application again;
        again.mainWindow()->selectContext(QStringLiteral("kaji-admin"));
        QCOMPARE(again.mainWindow()->namespacePicker()->text(), QStringLiteral("Namespaces: infra, shop"));
        QVERIFY(QTest::qWaitFor([&] { return !namespacesShown(again.mainWindow()->podsPane()).isEmpty(); }, 30000));
        QCOMPARE(namespacesShown(again.mainWindow()->podsPane()),
                 (QStringList{QStringLiteral("infra"), QStringLiteral("shop")}));
        // Back to all.
        again.namespaces()->select({});
        QVERIFY(namespacesShown(again.mainWindow()->podsPane()).size() >= 4);
    }

    void restrictedUserWorksInNamespacesAddedByName()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        window->show();
        window->selectContext(QStringLiteral("kaji-restricted"));
        Ui::PodsPane *pods = window->podsPane();
        KajiGuiTest::reveal(pods); // the context opens on its Overview; the banner is the Pods tab's
        Ui::NamespacePicker *picker = window->namespacePicker();
        auto *note = picker->panel()->findChild<QLabel *>(QStringLiteral("namespaceNote"));
        // Listing namespaces is refused: the picker says so and offers the
        // context's namespace; the pods come from it alone.
        QVERIFY(QTest::qWaitFor([&] { return note->text().contains(QLatin1String("may not list namespaces")); }, 30000));
        QVERIFY(pickerItem(picker, QStringLiteral("shop")));
        QVERIFY(QTest::qWaitFor([&] { return namespacesShown(pods) == QStringList{QStringLiteral("shop")}; }, 30000));

        // The user adds the namespace they were granted: it is watched on its
        // own, its pod appears, and it is remembered for this context.
        addByName(picker, m_namespace);
        QCOMPARE(picker->selection(), QStringList{m_namespace});
        QVERIFY(QTest::qWaitFor([&] { return namespacesShown(pods) == QStringList{m_namespace}; }, 30000));
        QVERIFY(pods->proxy()->sourceModel()->rowCount() >= 1);
        QCOMPARE(App::Settings().addedNamespaces(QStringLiteral("kaji-restricted")), QStringList{m_namespace});
        pickerItem(picker, QStringLiteral("shop"))->setCheckState(Qt::Checked);
        QVERIFY(QTest::qWaitFor([&] {
            return namespacesShown(pods) == (QStringList{m_namespace, QStringLiteral("shop")});
        }, 30000));
        QVERIFY2(bannerOf(pods).isEmpty(), qPrintable(bannerOf(pods)));

        // A namespace the user may not read: said, naming it; the others stay.
        addByName(picker, QStringLiteral("kube-system"));
        QVERIFY(QTest::qWaitFor([&] { return bannerOf(pods).contains(QLatin1String("namespace kube-system")); }, 30000));
        QCOMPARE(namespacesShown(pods), (QStringList{m_namespace, QStringLiteral("shop")}));
        window->resize(1300, 800);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("namespaces-restricted.png")));
        // Unticking it drops its watch and the complaint with it.
        pickerItem(picker, QStringLiteral("kube-system"))->setCheckState(Qt::Unchecked);
        QVERIFY(QTest::qWaitFor([&] { return bannerOf(pods).isEmpty(); }, 30000));
        QCOMPARE(namespacesShown(pods), (QStringList{m_namespace, QStringLiteral("shop")}));
        // Unticking the added one drops its rows from the table's source too.
        pickerItem(picker, m_namespace)->setCheckState(Qt::Unchecked);
        QVERIFY(QTest::qWaitFor([&] {
            const QAbstractItemModel *source = pods->proxy()->sourceModel();
            for (int row = 0; row < source->rowCount(); ++row) {
                if (source->index(row, 0).data(Models::KeyRole).toString().startsWith(m_namespace + u'/'))
                    return false;
            }
            return source->rowCount() > 0;
        }, 30000));
    }

    void paletteJumpsToAnObject()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        window->show();
        window->selectContext(QStringLiteral("kaji-admin"));
        app.namespaces()->select({});
        QVERIFY(QTest::qWaitFor([&] { return window->podsPane()->view()->model()->rowCount() > 10; }, 30000));
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        Ui::CommandPalette *palette = window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette && palette->isVisible());
        QAbstractItemModelTester tester(palette->list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("orders-api"));
        const QModelIndex first = palette->list()->currentIndex();
        QVERIFY(first.isValid());
        QVERIFY2(first.data().toString().startsWith(QLatin1String("orders-api-")), qPrintable(first.data().toString()));
        QVERIFY(KajiGuiTest::screenshot(palette, QStringLiteral("command-palette.png")));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        // The pod is selected in its table and its details are shown.
        QVERIFY(QTest::qWaitFor([&] { return window->podsPane()->selectedKey().startsWith(QLatin1String("shop/orders-api-")); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return window->detailsPanel()->isVisible(); }, 20000));

        // A kind by a few letters.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("statefulset"));
        QCOMPARE(palette->list()->currentIndex().data(Models::PaletteModel::TypeRole).toInt(),
                 int(Models::PaletteEntry::Type::Kind));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return app.kindPanes()->pane(QStringLiteral("statefulsets.apps")) != nullptr; }, 20000));
        QCOMPARE(window->currentKindPane(), app.kindPanes()->pane(QStringLiteral("statefulsets.apps")));

        // A namespace: the tables narrow to it.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("infra"));
        QCOMPARE(palette->list()->currentIndex().data(Models::PaletteModel::TypeRole).toInt(),
                 int(Models::PaletteEntry::Type::Namespace));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QCOMPARE(app.namespaces()->selection(), QStringList{QStringLiteral("infra")});
        app.namespaces()->select({});

        // A command shows the key it stands in for.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("apply manifests"));
        const QModelIndex command = palette->list()->currentIndex();
        QCOMPARE(command.data(Models::PaletteModel::TypeRole).toInt(), int(Models::PaletteEntry::Type::Command));
        QVERIFY2(command.data(Models::PaletteModel::DetailRole).toString().endsWith(QStringLiteral("Ctrl+Shift+A")),
                 qPrintable(command.data(Models::PaletteModel::DetailRole).toString()));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
    }

    // The palette offers what the details' bar offers for the object shown:
    // "edit" and Enter opens the editor; an action the user may not take is
    // listed with the reason and Enter does nothing.
    void paletteOffersTheShownObjectsActions()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000));
        using Action = Models::ObjectActions::Action;
        Ui::ActionBar *bar = window->detailsPanel()->actionBar();
        app.details()->show(QStringLiteral("deployments.apps"), QStringLiteral("shop/storefront"));
        QVERIFY(QTest::qWaitFor([&] { return bar->button(Action::Edit) && bar->button(Action::Edit)->isEnabled(); }, 20000));
        QSignalSpy opened(app.edits(), &App::EditController::windowOpened);
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        auto *palette = window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette && palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("edit"));
        const QModelIndex first = palette->list()->currentIndex();
        QCOMPARE(first.data(Models::PaletteModel::TypeRole).toInt(), int(Models::PaletteEntry::Type::Action));
        QCOMPARE(first.data().toString(), bar->button(Action::Edit)->text());
        QCOMPARE(first.data(Models::PaletteModel::DetailRole).toString(), QStringLiteral("Deployment shop/storefront"));
        QVERIFY(KajiGuiTest::screenshot(palette, QStringLiteral("command-palette-actions.png")));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QVERIFY(opened.wait(20000));
        QWidget *editor = opened.first().first().value<QWidget *>();
        QVERIFY(editor && editor->isVisible());
        editor->close();

        // jane may read the EndpointSlices of shop but not patch them (the
        // edit role): the entry says why and is not taken.
        const QString slice = QString::fromUtf8(kubectl({QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("get"),
                                                         QStringLiteral("endpointslices"), QStringLiteral("-l"),
                                                         QStringLiteral("kubernetes.io/service-name=storefront"), QStringLiteral("-o"),
                                                         QStringLiteral("jsonpath={.items[0].metadata.name}")}));
        QVERIFY(!slice.isEmpty());
        window->selectContext(QStringLiteral("kaji-restricted"));
        QVERIFY(QTest::qWaitFor([&] { return app.connection() && !app.connection()->resources().isEmpty(); }, 20000));
        app.details()->show(QStringLiteral("endpointslices.discovery.k8s.io"), QStringLiteral("shop/") + slice);
        QVERIFY(QTest::qWaitFor([&] {
            return bar->target().name == slice && bar->button(Action::Edit)
                && !bar->button(Action::Edit)->isHidden()
                // The answer, not "Checking your permissions…": the Overview
                // the context opens on asks the server for more at that moment.
                && bar->button(Action::Edit)->toolTip().startsWith(QLatin1String("Not allowed"))
                && !bar->button(Action::Edit)->isEnabled();
        }, 20000));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("edit"));
        const QModelIndex refused = palette->list()->currentIndex();
        QCOMPARE(refused.data(Models::PaletteModel::TypeRole).toInt(), int(Models::PaletteEntry::Type::Action));
        QVERIFY(!refused.data(Models::PaletteModel::AvailableRole).toBool());
        QVERIFY2(refused.data(Models::PaletteModel::DetailRole).toString().contains(QLatin1String("patch")),
                 qPrintable(refused.data(Models::PaletteModel::DetailRole).toString()));
        QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        QVERIFY(palette->isVisible());
        QCOMPARE(opened.size(), 1);
        QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
    }

    void rowMenuOffersWhatTheUserMayDo()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        window->show();
        window->selectContext(QStringLiteral("kaji-admin"));
        Ui::PodsPane *pods = window->podsPane();
        pods->setFilterText(QStringLiteral("storefront"));
        QVERIFY(QTest::qWaitFor([&] { return pods->view()->model()->rowCount() > 0; }, 30000));
        QTableView *view = pods->view();
        const QModelIndex index = view->model()->index(0, 0);
        const QString key = index.data(Models::KeyRole).toString();
        const QPoint pos = view->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &event);
        QCOMPARE(pods->selectedKey(), key);
        auto *menu = window->findChild<Ui::RowMenu *>();
        QVERIFY(menu);
        // Once the details know the pod and the permissions are in, the menu
        // holds the bar's actions, enabled for the admin.
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text().remove(u'&') == text)
                    return a;
            }
            return nullptr;
        };
        QVERIFY(QTest::qWaitFor([&] { return action(QStringLiteral("Delete…")) && action(QStringLiteral("Delete…"))->isEnabled(); }, 20000));
        QVERIFY(action(QStringLiteral("Logs")) || action(QStringLiteral("Logs…")));
        QVERIFY(KajiGuiTest::screenshot(menu, QStringLiteral("row-menu.png")));
        menu->findChild<QAction *>(QStringLiteral("copyName"));
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("copyName"))
                a->trigger();
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), key.section(u'/', 1));
        menu->close();
    }

    // Contexts stay connected side by side: going back is instant and
    // served from memory, the sidebar shows which are live, and one can be
    // disconnected by hand.
    void severalContextsStayConnected()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        window->show();
        window->selectContext(QStringLiteral("kaji-admin"));
        QVERIFY(QTest::qWaitFor([&] { return window->podsPane()->view()->model()->rowCount() > 10; }, 30000));
        Kube::ClusterConnection *admin = app.connection();
        window->selectContext(QStringLiteral("kaji-restricted"));
        QVERIFY(QTest::qWaitFor([&] { return namespacesShown(window->podsPane()) == QStringList{QStringLiteral("shop")}; }, 30000));
        QCOMPARE(app.connections()->connected(), (QStringList{QStringLiteral("kaji-restricted"), QStringLiteral("kaji-admin")}));

        auto *contexts = qobject_cast<Models::ContextListModel *>(
            window->findChild<Ui::ContextSidebar *>()->findChild<QListView *>()->model());
        QVERIFY(contexts);
        const QModelIndex adminRow = contexts->index(contexts->rowForName(QStringLiteral("kaji-admin")));
        QCOMPARE(adminRow.data(Models::ContextListModel::ConnectionRole).toInt(), int(Kube::Reflector::State::Synced));
        QVERIFY(adminRow.data(Qt::ToolTipRole).toString().contains(QLatin1String("Connected, live")));
        const QModelIndex unreachable = contexts->index(contexts->rowForName(QStringLiteral("kaji-unreachable")));
        QCOMPARE(unreachable.data(Models::ContextListModel::ConnectionRole).toInt(), -1);

        // Back to the admin: the same connection, the table refilled from
        // what it kept watching.
        window->selectContext(QStringLiteral("kaji-admin"));
        QCOMPARE(app.connection(), admin);
        QVERIFY(QTest::qWaitFor([&] { return namespacesShown(window->podsPane()).size() >= 4; }, 5000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("contexts-connected.png")));

        Q_EMIT window->disconnectRequested(QStringLiteral("kaji-restricted"));
        QCOMPARE(app.connections()->connected(), QStringList{QStringLiteral("kaji-admin")});
        const QModelIndex restrictedRow = contexts->index(contexts->rowForName(QStringLiteral("kaji-restricted")));
        QCOMPARE(restrictedRow.data(Models::ContextListModel::ConnectionRole).toInt(), -1);
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
