#include "diagramedgeitem.h"

#include "diagramscene.h"
#include "diagramstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QPainterPathStroker>

namespace Kaji::Ui {
namespace {

using Models::DiagramEdgeState;

QString edgeStateText(DiagramEdgeState state)
{
    switch (state) {
    case DiagramEdgeState::Normal: return {};
    case DiagramEdgeState::Ready: return DiagramEdgeItem::tr("ready");
    case DiagramEdgeState::ServingNotReady: return DiagramEdgeItem::tr("serving, not ready");
    case DiagramEdgeState::Terminating: return DiagramEdgeItem::tr("terminating");
    case DiagramEdgeState::Broken: return DiagramEdgeItem::tr("broken");
    }
    return {};
}

QString edgeKindText(Models::DiagramEdgeKind kind)
{
    using Models::DiagramEdgeKind;
    switch (kind) {
    case DiagramEdgeKind::Owns: return DiagramEdgeItem::tr("owns");
    case DiagramEdgeKind::Scales: return DiagramEdgeItem::tr("scales");
    case DiagramEdgeKind::Routes: return DiagramEdgeItem::tr("routes to");
    case DiagramEdgeKind::Targets: return DiagramEdgeItem::tr("targets");
    case DiagramEdgeKind::Claims: return DiagramEdgeItem::tr("claims");
    case DiagramEdgeKind::Binds: return DiagramEdgeItem::tr("binds");
    case DiagramEdgeKind::Provisions: return DiagramEdgeItem::tr("provisions");
    case DiagramEdgeKind::Uses: return DiagramEdgeItem::tr("uses");
    case DiagramEdgeKind::Talks: return DiagramEdgeItem::tr("talks to");
    }
    return {};
}

QPolygonF arrowHead(const QPointF &base, const QPointF &tip)
{
    // As wide as 0.9 of its length, whatever length Graphviz gave it.
    const QPointF axis = base - tip;
    const QPointF half = QPointF(-axis.y(), axis.x()) * 0.45;
    return QPolygonF({ tip, base + half, base - half });
}

} // namespace

DiagramEdgeItem::DiagramEdgeItem(const Models::DiagramEdge &edge, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
{
    setZValue(0);
    setToolTip(toolTipText());
}

DiagramScene *DiagramEdgeItem::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

void DiagramEdgeItem::setEdge(const Models::DiagramEdge &edge)
{
    if (edge == m_edge)
        return;
    const bool labelChanged = edge.label != m_edge.label;
    if (labelChanged)
        prepareGeometryChange();
    m_edge = edge;
    setToolTip(toolTipText());
    update();
}

void DiagramEdgeItem::setRoute(const DiagramPicture::Edge &route)
{
    prepareGeometryChange();
    m_route = route;
}

QRectF DiagramEdgeItem::labelRect() const
{
    const DiagramScene *owner = diagramScene();
    if (m_edge.label.isEmpty() || !owner)
        return {};
    const QFontMetricsF &metrics = owner->diagramStyle().smallMetrics();
    const QSizeF size(metrics.horizontalAdvance(m_edge.label) + 8, metrics.height() + 2);
    return QRectF(m_route.labelAt - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF DiagramEdgeItem::boundingRect() const
{
    QRectF rect = m_route.path.boundingRect();
    if (m_route.hasArrow)
        rect |= QRectF(m_route.arrowTip, m_route.arrowBase).normalized();
    return rect.adjusted(-6, -6, 6, 6) | labelRect();
}

QPainterPath DiagramEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(m_route.path);
    shape.setFillRule(Qt::WindingFill);
    shape.addRect(labelRect());
    return shape;
}

void DiagramEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramScene *owner = diagramScene();
    if (!owner || m_route.path.isEmpty())
        return;
    const DiagramStyle &style = owner->diagramStyle();
    // Far out (see DiagramNodeItem): a hairline in the edge's colour; labels
    // and arrowheads would be specks.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35) {
        painter->setPen(QPen(style.edgeColour(m_edge.state), 0));
        // As polylines: drawing the path itself would make the paint engine
        // keep a converted copy of every edge's spline for as long as it lives.
        for (const QPolygonF &line : m_route.path.toSubpathPolygons())
            painter->drawPolyline(line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = style.edgeColour(m_edge.state);
    Qt::PenStyle dash = Qt::SolidLine;
    double width = 1.3;
    if (m_edge.state == DiagramEdgeState::Broken) {
        dash = Qt::DashLine;
        width = 1.8;
    } else if (m_edge.state == DiagramEdgeState::Terminating) {
        dash = Qt::DashLine;
    } else if (m_edge.state == DiagramEdgeState::Normal && m_edge.kind == Models::DiagramEdgeKind::Uses) {
        dash = Qt::DotLine;
    }
    painter->setPen(QPen(colour, width, dash, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_route.path);
    if (m_route.hasArrow) {
        painter->setPen(QPen(colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(colour);
        painter->drawPolygon(arrowHead(m_route.arrowBase, m_route.arrowTip));
    }
    const QRectF plate = labelRect();
    if (!plate.isEmpty()) {
        painter->setPen(QPen(DiagramStyle::mix(colour, style.background(), 0.5), 1));
        painter->setBrush(style.background());
        painter->drawRoundedRect(plate, 3, 3);
        painter->setFont(style.smallFont());
        painter->setPen(m_edge.state == DiagramEdgeState::Normal ? style.muted() : colour);
        painter->drawText(plate, Qt::AlignCenter, m_edge.label);
    }
}

QString DiagramEdgeItem::toolTipText() const
{
    QStringList parts { edgeKindText(m_edge.kind) };
    if (!m_edge.label.isEmpty())
        parts.append(m_edge.label);
    const QString state = edgeStateText(m_edge.state);
    if (!state.isEmpty())
        parts.append(state);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Kaji::Ui
