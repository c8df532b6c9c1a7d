#pragma once

#include "editchange.h"

#include "apiclient.h"

// Pure functions; any thread.
namespace Kaji::Models {

// A refused request of an edit, as the editor shows it: a message a person
// can act on, the outcome's kind, and the server's complaints about fields
// placed at their lines of the edited text (validation causes of a 422,
// Strict's `unknown field "spec.replics"`, the 500 of a field the schema
// does not declare).
namespace EditErrors {

EditOutcome fromResult(const Kube::ApiResult &result, const EditChange &change, bool dryRun);

// Whether a dry run failed only because an admission webhook cannot run
// without side effects ("admission webhook \"x\" does not support dry run").
bool dryRunUnsupported(const Kube::ApiResult &result);

} // namespace EditErrors
} // namespace Kaji::Models
