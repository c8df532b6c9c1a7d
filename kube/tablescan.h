#pragma once

// Internal to kube/ (.cpp files only).

#include "jsonscan.h"
#include "tablerow.h"

#include <functional>

namespace Kaji::Kube {

// Reads a meta.k8s.io/v1 Table: its column definitions (left untouched
// when the server sent none, as it does after the first watch event) and
// each row with the metadata of its object (includeObject=Metadata).
// False when the text is not a JSON object.
bool readTable(const QByteArray &json, QList<TableColumn> *columns, const std::function<void(TableRow &&)> &onRow);

} // namespace Kaji::Kube
