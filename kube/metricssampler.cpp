#include "metricssampler.h"

#include "clusterconnection.h"
#include "resourceoperations.h"

#include <QDateTime>

namespace Kaji::Kube {
namespace {

const QByteArray apiServicePath = QByteArrayLiteral("/apis/apiregistration.k8s.io/v1/apiservices/v1beta1.metrics.k8s.io");

// The requests of one sample, chained on the connection thread: nodes, then
// each pod list, then (only after a failure) the APIService.
struct Reading : std::enable_shared_from_this<Reading> {
    ResourceOperations *operations = nullptr;
    QList<QByteArray> podPaths;
    std::shared_ptr<MetricsSample> sample;
    ApiClient::ResultHandler finish;

    void start()
    {
        RequestOptions raw;
        raw.parseBody = false;
        operations->get(QByteArrayLiteral("/apis/metrics.k8s.io/v1beta1/nodes"),
                        [self = shared_from_this()](const ApiResult &result) {
                            if (result.ok())
                                self->sample->nodes = decodeNodeMetrics(result.raw);
                            else
                                self->sample->nodeFailure = result;
                            self->nextPods(0);
                        },
                        raw);
    }

    void nextPods(qsizetype index)
    {
        if (index >= podPaths.size()) {
            explainIfFailed();
            return;
        }
        RequestOptions raw;
        raw.parseBody = false;
        operations->get(podPaths.at(index),
                        [self = shared_from_this(), index](const ApiResult &result) {
                            if (result.ok()) {
                                std::optional<PodUsageList> part = decodePodMetrics(result.raw);
                                if (!self->sample->pods)
                                    self->sample->pods = PodUsageList{};
                                if (part) {
                                    self->sample->pods->items += std::move(part->items);
                                    self->sample->pods->unreadable += part->unreadable;
                                }
                            } else if (!self->sample->podFailure) {
                                self->sample->podFailure = result;
                            }
                            self->nextPods(index + 1);
                        },
                        raw);
    }

    void explainIfFailed()
    {
        if (!sample->nodeFailure && !sample->podFailure) {
            finish(ApiResult{});
            return;
        }
        operations->get(apiServicePath, [self = shared_from_this()](const ApiResult &result) {
            self->sample->apiService = result;
            self->finish(ApiResult{});
        });
    }
};

} // namespace

void sampleMetrics(ClusterConnection *connection, const QStringList &namespaces, QObject *receiver,
                   std::function<void(const MetricsSamplePtr &)> done)
{
    auto sample = std::make_shared<MetricsSample>();
    sample->takenMs = QDateTime::currentMSecsSinceEpoch();
    QList<QByteArray> podPaths;
    if (namespaces.isEmpty())
        podPaths.append(QByteArrayLiteral("/apis/metrics.k8s.io/v1beta1/pods"));
    for (const QString &ns : namespaces)
        podPaths.append("/apis/metrics.k8s.io/v1beta1/namespaces/" + ns.toUtf8() + "/pods");
    // The sample is filled on the connection thread before the result is
    // queued to the receiver, which reads it only then.
    connection->operate(
        [sample, podPaths](ResourceOperations &operations, ApiClient::ResultHandler finish) {
            auto reading = std::make_shared<Reading>();
            reading->operations = &operations;
            reading->podPaths = podPaths;
            reading->sample = sample;
            reading->finish = std::move(finish);
            reading->start();
        },
        receiver, [sample, done = std::move(done)](const ApiResult &result) {
            if (!result.ok() && !sample->nodeFailure && !sample->podFailure)
                sample->nodeFailure = sample->podFailure = result; // not connected yet
            done(sample);
        });
}

} // namespace Kaji::Kube
