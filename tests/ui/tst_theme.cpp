// Issue 20: kind icons and the light and dark themes. Every kind in the
// resource tree has its own picture that renders at small and large sizes,
// the pictures follow the theme, and the themes' colours are readable
// (WCAG contrast computed from the palettes, not assumed).

#include "apiresource.h"
#include "edit/bannertone.h"
#include "healthcolours.h"
#include "kindnavigator.h"
#include "kindtreemodel.h"
#include "style/kindicons.h"
#include "style/statuscolours.h"
#include "theme.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTest>
#include <QTreeView>

using namespace Kaji;

namespace {

Kube::ApiResource resourceFor(const QString &id, const QString &kind = {})
{
    Kube::ApiResource r;
    r.resource = id.section(u'.', 0, 0);
    r.group = id.section(u'.', 1);
    r.version = QStringLiteral("v1");
    r.kind = kind.isEmpty() ? r.resource : kind;
    r.verbs = {QStringLiteral("list"), QStringLiteral("watch")};
    return r;
}

// The tree over every built-in kind and one custom resource.
QList<Kube::ApiResource> allKinds()
{
    QList<Kube::ApiResource> out;
    for (const QString &id : Models::KindTreeModel::builtInResourceIds())
        out.append(resourceFor(id));
    out.append(resourceFor(QStringLiteral("widgets.example.com"), QStringLiteral("Widget")));
    return out;
}

QImage render(const QIcon &icon, int side, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(side, side), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Share of pixels mostly covered by ink (anti-aliased edges half or more).
double inked(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) >= 128 ? 1 : 0;
    }
    return double(count) / (image.width() * image.height());
}

QByteArray digest(const QImage &image)
{
    return QCryptographicHash::hash(QByteArrayView(image.constBits(), image.sizeInBytes()), QCryptographicHash::Sha1);
}

// The pixel in `rect` farthest from `background` in luminance: where an
// icon's stroke fully covers it, that is the stroke's colour.
QColor inkIn(const QImage &image, const QRect &rect, const QColor &background)
{
    QColor ink = background;
    double farthest = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double distance = std::abs(Ui::relativeLuminance(c) - Ui::relativeLuminance(background));
            if (distance > farthest) {
                farthest = distance;
                ink = c;
            }
        }
    }
    return ink;
}

bool close(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 6 && std::abs(a.green() - b.green()) <= 6 && std::abs(a.blue() - b.blue()) <= 6;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRowOfTheTreeHasItsPicture()
    {
        Models::KindTreeModel model;
        model.setResources(allKinds());
        const QPalette palette = App::themePalette(QStringLiteral("light"));
        QHash<QString, QString> pictureOf; // digest at 32 px → icon name
        int rows = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QList<QModelIndex> indexes{group};
            for (int k = 0; k < model.rowCount(group); ++k)
                indexes.append(model.index(k, 0, group));
            for (const QModelIndex &index : indexes) {
                ++rows;
                const QString key = index.data(Models::KindTreeModel::IconKeyRole).toString();
                QVERIFY2(!key.isEmpty(), qPrintable(index.data().toString()));
                const QString name = Ui::kindIconName(key);
                // Only custom resources fall back to the generic picture.
                const bool custom = key == QLatin1String("widgets.example.com");
                QVERIFY2(custom == (name == QLatin1String("custom")), qPrintable(key + QStringLiteral(" → ") + name));
                const QIcon icon = Ui::kindIcon(key, palette);
                QVERIFY2(!icon.isNull(), qPrintable(key));
                for (int side : {16, 32}) {
                    const QImage image = render(icon, side);
                    QCOMPARE(image.size(), QSize(side, side));
                    // A line drawing: some ink, far from a filled square.
                    const double ink = inked(image);
                    QVERIFY2(ink > 0.08 && ink < 0.6, qPrintable(QStringLiteral("%1 at %2 px: %3").arg(key).arg(side).arg(ink)));
                }
                // Different pictures look different (aliases share one).
                const QByteArray hash = digest(render(icon, 32));
                const QString other = pictureOf.value(QString::fromLatin1(hash.toHex()));
                QVERIFY2(other.isEmpty() || other == name, qPrintable(name + QStringLiteral(" looks like ") + other));
                pictureOf.insert(QString::fromLatin1(hash.toHex()), name);
            }
        }
        QCOMPARE(rows, Models::KindTreeModel::builtInResourceIds().size() + 1 + model.rowCount());
    }

    void kindsNamedAnyWayFindTheirPicture_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("resourceId");
        const std::pair<const char *, const char *> pairs[] = {
            {"Pod", "pods"}, {"Deployment", "deployments.apps"}, {"ReplicaSet", "replicasets.apps"},
            {"StatefulSet", "statefulsets.apps"}, {"DaemonSet", "daemonsets.apps"}, {"Job", "jobs.batch"},
            {"CronJob", "cronjobs.batch"}, {"Service", "services"}, {"Ingress", "ingresses.networking.k8s.io"},
            {"EndpointSlice", "endpointslices.discovery.k8s.io"}, {"Endpoints", "endpoints"}, {"ConfigMap", "configmaps"},
            {"Secret", "secrets"}, {"PersistentVolume", "persistentvolumes"},
            {"PersistentVolumeClaim", "persistentvolumeclaims"}, {"StorageClass", "storageclasses.storage.k8s.io"},
            {"Node", "nodes"}, {"Namespace", "namespaces"}, {"ServiceAccount", "serviceaccounts"},
            {"ClusterRole", "clusterroles.rbac.authorization.k8s.io"},
            {"ClusterRoleBinding", "clusterrolebindings.rbac.authorization.k8s.io"},
            {"NetworkPolicy", "networkpolicies.networking.k8s.io"},
            {"HorizontalPodAutoscaler", "horizontalpodautoscalers.autoscaling"}, {"Event", "events"},
            {"CustomResourceDefinition", "customresourcedefinitions.apiextensions.k8s.io"}};
        for (const auto &[kind, id] : pairs)
            QTest::newRow(kind) << QString::fromLatin1(kind) << QString::fromLatin1(id);
    }

    // The details header and the diagrams name kinds; the tree and the
    // palette name resources: both reach the same picture, never the fallback.
    void kindsNamedAnyWayFindTheirPicture()
    {
        QFETCH(QString, kind);
        QFETCH(QString, resourceId);
        QCOMPARE(Ui::kindIconName(kind), Ui::kindIconName(resourceId));
        QVERIFY(Ui::kindIconName(kind) != QLatin1String("custom"));
        QCOMPARE(Ui::kindIconName(QStringLiteral("Widget")), QStringLiteral("custom"));
    }

    void darkAndLightIconsDiffer()
    {
        const QPalette light = App::themePalette(QStringLiteral("light"));
        const QPalette dark = App::themePalette(QStringLiteral("dark"));
        for (const QString &name : Ui::kindIconNames()) {
            const QImage onLight = render(Ui::kindIcon(name, light), 32);
            const QImage onDark = render(Ui::kindIcon(name, dark), 32);
            QVERIFY2(onLight != onDark, qPrintable(name));
            // Light icons are dark ink, dark icons light ink, each readable on its base.
            const auto inkColour = [](const QImage &image) {
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        if (qAlpha(image.pixel(x, y)) == 255)
                            return QColor(image.pixel(x, y));
                    }
                }
                return QColor();
            };
            QVERIFY2(Ui::contrastRatio(inkColour(onLight), light.color(QPalette::Base)) >= 3.0, qPrintable(name));
            QVERIFY2(Ui::contrastRatio(inkColour(onDark), dark.color(QPalette::Base)) >= 3.0, qPrintable(name));
            // A selected row's icon takes the highlighted text colour.
            QCOMPARE(inkColour(render(Ui::kindIcon(name, light), 32, QIcon::Selected)), light.color(QPalette::HighlightedText));
        }
    }

    void themesAreReadable_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void themesAreReadable()
    {
        QFETCH(QString, theme);
        const QPalette p = App::themePalette(theme);
        const auto check = [](const QColor &fg, const QColor &bg, double least, const char *what) {
            const double ratio = Ui::contrastRatio(fg, bg);
            QVERIFY2(ratio >= least, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                                    .arg(QLatin1String(what), fg.name(), bg.name())
                                                    .arg(ratio, 0, 'f', 2)
                                                    .arg(least)));
        };
        // Text: WCAG AA for normal text.
        check(p.color(QPalette::Text), p.color(QPalette::Base), 4.5, "text");
        check(p.color(QPalette::Text), p.color(QPalette::AlternateBase), 4.5, "text on alternate rows");
        check(p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5, "window text");
        check(p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5, "button text");
        check(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5, "tool tip");
        check(p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5, "placeholder");
        check(p.color(QPalette::Link), p.color(QPalette::Base), 4.5, "link");
        check(p.color(QPalette::Active, QPalette::HighlightedText), p.color(QPalette::Active, QPalette::Highlight), 4.5,
              "selection");
        check(p.color(QPalette::Inactive, QPalette::HighlightedText), p.color(QPalette::Inactive, QPalette::Highlight),
              4.5, "unfocused selection");
        // Status colours and icons: WCAG's 3:1 for graphics and large text,
        // on every background a table, card or banner gives them.
        for (int s = 0; s < Ui::StatusCount; ++s) {
            const QColor colour = Ui::statusColour(Ui::Status(s), p);
            const QByteArray what = "status " + QByteArray::number(s);
            check(colour, p.color(QPalette::Base), 3.0, what.constData());
            check(colour, p.color(QPalette::AlternateBase), 3.0, what.constData());
            check(colour, p.color(QPalette::Window), 3.0, what.constData());
            // Text stays readable on the status' tint (banners, marked rows).
            check(p.color(QPalette::Text), Ui::statusTint(Ui::Status(s), p), 4.5, ("text on tint of " + what).constData());
        }
        check(Ui::severityColour(Models::Severity::Critical, p), p.color(QPalette::Base), 3.0, "critical");
        check(Ui::iconColour(p), p.color(QPalette::Base), 3.0, "icons");
        check(Ui::iconColour(p), p.color(QPalette::Window), 3.0, "icons on window");
        // Each state reads apart from the others, not just from the base.
        for (int a = 0; a < Ui::StatusCount; ++a) {
            for (int b = a + 1; b < Ui::StatusCount; ++b)
                QVERIFY(Ui::statusColour(Ui::Status(a), p) != Ui::statusColour(Ui::Status(b), p));
        }
    }

    // A banner's tint is set by hand; it follows a theme switch all the same.
    void bannersFollowTheTheme()
    {
        App::applyTheme(QStringLiteral("light"));
        QLabel banner;
        banner.setAutoFillBackground(true);
        Ui::showBanner(&banner, Ui::BannerTone::Error, QStringLiteral("Conflict"));
        const QColor light = Ui::statusTint(Ui::Status::Error, App::themePalette(QStringLiteral("light")));
        QCOMPARE(banner.palette().color(QPalette::Window), light);
        App::applyTheme(QStringLiteral("dark"));
        const QColor dark = Ui::statusTint(Ui::Status::Error, App::themePalette(QStringLiteral("dark")));
        QVERIFY(dark != light);
        QCOMPARE(banner.palette().color(QPalette::Window), dark);
        QCOMPARE(banner.palette().color(QPalette::Text), App::themePalette(QStringLiteral("dark")).color(QPalette::Text));
        App::applyTheme(QStringLiteral("system"));
    }

    // A theme switch at run time re-colours the tree's icons in place.
    void switchingThemeRecoloursTheTree()
    {
        Models::KindTreeModel model;
        Ui::KindNavigator navigator(&model);
        navigator.resize(260, 400);
        model.setResources(allKinds());
        navigator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&navigator));
        QTreeView *tree = navigator.view();
        const QModelIndex pods = model.indexOf(QStringLiteral("pods"));
        QVERIFY(pods.isValid());

        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("light")}) {
            App::applyTheme(theme);
            QCoreApplication::processEvents();
            const QImage image = tree->viewport()->grab().toImage();
            QRect decoration = tree->visualRect(pods);
            decoration.setWidth(std::min(decoration.width(), decoration.height() + 4)); // before the name
            const QPalette expected = App::themePalette(theme);
            QCOMPARE(tree->palette().color(QPalette::Base), expected.color(QPalette::Base));
            const QColor ink = inkIn(image, decoration, expected.color(QPalette::Base));
            QVERIFY2(close(ink, Ui::iconColour(expected)),
                     qPrintable(theme + QStringLiteral(": ") + ink.name() + QStringLiteral(" for ") + Ui::iconColour(expected).name()));
        }
        App::applyTheme(QStringLiteral("system"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
