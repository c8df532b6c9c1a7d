#include "metricsgap.h"

#include <QCoreApplication>

namespace Kaji::Models {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Kaji::Models::MetricsGap", text);
}

// The Available condition of an APIService: status, reason, message.
struct Availability {
    QString status, reason, message;
};

std::optional<Availability> availabilityOf(const nlohmann::json &apiService)
{
    const auto status = apiService.find("status");
    if (status == apiService.end() || !status->is_object())
        return std::nullopt;
    const auto conditions = status->find("conditions");
    if (conditions == status->end() || !conditions->is_array())
        return std::nullopt;
    for (const nlohmann::json &condition : *conditions) {
        if (condition.value("type", std::string()) != "Available")
            continue;
        return Availability{QString::fromStdString(condition.value("status", std::string())),
                            QString::fromStdString(condition.value("reason", std::string())),
                            QString::fromStdString(condition.value("message", std::string()))};
    }
    return std::nullopt;
}

} // namespace

QString metricsApiServicePath()
{
    return QStringLiteral("/apis/apiregistration.k8s.io/v1/apiservices/v1beta1.metrics.k8s.io");
}

MetricsGap explainMetricsFailure(const Kube::ApiResult &list, const std::optional<Kube::ApiResult> &apiService)
{
    if (list.status == 403) {
        return {MetricsGap::Kind::Forbidden,
                translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                             "Reading usage is forbidden: %1. It needs permission to list "
                                             "pods.metrics.k8s.io and nodes.metrics.k8s.io (the "
                                             "system:aggregated-metrics-reader role grants it)."))
                    .arg(list.error)};
    }
    if (apiService && apiService->status == 404) {
        return {MetricsGap::Kind::NoMetricsApi,
                translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                             "No metrics API: the cluster has no APIService v1beta1.metrics.k8s.io, "
                                             "so metrics-server (or another provider of metrics.k8s.io) is not "
                                             "installed."))};
    }
    if (apiService && apiService->ok()) {
        const std::optional<Availability> available = availabilityOf(apiService->body);
        if (available && available->status != QLatin1String("True")) {
            return {MetricsGap::Kind::ApiUnavailable,
                    translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                                 "The metrics API is registered but not available (%1): %2"))
                        .arg(available->reason, available->message)};
        }
    }
    if (list.status == 404) {
        return {MetricsGap::Kind::NoMetricsApi,
                translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                             "No metrics API: the server does not serve metrics.k8s.io."))};
    }
    if (list.status == 503) {
        return {MetricsGap::Kind::ApiUnavailable,
                translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                             "The metrics API did not answer: %1"))
                    .arg(list.error)};
    }
    return {MetricsGap::Kind::Failed,
            translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap", "Reading usage failed: %1")).arg(list.error)};
}

MetricsGap notScrapedYet(const QString &object)
{
    return {MetricsGap::Kind::NotScrapedYet,
            translated(QT_TRANSLATE_NOOP("Kaji::Models::MetricsGap",
                                         "No sample of %1 yet: metrics-server scrapes every 15 s or so, and drops a "
                                         "container's first sample. A node without running pods gets none."))
                .arg(object)};
}

} // namespace Kaji::Models
