#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Kube {

// Before an exec or attach: whether the container can take one, from the
// pod Kaji read anyway (to pick the container). A container that is not
// running cannot: the API server refuses an unscheduled pod ("does not
// have a host assigned"), the kubelet one whose container waits or ended,
// and kubectl refuses a completed pod itself. Saying which container and
// why (CrashLoopBackOff, Completed, Unschedulable...) beats any of those.
class ExecPrecheck {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Kube::ExecPrecheck)
public:
    // Empty when `container` of `pod` is running (or Kaji cannot tell: the
    // server decides then); else one sentence naming the container, the
    // pod and the state with its reason, e.g. "Container orders-api in pod
    // shop/orders-api-7d9 is not running: waiting, CrashLoopBackOff (back-off
    // 5m0s restarting failed container); it last exited with code 1."
    static QString notRunning(const nlohmann::json &pod, const QString &container);
};

} // namespace Kaji::Kube
