// The pod anatomy picture over the recorded storefront and postgres pods and
// a hand-written pod with 3 init containers, 2 sidecars, 4 containers and 11
// volumes: what it draws, that no two texts overlap and every text stays in
// its box at narrow and wide widths, that a source link emits its object,
// and screenshots in light and dark, English and Japanese, for people to
// look at (KAJI_SCREENSHOT_DIR).

#include "../models/podfixture.h"
#include "detailspanel.h"
#include "languagemanager.h"
#include "podanatomyview.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Kaji;
using nlohmann::json;
using Layout = Ui::PodAnatomyLayout;

namespace {

json fixture(const QString &name)
{
    if (name == QLatin1String("storefront"))
        return KajiTest::scenarioPod(QStringLiteral("storefront-"));
    if (name == QLatin1String("postgres"))
        return KajiTest::scenarioPod(QStringLiteral("postgres-0"));
    return KajiTest::complexPod();
}

QString shotDir()
{
    const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    return dir;
}

// The smallest box that holds the point: the box a text was placed in.
const Layout::Box *boxAround(const Layout &picture, const QRectF &text)
{
    const Layout::Box *best = nullptr;
    for (const Layout::Box &box : picture.boxes()) {
        if (box.rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(text.center())
            && (!best || box.rect.width() * box.rect.height() < best->rect.width() * best->rect.height()))
            best = &box;
    }
    return best;
}

} // namespace

class TestPodAnatomyView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        App::applyTheme(QStringLiteral("light"));
    }

    void storefrontSecretIsALink()
    {
        Ui::PodAnatomyView view;
        view.resize(480, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPod(fixture(QStringLiteral("storefront")));
        QCOMPARE(view.anatomy().containers.size(), 2);
        QStringList texts;
        for (const Layout::Text &t : view.picture().texts())
            texts.append(t.text);
        QVERIFY2(texts.contains(QStringLiteral("storefront")) && texts.contains(QStringLiteral("envoy")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("/etc/storefront/tls")));
        QVERIFY(texts.contains(QStringLiteral(" ← tls")));
        QVERIFY(texts.contains(QStringLiteral(" (read-only)")));
        QVERIFY(texts.contains(QStringLiteral("http 8080/TCP")));
        QVERIFY(texts.contains(QStringLiteral("storefront-tls")));
        // The mount row wires to the tls bus: a wire of that volume at the row's height.
        const Layout::Hotspot *row = view.picture().hotspot(QStringLiteral("mount:storefront:0"));
        QVERIFY(row);
        QCOMPARE(row->volume, 0);
        QVERIFY(std::any_of(view.picture().wires().cbegin(), view.picture().wires().cend(), [&](const Layout::Wire &w) {
            return w.volume == 0 && !w.bus && w.readOnly && qAbs(w.path.elementAt(0).y - row->rect.center().y()) < 0.5;
        }));

        QSignalSpy activated(&view, &Ui::PodAnatomyView::objectActivated);
        const QRect link = view.placeOf(QStringLiteral("link:tls:0"));
        QVERIFY(!link.isEmpty());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link.center());
        QCOMPARE(activated.size(), 1);
        const auto object = activated.first().first().value<Models::ObjectLink>();
        QCOMPARE(object.kind, QStringLiteral("Secret"));
        QCOMPARE(object.namespaceName, QStringLiteral("shop"));
        QCOMPARE(object.name, QStringLiteral("storefront-tls"));
        // Text that is no link does nothing.
        const QRect box = view.placeOf(QStringLiteral("container:envoy"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(activated.size(), 1);
    }

    void readableAtEveryWidth_data()
    {
        QTest::addColumn<QString>("pod");
        QTest::addColumn<int>("width");
        for (const char *pod : {"storefront", "postgres", "complex"}) {
            for (const int width : {320, 420, 560, 1000})
                QTest::addRow("%s-%d", pod, width) << QString::fromLatin1(pod) << width;
        }
    }

    // No text on another, every text inside the box it belongs to, no
    // container or volume box on another, all within the picture.
    void readableAtEveryWidth()
    {
        QFETCH(QString, pod);
        QFETCH(int, width);
        const Models::PodAnatomy anatomy = Models::PodAnatomy::fromJson(fixture(pod));
        const Layout picture = Layout::build(anatomy, QApplication::font(), width);
        const QRectF bounds(QPointF(0, 0), picture.size());
        QVERIFY(picture.size().width() <= std::max(width, 400) + 0.5);
        const QList<Layout::Text> &texts = picture.texts();
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY2(bounds.contains(texts.at(i).rect), qPrintable(texts.at(i).text));
            QVERIFY2(!texts.at(i).text.isEmpty(), "an empty text was placed");
            const Layout::Box *box = boxAround(picture, texts.at(i).rect);
            QVERIFY2(box && box->rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(texts.at(i).rect), qPrintable(texts.at(i).text));
            for (int j = i + 1; j < texts.size(); ++j)
                QVERIFY2(!texts.at(i).rect.intersects(texts.at(j).rect), qPrintable(texts.at(i).text + QStringLiteral(" / ") + texts.at(j).text));
        }
        QList<QRectF> blocks;
        for (const Layout::Box &box : picture.boxes()) {
            if (box.shape == Layout::Shape::Container || box.shape == Layout::Shape::Volume)
                blocks.append(box.rect);
        }
        QCOMPARE(blocks.size(), anatomy.containers.size() + anatomy.volumes.size());
        for (int i = 0; i < blocks.size(); ++i) {
            for (int j = i + 1; j < blocks.size(); ++j)
                QVERIFY(!blocks.at(i).intersects(blocks.at(j)));
        }
        // Every mount is wired to its volume's bus.
        int mounts = 0;
        for (const Models::PodAnatomy::Container &c : anatomy.containers)
            mounts += int(c.mounts.size());
        const int wires = int(std::count_if(picture.wires().cbegin(), picture.wires().cend(),
                                            [](const Layout::Wire &w) { return !w.bus && w.volume >= 0; }));
        QCOMPARE(wires, mounts);
        for (const Models::PodAnatomy::Container &c : anatomy.containers)
            QVERIFY(picture.hotspot(QStringLiteral("container:") + c.name));
    }

    void tooltipsGiveTheFullText()
    {
        const Models::PodAnatomy anatomy = Models::PodAnatomy::fromJson(fixture(QStringLiteral("complex")));
        const Layout picture = Layout::build(anatomy, QApplication::font(), 320);
        const Layout::Hotspot *worker = picture.hotspot(QStringLiteral("container:worker"));
        QVERIFY(worker);
        QVERIFY(worker->tooltip.contains(QLatin1String("back-off 5m0s restarting failed container=worker")));
        QVERIFY(worker->tooltip.contains(QLatin1String("Last run ended: Error (exit 1)")));
        const Layout::Hotspot *proxy = picture.hotspot(QStringLiteral("container:mesh-proxy"));
        QVERIFY2(proxy->tooltip.contains(QLatin1String("starts after migrate")), qPrintable(proxy->tooltip));
        // The long path is elided in the row, whole in the tooltip.
        const Layout::Hotspot *token = picture.hotspot(QStringLiteral("mount:api:4"));
        QVERIFY(token->tooltip.contains(QLatin1String("/var/run/secrets/kubernetes.io/serviceaccount")));
        const Layout::Hotspot *cache = picture.hotspot(QStringLiteral("volume:cache"));
        QVERIFY(cache->tooltip.contains(anatomy.name + QStringLiteral("-cache")));
        QVERIFY(cache->tooltip.contains(QLatin1String("thumbnailer at /cache")));
        const Layout::Hotspot *ca = picture.hotspot(QStringLiteral("link:bundle:1"));
        QVERIFY(ca && ca->link);
        QCOMPARE(ca->link->kind, QStringLiteral("ConfigMap"));
        QCOMPARE(ca->link->name, QStringLiteral("media-ca"));
        QVERIFY(picture.hotspot(QStringLiteral("node"))->link);
    }

    void screenshots()
    {
        App::LanguageManager language;
        // Extra catalogue for a look at strings not merged into kaji_ja.ts yet.
        QTranslator extra;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            language.apply(lang);
            if (lang == QLatin1String("ja") && extra.load(qEnvironmentVariable("KAJI_TEST_EXTRA_QM")))
                QCoreApplication::installTranslator(&extra);
            for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                App::applyTheme(theme);
                for (const QString &pod : {QStringLiteral("storefront"), QStringLiteral("postgres"), QStringLiteral("complex")})
                    shoot(pod, QSize(500, 880), QStringLiteral("anatomy-%1-%2-%3").arg(pod, theme, lang), true);
            }
            QCoreApplication::removeTranslator(&extra);
        }
        language.apply(QStringLiteral("en"));
        App::applyTheme(QStringLiteral("light"));
        // As narrow as the details panel gets beside a table and the docks.
        for (const QString &pod : {QStringLiteral("storefront"), QStringLiteral("complex")})
            shoot(pod, QSize(340, 600), QStringLiteral("anatomy-%1-narrow").arg(pod), false);

        // The mouse on a volume lights its wires.
        Ui::PodAnatomyView view;
        view.resize(480, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPod(fixture(QStringLiteral("complex")));
        const QImage before = view.grab().toImage();
        QTest::mouseMove(view.viewport(), view.placeOf(QStringLiteral("volume:uploads")).center());
        QTest::qWait(50);
        const QImage lit = view.grab().toImage();
        QVERIFY(lit != before);
        QVERIFY(lit.save(QDir(shotDir()).filePath(QStringLiteral("anatomy-complex-hover.png"))));
    }

private:
    // The details panel on the pod's Anatomy tab, grabbed; and the whole
    // picture however tall it is.
    static void shoot(const QString &pod, const QSize &size, const QString &name, bool whole)
    {
        Ui::DetailsPanel panel;
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showObject(fixture(pod));
        panel.tabs()->setCurrentWidget(panel.anatomyView());
        QTest::qWait(50);
        QVERIFY(panel.grab().save(QDir(shotDir()).filePath(name + QStringLiteral(".png"))));
        if (whole)
            QVERIFY(panel.anatomyView()->render().save(QDir(shotDir()).filePath(name + QStringLiteral("-full.png"))));
    }
};

QTEST_MAIN(TestPodAnatomyView)
#include "tst_podanatomyview.moc"
