#pragma once

// Internal to kube/ (.cpp files only): reads a pod straight out of a larger
// document, e.g. one item of a list page, without copying its text.

#include "jsonscan.h"
#include "podfacts.h"

namespace Kaji::Kube {

bool readPodFacts(JsonScan::Value pod, PodFacts &out);

} // namespace Kaji::Kube
