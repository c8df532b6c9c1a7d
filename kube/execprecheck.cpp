#include "execprecheck.h"

#include "jsonfields.h"

namespace Kaji::Kube {

namespace {

// The status of `name` among the pod's containers (regular, init, ephemeral).
const nlohmann::json *statusOf(const nlohmann::json &status, const QString &name)
{
    for (const char *list : { "containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses" }) {
        const nlohmann::json &statuses = jsonChild(status, list);
        if (!statuses.is_array())
            continue;
        for (const nlohmann::json &s : statuses) {
            if (jsonText(s, "name") == name)
                return &s;
        }
    }
    return nullptr;
}

bool isDeclared(const nlohmann::json &spec, const QString &name)
{
    for (const char *list : { "containers", "initContainers", "ephemeralContainers" }) {
        const nlohmann::json &containers = jsonChild(spec, list);
        if (!containers.is_array())
            continue;
        for (const nlohmann::json &c : containers) {
            if (jsonText(c, "name") == name)
                return true;
        }
    }
    return false;
}

} // namespace

QString ExecPrecheck::notRunning(const nlohmann::json &pod, const QString &container)
{
    const nlohmann::json &spec = jsonChild(pod, "spec");
    const nlohmann::json &status = jsonChild(pod, "status");
    const nlohmann::json &meta = jsonChild(pod, "metadata");
    if (!pod.is_object() || !isDeclared(spec, container))
        return {}; // not ours to judge: the caller or the server says what is wrong
    const QString podName = jsonText(meta, "namespace") + u'/' + jsonText(meta, "name");
    const QString phase = jsonText(status, "phase");

    if (jsonText(spec, "nodeName").isEmpty()) {
        QString why;
        const nlohmann::json &conditions = jsonChild(status, "conditions");
        if (conditions.is_array()) {
            for (const nlohmann::json &c : conditions) {
                if (jsonText(c, "type") == QLatin1String("PodScheduled")
                    && jsonText(c, "status") != QLatin1String("True")) {
                    why = jsonText(c, "reason");
                    if (const QString message = jsonText(c, "message"); !message.isEmpty())
                        why = why.isEmpty() ? message : tr("%1: %2").arg(why, message);
                }
            }
        }
        if (why.isEmpty())
            why = tr("phase %1").arg(phase.isEmpty() ? QStringLiteral("Pending") : phase);
        return tr("Container %1 is not running: pod %2 is not scheduled to a node yet (%3).")
            .arg(container, podName, why);
    }

    static const nlohmann::json none;
    const nlohmann::json *s = statusOf(status, container);
    const nlohmann::json &state = s ? jsonChild(*s, "state") : none;
    if (state.contains("running"))
        return {};
    QString what;
    if (const nlohmann::json &waiting = jsonChild(state, "waiting"); waiting.is_object()) {
        const QString reason = jsonText(waiting, "reason");
        const QString message = jsonText(waiting, "message");
        what = message.isEmpty() ? tr("waiting, %1").arg(reason.isEmpty() ? tr("no reason given") : reason)
                                 : tr("waiting, %1 (%2)").arg(reason, message);
        const nlohmann::json &last = s ? jsonChild(jsonChild(*s, "lastState"), "terminated") : none;
        if (last.is_object())
            what += tr("; it last exited with code %1").arg(jsonInt(last, "exitCode"));
    } else if (const nlohmann::json &ended = jsonChild(state, "terminated"); ended.is_object()) {
        const QString reason = jsonText(ended, "reason");
        what = reason.isEmpty() ? tr("terminated, exit code %1").arg(jsonInt(ended, "exitCode"))
                                : tr("terminated, %1, exit code %2").arg(reason).arg(jsonInt(ended, "exitCode"));
    } else if (phase == QLatin1String("Running") && !s) {
        return {}; // no status reported yet: the server knows better
    } else {
        what = tr("not started yet");
    }
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed"))
        what += tr("; the pod has completed (phase %1)").arg(phase);
    return tr("Container %1 in pod %2 is not running: %3.").arg(container, podName, what);
}

} // namespace Kaji::Kube
