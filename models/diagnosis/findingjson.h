#pragma once

#include "finding.h"

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Models {

// The stable machine-readable form of a finding (`kaji diagnose -o json`):
// {"ruleId", "severity", "object": {"kind","namespace","name"}, "headline",
//  "cause", "evidence": [{"kind","text","reference", ...}],
//  "nextSteps": [{"text","command"}], "related": [...]}.
// Field names never change meaning; new ones may be added.
nlohmann::json findingToJson(const Finding &finding);
nlohmann::json objectRefToJson(const ObjectRef &ref);

} // namespace Kaji::Models
