// The Anatomy tab of the details panel against the real local cluster,
// driven with QTest events: a storefront pod's containers and its TLS
// Secret mounted read-only, the Secret followed by a click; a pod of this
// test's own (init container, sidecar, ConfigMap) followed live as kwok
// starts it, as its image changes and when it is deleted.

#include "../models/podfixture.h"
#include "application.h"
#include "detailspanel.h"
#include "guifixture.h"
#include "kindpanes.h"
#include "mainwindow.h"
#include "podanatomyview.h"
#include "podspane.h"
#include "resourcepane.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Kaji;
using Anatomy = Models::PodAnatomy;

namespace {

const QString TestNamespace = QStringLiteral("pod-anatomy");

bool openAnatomyTab(Ui::DetailsPanel *panel)
{
    const int index = panel->tabs()->indexOf(panel->anatomyView());
    if (index < 0)
        return false;
    QTabBar *bar = panel->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return panel->tabs()->currentWidget() == panel->anatomyView();
}

const Anatomy::Container *container(const Anatomy &a, const QString &name)
{
    for (const Anatomy::Container &c : a.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const QByteArray LivePod = R"(apiVersion: v1
kind: ConfigMap
metadata: {name: live-config, namespace: pod-anatomy}
data: {app.conf: "x=1"}
---
apiVersion: v1
kind: Pod
metadata: {name: live, namespace: pod-anatomy}
spec:
  initContainers:
  - {name: setup, image: "registry.example/setup:1", volumeMounts: [{name: work, mountPath: /work}]}
  - name: proxy
    image: "registry.example/proxy:1"
    restartPolicy: Always
    ports: [{name: proxy, containerPort: 15001}]
  containers:
  - name: app
    image: "registry.example/app:1"
    ports: [{name: http, containerPort: 8080}]
    volumeMounts:
    - {name: config, mountPath: /etc/app, readOnly: true}
    - {name: work, mountPath: /work}
  volumes:
  - {name: config, configMap: {name: live-config}}
  - {name: work, emptyDir: {sizeLimit: 64Mi}}
)";

} // namespace

class TestPodAnatomyDetails : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KajiGuiTest::prepareApp(), "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh");
        KajiGuiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace, QStringLiteral("--ignore-not-found"),
                              QStringLiteral("--wait=true")});
    }

    void cleanupTestCase()
    {
        KajiGuiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace, QStringLiteral("--ignore-not-found"),
                              QStringLiteral("--wait=false")});
    }

    void storefrontAnatomyAndItsSecret()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 900);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/storefront-"));
        QVERIFY(!key.isEmpty());
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));

        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(openAnatomyTab(panel));
        Ui::PodAnatomyView *view = panel->anatomyView();
        const QString name = key.section(u'/', 1);
        QVERIFY(QTest::qWaitFor([&] { return view->anatomy().name == name; }, 10000));
        const Anatomy &a = view->anatomy();
        QCOMPARE(a.namespaceName, QStringLiteral("shop"));
        QVERIFY(!a.nodeName.isEmpty());
        QVERIFY(!a.podIps.isEmpty());
        QVERIFY(container(a, QStringLiteral("storefront")) && container(a, QStringLiteral("envoy")));
        QCOMPARE(container(a, QStringLiteral("storefront"))->role, Anatomy::Role::App);
        QCOMPARE(container(a, QStringLiteral("envoy"))->role, Anatomy::Role::App);
        const QString tlsMismatch = KajiTest::storefrontTlsMismatch(a);
        QVERIFY2(tlsMismatch.isEmpty(), qPrintable(tlsMismatch));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pod-anatomy-storefront.png")));

        // The Secret's name is a link: the details go to it, in its table.
        const QRect link = view->placeOf(QStringLiteral("link:tls:0"));
        QVERIFY(!link.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link.center());
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QLatin1String("Secret shop/storefront-tls"); }, 10000));
        QCOMPARE(panel->tabs()->indexOf(view), -1); // pods only
        Ui::TablePane *secrets = app.kindPanes()->tablePane(QStringLiteral("secrets"));
        QVERIFY(secrets);
        QCOMPARE(window->currentKindPane(), static_cast<QWidget *>(secrets));
        QVERIFY(QTest::qWaitFor([&] { return secrets->selectedKey() == QLatin1String("shop/storefront-tls"); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return panel->yamlText().contains(QStringLiteral("••••••••")); }, 10000)); // values masked
    }

    void followsItsPodLive()
    {
        KajiGuiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), TestNamespace});
        KajiGuiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, LivePod);
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1400, 900);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = TestNamespace + QStringLiteral("/live");
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        Ui::DetailsPanel *panel = window->detailsPanel();
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));
        QVERIFY(openAnatomyTab(panel));
        Ui::PodAnatomyView *view = panel->anatomyView();
        QVERIFY(QTest::qWaitFor([&] { return view->anatomy().name == QLatin1String("live"); }, 10000));
        QCOMPARE(view->anatomy().containersOf(Anatomy::Role::Init).size(), 1);
        QCOMPARE(view->anatomy().containersOf(Anatomy::Role::Sidecar).size(), 1);
        QCOMPARE(view->anatomy().volume(QStringLiteral("work"))->uses.size(), 2);
        // kwok starts it: the picture follows the status without a click.
        QVERIFY2(QTest::qWaitFor([&] {
            const Anatomy::Container *main = container(view->anatomy(), QStringLiteral("app"));
            return main && main->state == Anatomy::State::Running;
        }, 30000), "the app container never showed as running");
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("pod-anatomy-live.png")));

        KajiGuiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("pod/live"),
                              QStringLiteral("app=registry.example/app:2")});
        QVERIFY2(QTest::qWaitFor([&] {
            const Anatomy::Container *main = container(view->anatomy(), QStringLiteral("app"));
            return main && main->image == QLatin1String("registry.example/app:2");
        }, 15000), "the new image never showed");
        QCOMPARE(panel->tabs()->currentWidget(), static_cast<QWidget *>(view)); // the reader stays on the tab
        QVERIFY(panel->yamlText().contains(QLatin1String("registry.example/app:2")));

        KajiGuiTest::kubectl({QStringLiteral("-n"), TestNamespace, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("live"),
                              QStringLiteral("--wait=false")});
        // Gone: the panel says so, or the table moved on to the next pod;
        // either way the picture is no longer of the deleted one.
        QVERIFY2(QTest::qWaitFor([&] { return !KajiGuiTest::detailsHeader(window).startsWith(QStringLiteral("Pod ") + key); }, 30000), qPrintable(KajiGuiTest::detailsHeader(window)));
        QVERIFY(QTest::qWaitFor([&] { return view->anatomy().name != QLatin1String("live"); }, 10000));
    }
};

QTEST_MAIN(TestPodAnatomyDetails)
#include "tst_podanatomydetails.moc"
