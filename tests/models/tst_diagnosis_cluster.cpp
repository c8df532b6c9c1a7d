// Diagnosis against the real local cluster (tests/cluster): every failure the
// scenario seeds yields the right rule with the cause traced, read through
// Kaji's own loader (lists, events, previous logs); healthy objects yield
// nothing; a user limited to one namespace still gets its findings.

#include "../kube/clusterfixture.h"
#include "diagnosis/diagnosisengine.h"
#include "diagnosis/diagnosisloader.h"
#include "diagnosis/usagerules.h"
#include "resourcemetrics.h"
#include "usagequantity.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTest>

using namespace Kaji::Models;

namespace {

struct Run {
    Findings findings;
    QStringList skipped;
    QString error;
    int pages = 0;
    QList<size_t> items; // per ClusterSnapshot::Kind
    QList<QStringList> scenarioNames; // per Kind: "namespace/name" in the scenario's namespaces, sorted
};

// Other cluster tests create and delete namespaces of their own; the
// namespace controller empties those while this test reads. Only the
// scenario's namespaces and cluster-scoped objects hold still.
QStringList scenarioNames(const std::vector<FrozenJson> &items)
{
    static const QStringList stable = {QString(), QStringLiteral("shop"), QStringLiteral("batch"),
                                       QStringLiteral("infra"), QStringLiteral("kube-system"), QStringLiteral("default")};
    QStringList out;
    for (const Json &item : items) {
        const Json &meta = item["metadata"];
        const QString ns = jsonText(meta, "namespace");
        if (stable.contains(ns))
            out.append(ns + u'/' + jsonText(meta, "name"));
    }
    out.sort();
    return out;
}

Run diagnoseOnce(const QString &context, const QStringList &namespaces, int pageSize = DiagnosisLoader::PageSize,
               const ContainerUsagePtr &usage = {})
{
    Kaji::Kube::ApiClient client(KajiTest::restConfig(context));
    DiagnosisLoader loader(&client);
    loader.setPageSize(pageSize);
    bool done = false;
    QObject::connect(&loader, &DiagnosisLoader::finished, [&] { done = true; });
    loader.load(namespaces, client.config().namespaceName);
    // Longer than the HTTP client's 60 s request timeout: a hung request
    // must come back as an error, not as a hung test.
    if (!KajiTest::waitUntil([&] { return done; }, 90000))
        qFatal("the loader did not finish");
    Run run;
    run.error = loader.error();
    run.skipped = loader.skipped();
    run.pages = loader.pagesRead();
    for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
        run.items.append(loader.snapshot().items(ClusterSnapshot::Kind(k)).size());
        run.scenarioNames.append(scenarioNames(loader.snapshot().items(ClusterSnapshot::Kind(k))));
    }
    run.findings = DiagnosisEngine::diagnose(loader.snapshot(), loader.logReader(), QDateTime::currentSecsSinceEpoch(), usage);
    return run;
}

// Other tests restart or compact the shared cluster's apiserver now and
// then (tests/cluster/knobs.sh); a request caught in that gets one retry.
Run diagnose(const QString &context, const QStringList &namespaces)
{
    Run run = diagnoseOnce(context, namespaces);
    if (!run.error.isEmpty() && context != QLatin1String("kaji-unreachable")) {
        qWarning("retrying after: %s", qPrintable(run.error));
        run = diagnoseOnce(context, namespaces);
    }
    return run;
}

const Finding *find(const Findings &findings, const QString &kind, const QString &ns, const QString &namePrefix)
{
    for (const Finding &f : findings) {
        if (f.object.kind == kind && f.object.namespaceName == ns && f.object.name.startsWith(namePrefix))
            return &f;
    }
    return nullptr;
}

QString text(const Finding &f)
{
    QString all = f.ruleId + u'\n' + f.headline + u'\n' + f.cause;
    for (const Evidence &e : f.evidence)
        all += u'\n' + e.text;
    return all;
}

QString list(const Findings &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("\n  %1 %2: %3").arg(f.ruleId, f.object.display(), f.headline);
    return out;
}

} // namespace

class TestDiagnosisCluster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void seededFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("quotes");
        QTest::newRow("payments") << "Pod" << "shop" << "payments-" << "pod.image-pull.secret-missing"
                                  << QStringList{QStringLiteral("payments-registry"), QStringLiteral("not found")};
        QTest::newRow("orders-api") << "Pod" << "shop" << "orders-api-" << "pod.crashloop.db-migration"
                                    << QStringList{QStringLiteral("Flyway"), QStringLiteral("V3__add_orders_index"),
                                                   QStringLiteral("column \"customer_ref\" does not exist")};
        QTest::newRow("checkout") << "Pod" << "shop" << "checkout-" << "pod.config.configmap-key-missing"
                                  << QStringList{QStringLiteral("PAYMENT_GATEWAY_URL"), QStringLiteral("shop/checkout-config"),
                                                 QStringLiteral("exists, but has no key")};
        QTest::newRow("inventory") << "Pod" << "shop" << "inventory-" << "pod.probe.readiness-failing"
                                   << QStringList{QStringLiteral("statuscode: 503")};
        QTest::newRow("recommender") << "Pod" << "shop" << "recommender-" << "pod.unschedulable.insufficient-cpu"
                                     << QStringList{QStringLiteral("requests 12 CPU"), QStringLiteral("allocatable"),
                                                    QStringLiteral("Insufficient cpu: 3")};
        QTest::newRow("image-resizer") << "Pod" << "shop" << "image-resizer-" << "pod.oom-killed"
                                       << QStringList{QStringLiteral("512Mi"), QStringLiteral("exit code 137")};
        QTest::newRow("legacy-search") << "Service" << "shop" << "legacy-search"
                                       << "service.no-endpoints.selector-matches-nothing" << QStringList{};
        QTest::newRow("db-backup") << "Job" << "batch" << "db-backup" << "job.backoff-limit-exceeded"
                                   << QStringList{QStringLiteral("BackoffLimitExceeded"), QStringLiteral("exit code 1")};
        QTest::newRow("grafana-data") << "PersistentVolumeClaim" << "infra" << "grafana-data" << "pvc.provisioner-missing"
                                      << QStringList{QStringLiteral("ebs.csi.aws.com"), QStringLiteral("gp3")};
    }

    void seededFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, quotes);
        const Run run = diagnose(QStringLiteral("kaji-admin"), {});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY2(run.skipped.isEmpty(), qPrintable(run.skipped.join(u'\n')));
        const Finding *f = find(run.findings, kind, ns, name);
        QVERIFY2(f, qPrintable(QStringLiteral("nothing about %1 %2/%3 in:%4").arg(kind, ns, name, list(run.findings))));
        QCOMPARE(f->ruleId, ruleId);
        const QString all = text(*f);
        for (const QString &quote : quotes)
            QVERIFY2(all.contains(quote), qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(quote, all)));
    }

    // image-resizer's memory climbs toward its 512Mi limit on an 11-minute
    // cycle (tests/cluster/lib/kwok_config.py). From a few distinct readings
    // of metrics.k8s.io, as the GUI keeps them, the rules see the climb (or
    // near the top, the limit) and quote the readings.
    void imageResizerNearItsMemoryLimit()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        QHash<QString, QList<ContainerUsage::Point>> series; // by pod: one point per scrape
        QDeadlineTimer deadline(6 * 60 * 1000);
        QString last;
        while (!deadline.hasExpired()) {
            const Kaji::Kube::ApiResult answer
                = KajiTest::getAndWait(client, QByteArrayLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods"));
            const std::optional<Kaji::Kube::PodUsageList> pods
                = answer.ok() ? Kaji::Kube::decodePodMetrics(QByteArray::fromStdString(answer.body.dump())) : std::nullopt;
            bool grew = false;
            for (const Kaji::Kube::PodUsage &pod : pods ? pods->items : QList<Kaji::Kube::PodUsage>()) {
                for (const Kaji::Kube::ContainerUsage &c : pod.containers) {
                    QList<ContainerUsage::Point> &points = series[pod.name];
                    if (c.name != QLatin1String("image-resizer") || (!points.isEmpty() && points.last().timeMs == pod.timestampSecs * 1000))
                        continue;
                    points.append({pod.timestampSecs * 1000, Kaji::Kube::nanocoresToMillis(c.usage.cpuNanocores), c.usage.memoryBytes});
                    grew = points.size() >= UsageRules::ClimbReadings;
                }
            }
            if (grew) {
                auto usage = std::make_shared<ContainerUsage>();
                for (auto it = series.cbegin(); it != series.cend(); ++it)
                    usage->add(QStringLiteral("shop"), it.key(), QStringLiteral("image-resizer"), *it);
                const Run run = diagnoseOnce(QStringLiteral("kaji-admin"), {QStringLiteral("shop")}, DiagnosisLoader::PageSize, usage);
                QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
                for (const Finding &f : run.findings) {
                    if (!f.object.name.startsWith(QLatin1String("image-resizer-"))
                        || (f.ruleId != QLatin1String("pod.memory.climbing") && f.ruleId != QLatin1String("pod.memory.near-limit")))
                        continue;
                    const QString all = text(f);
                    QVERIFY2(all.contains(QStringLiteral("512Mi")) && all.contains(QStringLiteral("metrics.k8s.io")), qPrintable(all));
                    const qint64 lastMi = series.value(f.object.name).last().memoryBytes / (1024 * 1024);
                    QVERIFY2(all.contains(QString::number(lastMi) + QStringLiteral("Mi")), qPrintable(all));
                    qInfo("%s", qPrintable(f.headline));
                    return;
                }
                last = list(run.findings);
            }
            QTest::qWait(5000);
        }
        QFAIL(qPrintable(QStringLiteral("no memory finding about image-resizer; findings:\n") + last));
    }

    void healthyObjectsQuiet()
    {
        const Run run = diagnose(QStringLiteral("kaji-admin"), {});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        static const QStringList healthy = {QStringLiteral("storefront"), QStringLiteral("coredns"),
                                            QStringLiteral("postgres"), QStringLiteral("fluent-bit"),
                                            QStringLiteral("nightly-export"), QStringLiteral("kube-dns"),
                                            QStringLiteral("kaji-worker-"), QStringLiteral("kaji-gpu-1")};
        for (const Finding &f : run.findings) {
            for (const QString &name : healthy) {
                // A rollout restart of storefront (another test may run one)
                // is not a finding either: only broken things are.
                QVERIFY2(!f.object.name.startsWith(name), qPrintable(QStringLiteral("unexpected:%1").arg(list({f}))));
            }
        }
        // The Deployments of failing pods point at the pods' findings.
        const Finding *deployment = find(run.findings, QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("orders-api"));
        QVERIFY(deployment);
        QVERIFY(!deployment->relatedFindings.isEmpty());
        QCOMPARE(deployment->relatedFindings.first().kind, QStringLiteral("Pod"));
    }

    // Lists come in pages (limit/continue): tiny pages read the same objects
    // and yield the same findings as the default size.
    void pagedListsReadEverything()
    {
        const Run whole = diagnose(QStringLiteral("kaji-admin"), {});
        Run paged = diagnoseOnce(QStringLiteral("kaji-admin"), {}, 3);
        if (!paged.error.isEmpty())
            paged = diagnoseOnce(QStringLiteral("kaji-admin"), {}, 3);
        QVERIFY2(whole.error.isEmpty() && paged.error.isEmpty(), qPrintable(whole.error + paged.error));
        QVERIFY(whole.items[ClusterSnapshot::Pods] > 6);
        // Pods, events, jobs and namespaces' ConfigMaps change while the
        // scenario runs and other tests work; these kinds stay still
        // within the scenario's namespaces.
        for (auto k : {ClusterSnapshot::Nodes, ClusterSnapshot::StorageClasses, ClusterSnapshot::Services,
                       ClusterSnapshot::Secrets, ClusterSnapshot::PersistentVolumeClaims, ClusterSnapshot::ValidatingWebhooks}) {
            QVERIFY2(!whole.scenarioNames[k].isEmpty() || k == ClusterSnapshot::ValidatingWebhooks, qPrintable(QString::number(k)));
            QVERIFY2(paged.scenarioNames[k] == whole.scenarioNames[k],
                     qPrintable(QStringLiteral("kind %1: paged [%2] vs whole [%3]")
                                    .arg(k)
                                    .arg(paged.scenarioNames[k].join(u' '), whole.scenarioNames[k].join(u' '))));
        }
        QVERIFY(qAbs(qint64(paged.items[ClusterSnapshot::Pods]) - qint64(whole.items[ClusterSnapshot::Pods])) <= 5);
        QVERIFY2(paged.pages >= int(whole.items[ClusterSnapshot::Pods] / 3), qPrintable(QString::number(paged.pages)));
        QVERIFY(paged.pages > whole.pages);
        QStringList b;
        for (const Finding &f : paged.findings)
            b.append(f.ruleId + u' ' + f.object.display());
        const QStringList must = {QStringLiteral("pod.image-pull.secret-missing"), QStringLiteral("pod.crashloop.db-migration")};
        for (const QString &rule : must)
            QVERIFY2(b.join(u'\n').contains(rule), qPrintable(b.join(u'\n')));
    }

    void restrictedUser()
    {
        const Run run = diagnose(QStringLiteral("kaji-restricted"), {});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        // Cluster-wide lists and cluster-scoped kinds are forbidden: named, not fatal.
        QVERIFY2(run.skipped.join(u'\n').contains(QStringLiteral("nodes: Forbidden")), qPrintable(run.skipped.join(u'\n')));
        QVERIFY(find(run.findings, QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("payments-")));
        QVERIFY(find(run.findings, QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("orders-api-")));
        for (const Finding &f : run.findings)
            QVERIFY(f.object.namespaceName == QLatin1String("shop"));
    }

    void oneNamespace()
    {
        const Run run = diagnose(QStringLiteral("kaji-admin"), {QStringLiteral("batch")});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(find(run.findings, QStringLiteral("Job"), QStringLiteral("batch"), QStringLiteral("db-backup")));
        for (const Finding &f : run.findings)
            QVERIFY2(f.object.namespaceName == QLatin1String("batch") || f.object.namespaceName.isEmpty(), qPrintable(list(run.findings)));
    }

    void unreachable()
    {
        const Run run = diagnose(QStringLiteral("kaji-unreachable"), {});
        QVERIFY(!run.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCluster)
#include "tst_diagnosis_cluster.moc"
