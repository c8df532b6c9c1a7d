// The running app against the real local cluster in Kaji's light and dark
// themes, switched at run time in one window: the palette reaches the
// window, the details header's kind icon is re-drawn in the new theme's
// colours, and screenshots of the overview, the Pods table with a pod's
// details and the workloads diagram are saved for people to look at.

#include "application.h"
#include "commandpalette.h"
#include "detailspanel.h"
#include "diagramscontroller.h"
#include "diagram/diagrampage.h"
#include "diagram/diagramscene.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "podspane.h"
#include "style/statuscolours.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Kaji;

namespace {

// The header icon's stroke colour: its most opaque pixel.
QColor headerInk(Ui::MainWindow *window)
{
    auto *icon = window->detailsPanel()->findChild<QLabel *>(QStringLiteral("detailsHeaderIcon"));
    if (!icon || !icon->isVisible())
        return {};
    const QImage image = icon->pixmap().toImage().convertToFormat(QImage::Format_ARGB32);
    QColor ink;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > best) {
                best = qAlpha(image.pixel(x, y));
                ink = QColor(image.pixel(x, y));
            }
        }
    }
    return best == 255 ? ink : QColor();
}

} // namespace

class TestThemeScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
    }

    void lightThenDarkWithoutRestart()
    {
        App::Application app;
        app.setTheme(QStringLiteral("light"));
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 900);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString pod = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/storefront-"));
        QVERIFY(!pod.isEmpty());
        QTest::qWait(1500); // the overview's cards fill
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("theme-light-overview.png")));

        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), pod));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + pod; }, 10000));
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            app.setTheme(theme);
            const QPalette expected = App::themePalette(theme);
            QCOMPARE(window->palette().color(QPalette::Window), expected.color(QPalette::Window));
            QCOMPARE(window->detailsPanel()->palette().color(QPalette::Base), expected.color(QPalette::Base));
            const QColor ink = headerInk(window);
            const QColor want = Ui::iconColour(expected);
            // Rounding in the pixmap's premultiplied pixels: a step or two.
            QVERIFY2(ink.isValid() && std::abs(ink.red() - want.red()) <= 2 && std::abs(ink.green() - want.green()) <= 2
                         && std::abs(ink.blue() - want.blue()) <= 2,
                     qPrintable(theme + QStringLiteral(": ") + ink.name() + QStringLiteral(" for ") + want.name()));
            QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("theme-%1-pods.png").arg(theme)));
        }

        window->showDiagrams();
        Ui::DiagramPage *page = app.diagrams()->page();
        const QString id = QStringLiteral("Deployment/shop/storefront");
        QVERIFY(QTest::qWaitFor([&] { return page->scene()->nodeItem(id) && !page->scene()->isAnimating(); }, 30000));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("theme-dark-diagram.png")));
        app.setTheme(QStringLiteral("light"));
        QTest::qWait(500);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("theme-light-diagram.png")));
        app.setTheme(QStringLiteral("dark"));
        window->showOverview();
        QTest::qWait(500);
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("theme-dark-overview.png")));

        // The palette: kinds, objects, namespaces and commands by their pictures.
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        auto *palette = window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette && palette->isVisible());
        QTest::keyClicks(palette->queryEdit(), QStringLiteral("s"));
        QVERIFY(QTest::qWaitFor([&] { return palette->list()->model()->rowCount() > 5; }, 5000));
        QVERIFY(KajiGuiTest::screenshot(palette, QStringLiteral("theme-dark-palette.png")));
        palette->hide();
        app.setTheme(QStringLiteral("system"));
    }
};

QTEST_MAIN(TestThemeScreens)
#include "tst_themescreens.moc"
