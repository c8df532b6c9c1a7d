#include "architecturelayout.h"

#include <QHash>
#include <QLineF>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {
namespace {

constexpr double CardPadding = 12; // inside a card, around its children
constexpr double Gap = 16; // between boxes
constexpr double FramePadding = 16;
constexpr double SectionGap = 28;
constexpr double RowWidth = 1120; // sections wrap into rows about this wide
constexpr int ChildrenPerRow = 4;
constexpr double ArrowLength = 9;

enum class Section { Other, ControlPlane, Nodes, AddOns };

Section sectionOf(const QString &kind)
{
    QString key = kind.toLower();
    key.remove(u'-');
    key.remove(u'_');
    static const QStringList controlPlane { QStringLiteral("controlplane"), QStringLiteral("apiserver"),
        QStringLiteral("kubeapiserver"), QStringLiteral("etcd"), QStringLiteral("scheduler"),
        QStringLiteral("kubescheduler"), QStringLiteral("controllermanager"), QStringLiteral("kubecontrollermanager"),
        QStringLiteral("cloudcontrollermanager") };
    static const QStringList addOns { QStringLiteral("kubeproxy"), QStringLiteral("dns"), QStringLiteral("coredns"),
        QStringLiteral("kubedns"), QStringLiteral("addon"), QStringLiteral("cni") };
    if (controlPlane.contains(key))
        return Section::ControlPlane;
    if (key == QLatin1String("node"))
        return Section::Nodes;
    if (addOns.contains(key))
        return Section::AddOns;
    return Section::Other;
}

// Where the segment from a box's centre towards `towards` leaves the box.
QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF centre = rect.center();
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const double tx = qFuzzyIsNull(d.x()) ? 1e9 : rect.width() / 2 / std::abs(d.x());
    const double ty = qFuzzyIsNull(d.y()) ? 1e9 : rect.height() / 2 / std::abs(d.y());
    return centre + d * std::min({ tx, ty, 1.0 });
}

DiagramPicture::Edge straightEdge(const QRectF &from, const QRectF &to)
{
    DiagramPicture::Edge edge;
    edge.component = ArchitectureLayout::componentKey();
    const QPointF start = borderPoint(from, to.center());
    edge.arrowTip = borderPoint(to, from.center());
    QLineF line(start, edge.arrowTip);
    if (line.length() <= ArrowLength)
        return edge; // touching boxes: nothing worth drawing
    line.setLength(line.length() - ArrowLength);
    edge.arrowBase = line.p2();
    edge.hasArrow = true;
    edge.path.moveTo(start);
    edge.path.lineTo(edge.arrowBase);
    edge.labelAt = (start + edge.arrowTip) / 2;
    return edge;
}

// Liang–Barsky: whether the segment passes through the rectangle.
bool crosses(const QLineF &line, const QRectF &rect)
{
    const double dx = line.dx();
    const double dy = line.dy();
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4]
        = { line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1() };
    double enter = 0;
    double leave = 1;
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

struct Box {
    QString id;
    QSizeF size;
    QList<QString> children;
};

class Grid {
public:
    Grid(const Models::DiagramGraph &graph, const DiagramMeasures &measures)
        : m_graph(graph)
        , m_measures(measures)
    {
    }

    DiagramPicture arrange();

private:
    QString topOf(const Models::DiagramNode &node) const;
    QSizeF sizeOf(const QString &id) const { return m_measures.nodes.value(id, QSizeF(160, 48)); }
    QSizeF cardSize(const Box &box) const;
    bool hidesOthers(const Models::DiagramEdge &edge, const DiagramPicture::Edge &route) const;
    void placeCard(const Box &box, const QRectF &rect);
    QRectF placeSection(const QList<Box> &boxes, double top);
    void addFrame(const QList<Box> &boxes, const QRectF &content, double top);

    const Models::DiagramGraph &m_graph;
    const DiagramMeasures &m_measures;
    QHash<QString, const Models::DiagramNode *> m_byId;
    DiagramPicture m_picture;
};

QString Grid::topOf(const Models::DiagramNode &node) const
{
    const Models::DiagramNode *current = &node;
    // A parent chain is short; the bound only guards against a cycle.
    for (int depth = 0; depth < 8; ++depth) {
        const Models::DiagramNode *parent = m_byId.value(current->parent);
        if (!parent || parent == &node)
            return current->id;
        current = parent;
    }
    return current->id;
}

QSizeF Grid::cardSize(const Box &box) const
{
    if (box.children.isEmpty())
        return box.size;
    QSizeF cell;
    for (const QString &child : box.children)
        cell = cell.expandedTo(sizeOf(child));
    const int perRow = std::min<int>(ChildrenPerRow, box.children.size());
    const int rows = (box.children.size() + perRow - 1) / perRow;
    const double width = 2 * CardPadding + perRow * cell.width() + (perRow - 1) * Gap;
    const double height = box.size.height() + rows * cell.height() + (rows - 1) * Gap + CardPadding;
    return QSizeF(std::max(box.size.width(), width), height);
}

void Grid::placeCard(const Box &box, const QRectF &rect)
{
    const QString key = ArchitectureLayout::componentKey();
    const QPointF at = rect.topLeft();
    m_picture.nodes.insert(box.id, { key, rect, !box.children.isEmpty() });
    QSizeF cell;
    for (const QString &child : box.children)
        cell = cell.expandedTo(sizeOf(child));
    for (int i = 0; i < box.children.size(); ++i) {
        const QPointF cellAt = at
            + QPointF(CardPadding + (i % ChildrenPerRow) * (cell.width() + Gap),
                box.size.height() + (i / ChildrenPerRow) * (cell.height() + Gap));
        m_picture.nodes.insert(box.children[i], { key, QRectF(cellAt, cell) });
    }
}

QRectF Grid::placeSection(const QList<Box> &boxes, double top)
{
    // Cards of one section share a size, so nodes line up in a grid.
    QSizeF uniform;
    int cards = 0;
    for (const Box &box : boxes) {
        if (!box.children.isEmpty()) {
            uniform = uniform.expandedTo(cardSize(box));
            ++cards;
        }
    }
    const double left = FramePadding;
    QPointF cursor(left, top);
    double rowHeight = 0;
    QRectF content;
    for (const Box &box : boxes) {
        const QSizeF size = box.children.isEmpty() || cards < 2 ? cardSize(box) : uniform;
        if (cursor.x() > left && cursor.x() + size.width() > left + RowWidth) {
            cursor = QPointF(left, cursor.y() + rowHeight + Gap);
            rowHeight = 0;
        }
        placeCard(box, QRectF(cursor, size));
        content |= QRectF(cursor, size);
        cursor.rx() += size.width() + Gap;
        rowHeight = std::max(rowHeight, size.height());
    }
    return content;
}

void Grid::addFrame(const QList<Box> &boxes, const QRectF &content, double top)
{
    // The section is what its first recognised kind says. A control plane
    // is managed when none of its components can be observed; what any
    // client can read (the version) does not count.
    Section section = Section::Other;
    int components = 0;
    int unseen = 0;
    for (const Box &box : boxes) {
        QStringList ids = box.children;
        ids.prepend(box.id);
        for (const QString &id : std::as_const(ids)) {
            const Models::DiagramNode *node = m_byId.value(id);
            const Section kind = sectionOf(node->kind);
            if (section == Section::Other)
                section = kind;
            if (kind == section || section == Section::Other) {
                ++components;
                unseen += node->state == Models::DiagramState::NotObservable ? 1 : 0;
            }
        }
    }
    const bool unobservable = components > 0 && unseen == components;
    DiagramPicture::Frame frame;
    frame.rect = QRectF(0, top - m_measures.frameTitleHeight - FramePadding / 2, content.right() + FramePadding,
        content.bottom() - top + m_measures.frameTitleHeight + FramePadding * 1.5);
    switch (section) {
    case Section::ControlPlane:
        frame.title
            = unobservable ? ArchitectureLayout::tr("Managed control plane") : ArchitectureLayout::tr("Control plane");
        if (unobservable)
            frame.subtitle = ArchitectureLayout::tr("run by the provider, out of the cluster's sight");
        break;
    case Section::Nodes: frame.title = ArchitectureLayout::tr("Nodes"); break;
    case Section::AddOns: frame.title = ArchitectureLayout::tr("Add-ons"); break;
    case Section::Other: break;
    }
    frame.unobservable = unobservable;
    m_picture.frames.append(frame);
}

// A straight line through other boxes would read as a link to them. Such
// lines are left out when they only restate the structure (every kubelet
// talks to the API server), and drawn when they carry a problem.
bool Grid::hidesOthers(const Models::DiagramEdge &edge, const DiagramPicture::Edge &route) const
{
    const QLineF line(route.path.elementAt(0), route.arrowTip);
    const auto isEnd = [&](const QString &id) {
        for (const QString &end : { edge.from, edge.to }) {
            // An end, or a card around one (the bound guards against a cycle).
            const Models::DiagramNode *node = m_byId.value(end);
            for (int depth = 0; node && depth < 8; ++depth, node = m_byId.value(node->parent)) {
                if (node->id == id)
                    return true;
            }
        }
        return false;
    };
    for (auto it = m_picture.nodes.constBegin(); it != m_picture.nodes.constEnd(); ++it) {
        if (!isEnd(it.key()) && crosses(line, it->rect.adjusted(1, 1, -1, -1)))
            return true;
    }
    return false;
}

DiagramPicture Grid::arrange()
{
    for (const Models::DiagramNode &node : m_graph.nodes)
        m_byId.insert(node.id, &node);
    QMap<int, QList<Box>> sections;
    QHash<QString, QPair<int, int>> boxOf; // top-level id → (section, index)
    for (const Models::DiagramNode &node : m_graph.nodes) {
        const QString top = topOf(node);
        if (top != node.id)
            continue;
        QList<Box> &boxes = sections[node.column];
        boxOf.insert(node.id, { node.column, int(boxes.size()) });
        boxes.append({ node.id, sizeOf(node.id), {} });
    }
    for (const Models::DiagramNode &node : m_graph.nodes) {
        const QString top = topOf(node);
        if (top != node.id) {
            const auto [section, index] = boxOf.value(top);
            sections[section][index].children.append(node.id);
        }
    }
    m_picture.components.insert(ArchitectureLayout::componentKey(), QPointF());
    double top = 0;
    for (const QList<Box> &boxes : std::as_const(sections)) {
        // A section that is one card needs no band around it: the card is one.
        const bool framed = boxes.size() > 1 || boxes.constFirst().children.isEmpty();
        if (framed)
            top += m_measures.frameTitleHeight + FramePadding / 2;
        const QRectF content = placeSection(boxes, top);
        if (framed)
            addFrame(boxes, content, top);
        top = content.bottom() + (framed ? FramePadding : 0) + SectionGap;
    }
    m_picture.edges.resize(m_graph.edges.size());
    for (qsizetype e = 0; e < m_graph.edges.size(); ++e) {
        const Models::DiagramEdge &edge = m_graph.edges[e];
        const auto from = m_picture.nodes.constFind(edge.from);
        const auto to = m_picture.nodes.constFind(edge.to);
        if (from == m_picture.nodes.constEnd() || to == m_picture.nodes.constEnd())
            continue;
        // A line from a card to what it holds would only cross it.
        if (from->rect.contains(to->rect) || to->rect.contains(from->rect))
            continue;
        const DiagramPicture::Edge route = straightEdge(from->rect, to->rect);
        const bool problem
            = edge.state != Models::DiagramEdgeState::Normal && edge.state != Models::DiagramEdgeState::Ready;
        if (!route.path.isEmpty() && (problem || !hidesOthers(edge, route)))
            m_picture.edges[e] = route;
    }
    return m_picture;
}

} // namespace

QString ArchitectureLayout::componentKey()
{
    return QStringLiteral("architecture");
}

DiagramPicture ArchitectureLayout::arrange(const Models::DiagramGraph &graph, const DiagramMeasures &measures)
{
    return Grid(graph, measures).arrange();
}

} // namespace Kaji::Ui
