// Usage against limits (UsageRules): memory near its limit, memory climbing
// toward it, CPU at its limit, and what an OOM-killed container used before
// the kill; ContainerUsage from one reading and from the GUI's history.

#include "diagnosis/diagnosisengine.h"
#include "diagnosis/usagerules.h"
#include "metrics/usagehistory.h"

#include <QDateTime>
#include <QTest>

using namespace Kaji;
using namespace Kaji::Models;
using JsonTree = nlohmann::json;

namespace {

constexpr qint64 Now = 1'790'000'000; // epoch seconds
constexpr qint64 Mi = 1024 * 1024;

std::string iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate).toStdString();
}

// A running pod "shop/<name>" with one container "app".
JsonTree pod(const QString &name, const JsonTree &limits, const JsonTree &lastState = JsonTree::object())
{
    JsonTree container = {{"name", "app"}, {"image", "app:1"}, {"resources", {{"limits", limits}}}};
    JsonTree status = {{"name", "app"}, {"ready", true}, {"restartCount", lastState.empty() ? 0 : 1},
                   {"state", {{"running", {{"startedAt", iso(Now - 600)}}}}}, {"lastState", lastState}};
    return {{"metadata", {{"namespace", "shop"}, {"name", name.toStdString()}, {"uid", name.toStdString()}}},
            {"spec", {{"containers", JsonTree::array({container})}}},
            {"status", {{"phase", "Running"}, {"containerStatuses", JsonTree::array({status})}}}};
}

// Readings every 15 s ending at Now.
QList<ContainerUsage::Point> series(const QList<std::pair<qint64, qint64>> &cpuMillisAndMi)
{
    QList<ContainerUsage::Point> out;
    qint64 t = (Now - 15 * (cpuMillisAndMi.size() - 1)) * 1000;
    for (const auto &[cpu, mi] : cpuMillisAndMi) {
        out.append({t, cpu, mi * Mi});
        t += 15000;
    }
    return out;
}

Findings run(const JsonTree &podJson, const QList<ContainerUsage::Point> &points)
{
    ClusterSnapshot snapshot = ClusterSnapshot::fromJson({{"pods", JsonTree::array({podJson})}, {"events", JsonTree::array()}});
    auto usage = std::make_shared<ContainerUsage>();
    if (!points.isEmpty())
        usage->add(QStringLiteral("shop"), QString::fromStdString(podJson["metadata"]["name"].get<std::string>()),
                   QStringLiteral("app"), points);
    return DiagnosisEngine::diagnose(snapshot, {}, Now, usage);
}

const Finding *withRule(const Findings &findings, const QString &rule)
{
    for (const Finding &f : findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

QString evidenceText(const Finding &f)
{
    QStringList out;
    for (const Evidence &e : f.evidence)
        out.append(e.text);
    return out.join(u'\n');
}

} // namespace

class TestUsageRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memoryNearLimitFromOneReading()
    {
        const Findings findings = run(pod(QStringLiteral("near"), {{"memory", "512Mi"}}), series({{100, 470}}));
        const Finding *f = withRule(findings, QStringLiteral("pod.memory.near-limit"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->object.name, QStringLiteral("near"));
        QVERIFY2(f->headline.contains(QStringLiteral("91%")) && f->headline.contains(QStringLiteral("470Mi of 512Mi")),
                 qPrintable(f->headline));
        QVERIFY(evidenceText(*f).contains(QStringLiteral("470Mi")));
        QVERIFY(evidenceText(*f).contains(QStringLiteral("Memory limit: 512Mi")));
        // 89 % is not near.
        QVERIFY(!withRule(run(pod(QStringLiteral("below"), {{"memory", "512Mi"}}), series({{100, 456}})),
                          QStringLiteral("pod.memory.near-limit")));
    }

    void memoryClimbingTowardLimit()
    {
        // 300 → 380Mi in 60 s: 80Mi a minute, 132Mi to go: about 2 minutes.
        const Findings findings = run(pod(QStringLiteral("climb"), {{"memory", "512Mi"}}),
                                      series({{10, 290}, {10, 280}, {10, 300}, {10, 320}, {10, 340}, {10, 360}, {10, 380}}));
        const Finding *f = withRule(findings, QStringLiteral("pod.memory.climbing"));
        QVERIFY(f);
        QVERIFY2(f->headline.contains(QStringLiteral("74% of 512Mi")) && f->headline.contains(QStringLiteral("2 minute")),
                 qPrintable(f->headline));
        QVERIFY2(f->cause.contains(QStringLiteral("from 280Mi to 380Mi")), qPrintable(f->cause));
        QVERIFY(evidenceText(*f).contains(QStringLiteral("290Mi, 280Mi, 300Mi, 320Mi, 340Mi, 360Mi, 380Mi")));
        QVERIFY(!withRule(findings, QStringLiteral("pod.memory.near-limit")));

        // Two readings of the same scrape (equal figures) do not break a climb.
        QVERIFY(withRule(run(pod(QStringLiteral("twice"), {{"memory", "512Mi"}}),
                             series({{10, 300}, {10, 320}, {10, 320}, {10, 340}, {10, 360}})),
                         QStringLiteral("pod.memory.climbing")));
        // Too slow to reach the limit within 15 minutes: no finding.
        QVERIFY(!withRule(run(pod(QStringLiteral("slow"), {{"memory", "512Mi"}}), series({{10, 300}, {10, 301}, {10, 302}, {10, 303}})),
                          QStringLiteral("pod.memory.climbing")));
        // Only three rising readings since it last fell: not yet a climb.
        QVERIFY(!withRule(run(pod(QStringLiteral("broken"), {{"memory", "512Mi"}}),
                              series({{10, 300}, {10, 340}, {10, 330}, {10, 360}, {10, 400}})),
                          QStringLiteral("pod.memory.climbing")));
        // Below half the limit: growth there is normal start-up.
        QVERIFY(!withRule(run(pod(QStringLiteral("low"), {{"memory", "512Mi"}}), series({{10, 100}, {10, 150}, {10, 200}, {10, 250}})),
                          QStringLiteral("pod.memory.climbing")));
    }

    void cpuAtLimitMeansThrottling()
    {
        const Findings findings = run(pod(QStringLiteral("busy"), {{"cpu", "500m"}}),
                                      series({{100, 10}, {460, 10}, {480, 10}, {499, 10}, {500, 10}}));
        const Finding *f = withRule(findings, QStringLiteral("pod.cpu.at-limit"));
        QVERIFY(f);
        QVERIFY2(f->headline.contains(QStringLiteral("100%")) && f->headline.contains(QStringLiteral("throttles")),
                 qPrintable(f->headline));
        QVERIFY(f->cause.contains(QStringLiteral("no throttling counter")));
        QVERIFY(evidenceText(*f).contains(QStringLiteral("460m, 480m, 499m, 500m")));
        // One recent reading under 90 %: not at the limit.
        QVERIFY(!withRule(run(pod(QStringLiteral("dip"), {{"cpu", "500m"}}), series({{460, 10}, {300, 10}, {480, 10}, {500, 10}})),
                          QStringLiteral("pod.cpu.at-limit")));
        // No limit, no finding, however busy.
        QVERIFY(!withRule(run(pod(QStringLiteral("open"), {{"memory", "1Gi"}}), series({{4000, 10}})),
                          QStringLiteral("pod.cpu.at-limit")));
    }

    void noUsageNoFinding()
    {
        const Findings findings = run(pod(QStringLiteral("quiet"), {{"memory", "512Mi"}, {"cpu", "1"}}), {});
        QVERIFY(findings.isEmpty());
    }

    void oomKillShowsTheUsageBefore()
    {
        const qint64 killed = Now - 120;
        const JsonTree last = {{"terminated", {{"reason", "OOMKilled"}, {"exitCode", 137}, {"finishedAt", iso(killed)}}}};
        // Readings up to Now; the ones before the kill climb to 505Mi, after it memory is low again.
        QList<ContainerUsage::Point> points;
        qint64 t = (killed - 60) * 1000;
        for (const qint64 mi : {440, 470, 490, 505})
            points.append({t += 15000, 50, mi * Mi});
        points.append({(killed + 45) * 1000, 50, 230 * Mi});
        const Findings findings = run(pod(QStringLiteral("oom"), {{"memory", "512Mi"}}, last), points);
        const Finding *f = withRule(findings, QStringLiteral("pod.oom-killed"));
        QVERIFY(f);
        const QString evidence = evidenceText(*f);
        QVERIFY2(evidence.contains(QStringLiteral("before the kill")) && evidence.contains(QStringLiteral("440Mi, 470Mi, 490Mi, 505Mi"))
                     && evidence.contains(QStringLiteral("98% of the limit")),
                 qPrintable(evidence));
        QVERIFY(!evidence.contains(QStringLiteral("230Mi")));
        // Without history the finding is as before.
        const Findings bare = run(pod(QStringLiteral("oom"), {{"memory", "512Mi"}}, last), {});
        QVERIFY(!evidenceText(*withRule(bare, QStringLiteral("pod.oom-killed"))).contains(QStringLiteral("before the kill")));
    }

    void containerUsageFromReadingAndHistory()
    {
        Kube::PodUsageList list;
        Kube::PodUsage u;
        u.namespaceName = QStringLiteral("shop");
        u.name = QStringLiteral("limited");
        u.containers = {{QStringLiteral("app"), {250'000'001, 100 * Mi}}};
        list.items.append(u);
        Kube::PodUsage other = u;
        other.name = QStringLiteral("open");
        list.items.append(other);

        const ContainerUsage one = ContainerUsage::fromReading(list, 5000);
        QVERIFY(one.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("app")));
        QCOMPARE(one.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("app"))->first().cpuMillis, 251);
        QCOMPARE(one.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("nope")), nullptr);

        UsageHistory history(10);
        for (int i = 0; i < 12; ++i) {
            Kube::MetricsSample sample;
            sample.takenMs = 1000 * i;
            sample.pods = list;
            if (i == 10)
                sample.pods->items.removeFirst(); // a gap: left out, not a 0
            history.record(sample);
        }
        const ContainerUsage recent = ContainerUsage::fromHistory(history, 4);
        const auto *points = recent.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("app"));
        QVERIFY(points);
        QCOMPARE(points->size(), 3); // the last 4 readings, one of them a gap
        QCOMPARE(points->last().timeMs, 11000);
        QCOMPARE(points->first().timeMs, 8000);
        // Read once, then handed out again as it is.
        QCOMPARE(recent.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("app")), points);
        // Its only sample fell in the gap: none in the last 4 readings.
        for (int i = 12; i < 16; ++i) {
            Kube::MetricsSample sample;
            sample.takenMs = 1000 * i;
            sample.pods = Kube::PodUsageList();
            if (i == 12)
                sample.pods->items.append(other); // "limited" not sampled in any of the last 4
            history.record(sample);
        }
        const ContainerUsage later = ContainerUsage::fromHistory(history, 4);
        QCOMPARE(later.series(QStringLiteral("shop"), QStringLiteral("limited"), QStringLiteral("app")), nullptr);
        QCOMPARE(later.series(QStringLiteral("shop"), QStringLiteral("open"), QStringLiteral("app"))->size(), 1);
        QCOMPARE(later.series(QStringLiteral("shop"), QStringLiteral("nope"), QStringLiteral("app")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestUsageRules)
#include "tst_usagerules.moc"
