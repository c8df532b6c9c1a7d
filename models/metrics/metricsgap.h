#pragma once

#include "apiclient.h"

#include <QString>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Models {

// Why there is no usage to show, in words a user can act on: never a 0
// that is not a measurement.
struct MetricsGap {
    enum class Kind {
        NoMetricsApi, // no APIService for metrics.k8s.io: nothing installed
        ApiUnavailable, // registered, but its backend does not answer (with the APIService's reason)
        Forbidden, // RBAC: names the permission
        Failed, // any other failure, in the server's words
        NotScrapedYet, // the API answers, but has no sample for this object yet
    };
    Kind kind = Kind::Failed;
    QString text;
};

// The path of the APIService that serves metrics.k8s.io/v1beta1: read it
// when a metrics request fails, to say why.
QString metricsApiServicePath();

// Explains the failed metrics request `list`, using the answer to the
// APIService read when there is one.
MetricsGap explainMetricsFailure(const Kube::ApiResult &list, const std::optional<Kube::ApiResult> &apiService);

// The API answered but has no sample of `object` ("pod shop/orders-api-…").
MetricsGap notScrapedYet(const QString &object);

} // namespace Kaji::Models
