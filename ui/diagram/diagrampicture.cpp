#include "diagrampicture.h"

namespace Kaji::Ui {

QRectF DiagramPicture::bounds() const
{
    QRectF all;
    for (const Node &node : nodes)
        all |= node.rect.translated(components.value(node.component));
    for (const Edge &edge : edges) {
        if (!edge.component.isEmpty())
            all |= edge.path.boundingRect().translated(components.value(edge.component));
    }
    for (const Frame &frame : frames)
        all |= frame.rect;
    return all;
}

QPointF DiagramPicture::scenePos(const QString &nodeId) const
{
    const auto node = nodes.constFind(nodeId);
    if (node == nodes.constEnd())
        return {};
    return node->rect.center() + components.value(node->component);
}

} // namespace Kaji::Ui
