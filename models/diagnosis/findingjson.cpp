#include "findingjson.h"

namespace Kaji::Models {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

const char *evidenceKind(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::StatusField: return "status";
    case Evidence::Kind::Event: return "event";
    case Evidence::Kind::LogLine: return "log";
    case Evidence::Kind::RelatedObject: return "object";
    }
    return "status";
}

} // namespace

nlohmann::json objectRefToJson(const ObjectRef &ref)
{
    nlohmann::json object = {{"kind", s(ref.kind)}, {"name", s(ref.name)}};
    if (!ref.namespaceName.isEmpty())
        object["namespace"] = s(ref.namespaceName);
    return object;
}

nlohmann::json findingToJson(const Finding &finding)
{
    nlohmann::json evidence = nlohmann::json::array();
    for (const Evidence &e : finding.evidence) {
        nlohmann::json item = {{"kind", evidenceKind(e.kind)}, {"text", s(e.text)}, {"reference", s(e.reference())},
                               {"object", objectRefToJson(e.object)}};
        if (e.kind == Evidence::Kind::LogLine) {
            item["container"] = s(e.container);
            item["previous"] = e.previousLog;
            item["line"] = e.lineNumber;
        }
        evidence.push_back(std::move(item));
    }
    nlohmann::json steps = nlohmann::json::array();
    for (const NextStep &step : finding.nextSteps)
        steps.push_back({{"text", s(step.text)}, {"command", s(step.command)}});
    nlohmann::json related = nlohmann::json::array();
    for (const ObjectRef &ref : finding.relatedFindings)
        related.push_back(objectRefToJson(ref));
    nlohmann::json owners = nlohmann::json::array();
    for (const ObjectRef &ref : finding.owners)
        owners.push_back(objectRefToJson(ref));
    return {{"ruleId", s(finding.ruleId)},
            {"severity", s(severityName(finding.severity))},
            {"object", objectRefToJson(finding.object)},
            {"headline", s(finding.headline)},
            {"cause", s(finding.cause)},
            {"evidence", std::move(evidence)},
            {"nextSteps", std::move(steps)},
            {"related", std::move(related)},
            {"owners", std::move(owners)}};
}

} // namespace Kaji::Models
