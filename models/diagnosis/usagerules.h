#pragma once

#include "containerusage.h"
#include "rulecontext.h"

#include <QCoreApplication>

#include <optional>

// Engine thread.
namespace Kaji::Models {

// Usage against limits, from metrics.k8s.io (RuleContext::usage): a
// container near its memory limit (the OOM killer is next), one whose
// memory climbs toward it, one running at its CPU limit (the kernel
// throttles it). Without usage figures these rules say nothing.
class UsageRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::UsageRules)
public:
    static constexpr int NearLimitPercent = 90;
    // A climb: this many readings in a row, each above the one before, at
    // least ClimbFloorPercent of the limit, reaching it within ClimbHorizonSecs.
    static constexpr int ClimbReadings = 4;
    static constexpr int ClimbFloorPercent = 50;
    static constexpr qint64 ClimbHorizonSecs = 15 * 60;
    // How many readings a finding quotes (two minutes at 15 s).
    static constexpr int QuotedReadings = 8;
    // How many readings of history the rules are given (15 minutes at 15 s):
    // enough to see what led to a recent OOM kill.
    static constexpr int HistoryReadings = 60;
    // Usage older than this says nothing about now (the tables were hidden).
    static constexpr qint64 StaleSecs = 5 * 60;

    static void check(RuleContext &context, const ContainerView &container);
    // What the container used before it was OOM-killed at `killedAtSecs`,
    // when the history reaches back that far.
    static std::optional<Evidence> beforeKill(const RuleContext &context, const ContainerView &container,
                                              qint64 killedAtSecs);

private:
    using Points = QList<ContainerUsage::Point>;
    static void checkMemory(RuleContext &context, const ContainerView &container, const Points &points, qint64 limit);
    static void checkCpu(RuleContext &context, const ContainerView &container, const Points &points, qint64 limitMillis);
};

} // namespace Kaji::Models
