#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Models {

// JSON merge patches (RFC 7386): what `application/merge-patch+json`
// means to the API server. Maps merge key by key, a null deletes, anything
// else (a list included) replaces whole.
namespace MergePatch {

// The patch that turns `from` into `to`: keys gone from `to` as null,
// changed values as their new value, maps recursed into. Empty (an empty
// object) when the two are equal. A null value in `to` cannot be told from
// a deletion: merge patches have no way to set a null.
nlohmann::json create(const nlohmann::json &from, const nlohmann::json &to);

// RFC 7386's MergePatch(target, patch).
nlohmann::json apply(nlohmann::json target, const nlohmann::json &patch);

// Where a patch writes, as JSON pointers ("/spec/replicas",
// "/metadata/labels/app.kubernetes.io~1name"): every value it sets or
// deletes that is not a map it merges into. A list is one path.
QStringList touchedPaths(const nlohmann::json &patch);

// The value at a JSON pointer; nullptr when there is none (a null value
// is a json null, not nullptr).
const nlohmann::json *find(const nlohmann::json &document, const QString &pointer);

// Whether `pointer` means something else in `after` than in `before`:
// the value there differs, or a map on the way to it was replaced by
// something else (or appeared, or went). This is the test for an edit
// meeting another writer's change.
bool changedAt(const nlohmann::json &before, const nlohmann::json &after, const QString &pointer);

// The tokens of a JSON pointer, unescaped.
QStringList pointerTokens(const QString &pointer);

} // namespace MergePatch
} // namespace Kaji::Models
