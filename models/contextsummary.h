#pragma once

#include "kubeconfig.h"

#include <QString>

// Pure functions; any thread.
namespace Kaji::Models {

// The kubeconfig entries behind one context (context, cluster, user) as YAML
// a user can read: certificate and key data, tokens and passwords are
// replaced by a mask, so it is safe to show on screen or in a screenshot.
QString maskedContextYaml(const Kube::KubeConfig &config, const QString &contextName);

// The text shown instead of a secret value.
QString secretMask();

} // namespace Kaji::Models
