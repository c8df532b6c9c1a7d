#pragma once

#include "diagnosis/finding.h"
#include "tableroles.h"
#include "style/statuscolours.h"

#include <QColor>
#include <QPalette>

// Pure functions; GUI thread (palettes).
namespace Kaji::Ui {

// Health and severity in the status colours (style/statuscolours.h), so a
// failing pod is the same red in the Pods table and in the workloads
// diagram. Progressing is Info blue: a rollout under way is no warning.
QColor healthColour(Models::Health health, const QPalette &palette);
QColor severityColour(Models::Severity severity, const QPalette &palette);

} // namespace Kaji::Ui
