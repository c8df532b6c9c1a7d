#pragma once

// Internal to kube/ (.cpp files only): reads an object straight out of a
// larger document, e.g. one item of a list page, without copying its text.

#include "factshapetree.h"
#include "jsonscan.h"
#include "objectfacts.h"

namespace Kaji::Kube {

// False when `object` is not a JSON object; fields of the wrong shape read
// as absent.
bool readObjectFacts(JsonScan::Value object, const FactShapeTree &shape, ObjectFacts &out);
bool readObjectFacts(std::string_view json, const FactShapeTree &shape, ObjectFacts &out);

} // namespace Kaji::Kube
