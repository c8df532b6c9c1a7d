#include "crashlooprules.h"


namespace Kaji::Models {

namespace {

// "orders-db.shop.svc.cluster.local" -> ("orders-db", "shop"); a bare name
// belongs to the pod's namespace. IP addresses name no Service.
bool serviceOfHost(const QString &host, const QString &podNamespace, QString &name, QString &namespaceName)
{
    if (host.isEmpty() || host.at(0).isDigit())
        return false;
    const QStringList labels = host.split(u'.');
    name = labels.first();
    namespaceName = podNamespace;
    if (labels.size() >= 2 && labels[1] != QLatin1String("svc"))
        namespaceName = labels[1];
    return true;
}

bool envDefined(const Json &spec, const QString &variable)
{
    const Json &env = jsonChild(spec, "env");
    if (env.is_array()) {
        for (const Json &e : env) {
            if (jsonText(e, "name") == variable)
                return true;
        }
    }
    return false;
}

} // namespace

QString CrashLoopRules::exitCodeMeaning(qint64 exitCode)
{
    switch (exitCode) {
    case 0: return tr("Exit code 0: the process ended successfully, but a Deployment's container must keep running.");
    case 1: return tr("Exit code 1: the application stopped itself with a general error; its log says why.");
    case 2: return tr("Exit code 2: misuse of a shell command or bad command-line arguments.");
    case 126: return tr("Exit code 126: the command was found but is not executable (permissions or a wrong binary format).");
    case 127: return tr("Exit code 127: the command was not found in the image (check command/args and PATH).");
    case 134: return tr("Exit code 134 (SIGABRT): the process aborted itself, often a failed assertion or a native crash.");
    case 137: return tr("Exit code 137 (SIGKILL): killed from outside, by the OOM killer, a failed liveness probe or an unfinished shutdown.");
    case 139: return tr("Exit code 139 (SIGSEGV): the process crashed on an invalid memory access (a native bug or an incompatible library).");
    case 143: return tr("Exit code 143 (SIGTERM): the process was asked to stop, e.g. by a failed liveness probe or a rollout, and exited.");
    default: break;
    }
    if (exitCode > 128 && exitCode < 160)
        return tr("Exit code %1: killed by signal %2.").arg(exitCode).arg(exitCode - 128);
    return tr("Exit code %1: an application-specific failure; its log says why.").arg(exitCode);
}

bool CrashLoopRules::check(RuleContext &context, const Json &pod, const ContainerView &container)
{
    Q_UNUSED(pod);
    const Json &waiting = container.state("waiting");
    if (jsonText(waiting, "reason") != QLatin1String("CrashLoopBackOff"))
        return false;
    const Json &last = container.lastTerminated();
    const QString lastReason = jsonText(last, "reason");
    const qint64 exitCode = jsonInt(last, "exitCode");
    const qint64 restarts = container.status ? jsonInt(*container.status, "restartCount") : 0;
    const ObjectRef podRef = container.pod;

    Finding f;
    f.object = podRef;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(podRef, container.statusPath() + QStringLiteral(".lastState.terminated"),
                                     tr("Last state: Terminated (%1), exit code %2, finished %3; %n restart(s)", nullptr, int(restarts))
                                         .arg(lastReason.isEmpty() ? QStringLiteral("?") : lastReason)
                                         .arg(exitCode)
                                         .arg(jsonText(last, "finishedAt"))));
    if (const Json *backOff = lastEvent(context.snapshot, podRef, {QStringLiteral("BackOff")}))
        f.evidence.append(eventEvidence(*backOff));
    const QString previousLogs = kubectlCommand(podRef, QStringLiteral("logs"),
                                                QStringLiteral("-c %1 --previous").arg(container.name));
    const QString kind = container.init ? tr("Init container %1").arg(container.name) : tr("Container %1").arg(container.name);

    if (lastReason == QLatin1String("OOMKilled")) {
        // Same explanation as a single OOM kill, with the loop on top.
        const QString limit = jsonText(jsonChild(jsonChild(*container.spec, "resources"), "limits"), "memory");
        f.ruleId = QStringLiteral("pod.crashloop.oom-killed");
        f.severity = Severity::Error;
        f.headline = tr("%1 is killed for exceeding its memory limit %2 and restarts in a loop")
                         .arg(kind, limit.isEmpty() ? tr("(none set)") : limit);
        f.cause = limit.isEmpty()
            ? tr("The kernel's OOM killer ended the container (exit 137); it has no memory limit, so the node itself ran out of memory.")
            : tr("The container used more than its memory limit of %1 and the kernel's OOM killer ended it (exit 137). "
                 "It is restarted and killed again.").arg(limit);
        f.nextSteps.append({tr("Raise the memory limit, or find what grows in the previous log."), previousLogs});
        context.add(f);
        return true;
    }

    std::optional<QStringList> log;
    if (context.logs)
        log = context.logs(podRef.namespaceName, podRef.name, container.name, true);
    LogClue clue;
    if (log)
        clue = LogAnalyzer::analyze(*log);
    for (int line : std::as_const(clue.lines))
        f.evidence.append(logEvidence(podRef, container.name, true, line + 1, log->at(line).trimmed()));

    f.headline = tr("%1 crashes at start and restarts in a loop (exit code %2)").arg(kind).arg(exitCode);
    explainClue(context, container, kind, clue, f);
    if (f.ruleId.isEmpty()) {
        f.ruleId = QStringLiteral("pod.crashloop.exit-code");
        f.cause = exitCodeMeaning(exitCode);
        if (clue.kind == LogClue::Kind::Error)
            f.cause += u' ' + tr("The last error in its previous log: \"%1\".").arg(clue.error);
        else if (!log)
            f.cause += u' ' + tr("The previous log could not be read.");
    } else {
        f.cause += u' ' + exitCodeMeaning(exitCode);
    }
    f.nextSteps.append({tr("Read the log of the instance that crashed."), previousLogs});
    context.add(f);
    return true;
}

void CrashLoopRules::explainClue(RuleContext &context, const ContainerView &container, const QString &who,
                                 const LogClue &clue, Finding &f)
{
    const ObjectRef &podRef = container.pod;
    switch (clue.kind) {
    case LogClue::Kind::Migration:
        f.ruleId = QStringLiteral("pod.crashloop.db-migration");
        f.headline = clue.error.isEmpty()
            ? tr("%1 crashes: %2 migration %3 fails").arg(who, clue.tool, clue.migration)
            : tr("%1 crashes: %2 migration %3 fails: %4").arg(who, clue.tool, clue.migration, clue.error);
        f.cause = tr("At start the application runs its %1 database migrations. Migration %2 fails%3, so the "
                     "application exits and the kubelet restarts it, only for the same migration to fail again. "
                     "Restarting will not help: the migration or the schema it expects must change.")
                      .arg(clue.tool, clue.migration,
                           clue.error.isEmpty() ? QString() : tr(" with \"%1\"").arg(clue.error));
        f.nextSteps.append({tr("Fix the migration (or the schema it expects) and roll out a new image; if the tool "
                               "recorded a failed run, repair its history table first."),
                            QString()});
        return;
    case LogClue::Kind::ConnectionRefused:
        explainConnection(context, container, who, clue, f);
        return;
    case LogClue::Kind::UnknownHost: {
        f.ruleId = QStringLiteral("pod.crashloop.unknown-host");
        QString service, ns;
        const bool isService = serviceOfHost(clue.host, podRef.namespaceName, service, ns);
        const bool exists = isService && context.snapshot.find(ClusterSnapshot::Services, ns, service);
        f.headline = tr("%1 crashes: host %2 cannot be resolved").arg(who, clue.host);
        if (isService && !exists && context.snapshot.isAvailable(ClusterSnapshot::Services)) {
            f.cause = tr("The application cannot resolve \"%1\" and exits. There is no Service %2 in namespace %3, so "
                         "cluster DNS has no such name.").arg(clue.host, service, ns);
            f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Service"), ns, service},
                                             tr("Service %1/%2: not found").arg(ns, service)));
            f.nextSteps.append({tr("Create the Service, or fix the host name in the application's configuration."),
                                QStringLiteral("kubectl -n %1 get services").arg(ns)});
        } else {
            f.cause = tr("The application cannot resolve \"%1\" and exits: \"%2\".").arg(clue.host, clue.error);
        }
        return;
    }
    case LogClue::Kind::MissingEnv:
        f.ruleId = QStringLiteral("pod.crashloop.missing-env");
        f.headline = tr("%1 crashes: environment variable %2 is missing").arg(who, clue.subject);
        f.cause = envDefined(*container.spec, clue.subject)
            ? tr("The application exits because %1 is missing or empty, although the container spec sets it: check "
                 "the value it gets.").arg(clue.subject)
            : tr("The application exits because %1 is not set, and the container spec does not define it in env "
                 "(it may be expected from envFrom).").arg(clue.subject);
        f.nextSteps.append({tr("Set the variable in the pod template."),
                            QStringLiteral("kubectl -n %1 set env deployment/NAME %2=VALUE").arg(podRef.namespaceName, clue.subject)});
        return;
    case LogClue::Kind::MissingFile:
        f.ruleId = QStringLiteral("pod.crashloop.missing-file");
        f.headline = tr("%1 crashes: file %2 is missing").arg(who, clue.subject.isEmpty() ? tr("(unnamed)") : clue.subject);
        f.cause = tr("The application exits because a file it needs does not exist: \"%1\". A ConfigMap or Secret "
                     "volume not mounted there, a missing key in it, or a wrong path in the image are the usual reasons.")
                      .arg(clue.error);
        f.nextSteps.append({tr("Compare the path with the container's volumeMounts."),
                            kubectlCommand(podRef, QStringLiteral("get"), QStringLiteral("-o jsonpath='{.spec.containers[*].volumeMounts}'"))});
        return;
    case LogClue::Kind::PermissionDenied:
        f.ruleId = QStringLiteral("pod.crashloop.permission-denied");
        f.headline = tr("%1 crashes: permission denied").arg(who);
        f.cause = tr("The application exits on \"%1\". The user the container runs as (securityContext.runAsUser), "
                     "a read-only root filesystem or the volume's ownership (fsGroup) do not allow it.")
                      .arg(clue.error);
        f.nextSteps.append({tr("Check the pod's and the container's securityContext."),
                            kubectlCommand(podRef, QStringLiteral("get"), QStringLiteral("-o jsonpath='{.spec.securityContext}'"))});
        return;
    case LogClue::Kind::Error:
    case LogClue::Kind::None:
        return;
    }
}

void CrashLoopRules::explainConnection(RuleContext &context, const ContainerView &container, const QString &who,
                                       const LogClue &clue, Finding &f)
{
    const ObjectRef &podRef = container.pod;
    f.ruleId = QStringLiteral("pod.crashloop.connection-refused");
    const QString target = clue.port > 0 ? clue.host + u':' + QString::number(clue.port) : clue.host;
    f.headline = tr("%1 crashes: connection to %2 refused").arg(who, target.isEmpty() ? tr("a dependency") : target);
    QString service, ns;
    if (serviceOfHost(clue.host, podRef.namespaceName, service, ns)
        && context.snapshot.isAvailable(ClusterSnapshot::Services)) {
        const ObjectRef serviceRef{QStringLiteral("Service"), ns, service};
        if (!context.snapshot.find(ClusterSnapshot::Services, ns, service)) {
            f.cause = tr("The application exits because %1 refused its connection, and there is no Service %2 in "
                         "namespace %3.").arg(target, service, ns);
            f.evidence.append(objectEvidence(serviceRef, tr("Service %1/%2: not found").arg(ns, service)));
            return;
        }
        const int ready = qMax(0, context.snapshot.readyEndpoints(ns, service));
        f.relatedFindings.append(serviceRef);
        if (ready == 0) {
            f.cause = tr("The application exits because %1 refused its connection: Service %2/%3 has no ready "
                         "endpoints, so nothing answers behind it. Fix the pods behind that Service first; this "
                         "container will then start.").arg(target, ns, service);
            f.evidence.append(objectEvidence(serviceRef, tr("Service %1/%2: 0 ready endpoints").arg(ns, service)));
        } else {
            f.cause = tr("The application exits because %1 refused its connection, although Service %2/%3 has %n "
                         "ready endpoint(s): check the port the application uses against the Service's ports.",
                         nullptr, ready).arg(target, ns, service);
            f.evidence.append(objectEvidence(serviceRef, tr("Service %1/%2: %n ready endpoint(s)", nullptr, ready).arg(ns, service)));
        }
        f.nextSteps.append({tr("Check the endpoints of the Service it connects to."),
                            QStringLiteral("kubectl -n %1 get endpointslices -l kubernetes.io/service-name=%2").arg(ns, service)});
        return;
    }
    f.cause = tr("The application exits because the connection to %1 was refused: nothing listens there, or the "
                 "dependency is not up yet.").arg(target.isEmpty() ? tr("a dependency") : target);
}

} // namespace Kaji::Models
