#include "webhookrules.h"


namespace Kaji::Models {

void WebhookRules::check(RuleContext &context)
{
    for (const Json &c : context.snapshot.items(ClusterSnapshot::ValidatingWebhooks))
        checkConfiguration(context, c, QStringLiteral("ValidatingWebhookConfiguration"));
    for (const Json &c : context.snapshot.items(ClusterSnapshot::MutatingWebhooks))
        checkConfiguration(context, c, QStringLiteral("MutatingWebhookConfiguration"));
}

void WebhookRules::checkConfiguration(RuleContext &context, const Json &configuration, const QString &kind)
{
    const Json &webhooks = jsonChild(configuration, "webhooks");
    if (!webhooks.is_array() || !context.snapshot.isAvailable(ClusterSnapshot::Services))
        return;
    const ObjectRef ref{kind, QString(), metaName(configuration)};
    for (const Json &webhook : webhooks) {
        const Json &service = jsonChild(jsonChild(webhook, "clientConfig"), "service");
        if (service.is_null())
            continue; // a URL: outside the cluster, nothing to check here
        const QString ns = jsonText(service, "namespace"), name = jsonText(service, "name");
        const ObjectRef serviceRef{QStringLiteral("Service"), ns, name};
        const QString policy = jsonText(webhook, "failurePolicy").isEmpty() ? QStringLiteral("Fail") : jsonText(webhook, "failurePolicy");
        const bool failClosed = policy == QLatin1String("Fail");
        Finding f;
        f.object = ref;
        f.severity = failClosed ? Severity::Error : Severity::Warning;
        f.evidence.append(statusEvidence(ref, QStringLiteral("webhooks[%1].clientConfig.service").arg(jsonText(webhook, "name")),
                                         QStringLiteral("%1 -> service %2/%3, failurePolicy %4").arg(jsonText(webhook, "name"), ns, name, policy)));
        const QString consequence = failClosed
            ? tr("With failurePolicy Fail, every API request this webhook matches is rejected.")
            : tr("With failurePolicy Ignore, matching requests pass unchecked.");
        if (!context.snapshot.find(ClusterSnapshot::Services, ns, name)) {
            f.ruleId = QStringLiteral("webhook.service-missing");
            f.headline = tr("Webhook %1 calls Service %2/%3, which does not exist").arg(jsonText(webhook, "name"), ns, name);
            f.cause = tr("The API server cannot reach the webhook's Service.") + u' ' + consequence;
            f.evidence.append(objectEvidence(serviceRef, tr("Service %1/%2: not found").arg(ns, name)));
        } else {
            // Unknown (slices not readable): say nothing rather than guess.
            if (context.snapshot.readyEndpoints(ns, name) != 0)
                continue;
            f.ruleId = QStringLiteral("webhook.service-no-endpoints");
            f.headline = tr("Webhook %1 has no ready backend: Service %2/%3 has no ready endpoints").arg(jsonText(webhook, "name"), ns, name);
            f.cause = tr("The webhook's pods are not running or not ready, so the API server's calls fail.") + u' ' + consequence;
            f.evidence.append(objectEvidence(serviceRef, tr("Service %1/%2: 0 ready endpoints").arg(ns, name)));
            f.relatedFindings.append(serviceRef);
        }
        f.nextSteps.append({tr("Bring the webhook's pods back, or remove the webhook configuration if its controller was uninstalled."),
                            QStringLiteral("kubectl get %1 %2 -o yaml").arg(kind.toLower(), ref.name)});
        context.add(f);
    }
}

} // namespace Kaji::Models
