#pragma once

#include "diagram/diagramgraph.h"
#include "diagrampicture.h"
#include "diagramstyle.h"

#include <QHash>
#include <QString>

#include <utility>

// Any thread, one at a time (the layouter measures on its worker, so the
// GUI thread never measures thousands of labels).
namespace Kaji::Ui {

// The sizes a graph's nodes need with a style's fonts. Sizes are remembered
// per node while what decides them is unchanged (DiagramNodeItem::sizeKey),
// so a status update of thousands of nodes measures none.
class DiagramMeasurer {
public:
    explicit DiagramMeasurer(const DiagramStyle &style);

    DiagramMeasures measure(const Models::DiagramGraph &graph);
    const DiagramStyle &style() const { return m_style; }

private:
    DiagramStyle m_style;
    QHash<QString, std::pair<QString, QSizeF>> m_sizes; // node id → (size key, size)
};

} // namespace Kaji::Ui
