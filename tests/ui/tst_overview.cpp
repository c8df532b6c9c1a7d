// The Overview tab against the real local cluster: it is the first tab a
// context opens on; its nodes, pods by phase and Warning events equal what
// the API lists; a problem clicked opens its object; and the CPU and memory
// bars fill from metrics-server. Screenshots in English and Japanese at the
// default size and at 1366×768.

#include "application.h"
#include "docks.h"
#include "findingmodel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "overview/capacitychart.h"
#include "overview/historychart.h"
#include "overview/objectlist.h"
#include "overview/overviewpage.h"
#include "overviewcontroller.h"

#include <QChartView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace Kaji;

namespace {

QJsonArray items(const QStringList &arguments)
{
    return QJsonDocument::fromJson(KajiGuiTest::kubectl(arguments + QStringList{QStringLiteral("-o"), QStringLiteral("json")}))
        .object()
        .value(QLatin1String("items"))
        .toArray();
}

// What the API says, counted here independently of Kaji's readers.
struct ApiCounts {
    int nodes = 0, nodesReady = 0;
    QMap<QString, int> phases;
    int warnings = 0;
};

ApiCounts apiCounts()
{
    ApiCounts counts;
    for (const QJsonValue &node : items({QStringLiteral("get"), QStringLiteral("nodes")})) {
        ++counts.nodes;
        for (const QJsonValue &condition : node[QLatin1String("status")][QLatin1String("conditions")].toArray()) {
            if (condition[QLatin1String("type")] == QLatin1String("Ready") && condition[QLatin1String("status")] == QLatin1String("True"))
                ++counts.nodesReady;
        }
    }
    for (const QJsonValue &pod : items({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A")}))
        ++counts.phases[pod[QLatin1String("status")][QLatin1String("phase")].toString()];
    counts.warnings = int(items({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A"),
                                 QStringLiteral("--field-selector"), QStringLiteral("type=Warning")})
                              .size());
    return counts;
}

// The CPU the pods request, summed over the nodes as `kubectl describe
// nodes` prints it (its "Allocated resources"), in millicores: kubectl
// counts init containers, sidecars and overhead its own way.
qint64 describedCpuRequests()
{
    qint64 total = 0;
    bool allocated = false;
    const QList<QByteArray> lines = KajiGuiTest::kubectl({QStringLiteral("describe"), QStringLiteral("nodes")}).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (line.startsWith("Allocated resources:"))
            allocated = true;
        if (!allocated || words.size() < 2 || words.first() != "cpu")
            continue;
        allocated = false;
        const QByteArray &value = words.at(1);
        total += value.endsWith('m') ? value.chopped(1).toLongLong() : qint64(value.toDouble() * 1000);
    }
    return total;
}

QString shown(Ui::OverviewPage *page, const char *label)
{
    return page->findChild<QLabel *>(QLatin1String(label))->text();
}

} // namespace

class TestOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void figuresEqualTheApi()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        app.metrics()->setInterval(2000);
        window->selectContext(QStringLiteral("kaji-admin"));
        Ui::OverviewPage *page = app.overview()->page();
        QCOMPARE(window->contextTabs()->currentWidget(), page);
        QCOMPARE(window->contextTabs()->indexOf(page), 0);
        const App::OverviewController *overview = app.overview();
        const auto readable = [&] {
            const Models::OverviewFigures &f = overview->figures();
            bool all = f.nodeState.access == Models::KindAccess::Readable && f.podState.access == Models::KindAccess::Readable
                && f.eventState.access == Models::KindAccess::Readable;
            for (const auto &[state, counts] : f.workloads)
                all = all && state.access == Models::KindAccess::Readable;
            return all;
        };
        QVERIFY2(QTest::qWaitFor(readable, 60000), qPrintable(page->noteOf(QStringLiteral("podsCard"))));

        // The cluster keeps moving (crash loops, jobs): compare until one
        // reading of the API and one count of Kaji agree.
        ApiCounts api;
        QString mismatch;
        const bool agreed = QTest::qWaitFor([&] {
            api = apiCounts();
            QTest::qWait(1500); // a change the API just showed reaches the overview within its debounce
            const Models::OverviewFigures &f = overview->figures();
            const auto phase = [&](const char *name) { return api.phases.value(QLatin1String(name)); };
            mismatch = QStringLiteral("nodes %1/%2 vs %3/%4, running %5 vs %6, pending %7 vs %8, warnings %9 vs %10")
                           .arg(f.nodes.ready).arg(f.nodes.total).arg(api.nodesReady).arg(api.nodes)
                           .arg(f.pods.running).arg(phase("Running")).arg(f.pods.pending).arg(phase("Pending"))
                           .arg(f.warningTotal).arg(api.warnings);
            return f.nodes.total == api.nodes && f.nodes.ready == api.nodesReady && f.pods.running == phase("Running")
                && f.pods.pending == phase("Pending") && f.pods.succeeded == phase("Succeeded")
                && f.pods.failed == phase("Failed") && f.warningTotal == api.warnings
                && shown(page, "podsRunning") == QString::number(f.pods.running)
                && shown(page, "podsPending") == QString::number(f.pods.pending)
                && shown(page, "podsFailed") == QString::number(f.pods.failed);
        }, 90000);
        QVERIFY2(agreed, qPrintable(mismatch));
        QVERIFY(api.nodes > 0 && api.warnings > 0); // the scenario has failing pods, hence warnings
        QVERIFY(shown(page, "nodesSummary").startsWith(QStringLiteral("%1 of %2 ready").arg(api.nodesReady).arg(api.nodes)));
        QVERIFY(page->findChild<Ui::ObjectList *>(QStringLiteral("overviewWarnings"))->count() > 0);
        QVERIFY(overview->history().size() >= 1);

        // The API server's version and /readyz, read by the control-plane poller.
        QVERIFY(QTest::qWaitFor([&] { return shown(page, "apiHealth").startsWith(QLatin1String("ready")); }, 40000));
        QVERIFY(shown(page, "apiVersion").startsWith(u'v'));

        // Usage against allocatable: metrics-server answers (kwok serves usage).
        auto *cpu = page->findChild<Ui::CapacityChart *>(QStringLiteral("overviewCpu"));
        auto *memory = page->findChild<Ui::CapacityChart *>(QStringLiteral("overviewMemory"));
        QVERIFY2(QTest::qWaitFor([&] { return cpu->usageBars() > 0 && memory->usageBars() > 0; }, 150000),
                 qPrintable(cpu->summary()));
        QVERIFY2(cpu->summary().contains(QLatin1String("used")), qPrintable(cpu->summary()));
        const Models::CapacityRow &total = overview->figures().capacity.total;
        QVERIFY(total.cpuAllocatableMillis > 0 && total.cpuRequestMillis > 0 && total.cpuUsageMillis.value_or(0) > 0);
        // What the pods request, as kubectl sums it (pods come and go: until one reading agrees).
        qint64 described = -1;
        QVERIFY2(QTest::qWaitFor([&] {
                     described = describedCpuRequests();
                     return overview->figures().capacity.total.cpuRequestMillis == described;
                 }, 60000),
                 qPrintable(QStringLiteral("Kaji %1m, kubectl describe nodes %2m")
                                .arg(overview->figures().capacity.total.cpuRequestMillis).arg(described)));

        // A problem clicked opens its object, as in the Problems dock.
        auto *problems = page->findChild<Ui::ObjectList *>(QStringLiteral("overviewProblems"));
        QVERIFY2(QTest::qWaitFor([&] { return problems->count() > 0; }, 120000), qPrintable(page->noteOf(QStringLiteral("problemsCard"))));
        QCOMPARE(problems->count(), std::min<int>(int(app.docks()->findings()->findings().size()), App::OverviewController::TopFindings));
        screenshots(app, page);
        page->ensureWidgetVisible(problems);
        const Models::ObjectRef object = problems->objectAt(0);
        QCOMPARE(object, app.docks()->findings()->findings().first().object);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(problems->item(0)).center());
        const QString header = object.kind + u' ' + (object.namespaceName.isEmpty() ? object.name : object.namespaceName + u'/' + object.name);
        QVERIFY2(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == header; }, 15000),
                 qPrintable(KajiGuiTest::detailsHeader(window) + QStringLiteral(" != ") + header));
        QVERIFY(window->contextTabs()->currentWidget() != page);

        // Off screen, the overview asks for no metrics.
        QTRY_VERIFY_WITH_TIMEOUT(!app.metrics()->isReading(), 5000);
    }

    // jane may list pods in shop only and no nodes: each card says so, in
    // the server's words that name her, instead of showing zeros.
    void restrictedUserIsToldWhy()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->selectContext(QStringLiteral("kaji-restricted"));
        Ui::OverviewPage *page = app.overview()->page();
        QCOMPARE(window->contextTabs()->currentWidget(), page);
        const auto note = [&](const char *card) { return page->noteOf(QLatin1String(card)); };
        QVERIFY2(QTest::qWaitFor([&] { return note("clusterCard").startsWith(QLatin1String("You may not list nodes")); }, 30000),
                 qPrintable(note("clusterCard")));
        QVERIFY2(note("clusterCard").contains(QLatin1String("jane")), qPrintable(note("clusterCard")));
        QCOMPARE(shown(page, "nodesSummary"), QStringLiteral("–"));
        QVERIFY2(QTest::qWaitFor([&] { return note("podsCard").contains(QLatin1String("Only namespace shop")); }, 30000),
                 qPrintable(note("podsCard")));
        const int shopPods = int(items({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop")}).size());
        QVERIFY(QTest::qWaitFor([&] { return app.overview()->figures().pods.total == shopPods; }, 30000));
        // Workloads narrow to her namespace as the tables do, and say so.
        QVERIFY2(QTest::qWaitFor([&] {
            const auto &workloads = app.overview()->figures().workloads;
            return !workloads.isEmpty() && std::all_of(workloads.cbegin(), workloads.cend(), [](const auto &w) {
                return w.first.access == Models::KindAccess::Readable;
            });
        }, 30000), qPrintable(note("workloadsCard")));
        QVERIFY2(QTest::qWaitFor([&] { return note("workloadsCard").contains(QLatin1String("Only namespace shop")); }, 5000),
                 qPrintable(note("workloadsCard")));
        QVERIFY(!note("cpuCard").isEmpty()); // no allocatable without nodes: said, not drawn as 0
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("overview-restricted-en.png")));
    }

private:
    void screenshots(App::Application &app, Ui::OverviewPage *page)
    {
        Ui::MainWindow *window = app.mainWindow();
        const QSize defaultSize = window->size();
        for (const char *language : {"en", "ja"}) {
            app.setLanguage(QLatin1String(language));
            // The history's legend speaks the language too (its chart is
            // kept between readings, not between languages).
            auto *activity = page->findChild<Ui::HistoryChart *>(QStringLiteral("historyActivity"));
            const QString restarts = Ui::HistoryChart::tr("Restarts (all pods)");
            QVERIFY(restarts != QLatin1String("Restarts (all pods)") || QLatin1String(language) == QLatin1String("en"));
            QVERIFY2(QTest::qWaitFor([&] { return activity->legendNames().contains(restarts); }, 20000),
                     qPrintable(activity->legendNames().join(u'|')));
            const QChart *pods = page->findChild<Ui::HistoryChart *>(QStringLiteral("historyPods"))->findChild<QChartView *>()->chart();
            QCOMPARE(pods->axes(Qt::Vertical).first()->titleText(), Ui::HistoryChart::tr("pods"));
            for (const QSize size : {defaultSize, QSize(1366, 768)}) {
                window->resize(size);
                QTest::qWait(400);
                const QString name = QStringLiteral("overview-%1-%2").arg(QLatin1String(language)).arg(size.width());
                QVERIFY(KajiGuiTest::screenshot(window, name + QStringLiteral(".png")));
                // The whole page, below the fold too.
                QVERIFY(page->widget()->grab().save(QDir(qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath()))
                                                       .filePath(name + QStringLiteral("-full.png"))));
            }
        }
        app.setLanguage(QStringLiteral("en"));
        window->resize(defaultSize);
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
