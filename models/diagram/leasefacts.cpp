#include "leasefacts.h"

#include "diagnosis/rulecontext.h"
#include "jsonfields.h"
#include "podstatus.h"

namespace Kaji::Models {

using Kube::jsonChild;
using Kube::jsonInt;
using Kube::jsonText;

LeaseFacts LeaseFacts::read(const Kube::ObjectFacts &lease)
{
    const nlohmann::json &spec = jsonChild(lease.fields, "spec");
    LeaseFacts facts;
    facts.holder = jsonText(spec, "holderIdentity");
    facts.renewEpochSecs = parseApiTime(jsonText(spec, "renewTime"));
    if (facts.renewEpochSecs == 0)
        facts.renewEpochSecs = parseApiTime(jsonText(spec, "acquireTime"));
    facts.durationSecs = jsonInt(spec, "leaseDurationSeconds");
    facts.transitions = jsonInt(spec, "leaseTransitions");
    return facts;
}

QString LeaseFacts::holderHost() const
{
    const qsizetype underscore = holder.indexOf(u'_');
    return underscore > 0 ? holder.left(underscore) : holder;
}

bool LeaseFacts::stale(qint64 nowEpochSecs) const
{
    return renewEpochSecs == 0 || nowEpochSecs - renewEpochSecs > durationSecs;
}

QString LeaseFacts::age(qint64 nowEpochSecs) const
{
    return Kube::humanDuration(nowEpochSecs - renewEpochSecs);
}

} // namespace Kaji::Models
