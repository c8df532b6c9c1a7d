#include "diagramscene.h"

#include "diagramedgeitem.h"
#include "diagramframeitem.h"
#include "diagramnodeitem.h"

#include <QApplication>
#include <QEasingCurve>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QSet>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>
#include <limits>

namespace Kaji::Ui {
namespace {

constexpr int MotionMs = 200;
constexpr double SceneMargin = 40;

// Holds a component's nodes and edges, so moving the component is moving it.
class ComponentItem : public QGraphicsItem {
public:
    ComponentItem() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }
};

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_style(QApplication::palette(), QApplication::font())
    , m_measurer(m_style)
    , m_motion(new QVariantAnimation(this))
{
    setBackgroundBrush(m_style.background());
    m_motion->setDuration(MotionMs);
    m_motion->setEasingCurve(QEasingCurve::OutCubic);
    m_motion->setStartValue(0.0);
    m_motion->setEndValue(1.0);
    connect(m_motion, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        for (const Motion &motion : std::as_const(m_motions))
            motion.item->setPos(motion.from + (motion.to - motion.from) * t);
    });
}

DiagramScene::~DiagramScene()
{
    m_motion->stop();
    m_motions.clear();
}

void DiagramScene::setTheme(const QPalette &palette, const QFont &font)
{
    m_style = DiagramStyle(palette, font);
    m_measurer = DiagramMeasurer(m_style);
    setBackgroundBrush(m_style.background());
    update();
}

bool DiagramScene::isAnimating() const
{
    return m_motion->state() == QAbstractAnimation::Running;
}

QGraphicsItem *DiagramScene::componentItem(const QString &key, const QPointF &origin, bool animate)
{
    QGraphicsItem *item = m_components.value(key);
    if (!item) {
        item = new ComponentItem;
        addItem(item);
        item->setPos(origin);
        m_components.insert(key, item);
    } else if (item->pos() != origin) {
        if (animate)
            m_motions.append({ item, item->pos(), origin });
        else
            item->setPos(origin);
    }
    return item;
}

void DiagramScene::finishMotion()
{
    // A move still under way ends where it was going.
    m_motion->stop();
    for (const Motion &motion : std::as_const(m_motions))
        motion.item->setPos(motion.to);
    m_motions.clear();
}

void DiagramScene::placeComponents(const DiagramPicture &picture, bool animate)
{
    for (auto it = picture.components.constBegin(); it != picture.components.constEnd(); ++it)
        componentItem(it.key(), it.value(), animate);
}

void DiagramScene::dropStaleComponents(const DiagramPicture &picture)
{
    // Their nodes and edges have moved to other components or gone by now.
    for (auto it = m_components.begin(); it != m_components.end();) {
        if (picture.components.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_components.erase(it);
        }
    }
}

void DiagramScene::placeNode(
    const Models::DiagramNode &node, const DiagramPicture &picture, QHash<QString, DiagramNodeItem *> &into)
{
    const auto placed = picture.nodes.constFind(node.id);
    if (placed == picture.nodes.constEnd() || into.contains(node.id)) {
        delete m_nodes.take(node.id);
        return;
    }
    QGraphicsItem *parent = m_components.value(placed->component);
    DiagramNodeItem *item = m_nodes.take(node.id);
    if (!item) {
        item = new DiagramNodeItem(node, parent);
    } else {
        item->setNode(node);
        if (item->parentItem() != parent)
            item->setParentItem(parent);
    }
    item->setGeometry(placed->rect, placed->card);
    into.insert(node.id, item);
}

void DiagramScene::placeEdge(const Models::DiagramEdge &edge, const DiagramPicture::Edge &route, const QString &key,
    QHash<QString, DiagramEdgeItem *> &into)
{
    DiagramEdgeItem *item = m_edges.take(key);
    if (route.component.isEmpty() || route.path.isEmpty()) {
        delete item;
        return;
    }
    QGraphicsItem *parent = m_components.value(route.component);
    if (!item) {
        item = new DiagramEdgeItem(edge, parent);
    } else {
        item->setEdge(edge);
        if (item->parentItem() != parent)
            item->setParentItem(parent);
    }
    item->setRoute(route);
    into.insert(key, item);
}

void DiagramScene::setShown(const Models::DiagramGraph &graph, const QRectF &bounds)
{
    m_graph = graph;
    m_bounds = bounds;
    setSceneRect(m_bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    if (!m_motions.isEmpty())
        m_motion->start();
}

void DiagramScene::show(const Models::DiagramGraph &graph, const DiagramPicture &picture, bool animate)
{
    finishMotion();
    placeComponents(picture, animate);
    QHash<QString, DiagramNodeItem *> nodes;
    nodes.reserve(graph.nodes.size());
    for (const Models::DiagramNode &node : graph.nodes)
        placeNode(node, picture, nodes);
    qDeleteAll(m_nodes);
    m_nodes = nodes;
    showEdges(graph, picture);
    showFrames(picture);
    dropStaleComponents(picture);
    setShown(graph, picture.bounds());
}

void DiagramScene::show(
    const Models::DiagramGraph &graph, const DiagramPicture &picture, const DiagramChanges &changes, bool animate)
{
    if (changes.complete) {
        show(graph, picture, animate);
        return;
    }
    finishMotion();
    placeComponents(picture, animate);
    for (const QString &id : changes.removedNodes)
        delete m_nodes.take(id);
    QHash<QString, DiagramNodeItem *> placed;
    for (const int index : changes.nodes)
        placeNode(graph.nodes[index], picture, placed);
    m_nodes.insert(placed);
    for (const QString &key : changes.removedEdges)
        delete m_edges.take(key);
    QHash<QString, DiagramEdgeItem *> routed;
    for (const auto &[index, key] : changes.edges) {
        if (index < picture.edges.size())
            placeEdge(graph.edges[index], picture.edges[index], key, routed);
    }
    m_edges.insert(routed);
    if (changes.frames)
        showFrames(picture);
    dropStaleComponents(picture);
    setShown(graph, changes.bounds);
}

void DiagramScene::showEdges(const Models::DiagramGraph &graph, const DiagramPicture &picture)
{
    const QStringList keys = diagramEdgeKeys(graph);
    QHash<QString, DiagramEdgeItem *> edges;
    for (qsizetype e = 0; e < graph.edges.size() && e < picture.edges.size(); ++e)
        placeEdge(graph.edges[e], picture.edges[e], keys[e], edges);
    qDeleteAll(m_edges);
    m_edges = edges;
}

void DiagramScene::showFrames(const DiagramPicture &picture)
{
    qDeleteAll(m_frames);
    m_frames.clear();
    for (const DiagramPicture::Frame &frame : picture.frames) {
        auto *item = new DiagramFrameItem(frame);
        addItem(item);
        m_frames.append(item);
    }
}

void DiagramScene::clearDiagram()
{
    m_motion->stop();
    m_motions.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_frames);
    m_frames.clear();
    qDeleteAll(m_components);
    m_components.clear();
    m_graph = {};
    m_bounds = {};
    setSceneRect({});
}

QList<DiagramNodeItem *> DiagramScene::nodeItems() const
{
    QList<DiagramNodeItem *> items;
    items.reserve(m_nodes.size());
    QSet<QString> seen; // a repeated id is drawn once
    for (const Models::DiagramNode &node : m_graph.nodes) {
        DiagramNodeItem *item = m_nodes.value(node.id);
        if (item && !seen.contains(node.id)) {
            seen.insert(node.id);
            items.append(item);
        }
    }
    return items;
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // A node's tooltip depends on the part under the pointer (badge, button).
    const QList<QGraphicsView *> shown = views();
    const QTransform transform = shown.isEmpty() ? QTransform() : shown.constFirst()->transform();
    QString text;
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        if (const auto *node = qgraphicsitem_cast<DiagramNodeItem *>(item))
            text = node->toolTipAt(node->mapFromScene(event->scenePos()));
        else
            text = item->toolTip();
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

void DiagramScene::focusNeighbour(DiagramNodeItem *from, Qt::Key direction)
{
    const QPointF origin = from->sceneBoundingRect().center();
    DiagramNodeItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (DiagramNodeItem *item : std::as_const(m_nodes)) {
        if (item == from)
            continue;
        const QPointF d = item->sceneBoundingRect().center() - origin;
        double along = 0;
        double across = 0;
        switch (direction) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        default:
            along = d.y();
            across = d.x();
            break;
        }
        if (along <= 1)
            continue;
        // Straight ahead beats diagonal: sideways distance counts double.
        const double score = along + 2 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    if (!best)
        return;
    best->setFocus(Qt::OtherFocusReason);
    for (QGraphicsView *view : views())
        view->ensureVisible(best);
}

} // namespace Kaji::Ui
