#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Jobs that failed (BackoffLimitExceeded, DeadlineExceeded, a pod failure
// policy) with their pods' exit codes and last log lines; CronJobs that are
// suspended, have an invalid schedule, or whose last run failed.
class JobRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::JobRules)
public:
    static void check(RuleContext &context);
    // Five fields, each "*", a number, a range, a list or a step; or an @macro.
    static bool validCronSchedule(const QString &schedule);

private:
    static void checkJob(RuleContext &context, const Json &job);
    static void checkCronJob(RuleContext &context, const Json &cronJob);
};

} // namespace Kaji::Models
