#pragma once

#include "clustersnapshot.h"
#include "jsonscratch.h"

#include <span>

// Any thread.
namespace Kaji::Models {

// Drops from an object, as the API serves it, the fields no rule reads,
// before it joins a snapshot. A snapshot holds every pod of the cluster
// while the rules run, as a JSON tree about seven times the size of its
// text: a pod as a kubelet reports it carries a service-account token
// volume, its IPs, image digests, container IDs and scheduler defaults,
// none of which explains a failure. Cuts a typical pod's tree by a third.
// The fields are marked dropped in `document`, which freezes without them.
void dropUnreadFields(ClusterSnapshot::Kind kind, JsonScratch &document);

// The names of the fields dropped: no rule may read a field of these names
// (tests/models/tst_unreadfields checks the rules' sources for them).
std::span<const char *const> unreadFieldNames();

} // namespace Kaji::Models
