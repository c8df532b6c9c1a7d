#include "podrules.h"

#include "containerconfigrules.h"
#include "containerstaterules.h"
#include "crashlooprules.h"
#include "imagepullrules.h"
#include "schedulingrules.h"
#include "usagerules.h"

namespace Kaji::Models {

namespace {

const Json *statusNamed(const Json &statuses, const QString &name)
{
    if (!statuses.is_array())
        return nullptr;
    const std::string n = name.toStdString();
    for (const Json &s : statuses) {
        if (jsonStdString(s, "name") == n)
            return &s;
    }
    return nullptr;
}

bool ownedByKind(const Json &object, const char *kind)
{
    const Json &owners = jsonChild(jsonChild(object, "metadata"), "ownerReferences");
    if (!owners.is_array())
        return false;
    for (const Json &o : owners) {
        if (jsonStdString(o, "kind") == kind)
            return true;
    }
    return false;
}

// Init containers first, then the app's, each with its status; containers
// the kubelet has not reported yet are skipped.
template<typename Visit>
void forEachContainer(const Json &pod, Visit &&visit)
{
    const ObjectRef podRef = refOf(pod, QStringLiteral("Pod"));
    const Json &spec = jsonChild(pod, "spec");
    const Json &status = jsonChild(pod, "status");
    for (const bool init : {true, false}) {
        const Json &specs = jsonChild(spec, init ? "initContainers" : "containers");
        const Json &statuses = jsonChild(status, init ? "initContainerStatuses" : "containerStatuses");
        if (!specs.is_array())
            continue;
        for (const Json &containerSpec : specs) {
            ContainerView view;
            view.name = jsonText(containerSpec, "name");
            view.init = init;
            view.spec = &containerSpec;
            view.status = statusNamed(statuses, view.name);
            view.pod = podRef;
            if (view.status)
                visit(view);
        }
    }
}

} // namespace

bool PodRules::checkPhase(RuleContext &context, const Json &pod)
{
    const Json &status = jsonChild(pod, "status");
    if (jsonText(status, "phase") != QLatin1String("Failed"))
        return false;
    const ObjectRef podRef = refOf(pod, QStringLiteral("Pod"));
    Finding f;
    f.object = podRef;
    if (jsonText(status, "reason") == QLatin1String("Evicted")) {
        const qint64 started = parseApiTime(jsonText(status, "startTime"));
        f.ruleId = QStringLiteral("pod.evicted");
        f.severity = started > 0 && !context.within(started, ContainerStateRules::RecentSecs) ? Severity::Info : Severity::Warning;
        f.headline = tr("Pod was evicted from node %1").arg(jsonText(jsonChild(pod, "spec"), "nodeName"));
        f.cause = tr("The kubelet evicted the pod to protect the node: \"%1\". Pods that use more than they request "
                     "are evicted first; the controller has made a replacement, but this record stays until deleted.")
                      .arg(jsonText(status, "message"));
        f.evidence.append(statusEvidence(podRef, QStringLiteral("status.reason"),
                                         QStringLiteral("Evicted: ") + jsonText(status, "message")));
        f.nextSteps.append({tr("Set requests close to real use; delete the evicted pod record when done."),
                            kubectlCommand(podRef, QStringLiteral("delete"))});
        context.add(f);
        return true;
    }
    // A Job's failed pods are explained by the Job's finding.
    if (ownedByKind(pod, "Job"))
        return true;
    // A failed init container explains the pod better than its phase.
    const Json &inits = jsonChild(status, "initContainerStatuses");
    if (inits.is_array()) {
        for (const Json &s : inits) {
            if (jsonInt(jsonChild(jsonChild(s, "state"), "terminated"), "exitCode") != 0)
                return false;
        }
    }
    f.ruleId = QStringLiteral("pod.failed");
    f.severity = Severity::Error;
    f.headline = tr("Pod failed");
    QStringList codes;
    const Json &statuses = jsonChild(status, "containerStatuses");
    if (statuses.is_array()) {
        for (const Json &s : statuses) {
            const Json &t = jsonChild(jsonChild(s, "state"), "terminated");
            if (t.is_null() || jsonInt(t, "exitCode") == 0)
                continue;
            codes.append(CrashLoopRules::exitCodeMeaning(jsonInt(t, "exitCode")));
            f.evidence.append(statusEvidence(podRef, QStringLiteral("status.containerStatuses[%1].state.terminated").arg(jsonText(s, "name")),
                                             tr("Container %1: Terminated (%2), exit code %3").arg(jsonText(s, "name"), jsonText(t, "reason")).arg(jsonInt(t, "exitCode"))));
        }
    }
    f.cause = tr("The pod ended with a failure and, with restartPolicy %1, will not be restarted.")
                  .arg(jsonText(jsonChild(pod, "spec"), "restartPolicy"));
    if (!codes.isEmpty())
        f.cause += u' ' + codes.join(u' ');
    if (!jsonText(status, "message").isEmpty())
        f.cause += u' ' + jsonText(status, "message");
    f.nextSteps.append({tr("Read the pod's log."), kubectlCommand(podRef, QStringLiteral("logs"))});
    context.add(f);
    return true;
}

void PodRules::check(RuleContext &context, const Json &pod)
{
    if (checkState(context, pod))
        checkUsage(context, pod);
}

bool PodRules::checkState(RuleContext &context, const Json &pod)
{
    const QString phase = jsonText(jsonChild(pod, "status"), "phase");
    if (phase == QLatin1String("Succeeded") || !jsonChild(jsonChild(pod, "metadata"), "deletionTimestamp").is_null())
        return false;
    if (checkPhase(context, pod) || SchedulingRules::check(context, pod))
        return false;
    // One finding about each container's state, the first rule that explains it.
    forEachContainer(pod, [&](const ContainerView &view) {
        if (!ImagePullRules::check(context, pod, view) && !ContainerConfigRules::check(context, pod, view)
            && !CrashLoopRules::check(context, pod, view))
            ContainerStateRules::check(context, pod, view);
    });
    return true;
}

// Usage against limits whatever the state: a container OOM-killed a while
// ago may be on its way there again.
void PodRules::checkUsage(RuleContext &context, const Json &pod)
{
    if (!context.recentUsage)
        return;
    // Usage is compared with limits only. Each run passes every pod through
    // here, and a pod whose containers have none is passed over before a
    // name is made for it.
    bool limited = false;
    const Json &containers = jsonChild(jsonChild(pod, "spec"), "containers");
    if (containers.is_array())
        for (const Json &c : containers)
            limited = limited || !jsonChild(jsonChild(c, "resources"), "limits").empty();
    if (!limited)
        return;
    forEachContainer(pod, [&](const ContainerView &view) {
        if (!view.init)
            UsageRules::check(context, view);
    });
}

} // namespace Kaji::Models
