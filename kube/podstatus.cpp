#include "podstatus.h"

#include <algorithm>
#include <limits>

namespace Kaji::Kube {
namespace {

using Status = PodFacts::ContainerStatus;

QString terminatedReason(const Status &c, const QString &prefix)
{
    if (!c.terminatedReason.isEmpty())
        return prefix + c.terminatedReason;
    if (c.signal != 0)
        return prefix + QStringLiteral("Signal:%1").arg(c.signal);
    return prefix + QStringLiteral("ExitCode:%1").arg(c.exitCode);
}

// The first condition of that type decides, as in the printer.
bool hasCondition(const PodFacts &pod, QLatin1String type, QLatin1String wanted)
{
    for (const PodFacts::Condition &condition : pod.conditions) {
        if (condition.type == type)
            return condition.status == wanted;
    }
    return false;
}

// Any Ready=True entry counts, unlike Initialized where only the first one
// does; the printer reads the two differently and so do we.
bool anyReadyConditionTrue(const PodFacts &pod)
{
    return std::any_of(pod.conditions.cbegin(), pod.conditions.cend(), [](const PodFacts::Condition &c) {
        return c.type == QLatin1String("Ready") && c.status == QLatin1String("True");
    });
}

struct Counts {
    qint64 restarts = 0; // a sum of int32 values: no overflow in 64 bits
    qint64 lastRestart = 0;

    void add(const Status &c)
    {
        restarts += c.restartCount;
        lastRestart = std::max(lastRestart, c.lastFinishedAt);
    }
};

} // namespace

PodStatusSummary summarizePod(const PodFacts &pod)
{
    PodStatusSummary summary;
    summary.totalContainers = pod.containers;

    QString reason = pod.reason.isEmpty() ? pod.phase : pod.reason;
    for (const PodFacts::Condition &condition : pod.conditions) {
        if (condition.type == QLatin1String("PodScheduled") && condition.reason == QLatin1String("SchedulingGated"))
            reason = QStringLiteral("SchedulingGated");
    }

    // Sidecars (init containers with restartPolicy Always) run for the pod's
    // whole life, so kubectl counts them with the regular containers.
    summary.totalContainers += int(pod.sidecars.size());

    // Walk init containers in order until the first one that is still in
    // the way; restarts of those after it are not counted, as in kubectl.
    Counts all;
    Counts sidecarOnly;
    bool initializing = false;
    for (qsizetype i = 0; i < pod.initContainerStatuses.size(); ++i) {
        const Status &container = pod.initContainerStatuses[i];
        const bool sidecar = pod.sidecars.contains(container.name);
        all.add(container);
        if (sidecar)
            sidecarOnly.add(container);

        if (container.terminated && container.exitCode == 0)
            continue;
        if (sidecar && container.started) {
            if (container.ready)
                ++summary.readyContainers;
            continue;
        }
        initializing = true;
        if (container.terminated)
            reason = terminatedReason(container, QStringLiteral("Init:"));
        else if (!container.waitingReason.isEmpty() && container.waitingReason != QLatin1String("PodInitializing"))
            reason = QStringLiteral("Init:") + container.waitingReason;
        else
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(pod.initContainers);
        break;
    }

    Counts counted = all;
    // A pod can report Initialized while a sidecar is crashing; kubectl then
    // keeps the Init: reason but still reports the regular containers.
    if (!initializing || hasCondition(pod, QLatin1String("Initialized"), QLatin1String("True"))) {
        counted = sidecarOnly;
        bool hasRunning = false;
        QString errorReason;
        // Backwards, so the first container's state is the one that shows.
        for (auto it = pod.containerStatuses.crbegin(); it != pod.containerStatuses.crend(); ++it) {
            const Status &container = *it;
            counted.add(container);
            if (!container.waitingReason.isEmpty()) {
                reason = container.waitingReason;
            } else if (container.terminated) {
                reason = terminatedReason(container, QString());
                if (container.exitCode != 0)
                    errorReason = reason;
            } else if (container.ready && container.running) {
                hasRunning = true;
                ++summary.readyContainers;
            }
        }

        // Kubernetes 1.35 added the errorReason fallback; 1.32-1.34 servers
        // print "Completed" where we print the failed container's reason.
        if (reason == QLatin1String("Completed")) {
            if (hasRunning && anyReadyConditionTrue(pod))
                reason = QStringLiteral("Running");
            else if (!errorReason.isEmpty())
                reason = errorReason;
            else if (hasRunning)
                reason = QStringLiteral("NotReady");
        }
    }

    if (pod.deleting) {
        const bool terminal = pod.phase == QLatin1String("Succeeded") || pod.phase == QLatin1String("Failed");
        if (pod.reason == QLatin1String("NodeLost"))
            reason = QStringLiteral("Unknown");
        else if (!terminal)
            reason = QStringLiteral("Terminating");
    }

    summary.status = reason;
    summary.restarts = int(std::min<qint64>(counted.restarts, std::numeric_limits<int>::max()));
    summary.lastRestartEpochSecs = counted.lastRestart;
    return summary;
}

PodStatusSummary summarizePod(const nlohmann::json &pod)
{
    PodFacts facts;
    readPodFacts(pod.dump(), facts);
    return summarizePod(facts);
}

QString formatRestarts(const PodStatusSummary &summary, qint64 nowEpochSecs)
{
    if (summary.restarts == 0 || summary.lastRestartEpochSecs == 0)
        return QString::number(summary.restarts);
    return QStringLiteral("%1 (%2 ago)")
        .arg(summary.restarts)
        .arg(humanDuration(nowEpochSecs - summary.lastRestartEpochSecs));
}

QLatin1String durationTextCharacters()
{
    // Digits, the units, "5 (3m ago)" and "<invalid>".
    return QLatin1String("0123456789smhdy ()ago<invalid>");
}

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 2 * 60)
        return QStringLiteral("%1s").arg(seconds);

    // Precision shrinks as the span grows: two units while the smaller one
    // still matters, one unit afterwards, each switch at kubectl's boundary.
    const auto pair = [](qint64 big, const char *bigUnit, qint64 small, const char *smallUnit) {
        if (small == 0)
            return QString::number(big) + QLatin1String(bigUnit);
        return QString::number(big) + QLatin1String(bigUnit) + QString::number(small) + QLatin1String(smallUnit);
    };
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return pair(minutes, "m", seconds % 60, "s");
    if (minutes < 3 * 60)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = seconds / 3600;
    if (hours < 8)
        return pair(hours, "h", minutes % 60, "m");
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    const qint64 days = hours / 24;
    if (hours < 24 * 8)
        return pair(days, "d", hours % 24, "h");
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(days);
    if (hours < 24 * 365 * 8)
        return pair(days / 365, "y", days % 365, "d");
    return QStringLiteral("%1y").arg(days / 365);
}

} // namespace Kaji::Kube
