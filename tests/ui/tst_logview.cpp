// LogView on the offscreen platform: with a scripted source (follow,
// previous, container picker, search, filter-only) and with PodLogSource
// against the real local cluster (a crashed pod's previous log, a download
// of the whole log compared with kubectl). Screenshots go to
// KAJI_SCREENSHOT_DIR.

#include "logmodel.h"
#include "logview.h"
#include "podlogsource.h"
#include "workloadlogsource.h"

#include "../kube/clusterfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Kaji;

namespace {

// A source the test drives by hand; it records what the view asked for.
class ScriptedSource : public Models::LogSource {
public:
    QString title() const override { return QStringLiteral("shop/orders-api-7d9c"); }
    QList<Models::LogContainerChoice> containers() const override
    {
        return {{QStringLiteral("migrate"), true}, {QStringLiteral("orders-api"), false}, {QStringLiteral("envoy"), false}};
    }
    QString defaultContainer() const override { return QStringLiteral("orders-api"); }
    void open(const Models::LogRequest &request) override
    {
        requests.append(request);
        Q_EMIT cleared();
    }
    void close() override {}
    void download(const Models::LogRequest &request, const QString &) override { requests.append(request); }

    void push(const QByteArray &text, qint64 firstStamp = 1795687200000000000LL)
    {
        Models::LogBatch batch;
        batch.text = text;
        for (qsizetype i = 0; i < text.count('\n'); ++i)
            batch.timestamps.append(firstStamp + i * 1000000);
        Q_EMIT linesArrived(batch);
    }

    QList<Models::LogRequest> requests;
};

QByteArray springLines(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i) {
        if (i % 40 == 17)
            out += "2026-11-26T10:00:" + QByteArray::number(10 + i % 50) + ".120Z ERROR 1 --- [orders-api] [main] "
                   "o.s.boot.SpringApplication : Application run failed (attempt " + QByteArray::number(i) + ")\n";
        else if (i % 40 == 5)
            out += "2026-11-26T10:00:" + QByteArray::number(10 + i % 50) + ".120Z  WARN 1 --- [orders-api] [main] "
                   "com.zaxxer.hikari.HikariConfig : HikariPool-1 - idleTimeout is close to maxLifetime\n";
        else
            out += "2026-11-26T10:00:" + QByteArray::number(10 + i % 50) + ".120Z  INFO 1 --- [orders-api] [nio-8080-exec-"
                   + QByteArray::number(i % 10) + "] d.k.demo.orders.OrderController : order " + QByteArray::number(1000 + i)
                   + " accepted\n";
    }
    return out;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

QString shopPod(const QString &app)
{
    return QString::fromUtf8(KajiTest::kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop"),
                                                QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/name=") + app, QStringLiteral("-o"),
                                                QStringLiteral("jsonpath={.items[0].metadata.name}")}))
        .trimmed();
}

bool atBottom(QListView *view)
{
    return view->verticalScrollBar()->value() == view->verticalScrollBar()->maximum();
}

} // namespace

class TestLogView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followPreviousAndContainers()
    {
        auto *source = new ScriptedSource;
        Ui::LogView view(source);
        view.resize(1100, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Opening asks for the default container, following.
        QCOMPARE(source->requests.size(), 1);
        QCOMPARE(source->requests.last().container, QStringLiteral("orders-api"));
        QVERIFY(source->requests.last().follow);
        auto *containers = view.findChild<QComboBox *>(QStringLiteral("logContainer"));
        QCOMPARE(containers->count(), 3);
        QCOMPARE(containers->itemText(0), QStringLiteral("migrate (init)"));
        QCOMPARE(containers->currentText(), QStringLiteral("orders-api"));

        // Following: new lines keep the newest in view.
        source->push(springLines(0, 500));
        QTRY_VERIFY(view.view()->verticalScrollBar()->maximum() > 0 && atBottom(view.view()));
        const int before = view.view()->verticalScrollBar()->maximum();
        source->push(springLines(500, 200));
        QCOMPARE(view.model()->rowCount(), 700);
        QTRY_VERIFY(view.view()->verticalScrollBar()->maximum() > before && atBottom(view.view()));
        // Scrolled up to read: new lines must not pull the view away.
        view.view()->verticalScrollBar()->setValue(100);
        source->push(springLines(700, 50));
        QTest::qWait(50);
        QCOMPARE(view.view()->verticalScrollBar()->value(), 100);

        // Previous: a fresh, non-following request for the terminated instance.
        view.findChild<QToolButton *>(QStringLiteral("logPrevious"))->click();
        QCOMPARE(source->requests.last().previous, true);
        QCOMPARE(source->requests.last().follow, false);
        QCOMPARE(view.model()->rowCount(), 0); // cleared for the new log
        // Another container.
        containers->setCurrentIndex(2);
        Q_EMIT containers->activated(2);
        QCOMPARE(source->requests.last().container, QStringLiteral("envoy"));
        // Tail choice goes into the request.
        auto *tail = view.findChild<QComboBox *>(QStringLiteral("logTail"));
        tail->setCurrentIndex(0);
        Q_EMIT tail->activated(0);
        QCOMPARE(source->requests.last().tailLines, qint64(-1));
    }

    void searchAndFilter()
    {
        auto *source = new ScriptedSource;
        Ui::LogView view(source);
        view.resize(1100, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        source->push(springLines(0, 400));
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        QTest::keyClicks(search, QStringLiteral("run failed"));
        QTRY_COMPARE(view.model()->matchCount(), 10);
        QTRY_COMPARE(view.findChild<QLabel *>(QStringLiteral("logMatches"))->text(), QStringLiteral("10 matches"));
        // Enter jumps to the first match, F3-style next to the second.
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view.view()->currentIndex().row(), 17);
        view.findChild<QToolButton *>(QStringLiteral("logFindNext"))->click();
        QCOMPARE(view.view()->currentIndex().row(), 57);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("logMatches"))->text(), QStringLiteral("2 of 10"));
        view.findChild<QToolButton *>(QStringLiteral("logTimestamps"))->click();
        QVERIFY(view.model()->data(view.model()->index(0)).toString().startsWith(QStringLiteral("2026-11-26T10:00:00.000000000Z ")));
        screenshot(&view, QStringLiteral("logview-search.png"));

        // Only matches: ten rows, the current match still current.
        view.findChild<QToolButton *>(QStringLiteral("logFilterOnly"))->click();
        QCOMPARE(view.model()->rowCount(), 10);
        QVERIFY(view.model()->data(view.model()->index(1)).toString().contains(QStringLiteral("attempt 57")));
        // Lines arriving later join the filter.
        source->push(springLines(400, 40));
        QTRY_COMPARE(view.model()->rowCount(), 11);
        // Regex, with a broken one flagged rather than searched.
        view.findChild<QToolButton *>(QStringLiteral("logRegex"))->click();
        search->setText(QStringLiteral("attempt (17|57)\\)"));
        QTRY_COMPARE(view.model()->rowCount(), 2);
        search->setText(QStringLiteral("attempt (17"));
        QTRY_COMPARE(view.findChild<QLabel *>(QStringLiteral("logMatches"))->text(), QStringLiteral("invalid"));
        screenshot(&view, QStringLiteral("logview-filter.png"));
    }

    void realPodPreviousLogAndDownload()
    {
        KAJI_REQUIRE_CLUSTER();
        const QString pod = shopPod(QStringLiteral("orders-api"));
        QVERIFY(!pod.isEmpty());
        auto *source = new Models::PodLogSource(KajiTest::restConfig(QStringLiteral("kaji-admin")), QStringLiteral("shop"), pod);
        Ui::LogView view(source);
        view.resize(1200, 520);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.findChild<QComboBox *>(QStringLiteral("logContainer"))->currentText(),
                                  QStringLiteral("orders-api"), 20000);
        view.findChild<QToolButton *>(QStringLiteral("logPrevious"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 100, 20000);
        view.setSearchText(QStringLiteral("customer_ref"));
        QTRY_VERIFY(view.model()->matchCount() >= 3);
        view.findNext();
        const int row = view.view()->currentIndex().row();
        QVERIFY(view.model()->data(view.model()->index(row)).toString().contains(QStringLiteral("customer_ref")));
        QCOMPARE(view.model()->data(view.model()->index(row), Models::LogModel::SeverityRole).toInt(),
                 int(Models::LogSeverity::Error));
        screenshot(&view, QStringLiteral("logview-orders-api-previous.png"));

        // Download: the whole previous log, as kubectl prints it, even though
        // the view loaded only the last 1,000 lines.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("orders-api.log"));
        QSignalSpy done(&view, &Ui::LogView::downloadFinished);
        view.downloadTo(file);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().last().toString()));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), KajiTest::kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("shop"), pod,
                                                     QStringLiteral("-c"), QStringLiteral("orders-api"), QStringLiteral("-p")}));
    }

    void workloadMergesItsPods()
    {
        KAJI_REQUIRE_CLUSTER();
        const QStringList pods = QString::fromUtf8(KajiTest::kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"),
                                                                      QStringLiteral("shop"), QStringLiteral("-l"),
                                                                      QStringLiteral("app.kubernetes.io/name=storefront"), QStringLiteral("-o"),
                                                                      QStringLiteral("name")}))
                                     .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(pods.size() >= 2);
        auto *source = new Models::WorkloadLogSource(KajiTest::restConfig(QStringLiteral("kaji-admin")), QStringLiteral("shop"),
                                                     QStringLiteral("deployment/storefront"));
        Ui::LogView view(source);
        view.resize(1200, 360);
        view.show();
        // Containers come from the pods; then every pod's last 100 lines arrive, merged.
        QTRY_COMPARE_WITH_TIMEOUT(view.findChild<QComboBox *>(QStringLiteral("logContainer"))->currentText(),
                                  QStringLiteral("storefront"), 20000);
        auto *tail = view.findChild<QComboBox *>(QStringLiteral("logTail"));
        tail->setCurrentIndex(1);
        Q_EMIT tail->activated(1);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, 20000);
        QTest::qWait(1000); // every pod's history arrived and left the merger
        QSet<QString> seen;
        qint64 last = 0;
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QModelIndex index = view.model()->index(r);
            seen.insert(index.data(Models::LogModel::SourceRole).toString());
            const qint64 stamp = index.data(Models::LogModel::TimestampRole).toLongLong();
            QVERIFY2(stamp >= last, qPrintable(QStringLiteral("row %1 is out of order").arg(r)));
            last = stamp;
        }
        QCOMPARE(seen.size(), pods.size());
        // Each pod's own lines, in its order, exactly once.
        for (const QString &pod : pods) {
            const QString name = pod.section(u'/', 1);
            QVERIFY(seen.contains(name));
            QByteArray ours;
            for (int r = 0; r < view.model()->rowCount(); ++r) {
                const QModelIndex index = view.model()->index(r);
                if (index.data(Models::LogModel::SourceRole).toString() == name)
                    ours += index.data(Models::LogModel::TextRole).toString().toUtf8() + '\n';
            }
            const QByteArray kubectl = KajiTest::kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("shop"),
                                                          name, QStringLiteral("-c"), QStringLiteral("storefront"),
                                                          QStringLiteral("--tail"), QStringLiteral("100")});
            QCOMPARE(ours, kubectl);
        }
        QVERIFY(view.model()->data(view.model()->index(0)).toString().startsWith(u'['));
        screenshot(&view, QStringLiteral("logview-workload.png"));
    }

    // Pods come and go under a workload's log: a deleted pod's replacement
    // and a scale-up's new pod join the merged log, their lines prefixed by
    // their names. A namespace of its own keeps the shared scenario as it is.
    void workloadFollowsPodsAsTheyComeAndGo()
    {
        KAJI_REQUIRE_CLUSTER();
        const QString ns = QStringLiteral("kaji-log-follow");
        const auto kubectlIn = [&](QStringList arguments) { return KajiTest::kubectl(QStringList{QStringLiteral("-n"), ns} + arguments); };
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--ignore-not-found"), QStringLiteral("--wait")});
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns});
        // The local cluster serves a storefront log for every container named storefront.
        kubectlIn({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("follow"),
                   QStringLiteral("--image=ghcr.io/kaji-demo/storefront:1.4.2"), QStringLiteral("--replicas=1")});
        const auto runningPods = [&] {
            return QString::fromUtf8(kubectlIn({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=follow"),
                                                QStringLiteral("--field-selector=status.phase=Running"), QStringLiteral("-o"),
                                                QStringLiteral("jsonpath={.items[*].metadata.name}")}))
                .split(u' ', Qt::SkipEmptyParts);
        };
        QTRY_COMPARE_WITH_TIMEOUT(runningPods().size(), 1, 60000);
        const QString first = runningPods().first();

        auto *source = new Models::WorkloadLogSource(KajiTest::restConfig(QStringLiteral("kaji-admin")), ns, QStringLiteral("deployment/follow"));
        Ui::LogView view(source);
        view.resize(1200, 360);
        view.show();
        const auto linesOf = [&](const QString &pod) {
            int count = 0;
            for (int r = 0; r < view.model()->rowCount(); ++r) {
                const QModelIndex index = view.model()->index(r);
                if (index.data(Models::LogModel::SourceRole).toString() == pod) {
                    if (!index.data(Qt::DisplayRole).toString().startsWith(u'[' + pod))
                        return -1; // a line without its pod's name in front
                    ++count;
                }
            }
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(first) > 0, 30000);

        // The pod is deleted: its ReplicaSet makes another, which joins.
        kubectlIn({QStringLiteral("delete"), QStringLiteral("pod"), first, QStringLiteral("--wait=false")});
        QString second;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const QString &pod : runningPods())
                                         if (pod != first)
                                             second = pod;
                                     return !second.isEmpty();
                                 }()),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(second) > 0, 30000);

        // Scaled up: the new pod joins beside the one that stays.
        kubectlIn({QStringLiteral("scale"), QStringLiteral("deployment/follow"), QStringLiteral("--replicas=2")});
        QString third;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const QString &pod : runningPods())
                                         if (pod != first && pod != second)
                                             third = pod;
                                     return !third.isEmpty();
                                 }()),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(third) > 0, 30000);
        QVERIFY(linesOf(second) > 0);
        screenshot(&view, QStringLiteral("logview-workload-follow.png"));
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }

    void realPodFailureIsShown()
    {
        KAJI_REQUIRE_CLUSTER();
        const QString pod = shopPod(QStringLiteral("payments"));
        auto *source = new Models::PodLogSource(KajiTest::restConfig(QStringLiteral("kaji-admin")), QStringLiteral("shop"), pod);
        Ui::LogView view(source);
        view.resize(1000, 300);
        view.show();
        auto *status = view.findChild<QLabel *>(QStringLiteral("logStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 20000);
        QVERIFY2(status->text().startsWith(QStringLiteral("The log could not be read: ")), qPrintable(status->text()));
        screenshot(&view, QStringLiteral("logview-failed.png"));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
