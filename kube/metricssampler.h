#pragma once

#include "apiclient.h"
#include "resourcemetrics.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

// Requests and decoding run on the connection thread; the result is handed
// to the caller's thread.
namespace Kaji::Kube {

class ClusterConnection;

// One reading of metrics.k8s.io for a whole context: every node and every
// pod the user may list, decoded where the bytes arrived.
struct MetricsSample {
    qint64 takenMs = 0; // when the reading was asked for (epoch ms)
    std::optional<NodeUsageList> nodes;
    std::optional<PodUsageList> pods;
    // When a list failed: the answer, and the APIService's (read then, to say why).
    std::optional<ApiResult> nodeFailure;
    std::optional<ApiResult> podFailure;
    std::optional<ApiResult> apiService;
};
using MetricsSamplePtr = std::shared_ptr<const MetricsSample>;

// Reads one sample; `namespaces` empty means all (else one list per
// namespace, for users who may not list across them). `done` runs on
// `receiver`'s thread, not at all once it is gone.
void sampleMetrics(ClusterConnection *connection, const QStringList &namespaces, QObject *receiver,
                   std::function<void(const MetricsSamplePtr &)> done);

} // namespace Kaji::Kube
