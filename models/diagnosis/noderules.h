#pragma once

#include "rulecontext.h"

#include <QCoreApplication>

// Engine thread.
namespace Kaji::Models {

// Nodes that are NotReady (or Unknown: the kubelet stopped reporting),
// under memory, disk or PID pressure, without network, or cordoned.
class NodeRules {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::NodeRules)
public:
    static void check(RuleContext &context);
};

} // namespace Kaji::Models
