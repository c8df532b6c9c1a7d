#include "servicerules.h"


namespace Kaji::Models {

namespace {

QString selectorText(const Json &selector)
{
    QStringList parts;
    if (selector.is_object()) {
        for (auto it = selector.begin(); it != selector.end(); ++it)
            parts.append(toQString(it->key()) + u'='
                         + (it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString()));
    }
    return parts.join(u',');
}

} // namespace

void ServiceRules::check(RuleContext &context)
{
    for (const Json &service : context.snapshot.items(ClusterSnapshot::Services))
        checkService(context, service);
    for (const Json &ingress : context.snapshot.items(ClusterSnapshot::Ingresses))
        checkIngress(context, ingress);
}

void ServiceRules::checkService(RuleContext &context, const Json &service)
{
    const Json &spec = jsonChild(service, "spec");
    const Json &selector = jsonChild(spec, "selector");
    // ExternalName Services and Services without a selector have their
    // endpoints managed by hand (or none by design).
    if (jsonText(spec, "type") == QLatin1String("ExternalName") || !selector.is_object() || selector.empty())
        return;
    const ObjectRef ref = refOf(service, QStringLiteral("Service"));
    int ready = context.snapshot.readyEndpoints(ref.namespaceName, ref.name);
    const bool sliceSeen = ready >= 0;
    ready = qMax(ready, 0);
    if (ready > 0)
        return; // the common case, decided without looking at pods
    const QList<const Json *> pods = context.snapshot.podsMatching(ref.namespaceName, selector);
    if (!sliceSeen) {
        // No slices to read: judge from the pods' Ready condition.
        for (const Json *pod : pods)
            ready += jsonText(conditionOf(*pod, "Ready"), "status") == QLatin1String("True") ? 1 : 0;
    }
    if (ready > 0)
        return;
    Finding f;
    f.object = ref;
    f.severity = Severity::Warning;
    const QString selectorString = selectorText(selector);
    f.evidence.append(statusEvidence(ref, QStringLiteral("spec.selector"), tr("Selector: %1").arg(selectorString)));
    if (pods.isEmpty()) {
        f.ruleId = QStringLiteral("service.no-endpoints.selector-matches-nothing");
        f.headline = tr("Service %1 has no endpoints: its selector matches no pod").arg(ref.name);
        f.cause = tr("No pod in namespace %1 has the labels %2, so the Service has nowhere to send traffic and "
                     "clients get connection refused or timeouts. The selector may have a typo, or the workload "
                     "behind it is missing or scaled to zero.")
                      .arg(ref.namespaceName, selectorString);
        f.evidence.append(objectEvidence(ref, tr("Pods matching %1: none").arg(selectorString)));
        f.nextSteps.append({tr("Compare the selector with the labels of the pods that should serve it."),
                            QStringLiteral("kubectl -n %1 get pods --show-labels").arg(ref.namespaceName)});
    } else {
        f.ruleId = QStringLiteral("service.no-ready-endpoints");
        f.headline = tr("Service %1 has no ready endpoints: %n matching pod(s) are not ready", nullptr, int(pods.size())).arg(ref.name);
        f.cause = tr("The selector %1 matches pods, but none of them is ready, so the Service sends no traffic. "
                     "The pods' own findings say why.")
                      .arg(selectorString);
        for (const Json *pod : pods) {
            const ObjectRef podRef = refOf(*pod, QStringLiteral("Pod"));
            const QList<const Finding *> about = context.findingsAbout(podRef);
            f.evidence.append(objectEvidence(podRef, about.isEmpty() ? tr("Pod %1: not ready").arg(podRef.name)
                                                                     : tr("Pod %1: %2").arg(podRef.name, about.first()->headline)));
            if (!about.isEmpty())
                f.relatedFindings.append(podRef);
        }
    }
    f.nextSteps.append({tr("Check the Service's endpoints."),
                        QStringLiteral("kubectl -n %1 get endpointslices -l kubernetes.io/service-name=%2").arg(ref.namespaceName, ref.name)});
    context.add(f);
}

void ServiceRules::checkIngress(RuleContext &context, const Json &ingress)
{
    const ObjectRef ref = refOf(ingress, QStringLiteral("Ingress"));
    const Json &spec = jsonChild(ingress, "spec");
    const auto missing = [&](const QString &rule, Severity severity, const QString &headline, const QString &cause,
                             const ObjectRef &target) {
        Finding f;
        f.ruleId = rule;
        f.severity = severity;
        f.object = ref;
        f.headline = headline;
        f.cause = cause;
        f.evidence.append(objectEvidence(target, tr("%1 %2: not found").arg(target.kind, target.name)));
        f.nextSteps.append({tr("Fix the Ingress or create what it refers to."),
                            QStringLiteral("kubectl -n %1 describe ingress/%2").arg(ref.namespaceName, ref.name)});
        context.add(f);
    };
    const QString className = jsonText(spec, "ingressClassName");
    if (!className.isEmpty() && context.snapshot.isAvailable(ClusterSnapshot::IngressClasses)
        && !context.snapshot.find(ClusterSnapshot::IngressClasses, QString(), className)) {
        missing(QStringLiteral("ingress.class-missing"), Severity::Error,
                tr("Ingress %1 uses IngressClass %2, which does not exist").arg(ref.name, className),
                tr("No ingress controller claims class %1, so nothing serves this Ingress.").arg(className),
                ObjectRef{QStringLiteral("IngressClass"), QString(), className});
    }
    QStringList services;
    const auto addBackend = [&](const Json &backend) {
        const QString name = jsonText(jsonChild(backend, "service"), "name");
        if (!name.isEmpty() && !services.contains(name))
            services.append(name);
    };
    addBackend(jsonChild(spec, "defaultBackend"));
    const Json &rules = jsonChild(spec, "rules");
    if (rules.is_array()) {
        for (const Json &rule : rules) {
            const Json &paths = jsonChild(jsonChild(rule, "http"), "paths");
            if (paths.is_array())
                for (const Json &p : paths)
                    addBackend(jsonChild(p, "backend"));
        }
    }
    if (context.snapshot.isAvailable(ClusterSnapshot::Services)) {
        for (const QString &service : std::as_const(services)) {
            if (context.snapshot.find(ClusterSnapshot::Services, ref.namespaceName, service))
                continue;
            missing(QStringLiteral("ingress.service-missing"), Severity::Error,
                    tr("Ingress %1 routes to Service %2, which does not exist").arg(ref.name, service),
                    tr("Requests for this backend get 503 from the ingress controller: Service %1/%2 does not exist.")
                        .arg(ref.namespaceName, service),
                    ObjectRef{QStringLiteral("Service"), ref.namespaceName, service});
        }
    }
    const Json &tls = jsonChild(spec, "tls");
    if (tls.is_array() && context.snapshot.isAvailable(ClusterSnapshot::Secrets)) {
        for (const Json &entry : tls) {
            const QString secret = jsonText(entry, "secretName");
            if (secret.isEmpty() || context.snapshot.find(ClusterSnapshot::Secrets, ref.namespaceName, secret))
                continue;
            missing(QStringLiteral("ingress.tls-secret-missing"), Severity::Warning,
                    tr("Ingress %1 names TLS Secret %2, which does not exist").arg(ref.name, secret),
                    tr("The ingress controller falls back to its default certificate for these hosts, which clients "
                       "will not trust."),
                    ObjectRef{QStringLiteral("Secret"), ref.namespaceName, secret});
        }
    }
}

} // namespace Kaji::Models
