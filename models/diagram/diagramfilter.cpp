#include "diagramfilter.h"

#include "diagramcomponents.h"
#include "labelselector.h"

#include <QCoreApplication>
#include <QSet>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::DiagramFilter)
};

DiagramGraph keepNodes(const DiagramGraph &graph, const QList<bool> &keep)
{
    DiagramGraph result;
    result.view = graph.view;
    result.notes = graph.notes;
    QSet<QString> kept;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (keep.at(i)) {
            result.nodes.append(graph.nodes.at(i));
            kept.insert(graph.nodes.at(i).id);
        }
    }
    for (const DiagramEdge &edge : graph.edges) {
        if (kept.contains(edge.from) && kept.contains(edge.to))
            result.edges.append(edge);
    }
    return result;
}

} // namespace

DiagramGraph applyFilter(const DiagramGraph &graph, const DiagramFilter &filter)
{
    if (filter.isEmpty())
        return graph;
    QList<bool> keep(graph.nodes.size(), true);
    QString selectorError;
    std::optional<Kube::LabelSelector> selector;
    if (!filter.labelSelector.trimmed().isEmpty())
        selector = Kube::LabelSelector::parse(filter.labelSelector, &selectorError);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const DiagramNode &node = graph.nodes.at(i);
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(node.kind))
            keep[i] = false;
        else if (selector && !selector->isEmpty() && (node.labels.isEmpty() || !selector->matches(node.labels)))
            keep[i] = false;
    }
    DiagramGraph result = keepNodes(graph, keep);
    if (!filter.labelSelector.trimmed().isEmpty() && !selector)
        result.notes.append(Text::tr("Label selector not applied: %1").arg(selectorError));
    if (!filter.problemsOnly)
        return result;
    QList<bool> inProblem(result.nodes.size(), false);
    for (const QList<int> &component : diagramComponents(result)) {
        const bool problem = std::any_of(
            component.cbegin(), component.cend(), [&result](int i) { return isProblem(result.nodes.at(i).state); });
        for (int i : component)
            inProblem[i] = problem;
    }
    return keepNodes(result, inProblem);
}

} // namespace Kaji::Models
