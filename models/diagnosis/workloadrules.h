#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Deployments, StatefulSets, DaemonSets and ReplicaSets that do not have the
// pods they want: ProgressDeadlineExceeded, unavailable replicas (pointing
// at the findings of the failing pods), FailedCreate (quota, admission), a
// StatefulSet whose governing Service or StorageClass is missing.
class WorkloadRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::WorkloadRules)
public:
    static void check(RuleContext &context);

private:
    static void checkDeployment(RuleContext &context, const Json &deployment);
    static void checkStatefulSet(RuleContext &context, const Json &set);
    static void checkDaemonSet(RuleContext &context, const Json &set);
    static void checkReplicaSet(RuleContext &context, const Json &set);
    // Adds the pods' findings as evidence; returns their headlines' count.
    static int pointAtPods(const RuleContext &context, const QList<const Json *> &pods, Finding &f);
};

} // namespace Kaji::Models
