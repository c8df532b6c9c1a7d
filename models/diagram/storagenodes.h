#pragma once

#include "diagramgraph.h"
#include "objectfacts.h"

#include <QString>

// Pure functions; any thread (the worker that builds a graph).
namespace Kaji::Models {

// Columns of the storage view, left to right.
namespace StorageColumn {
constexpr int StorageClass = 0;
constexpr int Volume = 1;
constexpr int Claim = 2;
constexpr int Pod = 3;
constexpr int StatefulSet = 4;
} // namespace StorageColumn

// "10Gi RWO" from a size and an accessModes list (kubectl's short names).
QString capacityLine(const QString &size, const nlohmann::json &accessModes);

bool isDefaultStorageClass(const Kube::ObjectFacts &storageClass);

// A PersistentVolume: size and modes, reclaim policy, where the data lives,
// its phase. Released and Failed volumes stand out; Available ones are Ok.
DiagramNode volumeNode(const Kube::ObjectFacts &volume);
DiagramNode storageClassNode(const Kube::ObjectFacts &storageClass);

} // namespace Kaji::Models
