#pragma once

#include "diagram/diagramgraph.h"

#include <QColor>
#include <QRectF>

class QPainter;

// GUI thread (painting).
namespace Kaji::Ui {

// The small pictures that say why a box is grey, so the state reads without
// colour: a lock (hidden by permissions), a crossed-out eye (not
// observable), a magnifier (looked for, not detected), a question mark
// (missing). False when the state has none.
bool drawStateGlyph(QPainter *painter, Models::DiagramState state, const QRectF &box, const QColor &colour);

} // namespace Kaji::Ui
