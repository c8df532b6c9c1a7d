// The pod summary against kubectl. The fixtures are pods read back from a
// v1.36.3 kube-apiserver (no kubelet, so they keep the status written to
// them), and every expected row below is what `kubectl get pods` printed for
// them at kNow. A cluster test compares live pods with kubectl the same way.

#include "podstatus.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <limits>

#include <nlohmann/json.hpp>

using namespace Kaji::Kube;

namespace {

// The fixtures' timestamps are relative to kBase; kubectl printed the
// expected rows at kNow.
constexpr qint64 kBase = 1795725641;
constexpr qint64 kNow = kBase + 45;

nlohmann::json loadFixture(const QString &name)
{
    QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/pods/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

QString runKubectl(const QStringList &args, QString *error)
{
    QProcess kubectl;
    kubectl.start(QStringLiteral("kubectl"), args);
    if (!kubectl.waitForFinished(120000) || kubectl.exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("kubectl %1: %2").arg(args.join(u' '), kubectl.errorString());
        return {};
    }
    if (kubectl.exitCode() != 0) {
        *error = QStringLiteral("kubectl %1 exited with %2: %3")
                     .arg(args.join(u' '))
                     .arg(kubectl.exitCode())
                     .arg(QString::fromUtf8(kubectl.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(kubectl.readAllStandardOutput());
}

QString mismatch(const QString &pod, const QString &ours, const QString &kubectl)
{
    return QStringLiteral("%1: ours \"%2\", kubectl \"%3\"").arg(pod, ours, kubectl);
}

const nlohmann::json &metadata(const nlohmann::json &pod)
{
    static const nlohmann::json none = nlohmann::json::object();
    const auto it = pod.find("metadata");
    return it != pod.end() && it->is_object() ? *it : none;
}

// Pods of a list by "namespace/name", the key kubectl's table shows.
QHash<QString, nlohmann::json> podsByKey(const nlohmann::json &list)
{
    QHash<QString, nlohmann::json> pods;
    if (!list.is_object() || !list.contains("items") || !list["items"].is_array())
        return pods;
    for (const nlohmann::json &pod : list["items"]) {
        const nlohmann::json &meta = metadata(pod);
        pods.insert(QString::fromStdString(meta.value("namespace", "") + "/" + meta.value("name", "")), pod);
    }
    return pods;
}

QHash<QString, nlohmann::json> listPods(const QStringList &args, QString *error)
{
    return podsByKey(nlohmann::json::parse(runKubectl(args, error).toStdString(), nullptr, false));
}

std::string version(const nlohmann::json &pod)
{
    return metadata(pod).value("resourceVersion", "");
}

} // namespace

class TestPodStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesKubectl_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<QString>("restarts");
        QTest::addColumn<qint64>("lastRestart");
        const auto row = [](const char *fixture, const char *status, const char *ready, const char *restarts,
                            qint64 lastRestart = 0) {
            QTest::newRow(fixture) << QString::fromLatin1(status) << QString::fromLatin1(ready)
                                   << QString::fromLatin1(restarts) << lastRestart;
        };
        // Regular containers: the first container's waiting or terminated
        // reason wins, Signal/ExitCode stand in for a missing reason.
        row("running", "Running", "1/1", "0");
        row("running-not-ready", "Running", "0/1", "0");
        row("running-restarted", "Running", "1/1", "5 (5m57s ago)", kBase - 312);
        row("restarts-no-last-state", "Running", "1/1", "3");
        row("restarted-years-ago", "Running", "1/1", "2 (3y20d ago)", kBase - 96354000);
        row("crashloop-backoff", "CrashLoopBackOff", "0/1", "7 (3h4m ago)", kBase - 11040);
        row("container-creating", "ContainerCreating", "0/1", "0");
        row("err-image-pull", "ErrImagePull", "0/1", "0");
        row("image-pull-backoff", "ImagePullBackOff", "1/2", "0");
        row("first-container-wins", "ImagePullBackOff", "0/2", "1 (3m15s ago)", kBase - 150);
        row("create-container-config-error", "CreateContainerConfigError", "0/1", "0");
        row("oom-killed", "OOMKilled", "0/1", "0");
        row("error-exit", "Error", "0/1", "0");
        row("signal-killed", "Signal:9", "0/1", "0");
        row("exit-code", "ExitCode:2", "0/1", "0");
        row("completed", "Completed", "0/1", "0");
        // "Completed" yields to a running container (Running when the pod is
        // Ready, NotReady otherwise) or to a failed one.
        row("completed-with-running", "Running", "1/2", "0");
        row("completed-not-ready", "NotReady", "1/2", "0");
        row("completed-and-error", "Error", "0/2", "0");
        // Pod-level reasons and phases.
        row("pending-unschedulable", "Pending", "0/1", "0");
        row("scheduling-gated", "SchedulingGated", "0/1", "0");
        row("evicted", "ContainerStatusUnknown", "0/1", "0");
        row("evicted-before-start", "Evicted", "0/1", "0");
        row("out-of-cpu", "OutOfcpu", "0/1", "0");
        row("node-lost", "NodeLost", "0/1", "0");
        row("node-lost-deleted", "Unknown", "0/1", "0");
        row("terminating", "Terminating", "1/1", "0");
        row("init-terminating", "Terminating", "0/1", "0");
        row("succeeded-deleted", "Completed", "0/1", "0");
        // Init containers: the first unfinished one decides.
        row("init-running", "Init:0/2", "0/1", "0");
        row("init-second-of-two", "Init:1/2", "0/1", "0");
        row("init-waiting-podinitializing", "Init:0/1", "0/1", "0");
        row("init-crashloop", "Init:CrashLoopBackOff", "0/1", "4 (90s ago)", kBase - 45);
        row("init-error", "Init:Error", "0/1", "0");
        row("init-signal", "Init:Signal:9", "0/1", "0");
        row("init-exitcode", "Init:ExitCode:3", "0/1", "0");
        row("pod-initializing", "PodInitializing", "0/2", "0");
        // Once initialized only sidecar restarts carry over from init containers.
        row("init-restarts-dropped", "Running", "1/1", "1 (8d ago)", kBase - 694200);
        // Sidecars count in READY and RESTARTS.
        row("sidecar-running", "Running", "2/2", "3 (11m ago)", kBase - 630);
        row("sidecar-then-init", "Init:1/2", "1/2", "0");
        row("sidecar-not-started", "Init:0/2", "0/2", "0");
        row("sidecar-crashloop", "Init:CrashLoopBackOff", "1/2", "6 (2m25s ago)", kBase - 100);
        row("sidecar-completed-job", "Completed", "0/2", "0");
    }

    void matchesKubectl()
    {
        QFETCH(QString, status);
        QFETCH(QString, ready);
        QFETCH(QString, restarts);
        QFETCH(qint64, lastRestart);
        const nlohmann::json pod = loadFixture(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(pod.is_object());
        const PodStatusSummary s = summarizePod(pod);
        QCOMPARE(s.status, status);
        QCOMPARE(QStringLiteral("%1/%2").arg(s.readyContainers).arg(s.totalContainers), ready);
        QCOMPARE(formatRestarts(s, kNow), restarts);
        QCOMPARE(s.lastRestartEpochSecs, lastRestart);
    }

    void sparseOrOddInputDoesNotThrow()
    {
        const PodStatusSummary empty = summarizePod(nlohmann::json());
        QCOMPARE(empty.status, QString());
        QCOMPARE(empty.totalContainers, 0);
        const auto odd = nlohmann::json::parse(R"({"spec": {"containers": [{"name": "a"}], "initContainers": null},
            "status": {"phase": "Running", "conditions": "x", "containerStatuses": [
              {"name": "a", "restartCount": "7", "state": {"running": null, "waiting": {"reason": 3}},
               "lastState": {"terminated": {"finishedAt": "not a time"}}}]}})");
        const PodStatusSummary s = summarizePod(odd);
        QCOMPARE(s.status, QStringLiteral("Running"));
        QCOMPARE(s.totalContainers, 1);
        QCOMPARE(s.restarts, 0);
        QCOMPARE(s.lastRestartEpochSecs, 0);
    }

    void restartsFormat()
    {
        PodStatusSummary s;
        QCOMPARE(formatRestarts(s, kNow), QStringLiteral("0"));
        s.lastRestartEpochSecs = kNow - 30; // a time without restarts is not shown
        QCOMPARE(formatRestarts(s, kNow), QStringLiteral("0"));
        s.restarts = 4;
        QCOMPARE(formatRestarts(s, kNow), QStringLiteral("4 (30s ago)"));
        QCOMPARE(formatRestarts(s, kNow - 31), QStringLiteral("4 (0s ago)"));
        QCOMPARE(formatRestarts(s, kNow - 32), QStringLiteral("4 (<invalid> ago)"));
        s.lastRestartEpochSecs = 0;
        QCOMPARE(formatRestarts(s, kNow), QStringLiteral("4"));
    }

    void humanDurationBoundaries_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        constexpr qint64 m = 60, h = 3600, d = 86400, y = 365 * d;
        const std::pair<qint64, const char *> cases[] = {
            {-10, "<invalid>"}, {-2, "<invalid>"}, {-1, "0s"}, {0, "0s"}, {59, "59s"}, {119, "119s"},
            {2 * m, "2m"}, {2 * m + 1, "2m1s"}, {10 * m - 1, "9m59s"}, {10 * m, "10m"}, {10 * m + 30, "10m"},
            {3 * h - 1, "179m"}, {3 * h, "3h"}, {3 * h + 4 * m + 59, "3h4m"}, {8 * h - 1, "7h59m"}, {8 * h, "8h"},
            {48 * h - 1, "47h"}, {48 * h, "2d"}, {2 * d + 3 * h, "2d3h"}, {8 * d - 1, "7d23h"}, {8 * d, "8d"},
            {45 * d, "45d"}, {2 * y - 1, "729d"}, {2 * y, "2y"}, {3 * y + 20 * d, "3y20d"}, {8 * y - 1, "7y364d"},
            {8 * y, "8y"}, {9 * y + 100 * d, "9y"},
        };
        for (const auto &[seconds, text] : cases)
            QTest::addRow("%lld", static_cast<long long>(seconds)) << seconds << QString::fromLatin1(text);
    }

    void humanDurationBoundaries()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(humanDuration(seconds), text);
    }

    // A table's filter skips building RESTARTS and AGE cells for a text
    // with a character they never hold: they must hold no other.
    void durationTextsHoldOnlyTheirCharacters()
    {
        const QLatin1String allowed = durationTextCharacters();
        const auto check = [&](const QString &text) {
            for (const QChar c : text) {
                if (!allowed.contains(c.toLower()))
                    return false;
            }
            return true;
        };
        PodStatusSummary s;
        s.restarts = 7;
        for (qint64 seconds = -50; seconds < 20LL * 365 * 86400; seconds = seconds < 1000 ? seconds + 1 : seconds * 21 / 20) {
            QVERIFY2(check(humanDuration(seconds)), qPrintable(humanDuration(seconds)));
            s.lastRestartEpochSecs = kNow - seconds;
            QVERIFY2(check(formatRestarts(s, kNow)), qPrintable(formatRestarts(s, kNow)));
        }
    }

    // Every pod of a real cluster, against kubectl's own columns.
    void matchesKubectlOnLiveCluster()
    {
        const QString kubeconfig = qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
        if (kubeconfig.isEmpty()) {
            qInfo("KAJI_TEST_KUBECONFIG is not set; not comparing with a live cluster");
            return;
        }
        const QStringList base{QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"),
                               QStringLiteral("pods"), QStringLiteral("-A")};
        const QStringList asJson = base + QStringList{QStringLiteral("-o"), QStringLiteral("json")};
        // Pods change under us on a live cluster: only pods whose
        // resourceVersion is the same before and after the table are compared.
        // tabwriter pads columns with at least three spaces; cells have at most one.
        static const QRegularExpression columns(QStringLiteral("\\s{2,}"));
        int compared = 0;
        bool sawPods = false;
        for (int attempt = 0; attempt < 5 && compared == 0; ++attempt) {
            QString error;
            const auto before = listPods(asJson, &error);
            const qint64 from = QDateTime::currentSecsSinceEpoch();
            const QString table = runKubectl(base + QStringList{QStringLiteral("--no-headers")}, &error);
            const qint64 to = QDateTime::currentSecsSinceEpoch();
            const auto after = listPods(asJson, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
            sawPods = sawPods || !lines.isEmpty();
            for (const QString &line : lines) {
                const QStringList cells = line.trimmed().split(columns);
                QVERIFY2(cells.size() >= 5, qPrintable(line));
                const QString key = cells[0] + u'/' + cells[1];
                const auto was = before.constFind(key);
                const auto is = after.constFind(key);
                if (was == before.cend() || is == after.cend() || version(*was) != version(*is))
                    continue;
                const PodStatusSummary s = summarizePod(*is);
                const QString ours = QString::number(s.readyContainers) + u'/' + QString::number(s.totalContainers)
                    + u' ' + s.status;
                const QString theirs = cells[2] + u' ' + cells[3];
                QVERIFY2(ours == theirs, qPrintable(mismatch(key, ours, theirs)));
                // The server computed "ago" at some instant between from and to.
                bool restartsMatch = false;
                for (qint64 now = from - 2; now <= to + 2 && !restartsMatch; ++now)
                    restartsMatch = formatRestarts(s, now) == cells[4];
                QVERIFY2(restartsMatch, qPrintable(mismatch(key, formatRestarts(s, to), cells[4])));
                ++compared;
            }
            if (!sawPods)
                break;
        }
        QVERIFY2(compared > 0 || !sawPods, "every pod changed while kubectl printed its table, five times over");
        qInfo("compared %d pods with kubectl", compared);
    }

    // Found by fuzz_podstatus: out-of-range counts from a broken server
    // must neither overflow nor reach undefined behaviour.
    void outOfRangeRestartCounts()
    {
        const auto summary = [](const char *text) { return summarizePod(nlohmann::json::parse(text)); };
        QCOMPARE(summary(R"({"status":{"containerStatuses":[{"restartCount":2147483647},{"restartCount":1}]}})").restarts,
                 std::numeric_limits<int>::max());
        QCOMPARE(summary(R"({"status":{"containerStatuses":[{"restartCount":1e19}]}})").restarts, 0);
        QCOMPARE(summary(R"({"status":{"containerStatuses":[{"restartCount":18446744073709551615}]}})").restarts,
                 std::numeric_limits<qint32>::max());
    }
};

QTEST_GUILESS_MAIN(TestPodStatus)
#include "tst_podstatus.moc"
