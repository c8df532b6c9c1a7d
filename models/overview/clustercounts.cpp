#include "clustercounts.h"


#include "diagram/factfields.h"

#include <QDateTime>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Kaji::Models {
namespace {

// The status of condition `type` in a list of conditions; empty when absent.
QString conditionStatus(const nlohmann::json &conditions, const char *type, QString *reason = nullptr)
{
    if (!conditions.is_array())
        return {};
    for (const nlohmann::json &condition : conditions) {
        if (factText(condition, {"type"}) != QLatin1String(type))
            continue;
        if (reason)
            *reason = factText(condition, {"reason"});
        return factText(condition, {"status"});
    }
    return {};
}

const char *kindName(WorkloadCounts::Kind kind)
{
    switch (kind) {
    case WorkloadCounts::Kind::Deployment: return "Deployment";
    case WorkloadCounts::Kind::StatefulSet: return "StatefulSet";
    case WorkloadCounts::Kind::DaemonSet: return "DaemonSet";
    case WorkloadCounts::Kind::Job: return "Job";
    }
    return "";
}

enum class State { Ready, Progressing, Failing };

// Ready and desired replicas of one object, and what they mean.
State stateOf(WorkloadCounts::Kind kind, const nlohmann::json &fields, qint64 &ready, qint64 &desired)
{
    const nlohmann::json &conditions = factAt(fields, {"status", "conditions"});
    switch (kind) {
    case WorkloadCounts::Kind::Deployment: {
        desired = factInt(fields, {"spec", "replicas"}, 1);
        ready = factInt(fields, {"status", "readyReplicas"});
        if (ready >= desired)
            return State::Ready;
        // Still within its progress deadline: a rollout, not a failure.
        QString reason;
        const QString progressing = conditionStatus(conditions, "Progressing", &reason);
        if (progressing == QLatin1String("True") && reason != QLatin1String("ProgressDeadlineExceeded"))
            return State::Progressing;
        if (progressing.isEmpty() && conditionStatus(conditions, "Available").isEmpty())
            return State::Progressing; // the controller has not looked yet
        return State::Failing;
    }
    case WorkloadCounts::Kind::StatefulSet:
    case WorkloadCounts::Kind::DaemonSet: {
        const bool daemons = kind == WorkloadCounts::Kind::DaemonSet;
        desired = daemons ? factInt(fields, {"status", "desiredNumberScheduled"}) : factInt(fields, {"spec", "replicas"}, 1);
        ready = daemons ? factInt(fields, {"status", "numberReady"}) : factInt(fields, {"status", "readyReplicas"});
        if (ready >= desired)
            return State::Ready;
        // Rolling: the controller has not caught up with the spec yet.
        const qint64 updated = daemons ? factInt(fields, {"status", "updatedNumberScheduled"})
                                       : factInt(fields, {"status", "updatedReplicas"});
        return updated < desired ? State::Progressing : State::Failing;
    }
    case WorkloadCounts::Kind::Job: {
        // completions unset: one pod succeeding completes the Job.
        desired = factInt(fields, {"spec", "completions"}, 1);
        ready = factInt(fields, {"status", "succeeded"});
        if (conditionStatus(conditions, "Failed") == QLatin1String("True"))
            return State::Failing;
        if (conditionStatus(conditions, "Complete") == QLatin1String("True"))
            return State::Ready;
        return State::Progressing;
    }
    }
    return State::Progressing;
}

qint64 timeMs(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

bool isImagePull(const QString &status)
{
    // "Init:ErrImagePull" for an init container: the same trouble.
    const QStringView reason = QStringView(status).mid(status.lastIndexOf(u':') + 1);
    return reason == u"ErrImagePull" || reason == u"ImagePullBackOff" || reason == u"ErrImageNeverPull"
        || reason == u"InvalidImageName";
}

} // namespace

SourceState sourceStateOf(const KindFacts &facts)
{
    return {facts.access, facts.message, facts.narrowedTo};
}

NodeCounts countNodes(const QHash<QString, Kube::ObjectFacts> &nodes)
{
    NodeCounts counts;
    for (const Kube::ObjectFacts &node : nodes) {
        ++counts.total;
        const nlohmann::json &conditions = factAt(node.fields, {"status", "conditions"});
        const QString ready = conditionStatus(conditions, "Ready");
        if (ready == QLatin1String("True")) {
            ++counts.ready;
        } else {
            ++(ready == QLatin1String("False") ? counts.notReady : counts.unknown);
            counts.notReadyNames.append(node.name);
        }
        if (factBool(node.fields, {"spec", "unschedulable"})) {
            ++counts.cordoned;
            counts.cordonedNames.append(node.name);
        }
        for (const char *pressure : {"MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable"}) {
            if (conditionStatus(conditions, pressure) == QLatin1String("True"))
                counts.pressure.append(node.name + QStringLiteral(": ") + QLatin1String(pressure));
        }
    }
    counts.notReadyNames.sort();
    counts.cordonedNames.sort();
    counts.pressure.sort();
    return counts;
}

WorkloadCounts countWorkloads(WorkloadCounts::Kind kind, const QHash<QString, Kube::ObjectFacts> &objects)
{
    WorkloadCounts counts;
    counts.kind = kind;
    for (const Kube::ObjectFacts &object : objects) {
        qint64 ready = 0, desired = 0;
        const State state = stateOf(kind, object.fields, ready, desired);
        ++counts.total;
        counts.readyReplicas += ready;
        counts.desiredReplicas += desired;
        switch (state) {
        case State::Ready: ++counts.ready; break;
        case State::Progressing: ++counts.progressing; break;
        case State::Failing:
            ++counts.failing;
            counts.failingObjects.append({{QLatin1String(kindName(kind)), object.namespaceName, object.name}, ready, desired});
            break;
        }
    }
    std::sort(counts.failingObjects.begin(), counts.failingObjects.end(), [](const auto &a, const auto &b) {
        return std::tie(a.object.namespaceName, a.object.name) < std::tie(b.object.namespaceName, b.object.name);
    });
    return counts;
}

void tallyPod(PodTally &tally, const Kube::PodRecord &pod, int sign)
{
    PodCounts &counts = tally.counts;
    counts.total += sign;
    const QString &phase = pod.phase;
    if (phase == u"Running")
        counts.running += sign;
    else if (phase == u"Pending")
        counts.pending += sign;
    else if (phase == u"Succeeded")
        counts.succeeded += sign;
    else if (phase == u"Failed")
        counts.failed += sign;
    else
        counts.unknown += sign;
    const QString &status = pod.status.status;
    if (status.endsWith(u"CrashLoopBackOff"))
        counts.crashLoop += sign;
    else if (status.contains(u"Im"))
        counts.imagePull += isImagePull(status) ? sign : 0;
    counts.restarts += sign * pod.status.restarts;
    addPodLoad(tally.loads, pod, sign);
}

PodTally tallyPods(const QList<Kube::SharedRecord<Kube::PodRecord>> &pods)
{
    PodTally tally;
    for (const Kube::PodRecord &pod : pods)
        tallyPod(tally, pod);
    return tally;
}

qint64 eventLastSeenMs(const Kube::ObjectFacts &event)
{
    for (const auto &path : {std::initializer_list<const char *>{"lastTimestamp"}, {"series", "lastObservedTime"},
                             {"eventTime"}, {"firstTimestamp"}}) {
        if (const qint64 ms = timeMs(factText(event.fields, path)))
            return ms;
    }
    return event.createdEpochSecs * 1000;
}

// Ordered by the time alone, then only the events kept are read into
// texts: the overview shows a handful of what can be thousands, and counts
// again whenever one of them changes.
QList<WarningEvent> recentWarnings(const QHash<QString, Kube::ObjectFacts> &events, int limit)
{
    struct Seen {
        qint64 lastSeenMs;
        const Kube::ObjectFacts *event;
    };
    std::vector<Seen> seen;
    seen.reserve(size_t(events.size()));
    for (const Kube::ObjectFacts &event : events)
        seen.push_back({eventLastSeenMs(event), &event});
    const auto newer = [](const Seen &a, const Seen &b) {
        return std::tie(b.lastSeenMs, a.event->name) < std::tie(a.lastSeenMs, b.event->name);
    };
    const size_t kept = limit >= 0 ? std::min(size_t(limit), seen.size()) : seen.size();
    std::partial_sort(seen.begin(), seen.begin() + std::ptrdiff_t(kept), seen.end(), newer);
    QList<WarningEvent> list;
    list.reserve(qsizetype(kept));
    for (size_t i = 0; i < kept; ++i) {
        const Kube::ObjectFacts &event = *seen[i].event;
        WarningEvent warning;
        const nlohmann::json &involved = factAt(event.fields, {"involvedObject"});
        warning.involved = {factText(involved, {"kind"}), factText(involved, {"namespace"}), factText(involved, {"name"})};
        warning.name = event.name;
        warning.reason = factText(event.fields, {"reason"});
        warning.message = factText(event.fields, {"message"}).simplified();
        warning.count = int(std::max<qint64>(1, factInt(event.fields, {"count"}, 1)));
        warning.lastSeenMs = seen[i].lastSeenMs;
        list.append(std::move(warning));
    }
    return list;
}

int warningsSince(const QHash<QString, Kube::ObjectFacts> &events, qint64 sinceMs)
{
    int count = 0;
    for (const Kube::ObjectFacts &event : events)
        count += eventLastSeenMs(event) >= sinceMs ? 1 : 0;
    return count;
}

} // namespace Kaji::Models
