#pragma once

#include "apiclient.h"
#include "portforwardtarget.h"

#include <functional>
#include <memory>
#include <variant>

// Same thread as its ApiClient.
namespace Kaji::Kube {

// Finds the pod and pod port behind a port-forward target, asking the API
// server each time: a pod for a pod; a Running and Ready pod matching a
// workload's selector; a ready endpoint of a Service's EndpointSlices with
// the service port mapped to its targetPort.
class PortForwardResolver {
public:
    using Result = std::variant<ResolvedPod, ResolveError>;
    using Handler = std::function<void(const Result &result)>;

    explicit PortForwardResolver(ApiClient *client) : m_client(client) {}

    void resolve(const PortForwardTarget &target, Handler onResult);
    enum class PodCheck { Alive, Gone, Unknown };
    // Alive while the pod exists, is not being deleted and runs; Unknown
    // when the server could not say (unreachable, refused).
    void checkPod(const QString &namespaceName, const QString &podName, std::function<void(PodCheck)> onResult);

    static ResolveError errorFor(const ApiResult &result, const PortForwardTarget &target, const QString &server);
    static QString labelSelector(const nlohmann::json &selector);

private:
    void resolvePod(const PortForwardTarget &target, const QString &podName, const QString &portSpec,
                    QList<PortChoice> extraPorts, Handler onResult);
    void resolveWorkload(const PortForwardTarget &target, Handler onResult);
    void resolveService(const PortForwardTarget &target, Handler onResult);

    // GET whose answer is dropped once this resolver is gone.
    void get(const QByteArray &path, std::function<void(const ApiResult &)> onResult);

    ApiClient *m_client;
    std::shared_ptr<int> m_guard = std::make_shared<int>(0);
};

} // namespace Kaji::Kube
