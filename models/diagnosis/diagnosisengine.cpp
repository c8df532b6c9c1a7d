#include "diagnosisengine.h"

#include "jobrules.h"
#include "noderules.h"
#include "podrules.h"
#include "policyrules.h"
#include "rulecontext.h"
#include "servicerules.h"
#include "storagerules.h"
#include "webhookrules.h"
#include "workloadrules.h"

namespace Kaji::Models {

Findings DiagnosisEngine::diagnose(const ClusterSnapshot &snapshot, const LogReader &logs, qint64 nowEpochSecs)
{
    Findings findings;
    RuleContext context{snapshot, logs, nowEpochSecs, findings, {}, false, {}, false, {}};
    for (const nlohmann::json &pod : snapshot.items(ClusterSnapshot::Pods))
        PodRules::check(context, pod);
    ServiceRules::check(context);
    WorkloadRules::check(context);
    JobRules::check(context);
    StorageRules::check(context);
    NodeRules::check(context);
    PolicyRules::check(context);
    WebhookRules::check(context);
    sortFindings(findings);
    return findings;
}

} // namespace Kaji::Models
