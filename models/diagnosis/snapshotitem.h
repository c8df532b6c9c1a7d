#pragma once

#include "clustersnapshot.h"

#include <QByteArrayList>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>

// Any thread.
namespace Kaji::Models {

// An object as the API serves it, made ready to join a snapshot: the fields
// no rule reads are dropped, a Secret's or ConfigMap's values are dropped
// (keys, sizes and a pull secret's registry names are kept), and what is
// left is frozen. Trims `item` in place; the listed read and the watched
// mirror both go through here, so both hold the same documents (the
// mirror's linking what repeats to `shared`).
FrozenJson freezeSnapshotItem(ClusterSnapshot::Kind kind, nlohmann::json &item, FrozenSubtrees *shared = nullptr);

// "namespace/name" (just "name" for cluster-scoped objects): how a kind's
// objects are told apart and ordered, as the API orders a list.
std::string snapshotItemKey(const nlohmann::json &item);

// Where a kind is listed: its cluster-wide collection ("/api/v1/pods"), or
// one per namespace of `namespaces` for a namespaced kind when it is not
// empty.
QByteArrayList snapshotCollectionPaths(ClusterSnapshot::Kind kind, const QStringList &namespaces);

} // namespace Kaji::Models
