#include "usagerules.h"

#include "metrics/usagefigures.h"
#include "metrics/usagehistory.h"
#include "usagequantity.h"

#include <QDateTime>

namespace Kaji::Models {

// A large cluster's history may hold fewer readings than an hour, never
// fewer than the rules read.
static_assert(UsageRules::HistoryReadings <= UsageHistory::FloorReadings);

namespace {

// A limit of the container's spec: millicores for "cpu", bytes for
// "memory"; -1 when unset or unreadable.
qint64 limitOf(const ContainerView &container, const char *resource)
{
    const QByteArray text = jsonText(jsonChild(jsonChild(*container.spec, "resources"), "limits"), resource).toUtf8();
    if (text.isEmpty())
        return -1;
    const std::string_view view(text.constData(), size_t(text.size()));
    if (qstrcmp(resource, "cpu") == 0) {
        const std::optional<qint64> nanocores = Kube::cpuNanocores(view);
        return nanocores ? Kube::nanocoresToMillis(*nanocores) : -1;
    }
    const std::optional<qint64> bytes = Kube::memoryBytes(view);
    return bytes ? *bytes : -1;
}

// As kubectl top writes them.
QString mebibytes(qint64 bytes)
{
    return UsageFigures::memoryText(bytes);
}

QString millicores(qint64 millis)
{
    return UsageFigures::cpuText(millis);
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(QStringLiteral("HH:mm:ss"));
}

// "420Mi, 431Mi, 445Mi (10:02:15 to 10:03:45 UTC)": the points a finding quotes.
QString seriesText(const QList<ContainerUsage::Point> &points, bool memory)
{
    QStringList values;
    for (const ContainerUsage::Point &p : points)
        values.append(memory ? mebibytes(p.memoryBytes) : millicores(p.cpuMillis));
    if (points.size() == 1)
        return QStringLiteral("%1 (%2 UTC)").arg(values.first(), clock(points.first().timeMs));
    return QStringLiteral("%1 (%2 to %3 UTC)").arg(values.join(QStringLiteral(", ")), clock(points.first().timeMs),
                                                    clock(points.last().timeMs));
}

QList<ContainerUsage::Point> lastPoints(const QList<ContainerUsage::Point> &points, int count)
{
    return points.mid(std::max<qsizetype>(0, points.size() - count));
}

} // namespace

void UsageRules::check(RuleContext &context, const ContainerView &container)
{
    const ContainerUsage *usage = context.usage();
    if (!usage || container.init || container.state("running").is_null())
        return;
    // Limits first: a container's series is read from the history only when
    // there is one to compare with.
    const qint64 memoryLimit = limitOf(container, "memory"), cpuLimit = limitOf(container, "cpu");
    if (memoryLimit <= 0 && cpuLimit <= 0)
        return;
    const Points *points = usage->series(container.pod.namespaceName, container.pod.name, container.name);
    if (!points || points->isEmpty() || context.now * 1000 - points->last().timeMs > StaleSecs * 1000)
        return;
    if (memoryLimit > 0)
        checkMemory(context, container, *points, memoryLimit);
    if (cpuLimit > 0)
        checkCpu(context, container, *points, cpuLimit);
}

void UsageRules::checkMemory(RuleContext &context, const ContainerView &container, const Points &points, qint64 limit)
{
    const ObjectRef podRef = container.pod;
    const ContainerUsage::Point &last = points.last();
    const qint64 percent = last.memoryBytes * 100 / limit;
    // The readings since memory last fell: a climb only counts unbroken.
    // Two readings may catch the same scrape (equal figures): they neither
    // break a climb nor count as a rise.
    qsizetype climbStart = points.size() - 1;
    int rises = 0;
    while (climbStart > 0 && points[climbStart - 1].memoryBytes <= points[climbStart].memoryBytes) {
        if (points[climbStart - 1].memoryBytes < points[climbStart].memoryBytes)
            ++rises;
        --climbStart;
    }
    const int climbReadings = rises + 1;
    const ContainerUsage::Point &first = points[climbStart];
    const qint64 spanMs = last.timeMs - first.timeMs;
    const double bytesPerSec = spanMs > 0 ? double(last.memoryBytes - first.memoryBytes) * 1000 / double(spanMs) : 0;
    const qint64 secsToLimit = bytesPerSec > 0 ? qint64(double(limit - last.memoryBytes) / bytesPerSec) : -1;
    const bool near = percent >= NearLimitPercent;
    const bool climbing = climbReadings >= ClimbReadings && percent >= ClimbFloorPercent && secsToLimit >= 0
        && secsToLimit <= ClimbHorizonSecs;
    if (!near && !climbing)
        return;

    Finding f;
    f.object = podRef;
    f.severity = Severity::Warning;
    const QString limitText = mebibytes(limit);
    if (near) {
        f.ruleId = QStringLiteral("pod.memory.near-limit");
        f.headline = tr("Container %1 uses %2% of its memory limit (%3 of %4)")
                         .arg(container.name)
                         .arg(percent)
                         .arg(mebibytes(last.memoryBytes), limitText);
        f.cause = tr("When its memory use reaches the limit the kernel's OOM killer ends the container (exit code 137, "
                     "OOMKilled) and the kubelet restarts it.");
    } else {
        const int minutes = int((secsToLimit + 59) / 60);
        f.ruleId = QStringLiteral("pod.memory.climbing");
        f.headline = tr("Memory of container %1 climbs toward its limit: %2% of %3, reached in about %n minute(s)",
                        nullptr, minutes)
                         .arg(container.name)
                         .arg(percent)
                         .arg(limitText);
        f.cause = tr("Its memory use rose in each of the last %1 readings; at that rate it reaches its limit and the "
                     "kernel's OOM killer ends the container (exit code 137, OOMKilled).")
                      .arg(climbReadings);
    }
    if (climbReadings >= 2 && bytesPerSec > 0)
        f.cause += u' '
            + tr("It grew from %1 to %2 in %n second(s).", nullptr, int(spanMs / 1000))
                  .arg(mebibytes(first.memoryBytes), mebibytes(last.memoryBytes));
    f.cause += u' ' + tr("A steady climb is usually a leak or an unbounded cache; else the limit is too low for the work.");
    f.evidence.append(objectEvidence(podRef, tr("Memory used by %1 (metrics.k8s.io): %2")
                                                 .arg(container.name, seriesText(lastPoints(points, QuotedReadings), true))));
    f.evidence.append(statusEvidence(podRef, QStringLiteral("spec.containers[%1].resources.limits.memory").arg(container.name),
                                     tr("Memory limit: %1").arg(jsonText(jsonChild(jsonChild(*container.spec, "resources"), "limits"), "memory"))));
    f.nextSteps.append({tr("Watch its usage over time (the pod's Usage tab), or read it now."),
                        QStringLiteral("kubectl top pod -n %1 %2 --containers").arg(podRef.namespaceName, podRef.name)});
    f.nextSteps.append({tr("Raise the memory limit in the pod template, or find what holds the memory."),
                        QStringLiteral("kubectl -n %1 set resources deployment/NAME -c %2 --limits=memory=NEW").arg(podRef.namespaceName, container.name)});
    context.add(f);
}

void UsageRules::checkCpu(RuleContext &context, const ContainerView &container, const Points &points, qint64 limitMillis)
{
    // At the limit in every recent reading (one, from the command line).
    const Points recent = lastPoints(points, 4);
    for (const ContainerUsage::Point &p : recent) {
        if (p.cpuMillis * 100 < limitMillis * NearLimitPercent)
            return;
    }
    const ObjectRef podRef = container.pod;
    const qint64 used = recent.last().cpuMillis;
    Finding f;
    f.ruleId = QStringLiteral("pod.cpu.at-limit");
    f.severity = Severity::Warning;
    f.object = podRef;
    f.headline = tr("Container %1 runs at %2% of its CPU limit (%3 of %4): the kernel throttles it")
                     .arg(container.name)
                     .arg(used * 100 / limitMillis)
                     .arg(millicores(used), millicores(limitMillis));
    f.cause = tr("A container cannot use more CPU than its limit: once its quota for a scheduling period (100 ms) is "
                 "spent, the kernel pauses it until the next one. That shows as slow responses and timeouts, not as "
                 "an error. The metrics API has no throttling counter; usage at the limit is the sign of it.");
    f.evidence.append(objectEvidence(podRef, tr("CPU used by %1 (metrics.k8s.io): %2")
                                                 .arg(container.name, seriesText(lastPoints(points, QuotedReadings), false))));
    f.evidence.append(statusEvidence(podRef, QStringLiteral("spec.containers[%1].resources.limits.cpu").arg(container.name),
                                     tr("CPU limit: %1").arg(jsonText(jsonChild(jsonChild(*container.spec, "resources"), "limits"), "cpu"))));
    f.nextSteps.append({tr("Raise the CPU limit (or remove it and keep the request), or give the work more replicas."),
                        QStringLiteral("kubectl -n %1 set resources deployment/NAME -c %2 --limits=cpu=NEW").arg(podRef.namespaceName, container.name)});
    context.add(f);
}

std::optional<Evidence> UsageRules::beforeKill(const RuleContext &context, const ContainerView &container, qint64 killedAtSecs)
{
    const ContainerUsage *usage = context.usage();
    if (!usage || killedAtSecs <= 0)
        return std::nullopt;
    const Points *points = usage->series(container.pod.namespaceName, container.pod.name, container.name);
    if (!points)
        return std::nullopt;
    Points before;
    for (const ContainerUsage::Point &p : *points) {
        if (p.timeMs <= killedAtSecs * 1000)
            before.append(p);
    }
    // Only readings close to the kill tell what led to it.
    if (before.isEmpty() || killedAtSecs * 1000 - before.last().timeMs > 5 * 60 * 1000)
        return std::nullopt;
    before = lastPoints(before, QuotedReadings);
    QString text = tr("Memory used by %1 before the kill (metrics.k8s.io): %2").arg(container.name, seriesText(before, true));
    if (const qint64 limit = limitOf(container, "memory"); limit > 0)
        text += u' ' + tr("(%1% of the limit at the last reading)").arg(before.last().memoryBytes * 100 / limit);
    return objectEvidence(container.pod, text);
}

} // namespace Kaji::Models
