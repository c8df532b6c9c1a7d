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

QString edgeKey(const Models::DiagramEdge &edge)
{
    return edge.from + u'\n' + edge.to + u'\n' + Models::diagramEdgeKindName(edge.kind);
}

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_style(QApplication::palette(), QApplication::font())
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
    m_sizes.clear();
    setBackgroundBrush(m_style.background());
    update();
}

DiagramMeasures DiagramScene::measure(const Models::DiagramGraph &graph)
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

void DiagramScene::show(const Models::DiagramGraph &graph, const DiagramPicture &picture, bool animate)
{
    // A move still under way ends where it was going.
    m_motion->stop();
    for (const Motion &motion : std::as_const(m_motions))
        motion.item->setPos(motion.to);
    m_motions.clear();

    for (auto it = picture.components.constBegin(); it != picture.components.constEnd(); ++it)
        componentItem(it.key(), it.value(), animate);

    QHash<QString, DiagramNodeItem *> nodes;
    nodes.reserve(graph.nodes.size());
    for (const Models::DiagramNode &node : graph.nodes) {
        const auto placed = picture.nodes.constFind(node.id);
        if (placed == picture.nodes.constEnd() || nodes.contains(node.id))
            continue;
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
        nodes.insert(node.id, item);
    }
    qDeleteAll(m_nodes);
    m_nodes = nodes;
    showEdges(graph, picture);
    showFrames(picture);
    for (auto it = m_components.begin(); it != m_components.end();) {
        if (picture.components.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_components.erase(it);
        }
    }

    m_graph = graph;
    m_bounds = picture.bounds();
    setSceneRect(m_bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    if (!m_motions.isEmpty())
        m_motion->start();
}

void DiagramScene::showEdges(const Models::DiagramGraph &graph, const DiagramPicture &picture)
{
    QHash<QString, DiagramEdgeItem *> edges;
    QHash<QString, int> seen;
    for (qsizetype e = 0; e < graph.edges.size() && e < picture.edges.size(); ++e) {
        const DiagramPicture::Edge &route = picture.edges[e];
        if (route.component.isEmpty() || route.path.isEmpty())
            continue;
        const Models::DiagramEdge &edge = graph.edges[e];
        QString key = edgeKey(edge);
        const int repeat = seen[key]++;
        if (repeat > 0)
            key += u'#' + QString::number(repeat);
        QGraphicsItem *parent = m_components.value(route.component);
        DiagramEdgeItem *item = m_edges.take(key);
        if (!item) {
            item = new DiagramEdgeItem(edge, parent);
        } else {
            item->setEdge(edge);
            if (item->parentItem() != parent)
                item->setParentItem(parent);
        }
        item->setRoute(route);
        edges.insert(key, item);
    }
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
