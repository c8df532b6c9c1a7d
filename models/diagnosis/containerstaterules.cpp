#include "containerstaterules.h"

#include "crashlooprules.h"
#include "usagerules.h"

namespace Kaji::Models {

namespace {

QString probeText(const Json &probe)
{
    const Json &http = jsonChild(probe, "httpGet");
    QString what;
    if (!http.is_null()) {
        const Json &port = jsonChild(http, "port");
        what = QStringLiteral("httpGet %1 port %2")
                   .arg(jsonText(http, "path"), port.is_string() ? QString::fromStdString(port.get<std::string>())
                                                                 : QString::number(jsonInt(http, "port")));
    } else if (!jsonChild(probe, "tcpSocket").is_null()) {
        what = QStringLiteral("tcpSocket port %1").arg(jsonInt(jsonChild(probe, "tcpSocket"), "port"));
    } else if (!jsonChild(probe, "exec").is_null()) {
        QStringList command;
        const Json &list = jsonChild(jsonChild(probe, "exec"), "command");
        if (list.is_array())
            for (const Json &c : list)
                command.append(c.is_string() ? QString::fromStdString(c.get<std::string>()) : QString());
        what = QStringLiteral("exec %1").arg(command.join(u' '));
    } else if (!jsonChild(probe, "grpc").is_null()) {
        what = QStringLiteral("grpc port %1").arg(jsonInt(jsonChild(probe, "grpc"), "port"));
    }
    return QStringLiteral("%1 (period %2s, failureThreshold %3)")
        .arg(what)
        .arg(jsonInt(probe, "periodSeconds") ? jsonInt(probe, "periodSeconds") : 10)
        .arg(jsonInt(probe, "failureThreshold") ? jsonInt(probe, "failureThreshold") : 3);
}

} // namespace

bool ContainerStateRules::check(RuleContext &context, const Json &pod, const ContainerView &container)
{
    return checkCreating(context, pod, container) || checkInitFailed(context, pod, container)
        || checkOom(context, container) || checkProbes(context, container);
}

bool ContainerStateRules::checkOom(RuleContext &context, const ContainerView &container)
{
    const Json &last = container.lastTerminated();
    const Json &now = container.state("terminated");
    const Json &killed = jsonText(now, "reason") == QLatin1String("OOMKilled") ? now : last;
    if (jsonText(killed, "reason") != QLatin1String("OOMKilled"))
        return false;
    const qint64 finished = parseApiTime(jsonText(killed, "finishedAt"));
    if (finished > 0 && !context.within(finished, RecentSecs))
        return false; // long ago: history, not a problem now
    const ObjectRef podRef = container.pod;
    const QString limit = jsonText(jsonChild(jsonChild(*container.spec, "resources"), "limits"), "memory");
    const QString request = jsonText(jsonChild(jsonChild(*container.spec, "resources"), "requests"), "memory");
    const qint64 restarts = container.status ? jsonInt(*container.status, "restartCount") : 0;
    Finding f;
    f.ruleId = QStringLiteral("pod.oom-killed");
    f.severity = Severity::Warning;
    f.object = podRef;
    f.headline = limit.isEmpty() ? tr("Container %1 was OOMKilled (no memory limit set)").arg(container.name)
                                 : tr("Container %1 was OOMKilled at its memory limit of %2").arg(container.name, limit);
    f.cause = limit.isEmpty()
        ? tr("The kernel's OOM killer ended the container (exit code 137). It has no memory limit, so the node ran out of memory.")
        : tr("The container's memory use reached its limit of %1 and the kernel's OOM killer ended it (exit code 137); "
             "the kubelet restarted it (%n restart(s) so far). Unless the memory use is a leak, the limit is too low "
             "for the work it does.", nullptr, int(restarts)).arg(limit);
    if (!request.isEmpty())
        f.cause += u' ' + tr("Its memory request is %1.").arg(request);
    f.evidence.append(statusEvidence(podRef, container.statusPath() + (&killed == &now ? QStringLiteral(".state.terminated") : QStringLiteral(".lastState.terminated")),
                                     tr("Terminated (OOMKilled), exit code %1, finished %2")
                                         .arg(jsonInt(killed, "exitCode"))
                                         .arg(jsonText(killed, "finishedAt"))));
    if (!limit.isEmpty())
        f.evidence.append(statusEvidence(podRef, QStringLiteral("spec.containers[%1].resources.limits.memory").arg(container.name),
                                         tr("Memory limit: %1").arg(limit)));
    if (const std::optional<Evidence> usage = UsageRules::beforeKill(context, container, finished))
        f.evidence.append(*usage);
    if (context.logs) {
        if (const auto log = context.logs(podRef.namespaceName, podRef.name, container.name, true); log && !log->isEmpty())
            f.evidence.append(logEvidence(podRef, container.name, true, int(log->size()), log->last().trimmed()));
    }
    f.nextSteps.append({tr("Raise the memory limit in the pod template, or reduce the memory the work needs."),
                        QStringLiteral("kubectl -n %1 set resources deployment/NAME -c %2 --limits=memory=NEW").arg(podRef.namespaceName, container.name)});
    f.nextSteps.append({tr("See what the container did before it was killed."),
                        kubectlCommand(podRef, QStringLiteral("logs"), QStringLiteral("-c %1 --previous").arg(container.name))});
    context.add(f);
    return true;
}

bool ContainerStateRules::checkProbes(RuleContext &context, const ContainerView &container)
{
    if (!container.status || container.init)
        return false;
    const ObjectRef podRef = container.pod;
    const bool ready = jsonBool(*container.status, "ready");
    const bool running = !container.state("running").is_null();
    const qint64 lastFinish = parseApiTime(jsonText(container.lastTerminated(), "finishedAt"));
    const bool restartedRecently = lastFinish > 0 && context.within(lastFinish, RecentSecs);
    // Most containers are ready and steady: no event lookup for them.
    if (ready && !restartedRecently)
        return false;
    const QList<const Json *> unhealthy = eventsWith(context.snapshot, podRef, {QStringLiteral("Unhealthy")});
    const auto probeEvent = [&](const QString &prefix) -> const Json * {
        for (auto it = unhealthy.crbegin(); it != unhealthy.crend(); ++it) {
            const QString path = jsonText(jsonChild(**it, "involvedObject"), "fieldPath");
            if (jsonText(**it, "message").startsWith(prefix)
                && (path.isEmpty() || path.contains(u'{' + container.name + u'}')))
                return *it;
        }
        return nullptr;
    };
    const Json *liveness = probeEvent(QStringLiteral("Liveness probe failed"));
    const Json *startup = probeEvent(QStringLiteral("Startup probe failed"));
    const Json *readiness = probeEvent(QStringLiteral("Readiness probe failed"));

    Finding f;
    f.object = podRef;
    const Json *event = nullptr;
    const char *probeKey = nullptr;
    if ((liveness || startup) && (restartedRecently || !ready)) {
        event = liveness ? liveness : startup;
        probeKey = liveness ? "livenessProbe" : "startupProbe";
        f.ruleId = liveness ? QStringLiteral("pod.probe.liveness-failing") : QStringLiteral("pod.probe.startup-failing");
        f.severity = Severity::Error;
        f.headline = liveness ? tr("Liveness probe of container %1 fails; the kubelet restarts it").arg(container.name)
                              : tr("Startup probe of container %1 fails; the kubelet restarts it").arg(container.name);
        f.cause = tr("The kubelet kills a container whose %1 fails failureThreshold times in a row and starts it "
                     "again. Either the application hangs, or the probe asks too early or too strictly (path, port, "
                     "timeout).").arg(QLatin1String(probeKey));
    } else if (readiness && running && !ready) {
        event = readiness;
        probeKey = "readinessProbe";
        f.ruleId = QStringLiteral("pod.probe.readiness-failing");
        f.severity = Severity::Warning;
        f.headline = tr("Container %1 is running but not ready: its readiness probe fails").arg(container.name);
        f.cause = tr("While the readiness probe fails the pod is removed from its Services' endpoints, so it gets "
                     "no traffic. The application answers the probe with an error: \"%1\".")
                      .arg(jsonText(*readiness, "message"));
    } else {
        return false;
    }
    f.evidence.append(eventEvidence(*event));
    const Json &probe = jsonChild(*container.spec, probeKey);
    if (!probe.is_null())
        f.evidence.append(statusEvidence(podRef, QStringLiteral("spec.containers[%1].%2").arg(container.name, QLatin1String(probeKey)),
                                         QStringLiteral("%1: %2").arg(QLatin1String(probeKey), probeText(probe))));
    f.nextSteps.append({tr("Check what the application answers on the probe's endpoint, and its log."),
                        kubectlCommand(podRef, QStringLiteral("logs"), QStringLiteral("-c %1 --tail=100").arg(container.name))});
    context.add(f);
    return true;
}

bool ContainerStateRules::checkCreating(RuleContext &context, const Json &pod, const ContainerView &container)
{
    const Json &waiting = container.state("waiting");
    const QString reason = jsonText(waiting, "reason");
    const ObjectRef podRef = container.pod;
    Finding f;
    f.object = podRef;
    f.severity = Severity::Error;
    if (reason == QLatin1String("CreateContainerError") || reason == QLatin1String("RunContainerError")
        || reason == QLatin1String("ContainerCannotRun") || reason == QLatin1String("StartError")) {
        const QString message = jsonText(waiting, "message");
        f.ruleId = reason == QLatin1String("CreateContainerError") ? QStringLiteral("pod.container.create-error")
                                                                   : QStringLiteral("pod.container.run-error");
        f.headline = tr("Container %1 cannot be started: %2").arg(container.name, reason);
        f.cause = tr("The container runtime failed to %1 the container: \"%2\". A wrong command or entrypoint, a "
                     "missing binary in the image, or a mount the runtime cannot make are the usual reasons.")
                      .arg(reason == QLatin1String("CreateContainerError") ? tr("create") : tr("start"), message);
        f.evidence.append(statusEvidence(podRef, container.statusPath() + QStringLiteral(".state.waiting"), reason + QStringLiteral(": ") + message));
        if (const Json *e = lastEvent(context.snapshot, podRef, {QStringLiteral("Failed")}))
            f.evidence.append(eventEvidence(*e));
        f.nextSteps.append({tr("Check the container's command and args against the image."), kubectlCommand(podRef, QStringLiteral("describe"))});
        context.add(f);
        return true;
    }
    if (reason != QLatin1String("ContainerCreating") && reason != QLatin1String("PodInitializing"))
        return false;
    const Json *mount = lastEvent(context.snapshot, podRef, {QStringLiteral("FailedMount"), QStringLiteral("FailedAttachVolume")});
    const Json *sandbox = lastEvent(context.snapshot, podRef, {QStringLiteral("FailedCreatePodSandBox")});
    const qint64 started = parseApiTime(jsonText(jsonChild(pod, "metadata"), "creationTimestamp"));
    // Mounts and sandboxes take a moment; only a wait with a failure event counts.
    if ((!mount && !sandbox) || (started > 0 && context.within(started, 59)))
        return false;
    for (const Finding *earlier : context.findingsAbout(podRef)) {
        if (earlier->ruleId.startsWith(QLatin1String("pod.volume.")) || earlier->ruleId.startsWith(QLatin1String("pod.sandbox.")))
            return true; // one finding per pod, not per waiting container
    }
    if (mount) {
        const QString message = jsonText(*mount, "message");
        f.ruleId = QStringLiteral("pod.volume.mount-failed");
        f.headline = tr("Pod is stuck creating: a volume cannot be mounted");
        f.cause = tr("The kubelet cannot mount a volume, so no container starts: \"%1\". A missing ConfigMap, "
                     "Secret or claim, or a volume attached to another node, are the usual reasons.").arg(message);
        f.evidence.append(eventEvidence(*mount));
    } else {
        f.ruleId = QStringLiteral("pod.sandbox.create-failed");
        f.headline = tr("Pod is stuck creating: its sandbox (network namespace) cannot be created");
        f.cause = tr("The container runtime or the CNI plugin failed to set up the pod: \"%1\". Check the CNI "
                     "pods on node %2 and the node's free IP addresses.")
                      .arg(jsonText(*sandbox, "message"), jsonText(jsonChild(pod, "spec"), "nodeName"));
        f.evidence.append(eventEvidence(*sandbox));
    }
    f.nextSteps.append({tr("Read the pod's events."), kubectlCommand(podRef, QStringLiteral("describe"))});
    context.add(f);
    return true;
}

bool ContainerStateRules::checkInitFailed(RuleContext &context, const Json &pod, const ContainerView &container)
{
    if (!container.init)
        return false;
    const Json &terminated = container.state("terminated");
    const qint64 exitCode = jsonInt(terminated, "exitCode");
    if (terminated.is_null() || exitCode == 0)
        return false;
    if (jsonText(jsonChild(pod, "status"), "phase") != QLatin1String("Pending")
        && jsonText(jsonChild(pod, "status"), "phase") != QLatin1String("Failed"))
        return false;
    const ObjectRef podRef = container.pod;
    Finding f;
    f.ruleId = QStringLiteral("pod.init.failed");
    f.severity = Severity::Error;
    f.object = podRef;
    f.headline = tr("Init container %1 failed (exit code %2); the app containers never start").arg(container.name).arg(exitCode);
    f.cause = tr("Init containers must all succeed, in order, before the pod's containers start.") + u' '
        + CrashLoopRules::exitCodeMeaning(exitCode);
    f.evidence.append(statusEvidence(podRef, container.statusPath() + QStringLiteral(".state.terminated"),
                                     tr("Terminated (%1), exit code %2").arg(jsonText(terminated, "reason")).arg(exitCode)));
    if (context.logs) {
        if (const auto log = context.logs(podRef.namespaceName, podRef.name, container.name, false); log) {
            const LogClue clue = LogAnalyzer::analyze(*log);
            for (int line : clue.lines)
                f.evidence.append(logEvidence(podRef, container.name, false, line + 1, log->at(line).trimmed()));
            if (!clue.error.isEmpty())
                f.cause += u' ' + tr("Its log ends with: \"%1\".").arg(clue.error);
        }
    }
    f.nextSteps.append({tr("Read the init container's log."),
                        kubectlCommand(podRef, QStringLiteral("logs"), QStringLiteral("-c %1").arg(container.name))});
    context.add(f);
    return true;
}

} // namespace Kaji::Models
