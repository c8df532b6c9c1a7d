// Issue 20 against the local cluster's kubeconfig (four contexts): the
// cluster switcher (avatars, reorder by drag and drop remembered across a
// restart, Ctrl+1…9 and Ctrl+Alt+Up/Down, a colour chosen from the
// context's menu), the window's first-start geometry and its restore, the
// empty states that say why (an empty namespace, a filter, a refusal for
// kaji-restricted's jane, a refused connection), and the shortcut overlay.

#include "application.h"
#include "contextavatar.h"
#include "contextitemdelegate.h"
#include "contextlistmodel.h"
#include "contextsidebar.h"
#include "guifixture.h"
#include "kubeconfigloader.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "mainwindow.h"
#include "namespacescope.h"
#include "podspane.h"
#include "resourcepane.h"
#include "shortcutoverlay.h"
#include "tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Kaji;

namespace {

const QString Namespace = QStringLiteral("kaji-switch20-test");

QListView *contextList(Ui::MainWindow *window)
{
    return window->findChild<QListView *>(QStringLiteral("contextList"));
}

QStringList listed(Ui::MainWindow *window)
{
    QStringList out;
    const QAbstractItemModel *model = contextList(window)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data(Models::ContextListModel::NameRole).toString();
    return out;
}

// Runs `handle` on the context menu once it pops up.
void whenMenuShown(std::function<void(QMenu *)> handle)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(menu);
        }
    });
    timer->start(50);
}

} // namespace

class TestSwitcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        KajiGuiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), Namespace});
    }

    void cleanupTestCase()
    {
        if (!KajiGuiTest::kubeconfig().isEmpty())
            KajiGuiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), Namespace, QStringLiteral("--wait=false")});
    }

    void init() { QSettings().clear(); }

    void reorderIsRememberedAcrossARestart()
    {
        QStringList dragged;
        {
            App::Application app;
            Ui::MainWindow *window = app.mainWindow();
            QListView *list = contextList(window);
            QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            const QStringList first = listed(window);
            QCOMPARE(first, (QStringList{QStringLiteral("kaji-admin"), QStringLiteral("kaji-exec"),
                                         QStringLiteral("kaji-restricted"), QStringLiteral("kaji-unreachable")}));
            QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
            // The list's drop, as its drag of the last row onto the first makes it.
            QAbstractItemModel *model = list->model();
            std::unique_ptr<QMimeData> data(model->mimeData({model->index(3, 0)}));
            QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
            // And a move by the model's API: kaji-exec to the end.
            QVERIFY(model->moveRow({}, 2, {}, 4));
            dragged = listed(window);
            QCOMPARE(dragged, (QStringList{QStringLiteral("kaji-unreachable"), QStringLiteral("kaji-admin"),
                                           QStringLiteral("kaji-restricted"), QStringLiteral("kaji-exec")}));
        }
        App::Application again;
        QCOMPARE(listed(again.mainWindow()), dragged);
    }

    void keyboardSwitchesContexts()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        app.show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->selectContext(QStringLiteral("kaji-admin"));
        const QStringList names = listed(window);
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentContext(), names.at(1));
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentContext(), names.at(3));
        // Next wraps around to the first; previous goes back.
        QTest::keyClick(window, Qt::Key_Down, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(window->currentContext(), names.at(0));
        QTest::keyClick(window, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(window->currentContext(), names.at(3));
        // Ctrl+5 names no context (four are listed): nothing changes.
        QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window->currentContext(), names.at(3));
        // A context dragged to the top gets Ctrl+1; the Go menu names it.
        QVERIFY(contextList(window)->model()->moveRow({}, 2, {}, 0));
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentContext(), names.at(2));
        auto *first = window->findChild<QAction *>(QStringLiteral("switchContext1Action"));
        QVERIFY(first->text().contains(names.at(2)));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("switchContext5Action"))->isVisible());
        // The switch connects like a click: the sidebar's state shows it.
        QVERIFY(QTest::qWaitFor([&] {
            return contextList(window)->model()->index(0, 0).data(Models::ContextListModel::ConnectionRole).toInt() >= 0;
        }, 10000));
    }

    void avatarColourFromTheMenuIsRemembered()
    {
        const QColor chosen = Ui::ContextAvatar::swatches().at(3);
        {
            App::Application app;
            Ui::MainWindow *window = app.mainWindow();
            app.show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QListView *list = contextList(window);
            const QModelIndex exec = list->model()->index(1, 0);
            QCOMPARE(exec.data(Models::ContextListModel::NameRole).toString(), QStringLiteral("kaji-exec"));
            bool found = false;
            whenMenuShown([&](QMenu *menu) {
                auto *swatch = menu->findChild<QAction *>(QStringLiteral("avatarColour3"));
                found = swatch != nullptr;
                if (swatch)
                    swatch->trigger();
                menu->close();
            });
            const QPoint pos = list->visualRect(exec).center();
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(list->viewport(), &event);
            QVERIFY(found);
            QCOMPARE(exec.data(Models::ContextListModel::AvatarColourRole).toString(), chosen.name());

            // The avatar is painted in it: the left edge of its square, beside the initials.
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.rect = list->visualRect(exec);
            const QRect avatar = Ui::ContextItemDelegate::avatarRect(option);
            const QImage image = list->viewport()->grab().toImage();
            const QColor painted = image.pixelColor(
                (QPoint(avatar.left() + 5, avatar.center().y())) * image.devicePixelRatio());
            QVERIFY2(std::abs(painted.red() - chosen.red()) < 8 && std::abs(painted.green() - chosen.green()) < 8
                         && std::abs(painted.blue() - chosen.blue()) < 8,
                     qPrintable(painted.name() + u' ' + chosen.name()));
        }
        App::Application again;
        const QModelIndex exec = contextList(again.mainWindow())->model()->index(1, 0);
        QCOMPARE(exec.data(Models::ContextListModel::AvatarColourRole).toString(), chosen.name());
    }

    void longNamesAndTheCompactLayout()
    {
        // An EKS context as `aws eks update-kubeconfig` names it.
        QTemporaryDir dir;
        const QString arn = QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod");
        QFile file(dir.filePath(QStringLiteral("config")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: https://eks.example}\n"
                                  "users:\n- name: u\n  user: {token: t}\ncontexts:\n- name: %1\n  context: {cluster: c, user: u}\n"
                                  "- name: dev\n  context: {cluster: c, user: u}\ncurrent-context: dev\n")
                       .arg(arn)
                       .toUtf8());
        file.close();
        Models::ContextListModel model;
        model.setConfig(Kube::KubeConfigLoader::load({file.fileName()}));
        Ui::ContextSidebar sidebar(&model);
        sidebar.resize(230, 200);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        auto *list = sidebar.findChild<QListView *>(QStringLiteral("contextList"));
        const QModelIndex row = model.index(model.rowForName(arn), 0);
        QCOMPARE(row.data(Models::ContextListModel::InitialsRole).toString(), QStringLiteral("PR"));
        QVERIFY(row.data(Qt::ToolTipRole).toString().startsWith(arn));
        // No sideways scrolling: the name is elided to the column instead.
        QVERIFY(list->horizontalScrollBar()->maximum() == 0);
        KajiGuiTest::screenshot(&sidebar, QStringLiteral("switcher-long-name.png"));
        // Narrow: avatars alone, centred in the column.
        sidebar.resize(64, 200);
        QTest::qWait(50);
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = list->visualRect(row);
        const QRect avatar = Ui::ContextItemDelegate::avatarRect(option);
        QVERIFY(std::abs(avatar.center().x() - option.rect.center().x()) <= 1);
        KajiGuiTest::screenshot(&sidebar, QStringLiteral("switcher-compact.png"));
    }

    void firstStartSizedFromTheScreen()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        app.show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // No saved geometry: the offscreen screen (800x600) is filled, not overflowed.
        const QRect screen = window->screen()->availableGeometry();
        QVERIFY(window->width() <= screen.width() && window->height() <= screen.height());
        QVERIFY(window->width() >= screen.width() * 3 / 4);

        // A small laptop, a full HD and a very large screen.
        window->applyFirstStartLayout(QRect(0, 0, 1366, 738));
        QCOMPARE(window->width(), 1100);
        // The panes' minimum (a dock open) still fits a laptop's screen.
        QVERIFY2(window->height() <= 738, qPrintable(QString::number(window->height())));
        window->applyFirstStartLayout(QRect(0, 0, 1920, 1050));
        QCOMPARE(window->size(), QSize(1536, 892));
        QCOMPARE(window->pos(), QPoint(192, 79));
        window->applyFirstStartLayout(QRect(1920, 0, 3840, 2100));
        QCOMPARE(window->size(), QSize(1760, 1100));
        QVERIFY(QRect(1920, 0, 3840, 2100).contains(window->geometry()));
        // The switcher keeps its names readable: wider than the compact layout.
        auto *main = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(main->sizes().first() >= Ui::ContextItemDelegate::CompactWidth);
    }

    void geometryAndSplittersAreRestored()
    {
        QList<int> sizes;
        {
            App::Application app;
            Ui::MainWindow *window = app.mainWindow();
            app.show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            window->resize(1010, 720);
            auto *main = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            main->setSizes({330, 680});
            QTest::qWait(50);
            sizes = main->sizes();
            app.saveWindowState();
        }
        App::Application again;
        Ui::MainWindow *window = again.mainWindow();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->size(), QSize(1010, 720));
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void emptyTablesSayWhy()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        app.show();
        window->selectContext(QStringLiteral("kaji-admin"));
        Ui::PodsPane *pods = window->podsPane();
        KajiGuiTest::reveal(pods);
        QVERIFY(QTest::qWaitFor([&] { return pods->proxy()->rowCount() > 10; }, 30000));
        QVERIFY2(pods->emptyState()->title().isEmpty(), qPrintable(pods->emptyState()->title()));

        // A filter hiding every row: how many, and a button to clear it.
        pods->setFilterText(QStringLiteral("no-such-pod"));
        const int total = pods->proxy()->sourceModel()->rowCount();
        QVERIFY(QTest::qWaitFor([&] { return !pods->emptyState()->title().isEmpty(); }, 5000));
        QCOMPARE(pods->emptyState()->title(), QStringLiteral("No Pods match \"no-such-pod\""));
        // English plurals come from kaji_en.ts: "objects" there, "object(s)" without it.
        QVERIFY2(pods->emptyState()->detail().startsWith(QStringLiteral("The filter hides %1 object").arg(total)),
                 qPrintable(pods->emptyState()->detail()));
        KajiGuiTest::screenshot(window, QStringLiteral("empty-state-filter.png"));
        auto *clear = pods->emptyState()->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return pods->proxy()->rowCount() == total && pods->emptyState()->title().isEmpty(); },
                                5000));

        // A namespace without pods.
        app.namespaces()->select({Namespace});
        QVERIFY(QTest::qWaitFor([&] { return !pods->emptyState()->title().isEmpty(); }, 10000));
        QCOMPARE(pods->emptyState()->title(), QStringLiteral("No Pods in %1").arg(Namespace));
        QVERIFY2(pods->emptyState()->detail().startsWith(QStringLiteral("%1 object").arg(total)),
                 qPrintable(pods->emptyState()->detail()));
        app.namespaces()->select({});

        // jane (kaji-restricted) may not list nodes: who, which verb, which resource.
        window->selectContext(QStringLiteral("kaji-restricted"));
        auto *tree = window->kindNavigator()->findChild<QTreeView *>();
        QVERIFY(KajiGuiTest::clickKind(tree, QStringLiteral("nodes")));
        Ui::ResourcePane *nodes = app.kindPanes()->pane(QStringLiteral("nodes"));
        QVERIFY(nodes);
        QVERIFY(QTest::qWaitFor([&] { return nodes->emptyState()->title().startsWith(QLatin1String("No permission")); }, 20000));
        QCOMPARE(nodes->emptyState()->title(), QStringLiteral("No permission to list nodes"));
        QVERIFY2(nodes->emptyState()->detail().contains(QLatin1String("\"jane@kaji.test\"")),
                 qPrintable(nodes->emptyState()->detail()));
        KajiGuiTest::screenshot(window, QStringLiteral("empty-state-forbidden.png"));

        // A refused connection: what was tried and that it retries.
        window->selectContext(QStringLiteral("kaji-unreachable"));
        KajiGuiTest::reveal(pods);
        QVERIFY(QTest::qWaitFor([&] { return pods->emptyState()->title() == QLatin1String("Cannot reach the cluster"); },
                                30000));
        QVERIFY2(pods->emptyState()->detail().contains(QLatin1String("127.0.0.1:1")), qPrintable(pods->emptyState()->detail()));
        QVERIFY(pods->emptyState()->detail().contains(QLatin1String("retries")));
        KajiGuiTest::screenshot(window, QStringLiteral("empty-state-unreachable.png"));

        // Disconnected by the user.
        Q_EMIT window->disconnectRequested(QStringLiteral("kaji-unreachable"));
        QCOMPARE(pods->emptyState()->title(), QStringLiteral("Not connected"));
    }

    void shortcutOverlayListsTheActions()
    {
        App::Application app;
        Ui::MainWindow *window = app.mainWindow();
        app.show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->selectContext(QStringLiteral("kaji-admin"));
        Ui::PodsPane *pods = window->podsPane();
        KajiGuiTest::reveal(pods);
        Ui::ShortcutOverlay *overlay = window->shortcutOverlay();

        // `?` typed into the filter is text, not the overlay.
        pods->focusFilter();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Question, Qt::ShiftModifier);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(pods->findChild<QLineEdit *>(QStringLiteral("tableFilter"))->text(), QStringLiteral("?"));
        pods->setFilterText(QString());

        // From the table, `?` opens it; Esc closes it.
        pods->view()->setFocus();
        QTest::keyClick(pods->view(), Qt::Key_Question, Qt::ShiftModifier);
        QVERIFY(overlay->isVisible());
        QTest::keyClick(overlay, Qt::Key_Escape);
        QVERIFY(!overlay->isVisible());
        window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        QVERIFY(overlay->isVisible());

        // Every visible action with a shortcut in the window is listed, by
        // its words and keys; none is listed that does not exist.
        const QList<Ui::ShortcutOverlay::Entry> entries = overlay->entries();
        QSet<QString> listedTexts;
        for (const auto &entry : entries)
            listedTexts.insert(entry.text);
        int withShortcut = 0;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty() || !action->isVisible())
                continue;
            ++withShortcut;
            QVERIFY2(listedTexts.contains(Ui::ShortcutOverlay::plainText(action->text())), qPrintable(action->text()));
        }
        QVERIFY(withShortcut >= 20);
        for (const auto &entry : entries) {
            bool exists = false;
            for (QAction *action : window->findChildren<QAction *>())
                exists = exists || (Ui::ShortcutOverlay::plainText(action->text()) == entry.text && action->shortcuts() == entry.keys);
            QVERIFY2(exists, qPrintable(entry.text));
        }
        // The palette's commands that have keys show the same keys here.
        for (QAction *command : window->commandActions()) {
            if (command->shortcut().isEmpty())
                continue;
            const auto it = std::find_if(entries.cbegin(), entries.cend(), [&](const auto &entry) {
                return entry.text == Ui::ShortcutOverlay::plainText(command->text());
            });
            QVERIFY2(it != entries.cend() && it->keys == command->shortcuts(), qPrintable(command->text()));
        }
        QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                               [](const auto &entry) { return entry.keys.first() == QKeySequence(Qt::CTRL | Qt::Key_2); }),
                 1);
        // No key does two things.
        QSet<QString> keys;
        for (const auto &entry : entries) {
            for (const QKeySequence &key : entry.keys) {
                QVERIFY2(!keys.contains(key.toString()), qPrintable(key.toString() + u' ' + entry.text));
                keys.insert(key.toString());
            }
        }
        KajiGuiTest::screenshot(window, QStringLiteral("shortcut-overlay.png"));
        // In Japanese the same entries, translated where a translation exists.
        app.setLanguage(QStringLiteral("ja"));
        window->showShortcuts();
        QCOMPARE(overlay->entries().size(), entries.size());
        app.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSwitcher)
#include "tst_switcher.moc"
