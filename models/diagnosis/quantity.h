#pragma once

#include <QString>

// Pure functions; any thread.
namespace Kaji::Models {

// Kubernetes resource quantities ("500m", "2", "512Mi", "1G", "1.5Gi").
// CPU in millicores, memory in bytes; -1 when the text is not a quantity.
qint64 cpuMillis(const QString &quantity);
qint64 memoryBytes(const QString &quantity);

// "3.5", "250m" / "512Mi", "1.5Gi": the shortest exact-enough spelling.
QString formatCpu(qint64 millis);
QString formatMemory(qint64 bytes);

} // namespace Kaji::Models
