// The diagnosis rules over recorded snapshots: the scenario of the local
// cluster (recorded by tests/data/diagnosis/record-scenario.py) and small
// hand-made cases, each with the findings it must yield and nothing else.
// Look-alike healthy cases (an old OOM kill, a completed Job, a Service
// without selector, a rollout in progress...) must yield nothing.

#include "diagnosis/diagnosisengine.h"
#include "diagnosis/findingjson.h"
#include "diagnosis/jobrules.h"
#include "diagnosis/loganalyzer.h"
#include "diagnosis/quantity.h"
#include "diagnosisfixture.h"

#include <QDir>
#include <QTest>

using namespace Kaji::Models;

namespace {

QString dataDir()
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis");
}

QString describe(const Findings &findings)
{
    QString text;
    for (const Finding &f : findings)
        text += QStringLiteral("\n  %1 %2 %3: %4").arg(severityName(f.severity), f.ruleId, f.object.display(), f.headline);
    return text;
}

const Finding *findRule(const Findings &findings, const QString &ruleId, const QString &objectName)
{
    for (const Finding &f : findings) {
        if (f.ruleId == ruleId && f.object.name.startsWith(objectName))
            return &f;
    }
    return nullptr;
}

// Everything a finding says, for "the cause quotes X" checks.
QString allText(const Finding &f)
{
    QString text = f.headline + u'\n' + f.cause;
    for (const Evidence &e : f.evidence)
        text += u'\n' + e.text + u' ' + e.reference();
    for (const NextStep &s : f.nextSteps)
        text += u'\n' + s.text + u' ' + s.command;
    return text;
}

} // namespace

class TestDiagnosisRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scenario_data();
    void scenario();
    void scenarioHealthyObjectsQuiet();
    void scenarioSortedMostSevereFirst();
    void cases_data();
    void cases();
    void logAnalyzer_data();
    void logAnalyzer();
    void quantities();
    void cronSchedules();
    void jsonIsStable();
};

void TestDiagnosisRules::scenario_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("object"); // name prefix
    QTest::addColumn<QStringList>("quotes"); // must appear in the finding's text
    QTest::newRow("payments") << QStringLiteral("pod.image-pull.secret-missing") << QStringLiteral("payments-")
                              << QStringList{QStringLiteral("payments-registry"), QStringLiteral("registry.example.com")};
    QTest::newRow("orders-api") << QStringLiteral("pod.crashloop.db-migration") << QStringLiteral("orders-api-")
                                << QStringList{QStringLiteral("Flyway"), QStringLiteral("V3__add_orders_index"),
                                               QStringLiteral("column \"customer_ref\" does not exist"), QStringLiteral("#L")};
    QTest::newRow("checkout") << QStringLiteral("pod.config.configmap-key-missing") << QStringLiteral("checkout-")
                              << QStringList{QStringLiteral("PAYMENT_GATEWAY_URL"), QStringLiteral("shop/checkout-config")};
    QTest::newRow("inventory") << QStringLiteral("pod.probe.readiness-failing") << QStringLiteral("inventory-")
                               << QStringList{QStringLiteral("503")};
    QTest::newRow("recommender") << QStringLiteral("pod.unschedulable.insufficient-cpu") << QStringLiteral("recommender-")
                                 << QStringList{QStringLiteral("12 CPU"), QStringLiteral("3.92 allocatable"),
                                                QStringLiteral("Insufficient cpu: 3")};
    QTest::newRow("image-resizer") << QStringLiteral("pod.oom-killed") << QStringLiteral("image-resizer-")
                                   << QStringList{QStringLiteral("512Mi"), QStringLiteral("137")};
    QTest::newRow("legacy-search") << QStringLiteral("service.no-endpoints.selector-matches-nothing")
                                   << QStringLiteral("legacy-search") << QStringList{QStringLiteral("app.kubernetes.io/name=legacy-search")};
    QTest::newRow("orders-api service") << QStringLiteral("service.no-ready-endpoints") << QStringLiteral("orders-api")
                                        << QStringList{QStringLiteral("Flyway")};
    QTest::newRow("db-backup") << QStringLiteral("job.backoff-limit-exceeded") << QStringLiteral("db-backup")
                               << QStringList{QStringLiteral("exit code 1")};
    QTest::newRow("grafana-data") << QStringLiteral("pvc.provisioner-missing") << QStringLiteral("grafana-data")
                                  << QStringList{QStringLiteral("ebs.csi.aws.com"), QStringLiteral("gp3")};
    QTest::newRow("payments deployment") << QStringLiteral("deployment.replicas-unavailable") << QStringLiteral("payments")
                                         << QStringList{QStringLiteral("pull secret payments-registry")};
}

void TestDiagnosisRules::scenario()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, object);
    QFETCH(QStringList, quotes);
    const auto fixture = KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json"));
    const Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
    const Finding *f = findRule(findings, ruleId, object);
    QVERIFY2(f, qPrintable(QStringLiteral("no %1 for %2 in:%3").arg(ruleId, object, describe(findings))));
    const QString text = allText(*f);
    for (const QString &quote : quotes)
        QVERIFY2(text.contains(quote), qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(quote, text)));
    QVERIFY(!f->nextSteps.isEmpty());
    QVERIFY(!f->evidence.isEmpty());
}

void TestDiagnosisRules::scenarioHealthyObjectsQuiet()
{
    const auto fixture = KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json"));
    const Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
    static const QStringList healthy = {QStringLiteral("storefront"), QStringLiteral("coredns"), QStringLiteral("postgres"),
                                        QStringLiteral("fluent-bit"), QStringLiteral("nightly-export"),
                                        QStringLiteral("session-cleanup"), QStringLiteral("kaji-worker"),
                                        QStringLiteral("kaji-gpu"), QStringLiteral("data-postgres"), QStringLiteral("kube-dns")};
    for (const Finding &f : findings) {
        for (const QString &name : healthy)
            QVERIFY2(!f.object.name.startsWith(name), qPrintable(QStringLiteral("unexpected:%1").arg(describe({f}))));
    }
    // One finding per broken thing: no pod is reported twice.
    QSet<QString> pods;
    for (const Finding &f : findings) {
        if (f.object.kind == QLatin1String("Pod")) {
            QVERIFY2(!pods.contains(f.object.name), qPrintable(describe(findings)));
            pods.insert(f.object.name);
        }
    }
}

void TestDiagnosisRules::scenarioSortedMostSevereFirst()
{
    const auto fixture = KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json"));
    const Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
    QVERIFY(findings.size() > 5);
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY(int(findings[i - 1].severity) <= int(findings[i].severity));
}

void TestDiagnosisRules::cases_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir() + QStringLiteral("/cases"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

// Each case lists "expect": [{"ruleId", "object": "Kind/ns/name", "quotes": [...]}]
// and yields exactly those findings (an empty list: a healthy look-alike).
void TestDiagnosisRules::cases()
{
    QFETCH(QString, path);
    const auto fixture = KajiTest::loadDiagnosisFixture(path);
    const Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
    const nlohmann::json &expect = fixture.document.at("expect");
    QStringList wanted;
    for (const nlohmann::json &e : expect)
        wanted.append(QString::fromStdString(e.at("ruleId").get<std::string>()) + u' '
                      + QString::fromStdString(e.at("object").get<std::string>()));
    QStringList got;
    for (const Finding &f : findings)
        got.append(f.ruleId + u' ' + f.object.kind + u'/' + (f.object.namespaceName.isEmpty() ? QString() : f.object.namespaceName + u'/') + f.object.name);
    std::sort(wanted.begin(), wanted.end());
    std::sort(got.begin(), got.end());
    QVERIFY2(got == wanted, qPrintable(QStringLiteral("got:%1").arg(describe(findings))));
    for (const nlohmann::json &e : expect) {
        const QString ruleId = QString::fromStdString(e.at("ruleId").get<std::string>());
        const Finding *f = nullptr;
        for (const Finding &candidate : findings)
            if (candidate.ruleId == ruleId)
                f = &candidate;
        QVERIFY(f);
        const QString text = allText(*f);
        for (const nlohmann::json &quote : Kaji::Kube::jsonChild(e, "quotes")) {
            const QString q = QString::fromStdString(quote.get<std::string>());
            QVERIFY2(text.contains(q), qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(q, text)));
        }
    }
}

void TestDiagnosisRules::logAnalyzer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("migration");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("host");
    using K = LogClue::Kind;
    QTest::newRow("flyway") << "flyway.log" << int(K::Migration) << "Flyway" << "V3__add_orders_index.sql"
                            << "ERROR: column \"customer_ref\" does not exist" << "";
    QTest::newRow("liquibase") << "liquibase.log" << int(K::Migration) << "Liquibase"
                               << "db/changelog/003-orders.yaml::3::alice" << "ERROR: relation \"order_items\" already exists" << "";
    QTest::newRow("alembic") << "alembic.log" << int(K::Migration) << "Alembic" << "3f2a9c1b7d10, add sku to items"
                             << "column \"sku\" of relation \"items\" already exists" << "";
    QTest::newRow("rails") << "rails.log" << int(K::Migration) << "Rails" << "20241103120000 AddIndexToOrders"
                           << "PG::UndefinedColumn: ERROR:  column \"customer_ref\" does not exist" << "";
    QTest::newRow("django") << "django.log" << int(K::Migration) << "Django" << "orders.0007_add_customer_ref"
                            << "column \"customer_id\" does not exist" << "";
    QTest::newRow("prisma") << "prisma.log" << int(K::Migration) << "Prisma" << "20241103120000_add_index"
                            << "ERROR: column \"customer_ref\" does not exist" << "";
    QTest::newRow("golang-migrate") << "golang-migrate.log" << int(K::Migration) << "golang-migrate"
                                    << "3_add_orders_index.up.sql" << "pq: column \"customer_ref\" does not exist" << "";
    QTest::newRow("connection refused") << "connection-refused.log" << int(K::ConnectionRefused) << "" << "" << ""
                                        << "orders-db";
    QTest::newRow("unknown host") << "unknown-host.log" << int(K::UnknownHost) << "" << "" << "" << "redis-cache";
    QTest::newRow("missing env") << "missing-env.log" << int(K::MissingEnv) << "" << "" << "" << "";
    QTest::newRow("missing file") << "missing-file.log" << int(K::MissingFile) << "" << "" << "" << "";
    QTest::newRow("permission denied") << "permission-denied.log" << int(K::PermissionDenied) << "" << "" << "" << "";
    QTest::newRow("plain error") << "plain-error.log" << int(K::Error) << "" << "" << "" << "";
    QTest::newRow("clean exit") << "clean.log" << int(K::None) << "" << "" << "" << "";
}

void TestDiagnosisRules::logAnalyzer()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, tool);
    QFETCH(QString, migration);
    QFETCH(QString, error);
    QFETCH(QString, host);
    QFile f(dataDir() + QStringLiteral("/logs/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const LogClue clue = LogAnalyzer::analyze(QString::fromUtf8(f.readAll()).split(u'\n'));
    QCOMPARE(int(clue.kind), kind);
    QCOMPARE(clue.tool, tool);
    QCOMPARE(clue.migration, migration);
    if (!error.isEmpty())
        QCOMPARE(clue.error, error);
    QCOMPARE(clue.host, host);
    if (kind != int(LogClue::Kind::None))
        QVERIFY(!clue.lines.isEmpty());
}

void TestDiagnosisRules::quantities()
{
    QCOMPARE(cpuMillis(QStringLiteral("12")), 12000);
    QCOMPARE(cpuMillis(QStringLiteral("250m")), 250);
    QCOMPARE(cpuMillis(QStringLiteral("1.5")), 1500);
    QCOMPARE(cpuMillis(QStringLiteral("x")), -1);
    QCOMPARE(memoryBytes(QStringLiteral("512Mi")), 536870912);
    QCOMPARE(memoryBytes(QStringLiteral("1G")), 1000000000);
    QCOMPARE(formatCpu(12000), QStringLiteral("12"));
    QCOMPARE(formatCpu(3600), QStringLiteral("3.6"));
    QCOMPARE(formatCpu(250), QStringLiteral("250m"));
    QCOMPARE(formatMemory(536870912), QStringLiteral("512Mi"));
    QCOMPARE(formatMemory(16LL * 1024 * 1024 * 1024), QStringLiteral("16Gi"));
}

void TestDiagnosisRules::cronSchedules()
{
    QVERIFY(JobRules::validCronSchedule(QStringLiteral("*/10 * * * *")));
    QVERIFY(JobRules::validCronSchedule(QStringLiteral("0 3 * * MON-FRI")));
    QVERIFY(JobRules::validCronSchedule(QStringLiteral("@hourly")));
    QVERIFY(JobRules::validCronSchedule(QStringLiteral("CRON_TZ=Asia/Tokyo 0 9 * * *")));
    QVERIFY(!JobRules::validCronSchedule(QStringLiteral("*/10 * * *")));
    QVERIFY(!JobRules::validCronSchedule(QStringLiteral("61 * * * *")));
    QVERIFY(!JobRules::validCronSchedule(QStringLiteral("0 25 * * *")));
    QVERIFY(!JobRules::validCronSchedule(QStringLiteral("every day")));
}

void TestDiagnosisRules::jsonIsStable()
{
    const auto fixture = KajiTest::loadDiagnosisFixture(dataDir() + QStringLiteral("/scenario.json"));
    const Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
    const Finding *f = findRule(findings, QStringLiteral("pod.crashloop.db-migration"), QStringLiteral("orders-api-"));
    QVERIFY(f);
    const nlohmann::json j = findingToJson(*f);
    QCOMPARE(j.at("ruleId").get<std::string>(), "pod.crashloop.db-migration");
    QCOMPARE(j.at("severity").get<std::string>(), "error");
    QCOMPARE(j.at("object").at("kind").get<std::string>(), "Pod");
    QCOMPARE(j.at("object").at("namespace").get<std::string>(), "shop");
    bool logLine = false;
    for (const nlohmann::json &e : j.at("evidence")) {
        if (e.at("kind") == "log") {
            logLine = true;
            QVERIFY(e.at("line").get<int>() > 0);
            QVERIFY(e.at("previous").get<bool>());
            QVERIFY(e.at("reference").get<std::string>().find("log:pod/shop/orders-api-") == 0);
        }
    }
    QVERIFY(logLine);
    QVERIFY(!j.at("nextSteps").empty());
}

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "tst_diagnosisrules.moc"
