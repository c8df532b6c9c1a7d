#include "diagrammeasurer.h"

#include "diagramnodeitem.h"

#include <cmath>

namespace Kaji::Ui {

DiagramMeasurer::DiagramMeasurer(const DiagramStyle &style)
    : m_style(style)
{
}

DiagramMeasures DiagramMeasurer::measure(const Models::DiagramGraph &graph)
{
    DiagramMeasures measures;
    measures.nodes.reserve(graph.nodes.size());
    QHash<QString, std::pair<QString, QSizeF>> sizes;
    sizes.reserve(graph.nodes.size());
    for (const Models::DiagramNode &node : graph.nodes) {
        QString key = DiagramNodeItem::sizeKey(node);
        const auto known = m_sizes.constFind(node.id);
        const QSizeF size = known != m_sizes.constEnd() && known->first == key
            ? known->second
            : DiagramNodeItem::measure(node, m_style);
        measures.nodes.insert(node.id, size);
        sizes.insert(node.id, { std::move(key), size });
    }
    m_sizes = std::move(sizes);
    const QFontMetricsF &small = m_style.smallMetrics();
    for (const Models::DiagramEdge &edge : graph.edges)
        measures.labelWidths.append(edge.label.isEmpty() ? 0.0 : std::ceil(small.horizontalAdvance(edge.label)) + 8);
    measures.frameTitleHeight = std::ceil(m_style.titleMetrics().height()) + 8;
    return measures;
}

} // namespace Kaji::Ui
