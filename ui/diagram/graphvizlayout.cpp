#include "graphvizlayout.h"

#include <QByteArray>
#include <QMap>

#include <gvc.h>

// The dot layout plugin is linked in, so no plugin configuration file is read.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace Kaji::Ui {
namespace {

// The Graphviz 2.42 API takes char* where later releases take const char*:
// strings are kept in buffers owned here, which serve both.
class Text {
public:
    explicit Text(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    operator char *() { return m_bytes.data(); }

private:
    QByteArray m_bytes;
};

QByteArray inches(double pixels)
{
    return QByteArray::number(pixels / 72.0, 'f', 4);
}

void declare(Agraph_t *graph, int kind, const char *name, const QByteArray &value)
{
    agattr(graph, kind, Text(name), Text(value));
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, Text(name), Text(value), Text(""));
}

// Graphviz reports through a process-wide hook; only the layout thread
// calls it, so a plain static collects what the last layout said.
QByteArray &lastMessages()
{
    static QByteArray messages;
    return messages;
}

int collectMessage(char *message)
{
    lastMessages().append(message);
    return 0;
}

// A reversed link was given to Graphviz head first (dir=back), so its
// spline runs from our head to our tail with the arrow at its start.
EdgeRoute routeOf(Agedge_t *edge, const boxf &bb, bool reversed)
{
    EdgeRoute route;
    const splines *spl = ED_spl(edge);
    if (!spl)
        return route;
    const auto map = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    for (int b = 0; b < spl->size; ++b) {
        const bezier &bz = spl->list[b];
        if (bz.size < 1)
            continue;
        route.path.moveTo(map(bz.list[0]));
        for (int k = 1; k + 2 < bz.size; k += 3)
            route.path.cubicTo(map(bz.list[k]), map(bz.list[k + 1]), map(bz.list[k + 2]));
        if (bz.eflag && !reversed) {
            route.hasArrow = true;
            route.arrowBase = map(bz.list[bz.size - 1]);
            route.arrowTip = map(bz.ep);
        } else if (bz.sflag && reversed) {
            route.hasArrow = true;
            route.arrowBase = map(bz.list[0]);
            route.arrowTip = map(bz.sp);
        }
    }
    if (reversed)
        route.path = route.path.toReversed();
    return route;
}

// One rank=same subgraph per column, and an invisible edge from each column
// to the next, so kinds stand in their columns' order even where no edge
// says so (a Deployment's pods right of its ReplicaSets in every component).
QList<Agnode_t *> addBoxes(Agraph_t *graph, const ComponentInput &input)
{
    QMap<int, Agraph_t *> columns;
    QMap<int, Agnode_t *> firstOfColumn;
    QList<Agnode_t *> nodes;
    nodes.reserve(input.boxes.size());
    for (int i = 0; i < input.boxes.size(); ++i) {
        const LayoutBox &box = input.boxes[i];
        Agraph_t *&column = columns[box.column];
        if (!column) {
            column = agsubg(graph, Text("column" + QByteArray::number(box.column)), 1);
            set(column, "rank", "same");
        }
        Agnode_t *node = agnode(column, Text("n" + QByteArray::number(i)), 1);
        set(node, "width", inches(box.size.width()));
        set(node, "height", inches(box.size.height()));
        nodes.append(node);
        if (!firstOfColumn.contains(box.column))
            firstOfColumn.insert(box.column, node);
    }
    Agnode_t *previous = nullptr;
    for (Agnode_t *first : std::as_const(firstOfColumn)) {
        if (previous) {
            Agedge_t *order = agedge(graph, previous, first, Text("order" + QByteArray(agnameof(first))), 1);
            set(order, "style", "invis");
            set(order, "weight", "0");
        }
        previous = first;
    }
    return nodes;
}

// Links against the columns' order (a pod claiming a volume drawn left of
// it) go in head first, so they do not pull the columns out of order.
struct Link {
    Agedge_t *edge = nullptr; // none for a link to itself or out of range
    bool reversed = false;
};

QList<Link> addLinks(Agraph_t *graph, const ComponentInput &input, const QList<Agnode_t *> &nodes)
{
    QList<Link> links;
    for (int i = 0; i < input.links.size(); ++i) {
        const LayoutLink &link = input.links[i];
        const bool valid = link.from != link.to && link.from >= 0 && link.to >= 0 && link.from < nodes.size()
            && link.to < nodes.size();
        if (!valid) {
            links.append(Link());
            continue;
        }
        const bool reversed = input.boxes[link.from].column > input.boxes[link.to].column;
        Agedge_t *edge = agedge(graph, nodes[reversed ? link.to : link.from], nodes[reversed ? link.from : link.to],
            Text("e" + QByteArray::number(i)), 1);
        if (reversed)
            set(edge, "dir", "back");
        links.append({ edge, reversed });
    }
    return links;
}

} // namespace

GraphvizLayout::GraphvizLayout()
{
    static const lt_symlist_t builtins[] = {
        { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
        { nullptr, nullptr },
    };
    m_context = gvContextPlugins(builtins, 0);
    agseterrf(collectMessage);
}

GraphvizLayout::~GraphvizLayout()
{
    if (m_context)
        gvFreeContext(m_context);
}

bool GraphvizLayout::needsGraphviz(const ComponentInput &input)
{
    return input.boxes.size() > 1 && !input.links.isEmpty();
}

ComponentLayout GraphvizLayout::layOut(const ComponentInput &input)
{
    if (!needsGraphviz(input))
        return plainLayout(input, {});
    if (!m_context)
        return plainLayout(input, QStringLiteral("Graphviz could not start"));

    Agraph_t *graph = agopen(Text("component"), Agdirected, nullptr);
    declare(graph, AGRAPH, "rankdir", "LR");
    declare(graph, AGRAPH, "newrank", "true");
    declare(graph, AGRAPH, "ordering", "out");
    declare(graph, AGRAPH, "splines", "spline");
    declare(graph, AGRAPH, "nodesep", "0.3");
    declare(graph, AGRAPH, "ranksep", inches(input.rankSeparation));
    declare(graph, AGNODE, "shape", "box");
    declare(graph, AGNODE, "fixedsize", "true");
    declare(graph, AGNODE, "label", "");
    declare(graph, AGNODE, "width", "1");
    declare(graph, AGNODE, "height", "0.5");
    declare(graph, AGEDGE, "arrowsize", "0.8");
    declare(graph, AGEDGE, "dir", "forward");
    declare(graph, AGEDGE, "style", "solid");
    declare(graph, AGEDGE, "weight", "1");

    const QList<Agnode_t *> nodes = addBoxes(graph, input);
    const QList<Link> links = addLinks(graph, input, nodes);

    lastMessages().clear();
    ComponentLayout layout;
    if (gvLayout(m_context, graph, "dot") != 0) {
        layout = plainLayout(input, QString::fromUtf8(lastMessages()).trimmed());
    } else {
        const boxf bb = GD_bb(graph);
        layout.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        for (Agnode_t *node : std::as_const(nodes))
            layout.centres.append(QPointF(ND_coord(node).x - bb.LL.x, bb.UR.y - ND_coord(node).y));
        for (const Link &link : links)
            layout.routes.append(link.edge ? routeOf(link.edge, bb, link.reversed) : EdgeRoute());
        gvFreeLayout(m_context, graph);
    }
    agclose(graph);
    return layout;
}

} // namespace Kaji::Ui
