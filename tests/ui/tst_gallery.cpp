// The screenshot gallery (issue 20): every main view of the app against the
// local cluster, in light and dark, English and Japanese, at the size a
// first start gets on a 1920x1080 screen and at a small laptop's 1366x768,
// written to KAJI_SCREENSHOT_DIR/gallery for people to look at. Each shot
// first checks that the view shows what it should, so a blank or broken
// view fails here rather than in a picture nobody opens.

#include "application.h"
#include "commandpalette.h"
#include "detailscontroller.h"
#include "diagramscontroller.h"
#include "diagram/diagrampage.h"
#include "diagram/diagramscene.h"
#include "docks.h"
#include "findingmodel.h"
#include "edit/editorwindow.h"
#include "editorwindowfixture.h"
#include "guifixture.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "namespacescope.h"
#include "podspane.h"
#include "resourcepane.h"
#include "shortcutoverlay.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Kaji;

namespace {

QString galleryDir()
{
    return QDir(qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath())).filePath(QStringLiteral("gallery"));
}

bool save(QWidget *widget, const QString &name)
{
    QTest::qWait(250);
    QDir().mkpath(galleryDir());
    return widget->grab().save(QDir(galleryDir()).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestGallery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    void everyView_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const char *theme : {"light", "dark"}) {
            for (const char *language : {"en", "ja"}) {
                QTest::addRow("%s-%s-default", theme, language) << QString::fromLatin1(theme) << QString::fromLatin1(language) << QSize(1920, 1050);
                QTest::addRow("%s-%s-laptop", theme, language) << QString::fromLatin1(theme) << QString::fromLatin1(language) << QSize(1366, 768);
            }
        }
    }

    void everyView()
    {
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        const QString prefix = QStringLiteral("%1-%2-%3-").arg(screen.width() == 1366 ? QStringLiteral("laptop")
                                                                                        : QStringLiteral("default"),
                                                            theme, language);
        QTemporaryDir drafts;
        App::Application app;
        app.setTheme(theme);
        app.setLanguage(language);
        Ui::MainWindow *window = app.mainWindow();
        if (screen.width() == 1366) {
            // A small laptop: the window maximised on its screen.
            window->applyFirstStartLayout(QRect(QPoint(0, 0), screen));
            window->resize(screen);
        } else {
            window->applyFirstStartLayout(QRect(QPoint(0, 0), screen));
        }
        app.show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->selectContext(QStringLiteral("kaji-admin"));
        app.namespaces()->select({});
        Ui::PodsPane *pods = window->podsPane();
        QVERIFY(QTest::qWaitFor([&] { return pods->proxy()->rowCount() > 10; }, 30000));

        // The overview a context opens on.
        window->showOverview();
        QVERIFY(QTest::qWaitFor([&] { return app.docks()->findings()->rowCount() > 0; }, 60000));
        // Its cards filled: no "Loading …" left (a language switch reloads them).
        const auto loading = [&] {
            QWidget *page = window->contextTabs()->currentWidget();
            for (const QLabel *label : page->findChildren<QLabel *>()) {
                if (label->isVisible()
                    && (label->text().startsWith(QLatin1String("Loading")) || label->text().contains(QStringLiteral("読み込み中"))))
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return !loading(); }, 30000));
        QVERIFY(save(window, prefix + QStringLiteral("01-overview")));

        // The Pods table, then a pod's details beside it.
        KajiGuiTest::reveal(pods);
        QVERIFY(save(window, prefix + QStringLiteral("02-pods")));
        const QString orders = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/orders-api-"));
        QVERIFY(!orders.isEmpty());
        QVERIFY(KajiGuiTest::clickRow(pods->view(), orders));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window).contains(orders.section(u'/', 1)); }, 20000));
        QVERIFY(save(window, prefix + QStringLiteral("03-pod-details")));

        // The pod's logs in the Logs dock.
        Ui::ActionBar *bar = window->detailsPanel()->actionBar();
        QVERIFY(QTest::qWaitFor([&] { return bar->logsButton()->isVisible(); }, 10000));
        QTest::mouseClick(bar->logsButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return app.docks()->logView() && app.docks()->logView()->model()->rowCount() > 0; }, 20000));
        QVERIFY(save(window, prefix + QStringLiteral("04-logs")));

        // The Problems dock in front.
        auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QVERIFY(problems);
        problems->show();
        problems->raise();
        QVERIFY(save(window, prefix + QStringLiteral("05-problems")));

        // Another kind: Deployments.
        auto *tree = window->kindNavigator()->findChild<QTreeView *>();
        QVERIFY(tree);
        QVERIFY(KajiGuiTest::clickKind(tree, QStringLiteral("deployments.apps")));
        Ui::ResourcePane *deployments = app.kindPanes()->pane(QStringLiteral("deployments.apps"));
        QVERIFY(deployments);
        QVERIFY(QTest::qWaitFor([&] { return deployments->proxy()->rowCount() > 3; }, 20000));
        QVERIFY(save(window, prefix + QStringLiteral("06-deployments")));

        // An empty table that says why: a filter hiding every row.
        deployments->setFilterText(QStringLiteral("no-such-deployment"));
        QVERIFY(QTest::qWaitFor([&] { return !deployments->emptyState()->title().isEmpty(); }, 5000));
        QVERIFY(save(window, prefix + QStringLiteral("07-empty-filter")));
        deployments->setFilterText(QString());

        // The diagrams.
        window->showDiagrams();
        Ui::DiagramPage *page = app.diagrams()->page();
        QVERIFY(QTest::qWaitFor([&] {
            return page->scene()->items().size() > 5 && !page->scene()->isAnimating();
        }, 30000));
        QVERIFY(save(window, prefix + QStringLiteral("08-diagrams")));

        // The keyboard shortcuts overlay.
        window->showShortcuts();
        QVERIFY(window->shortcutOverlay()->isVisible());
        QVERIFY(!window->shortcutOverlay()->entries().isEmpty());
        QVERIFY(save(window, prefix + QStringLiteral("09-shortcuts")));
        window->shortcutOverlay()->hide();

        // The command palette, with a few letters typed.
        Q_EMIT window->paletteRequested();
        auto *palette = window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette && palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("orders"));
        QVERIFY(QTest::qWaitFor([&] { return palette->list()->model()->rowCount() > 0; }, 5000));
        QVERIFY(save(palette->window() == window ? static_cast<QWidget *>(window) : palette,
                     prefix + QStringLiteral("10-palette")));
        palette->hide();

        // The editor on a ConfigMap.
        Ui::EditorWindow *editor = KajiGuiTest::openEditor(app, drafts.path(), QStringLiteral("configmaps"),
                                                           QStringLiteral("shop"), QStringLiteral("storefront-config"));
        QVERIFY(editor);
        editor->resize(std::min(1100, screen.width() - 100), std::min(760, screen.height() - 60));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(save(editor, prefix + QStringLiteral("11-editor")));
        editor->close();
    }
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
