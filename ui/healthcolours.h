#pragma once

#include "diagnosis/finding.h"
#include "tableroles.h"

#include <QColor>
#include <QPalette>

// Pure functions; GUI thread (palettes).
namespace Kaji::Ui {

// One set of status colours for tables and diagrams, so a failing pod is the
// same red in the Pods table and in the workloads diagram. Each follows the
// palette: darker tones on light backgrounds, lighter ones on dark.
bool isDarkPalette(const QPalette &palette);
QColor healthColour(Models::Health health, const QPalette &palette);
QColor severityColour(Models::Severity severity, const QPalette &palette);

} // namespace Kaji::Ui
