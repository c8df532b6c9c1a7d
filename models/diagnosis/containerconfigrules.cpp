#include "containerconfigrules.h"


#include <QRegularExpression>

namespace Kaji::Models {

namespace {

struct Reference {
    QString kind; // "ConfigMap" or "Secret"
    QString name;
    QString key; // empty: the whole object
    QString envName; // the variable that reads it, if any
};

// The container's references to ConfigMaps and Secrets that are not optional.
QList<Reference> referencesOf(const Json &pod, const Json &spec)
{
    QList<Reference> refs;
    const auto add = [&](const Json &ref, const QString &kind, const QString &key, const QString &env) {
        if (!ref.is_null() && !jsonBool(ref, "optional"))
            refs.append({kind, jsonText(ref, "name"), key, env});
    };
    const Json &env = jsonChild(spec, "env");
    if (env.is_array()) {
        for (const Json &e : env) {
            const Json &from = jsonChild(e, "valueFrom");
            const Json &cm = jsonChild(from, "configMapKeyRef");
            const Json &secret = jsonChild(from, "secretKeyRef");
            if (!cm.is_null())
                add(cm, QStringLiteral("ConfigMap"), jsonText(cm, "key"), jsonText(e, "name"));
            if (!secret.is_null())
                add(secret, QStringLiteral("Secret"), jsonText(secret, "key"), jsonText(e, "name"));
        }
    }
    const Json &envFrom = jsonChild(spec, "envFrom");
    if (envFrom.is_array()) {
        for (const Json &e : envFrom) {
            add(jsonChild(e, "configMapRef"), QStringLiteral("ConfigMap"), QString(), QString());
            add(jsonChild(e, "secretRef"), QStringLiteral("Secret"), QString(), QString());
        }
    }
    // Volumes fail the mount (ContainerCreating), but list them for the
    // object-level check.
    const Json &volumes = jsonChild(jsonChild(pod, "spec"), "volumes");
    if (volumes.is_array()) {
        for (const Json &v : volumes) {
            const Json &cm = jsonChild(v, "configMap");
            const Json &secret = jsonChild(v, "secret");
            if (!cm.is_null() && !jsonBool(cm, "optional"))
                refs.append({QStringLiteral("ConfigMap"), jsonText(cm, "name"), QString(), QString()});
            if (!secret.is_null() && !jsonBool(secret, "optional"))
                refs.append({QStringLiteral("Secret"), jsonText(secret, "secretName"), QString(), QString()});
        }
    }
    return refs;
}

bool hasKey(const Json &object, const QString &key)
{
    const std::string k = key.toStdString();
    return jsonChild(object, "data").contains(k) || jsonChild(object, "binaryData").contains(k);
}

} // namespace

bool ContainerConfigRules::check(RuleContext &context, const Json &pod, const ContainerView &container)
{
    const Json &waiting = container.state("waiting");
    if (jsonText(waiting, "reason") != QLatin1String("CreateContainerConfigError"))
        return false;
    const ObjectRef podRef = container.pod;
    QString message = jsonText(waiting, "message");
    const Json *failed = lastEvent(context.snapshot, podRef, {QStringLiteral("Failed")});
    if (message.isEmpty() && failed)
        message = jsonText(*failed, "message").remove(QStringLiteral("Error: "));

    Finding f;
    f.object = podRef;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(podRef, container.statusPath() + QStringLiteral(".state.waiting"),
                                     QStringLiteral("CreateContainerConfigError: ") + message));
    if (failed)
        f.evidence.append(eventEvidence(*failed));

    // The kubelet names the first reference it could not resolve; check the
    // snapshot for that one and for every other reference of the container.
    static const QRegularExpression missingKey(QStringLiteral("couldn't find key (\\S+) in (ConfigMap|Secret) ([^/\\s]+)/(\\S+)"));
    static const QRegularExpression missingObject(QStringLiteral("(configmap|secret) \"([^\"]+)\" not found"));
    Reference culprit;
    bool objectMissing = false;
    if (const auto m = missingKey.match(message); m.hasMatch()) {
        culprit = {m.captured(2), m.captured(4), m.captured(1), QString()};
    } else if (const auto m2 = missingObject.match(message); m2.hasMatch()) {
        culprit = {m2.captured(1) == QLatin1String("secret") ? QStringLiteral("Secret") : QStringLiteral("ConfigMap"),
                   m2.captured(2), QString(), QString()};
        objectMissing = true;
    }
    const QList<Reference> refs = referencesOf(pod, *container.spec);
    if (culprit.kind.isEmpty()) {
        // No message to go by: find the first reference the snapshot cannot satisfy.
        for (const Reference &ref : refs) {
            const auto kind = ref.kind == QLatin1String("Secret") ? ClusterSnapshot::Secrets : ClusterSnapshot::ConfigMaps;
            if (!context.snapshot.isAvailable(kind))
                continue;
            const Json *object = context.snapshot.find(kind, podRef.namespaceName, ref.name);
            if (!object || (!ref.key.isEmpty() && !hasKey(*object, ref.key))) {
                culprit = ref;
                objectMissing = !object;
                break;
            }
        }
    }
    for (const Reference &ref : refs) {
        if (ref.kind == culprit.kind && ref.name == culprit.name && ref.key == culprit.key && !ref.envName.isEmpty())
            culprit.envName = ref.envName;
    }

    if (message.contains(QLatin1String("runAsNonRoot"))) {
        f.ruleId = QStringLiteral("pod.config.run-as-root");
        f.headline = tr("Container %1 may not run as root, but its image runs as root").arg(container.name);
        f.cause = tr("The securityContext sets runAsNonRoot: true and the image's user is root (or numeric 0 is "
                     "unknown), so the kubelet refuses to create the container.");
        f.nextSteps.append({tr("Set securityContext.runAsUser to a non-zero UID, or build the image with a non-root USER."),
                            kubectlCommand(podRef, QStringLiteral("get"), QStringLiteral("-o jsonpath='{.spec.securityContext}'"))});
        context.add(f);
        return true;
    }
    if (culprit.kind.isEmpty()) {
        f.ruleId = QStringLiteral("pod.config.error");
        f.headline = tr("Container %1 cannot be created: %2").arg(container.name, message);
        f.cause = tr("The kubelet could not assemble the container's configuration: %1").arg(message);
        f.nextSteps.append({tr("Look at the pod's events."), kubectlCommand(podRef, QStringLiteral("describe"))});
        context.add(f);
        return true;
    }

    const auto kind = culprit.kind == QLatin1String("Secret") ? ClusterSnapshot::Secrets : ClusterSnapshot::ConfigMaps;
    const ObjectRef target{culprit.kind, podRef.namespaceName, culprit.name};
    const Json *object = context.snapshot.find(kind, podRef.namespaceName, culprit.name);
    if (context.snapshot.isAvailable(kind))
        objectMissing = !object;
    const QString usedBy = culprit.envName.isEmpty() ? QString() : tr(" (read into environment variable %1)").arg(culprit.envName);
    if (objectMissing) {
        f.ruleId = culprit.kind == QLatin1String("Secret") ? QStringLiteral("pod.config.secret-missing")
                                                            : QStringLiteral("pod.config.configmap-missing");
        f.headline = tr("Container %1 cannot start: %2 %3 does not exist").arg(container.name, culprit.kind, culprit.name);
        f.cause = tr("The container reads %1 %2/%3%4, which does not exist, so the kubelet cannot build its "
                     "environment and does not start it.")
                      .arg(culprit.kind, podRef.namespaceName, culprit.name, usedBy);
        f.evidence.append(objectEvidence(target, tr("%1 %2/%3: not found").arg(culprit.kind, podRef.namespaceName, culprit.name)));
        f.nextSteps.append({tr("Create the %1 in namespace %2, or mark the reference optional.").arg(culprit.kind, podRef.namespaceName),
                            culprit.kind == QLatin1String("Secret")
                                ? QStringLiteral("kubectl -n %1 create secret generic %2 --from-literal=KEY=VALUE").arg(podRef.namespaceName, culprit.name)
                                : QStringLiteral("kubectl -n %1 create configmap %2 --from-literal=KEY=VALUE").arg(podRef.namespaceName, culprit.name)});
    } else {
        f.ruleId = culprit.kind == QLatin1String("Secret") ? QStringLiteral("pod.config.secret-key-missing")
                                                            : QStringLiteral("pod.config.configmap-key-missing");
        f.headline = tr("Container %1 cannot start: key %2 is missing in %3 %4/%5")
                         .arg(container.name, culprit.key, culprit.kind, podRef.namespaceName, culprit.name);
        QStringList keys;
        if (object) {
            const Json &data = jsonChild(*object, "data");
            if (data.is_object())
                for (auto it = data.begin(); it != data.end(); ++it)
                    keys.append(toQString(it->key()));
        }
        f.cause = tr("%1 %2/%3 exists, but has no key %4%5, so the kubelet cannot build the container's environment "
                     "and does not start it. The keys it has: %6.")
                      .arg(culprit.kind, podRef.namespaceName, culprit.name, culprit.key, usedBy,
                           keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", ")));
        f.evidence.append(objectEvidence(target, tr("%1 %2/%3: keys %4").arg(culprit.kind, podRef.namespaceName, culprit.name,
                                                                          keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", ")))));
        f.nextSteps.append({tr("Add the key to the %1 (or fix the key name in the pod template).").arg(culprit.kind),
                            QStringLiteral("kubectl -n %1 edit %2/%3").arg(podRef.namespaceName, culprit.kind.toLower(), culprit.name)});
    }
    f.nextSteps.append({tr("The kubelet retries on its own once the reference resolves; restarting is not needed."), QString()});
    context.add(f);
    return true;
}

} // namespace Kaji::Models
