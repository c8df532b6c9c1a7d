#pragma once

#include "kubeconfig.h"

#include <variant>

// Plain data; any thread.
namespace Kaji::Kube {

// Everything needed to talk to one context's API server: the cluster and
// user entries it names, resolved from a merged kubeconfig.
struct RestConfig {
    QString contextName;
    QString namespaceName; // the context's namespace, "default" when unset
    ClusterEntry cluster;
    UserEntry user;

    bool operator==(const RestConfig &) const = default;
};

// The RestConfig for `contextName`, or a message saying what is missing.
std::variant<RestConfig, QString> restConfigFor(const KubeConfig &config, const QString &contextName);

} // namespace Kaji::Kube
