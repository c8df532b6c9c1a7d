#include "podstatus.h"

#include "jsonfields.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Kaji::Kube {
namespace {

using nlohmann::json;

// Go decodes an absent or null field to its zero value; these helpers read
// the JSON the same way so a sparse pod never throws.
const json *field(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

// Counts and codes are int32 in the API; anything else (floats, huge
// values from a broken server) reads as 0 or is clamped, never overflows.
qint64 number(const json &object, const char *key)
{
    const json *value = field(object, key);
    if (!value || !value->is_number_integer())
        return 0;
    if (value->is_number_unsigned())
        return qint64(std::min<quint64>(value->get<quint64>(), quint64(std::numeric_limits<qint32>::max())));
    return std::clamp<qint64>(value->get<qint64>(), std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
}

const json &items(const json &object, const char *key)
{
    static const json empty = json::array();
    const json *value = field(object, key);
    return value && value->is_array() ? *value : empty;
}

// 0 doubles as "no time": the printer compares against Go's zero time, which
// every real timestamp is after.
qint64 epochSecs(const json &object, const char *key)
{
    const QString value = jsonText(object, key);
    if (value.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

// The terminated state of a container's previous run, or null.
const json *lastTerminated(const json &status)
{
    const json *last = field(status, "lastState");
    return last ? field(*last, "terminated") : nullptr;
}

QString terminatedReason(const json &terminated, const QString &prefix)
{
    const QString reason = jsonText(terminated, "reason");
    if (!reason.isEmpty())
        return prefix + reason;
    const qint64 signal = number(terminated, "signal");
    if (signal != 0)
        return prefix + QStringLiteral("Signal:%1").arg(signal);
    return prefix + QStringLiteral("ExitCode:%1").arg(number(terminated, "exitCode"));
}

bool hasCondition(const json &status, const char *type, const char *wantedStatus)
{
    for (const json &condition : items(status, "conditions")) {
        if (jsonText(condition, "type") == QLatin1String(type))
            return jsonText(condition, "status") == QLatin1String(wantedStatus);
    }
    return false;
}

// Any Ready=True entry counts, unlike Initialized where only the first one
// does; the printer reads the two differently and so do we.
bool anyReadyConditionTrue(const json &status)
{
    for (const json &condition : items(status, "conditions")) {
        if (jsonText(condition, "type") == QLatin1String("Ready") && jsonText(condition, "status") == QLatin1String("True"))
            return true;
    }
    return false;
}

struct Counts {
    qint64 restarts = 0; // a sum of int32 values: no overflow in 64 bits
    qint64 lastRestart = 0;

    void add(const json &containerStatus)
    {
        restarts += number(containerStatus, "restartCount");
        if (const json *terminated = lastTerminated(containerStatus))
            lastRestart = std::max(lastRestart, epochSecs(*terminated, "finishedAt"));
    }
};

} // namespace

PodStatusSummary summarizePod(const json &pod)
{
    static const json none = json::object();
    const json *specPtr = field(pod, "spec");
    const json *statusPtr = field(pod, "status");
    const json *metaPtr = field(pod, "metadata");
    const json &spec = specPtr ? *specPtr : none;
    const json &status = statusPtr ? *statusPtr : none;
    const json &meta = metaPtr ? *metaPtr : none;

    PodStatusSummary summary;
    summary.totalContainers = int(items(spec, "containers").size());

    const QString phase = jsonText(status, "phase");
    const QString podReason = jsonText(status, "reason");
    QString reason = podReason.isEmpty() ? phase : podReason;
    for (const json &condition : items(status, "conditions")) {
        if (jsonText(condition, "type") == QLatin1String("PodScheduled")
            && jsonText(condition, "reason") == QLatin1String("SchedulingGated"))
            reason = QStringLiteral("SchedulingGated");
    }

    // Sidecars (init containers with restartPolicy Always) run for the pod's
    // whole life, so kubectl counts them with the regular containers.
    const json &initSpecs = items(spec, "initContainers");
    QSet<QString> sidecars;
    for (const json &container : initSpecs) {
        if (jsonText(container, "restartPolicy") == QLatin1String("Always")) {
            sidecars.insert(jsonText(container, "name"));
            ++summary.totalContainers;
        }
    }

    // Walk init containers in order until the first one that is still in
    // the way; restarts of those after it are not counted, as in kubectl.
    Counts all;
    Counts sidecarOnly;
    bool initializing = false;
    const json &initStatuses = items(status, "initContainerStatuses");
    for (size_t i = 0; i < initStatuses.size(); ++i) {
        const json &container = initStatuses[i];
        const bool sidecar = sidecars.contains(jsonText(container, "name"));
        all.add(container);
        if (sidecar)
            sidecarOnly.add(container);

        const json *state = field(container, "state");
        const json *terminated = state ? field(*state, "terminated") : nullptr;
        const json *waiting = state ? field(*state, "waiting") : nullptr;
        if (terminated && number(*terminated, "exitCode") == 0)
            continue;
        if (sidecar && jsonBool(container, "started")) {
            if (jsonBool(container, "ready"))
                ++summary.readyContainers;
            continue;
        }
        initializing = true;
        const QString waitingReason = waiting ? jsonText(*waiting, "reason") : QString();
        if (terminated)
            reason = terminatedReason(*terminated, QStringLiteral("Init:"));
        else if (!waitingReason.isEmpty() && waitingReason != QLatin1String("PodInitializing"))
            reason = QStringLiteral("Init:") + waitingReason;
        else
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(initSpecs.size());
        break;
    }

    Counts counted = all;
    // A pod can report Initialized while a sidecar is crashing; kubectl then
    // keeps the Init: reason but still reports the regular containers.
    if (!initializing || hasCondition(status, "Initialized", "True")) {
        counted = sidecarOnly;
        bool hasRunning = false;
        QString errorReason;
        // Backwards, so the first container's state is the one that shows.
        const json &statuses = items(status, "containerStatuses");
        for (auto it = statuses.rbegin(); it != statuses.rend(); ++it) {
            const json &container = *it;
            counted.add(container);
            const json *state = field(container, "state");
            const json *terminated = state ? field(*state, "terminated") : nullptr;
            const json *waiting = state ? field(*state, "waiting") : nullptr;
            const QString waitingReason = waiting ? jsonText(*waiting, "reason") : QString();
            if (!waitingReason.isEmpty()) {
                reason = waitingReason;
            } else if (terminated) {
                reason = terminatedReason(*terminated, QString());
                if (number(*terminated, "exitCode") != 0)
                    errorReason = reason;
            } else if (jsonBool(container, "ready") && state && field(*state, "running")) {
                hasRunning = true;
                ++summary.readyContainers;
            }
        }

        // Kubernetes 1.35 added the errorReason fallback; 1.32-1.34 servers
        // print "Completed" where we print the failed container's reason.
        if (reason == QLatin1String("Completed")) {
            if (hasRunning && anyReadyConditionTrue(status))
                reason = QStringLiteral("Running");
            else if (!errorReason.isEmpty())
                reason = errorReason;
            else if (hasRunning)
                reason = QStringLiteral("NotReady");
        }
    }

    if (field(meta, "deletionTimestamp")) {
        const bool terminal = phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed");
        if (podReason == QLatin1String("NodeLost"))
            reason = QStringLiteral("Unknown");
        else if (!terminal)
            reason = QStringLiteral("Terminating");
    }

    summary.status = reason;
    summary.restarts = int(std::min<qint64>(counted.restarts, std::numeric_limits<int>::max()));
    summary.lastRestartEpochSecs = counted.lastRestart;
    return summary;
}

QString formatRestarts(const PodStatusSummary &summary, qint64 nowEpochSecs)
{
    if (summary.restarts == 0 || summary.lastRestartEpochSecs == 0)
        return QString::number(summary.restarts);
    return QStringLiteral("%1 (%2 ago)")
        .arg(summary.restarts)
        .arg(humanDuration(nowEpochSecs - summary.lastRestartEpochSecs));
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
