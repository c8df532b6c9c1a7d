// libFuzzer target: the diagram builders (owner chains, Service → EndpointSlice
// → Pod, PVC ↔ PV ↔ StorageClass, the architecture's nodes, leases and
// control plane) over whatever a cluster may hold. The input is a JSON
// document shaped like the recorded scenario (tests/data/diagnosis:
// {"pods":[…],"services":[…],…}); every view is built from it, then the
// "problems only" filter and an expanded aggregate are applied.
//
// Checked: every edge joins two nodes of its graph, node ids are unique, a
// component's parent is drawn, and filtering only ever removes.

#include "diagram/diagrambuild.h"
#include "diagramfixture.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace Kaji::Models;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

QSet<QString> checkedIds(const DiagramGraph &graph)
{
    QSet<QString> ids;
    for (const DiagramNode &node : graph.nodes) {
        check(!node.id.isEmpty());
        check(!ids.contains(node.id));
        ids.insert(node.id);
    }
    for (const DiagramNode &node : graph.nodes)
        check(node.parent.isEmpty() || ids.contains(node.parent));
    for (const DiagramEdge &edge : graph.edges)
        check(ids.contains(edge.from) && ids.contains(edge.to));
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const nlohmann::json document = nlohmann::json::parse(data, data + size, nullptr, false);
    if (!document.is_object())
        return 0;
    const DiagramInput input = KajiTest::inputFromDocument(document);
    for (const DiagramView view : {DiagramView::Architecture, DiagramView::Workloads, DiagramView::Storage,
                                   DiagramView::Network}) {
        DiagramOptions options;
        options.fanLimit = 2; // aggregates appear with few pods
        const DiagramGraph graph = buildDiagram(view, input, options);
        const QSet<QString> ids = checkedIds(graph);

        DiagramFilter problems;
        problems.problemsOnly = true;
        const DiagramGraph filtered = buildDiagram(view, input, options, problems);
        for (const QString &id : checkedIds(filtered))
            check(ids.contains(id));

        // Opening every aggregate shows its members instead of a count.
        for (const DiagramNode &node : graph.nodes) {
            if (node.aggregate)
                options.expanded.insert(node.id);
        }
        if (!options.expanded.isEmpty())
            checkedIds(buildDiagram(view, input, options));
    }
    return 0;
}
