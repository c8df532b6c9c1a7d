#include "diagrambuild.h"

#include "architecturegraph.h"
#include "diagramfilter.h"
#include "diagramsource.h"
#include "findingbadges.h"
#include "networkgraph.h"
#include "storagegraph.h"
#include "workloadgraph.h"

namespace Kaji::Models {

DiagramGraph buildDiagram(DiagramView view, DiagramInput input, const DiagramOptions &options,
                          const DiagramFilter &filter)
{
    if (input.pods.isEmpty() && !input.podList.isEmpty())
        DiagramSource::keyPods(input);
    DiagramGraph graph;
    switch (view) {
    case DiagramView::Architecture: graph = buildArchitectureGraph(input, options); break;
    case DiagramView::Workloads: graph = buildWorkloadGraph(input, options); break;
    case DiagramView::Storage: graph = buildStorageGraph(input, options); break;
    case DiagramView::Network: graph = buildNetworkGraph(input, options); break;
    }
    graph.view = view;
    return filter.isEmpty() ? graph : applyFilter(graph, filter);
}

void markFindings(DiagramGraph &graph, const FindingBadges::Table &badges)
{
    for (DiagramNode &node : graph.nodes) {
        node.findingSeverity = -1;
        node.findingText.clear();
        if (node.name.isEmpty() || node.id.startsWith(QLatin1String("missing:")))
            continue;
        const QString key = node.namespaceName.isEmpty() ? node.name : node.namespaceName + u'/' + node.name;
        if (const FindingBadges::Badge *badge = badges.badge(node.kind, key)) {
            node.findingSeverity = int(badge->severity);
            node.findingText = badges.tooltip(node.kind, key);
        }
    }
}

} // namespace Kaji::Models
