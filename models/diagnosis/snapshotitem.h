#pragma once

#include "clustersnapshot.h"
#include "jsonscratch.h"

#include <QByteArrayList>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

// Any thread (each has its own scratch document for the text it parses).
namespace Kaji::Models {

// An object as the API serves it, made ready to join a snapshot: the fields
// no rule reads are dropped, a Secret's or ConfigMap's values are dropped
// (keys, sizes and a pull secret's registry names are kept), and what is
// left is frozen. The listed read and the watched mirror both go through
// here, so both hold the same documents (the mirror's linking what repeats
// to `shared`). Trims `document`.
FrozenJson freezeSnapshotDocument(ClusterSnapshot::Kind kind, JsonScratch &document, FrozenSubtrees *shared = nullptr);
// The same from a tree (tests, benchmarks).
FrozenJson freezeSnapshotItem(ClusterSnapshot::Kind kind, const nlohmann::json &item, FrozenSubtrees *shared = nullptr);

// An object's text, parsed and frozen as above, with its key (empty for an
// object without a name); both empty when the text is not a JSON object.
struct SnapshotItem {
    std::string key;
    FrozenJson document;
};
SnapshotItem freezeSnapshotText(ClusterSnapshot::Kind kind, std::string_view text, FrozenSubtrees *shared = nullptr);
// Only the key of the object in `text` (a deletion needs nothing else).
std::string snapshotTextKey(std::string_view text);

// "namespace/name" (just "name" for cluster-scoped objects): how a kind's
// objects are told apart and ordered, as the API orders a list.
std::string snapshotItemKey(const JsonScratch &document);

// Where a kind is listed: its cluster-wide collection ("/api/v1/pods"), or
// one per namespace of `namespaces` for a namespaced kind when it is not
// empty.
QByteArrayList snapshotCollectionPaths(ClusterSnapshot::Kind kind, const QStringList &namespaces);

} // namespace Kaji::Models
