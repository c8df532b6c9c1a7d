#include "diagramview.h"

#include "diagramnodeitem.h"
#include "diagramscene.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {
namespace {

constexpr double MinZoom = 0.05;
constexpr double ReadableZoom = 0.5; // below it node names are hard to read (sketches below 0.35)
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.2;

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setObjectName(QStringLiteral("diagramView"));
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * ZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() / ZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::fitDiagram()
{
    // The scene rectangle (the diagram and its margin) is what the scroll
    // bars span: fitting it leaves them nothing to scroll.
    const QRectF bounds = sceneRect();
    if (m_scene->diagramBounds().isEmpty() || bounds.isEmpty())
        return;
    // A pixel spare: rounding up the mapped size would bring a scroll bar back.
    const QRectF area = viewport()->rect().adjusted(1, 1, -2, -2);
    const double across = std::min(area.width() / bounds.width(), 1.0);
    double scale = std::min(across, area.height() / bounds.height());
    // A diagram that fits the width at a scale where its words can be read
    // is shown so, scrolled to its top, rather than shrunk until it also
    // fits the height and every label is a smudge. Far larger ones are
    // shown whole, as an overview.
    const bool byWidth = scale < ReadableZoom && across >= ReadableZoom;
    if (byWidth)
        scale = across;
    setTransform(QTransform::fromScale(std::max(scale, MinZoom), std::max(scale, MinZoom)));
    if (byWidth)
        centerOn(QPointF(bounds.center().x(), bounds.top() + mapToScene(viewport()->rect()).boundingRect().height() / 2));
    else
        centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::focusNode(DiagramNodeItem *item)
{
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    item->setFocus(Qt::OtherFocusReason);
    centerOn(item);
}

bool DiagramView::focusNextPrevChild(bool next)
{
    const QList<DiagramNodeItem *> nodes = m_scene->nodeItems();
    const auto current = std::find(nodes.cbegin(), nodes.cend(), m_scene->focusItem());
    if (hasFocus() && current != nodes.cend()) {
        const qsizetype index = (current - nodes.cbegin()) + (next ? 1 : -1);
        if (index >= 0 && index < nodes.size()) {
            nodes[index]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            ensureVisible(nodes[index]);
            return true;
        }
        m_scene->setFocusItem(nullptr);
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void DiagramView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // Tabbing in lands on the first node (the last, going back).
    const QList<DiagramNodeItem *> nodes = m_scene->nodeItems();
    const bool tabbed = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (tabbed && !nodes.isEmpty() && !m_scene->focusItem()) {
        DiagramNodeItem *item = event->reason() == Qt::TabFocusReason ? nodes.constFirst() : nodes.constLast();
        item->setFocus(event->reason());
        ensureVisible(item);
    }
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (!qFuzzyIsNull(steps))
        setZoom(zoom() * std::pow(ZoomStep, steps));
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        case Qt::Key_0: fitDiagram(); return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace Kaji::Ui
