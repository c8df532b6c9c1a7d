#pragma once

#include "diagram/diagramgraph.h"

#include <QString>

// GUI thread; needs a QApplication (QT_QPA_PLATFORM=offscreen will do).
namespace Kaji::Ui {

class DiagramScene;

// Writes a diagram as SVG (labels stay text, so the file can be searched)
// or PNG, chosen by the path's suffix. exportDiagram lays the graph out
// itself, waiting for the layout thread: for the command line. False with
// a message in *error when it cannot.
bool exportDiagram(const Models::DiagramGraph &graph, const QString &path, QString *error);
// What a scene shows (the page's Export…), without selection marks.
bool exportScene(DiagramScene &scene, const QString &path, QString *error);

} // namespace Kaji::Ui
