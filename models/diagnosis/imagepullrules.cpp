#include "imagepullrules.h"


namespace Kaji::Models {

namespace {

bool isDockerConfig(const QString &type)
{
    return type == QLatin1String("kubernetes.io/dockerconfigjson") || type == QLatin1String("kubernetes.io/dockercfg");
}

bool registryListed(const Json &secret, const QString &registry)
{
    // The loader keeps the registry host names of a docker config (never the
    // credentials) under "kaji.registries".
    const Json &registries = jsonChild(jsonChild(secret, "kaji"), "registries");
    if (!registries.is_array())
        return true; // unknown: do not accuse the secret
    for (const Json &entry : registries) {
        QString host = entry.is_string() ? QString::fromStdString(entry.get<std::string>()) : QString();
        host.remove(QStringLiteral("https://")).remove(QStringLiteral("http://"));
        host = host.section(u'/', 0, 0);
        if (host == registry || (registry == QLatin1String("docker.io") && host.endsWith(QLatin1String("docker.io"))))
            return true;
    }
    return false;
}

} // namespace

QString ImagePullRules::registryOf(const QString &image)
{
    const qsizetype slash = image.indexOf(u'/');
    if (slash < 0)
        return QStringLiteral("docker.io");
    const QString first = image.left(slash);
    if (first.contains(u'.') || first.contains(u':') || first == QLatin1String("localhost"))
        return first;
    return QStringLiteral("docker.io");
}

bool ImagePullRules::check(RuleContext &context, const Json &pod, const ContainerView &container)
{
    const Json &waiting = container.state("waiting");
    const QString reason = jsonText(waiting, "reason");
    if (reason != QLatin1String("ErrImagePull") && reason != QLatin1String("ImagePullBackOff")
        && reason != QLatin1String("InvalidImageName"))
        return false;

    const ObjectRef podRef = container.pod;
    const QString image = jsonText(*container.spec, "image");
    const QString registry = registryOf(image);
    Finding f;
    f.object = podRef;
    f.severity = Severity::Error;
    f.evidence.append(statusEvidence(podRef, container.statusPath() + QStringLiteral(".state.waiting"),
                                     (reason + QStringLiteral(": ") + jsonText(waiting, "message")).trimmed()));
    const QString describe = kubectlCommand(podRef, QStringLiteral("describe"));

    if (reason == QLatin1String("InvalidImageName")) {
        f.ruleId = QStringLiteral("pod.image-pull.invalid-name");
        f.headline = tr("Container %1 has an invalid image reference \"%2\"").arg(container.name, image);
        f.cause = tr("The kubelet cannot parse the image reference \"%1\", so it never tries to pull it. Image "
                     "references are [registry/]repository[:tag][@digest], lowercase, without spaces or a "
                     "scheme such as https://.")
                      .arg(image);
        f.nextSteps.append({tr("Fix the image reference in the workload's pod template."),
                            kubectlCommand(podRef, QStringLiteral("get"), QStringLiteral("-o jsonpath='{.spec.containers[*].image}'"))});
        context.add(f);
        return true;
    }

    const Json *failed = lastEvent(context.snapshot, podRef, {QStringLiteral("Failed")},
                                             QStringLiteral("Failed to pull image"));
    const Json *secretWarning = lastEvent(context.snapshot, podRef, {QStringLiteral("FailedToRetrieveImagePullSecret")});
    if (secretWarning)
        f.evidence.append(eventEvidence(*secretWarning));
    if (failed)
        f.evidence.append(eventEvidence(*failed));
    const QString pullMessage = failed ? jsonText(*failed, "message") : jsonText(waiting, "message");

    // The pull secrets the pod names, checked in order of how decisive they are.
    QStringList missing, wrongType, lacking;
    const Json &pullSecrets = jsonChild(jsonChild(pod, "spec"), "imagePullSecrets");
    QStringList named;
    if (pullSecrets.is_array()) {
        for (const Json &ref : pullSecrets)
            named.append(jsonText(ref, "name"));
    }
    const bool secretsReadable = context.snapshot.isAvailable(ClusterSnapshot::Secrets);
    if (secretsReadable) {
        for (const QString &name : std::as_const(named)) {
            const Json *secret = context.snapshot.find(ClusterSnapshot::Secrets, podRef.namespaceName, name);
            if (!secret)
                missing.append(name);
            else if (!isDockerConfig(jsonText(*secret, "type")))
                wrongType.append(name);
            else if (!registryListed(*secret, registry))
                lacking.append(name);
        }
    }
    const QString createSecret = QStringLiteral("kubectl -n %1 create secret docker-registry %2 --docker-server=%3 "
                                                "--docker-username=USER --docker-password=PASSWORD")
                                     .arg(podRef.namespaceName, missing.value(0, QStringLiteral("NAME")), registry);

    if (!missing.isEmpty()) {
        f.ruleId = QStringLiteral("pod.image-pull.secret-missing");
        f.headline = tr("Image pull fails: pull secret %1 does not exist").arg(missing.join(QStringLiteral(", ")));
        f.cause = tr("Pod %1 names the image pull secret %2, but there is no Secret of that name in namespace %3. "
                     "Without its credentials the registry %4 refuses to serve %5, and the kubelet retries with "
                     "growing back-off (ImagePullBackOff).")
                      .arg(podRef.name, missing.join(QStringLiteral(", ")), podRef.namespaceName, registry, image);
        for (const QString &name : std::as_const(missing))
            f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Secret"), podRef.namespaceName, name},
                                             tr("Secret %1/%2: not found").arg(podRef.namespaceName, name)));
        f.nextSteps.append({tr("Create the pull secret with credentials for %1 in namespace %2.").arg(registry, podRef.namespaceName),
                            createSecret});
        f.nextSteps.append({tr("Or fix the name in spec.imagePullSecrets if the secret exists under another name."),
                            QStringLiteral("kubectl -n %1 get secrets --field-selector type=kubernetes.io/dockerconfigjson")
                                .arg(podRef.namespaceName)});
    } else if (!wrongType.isEmpty()) {
        f.ruleId = QStringLiteral("pod.image-pull.secret-wrong-type");
        const Json *secret = context.snapshot.find(ClusterSnapshot::Secrets, podRef.namespaceName, wrongType.first());
        const QString type = secret ? jsonText(*secret, "type") : QString();
        f.headline = tr("Image pull fails: pull secret %1 is of type %2, not kubernetes.io/dockerconfigjson")
                         .arg(wrongType.first(), type);
        f.cause = tr("The kubelet only reads registry credentials from Secrets of type "
                     "kubernetes.io/dockerconfigjson (or the older kubernetes.io/dockercfg). Secret %1 has type %2, "
                     "so the pull of %3 goes out without credentials.")
                      .arg(wrongType.first(), type, image);
        f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Secret"), podRef.namespaceName, wrongType.first()},
                                         tr("Secret %1: type %2").arg(wrongType.first(), type)));
        f.nextSteps.append({tr("Recreate the secret as a docker-registry secret."), createSecret});
    } else if (!lacking.isEmpty()) {
        f.ruleId = QStringLiteral("pod.image-pull.secret-lacks-registry");
        f.headline = tr("Image pull fails: pull secret %1 has no credentials for %2").arg(lacking.first(), registry);
        f.cause = tr("The image %1 is served by %2, but the docker config in Secret %3 lists other registries only, so "
                     "the kubelet pulls without credentials and the registry refuses.")
                      .arg(image, registry, lacking.first());
        f.evidence.append(objectEvidence(ObjectRef{QStringLiteral("Secret"), podRef.namespaceName, lacking.first()},
                                         tr("Secret %1: no entry for %2").arg(lacking.first(), registry)));
        f.nextSteps.append({tr("Add an entry for %1 to the secret, or name a secret that has one.").arg(registry), createSecret});
    } else if (pullMessage.contains(QLatin1String("not found"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("manifest unknown"), Qt::CaseInsensitive)) {
        f.ruleId = QStringLiteral("pod.image-pull.not-found");
        f.headline = tr("Image %1 was not found in %2").arg(image, registry);
        f.cause = tr("The registry answered that the repository or tag of %1 does not exist. A typo in the tag, a tag "
                     "that was never pushed, or one deleted by a retention policy are the usual reasons.")
                      .arg(image);
        f.nextSteps.append({tr("Check which tags exist in the registry and fix the image in the pod template."),
                            kubectlCommand(podRef, QStringLiteral("get"), QStringLiteral("-o jsonpath='{.spec.containers[*].image}'"))});
    } else if (pullMessage.contains(QLatin1String("denied"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("unauthorized"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("authorization failed"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("403 Forbidden"), Qt::CaseInsensitive)) {
        f.ruleId = QStringLiteral("pod.image-pull.unauthorized");
        f.headline = tr("Registry %1 denied the pull of %2").arg(registry, image);
        f.cause = named.isEmpty()
            ? tr("The registry refused the pull and the pod names no image pull secret. A private registry needs "
                 "credentials through spec.imagePullSecrets or the ServiceAccount's imagePullSecrets.")
            : tr("The registry refused the credentials of pull secret %1: they may be expired, or lack read access "
                 "to this repository.")
                  .arg(named.join(QStringLiteral(", ")));
        f.nextSteps.append({tr("Give the pod a pull secret with valid credentials for %1.").arg(registry), createSecret});
    } else if (pullMessage.contains(QLatin1String("no such host"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("i/o timeout"), Qt::CaseInsensitive)
               || pullMessage.contains(QLatin1String("connection refused"), Qt::CaseInsensitive)) {
        f.ruleId = QStringLiteral("pod.image-pull.registry-unreachable");
        f.headline = tr("Registry %1 cannot be reached from node %2")
                         .arg(registry, jsonText(jsonChild(pod, "spec"), "nodeName"));
        f.cause = tr("The node could not connect to the registry (DNS, firewall, proxy or an outage), so no image "
                     "was pulled.");
        f.nextSteps.append({tr("Check the node's DNS and egress to the registry."), describe});
    } else {
        f.ruleId = QStringLiteral("pod.image-pull.failed");
        f.headline = tr("Image %1 cannot be pulled").arg(image);
        f.cause = pullMessage.isEmpty() ? tr("The kubelet reports %1 without saying why; the pod's events tell more.").arg(reason)
                                        : tr("The kubelet reports: %1").arg(pullMessage);
    }
    if (!secretsReadable && !named.isEmpty())
        f.cause += u' ' + tr("Kaji may not read Secrets here, so it could not check pull secret %1.").arg(named.join(QStringLiteral(", ")));
    f.nextSteps.append({tr("Look at the pod's events."), describe});
    context.add(f);
    return true;
}

} // namespace Kaji::Models
