#pragma once

#include <QStringList>

// Any thread.
namespace Kaji::Models {

// The commercial AWS regions where EKS runs, for the wizard's editable region
// list (users may still type one that is newer than this list).
QStringList eksRegions();

} // namespace Kaji::Models
