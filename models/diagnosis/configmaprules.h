#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// ConfigMaps as k8sgpt's ConfigMap analyzer sees them: unused by every pod
// and pod template of their namespace, empty, or over the API's 1 MiB
// limit. (ConfigMaps that pods name but that do not exist are the pods'
// findings: pod.config.configmap-missing.)
class ConfigMapRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::ConfigMapRules)
public:
    static void check(RuleContext &context);
    static constexpr qint64 MaxBytes = 1024 * 1024;
};

} // namespace Kaji::Models
