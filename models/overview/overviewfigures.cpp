#include "overviewfigures.h"

namespace Kaji::Models {

QList<DiagramKind> overviewKinds()
{
    using K = DiagramKind;
    return {K::Nodes, K::Deployments, K::StatefulSets, K::DaemonSets, K::Jobs, K::WarningEvents};
}

OverviewFigures overviewFigures(const DiagramInput &input, const PodTally &pods, const Kube::MetricsSample *sample,
                                qint64 periodStartMs, int warningLimit)
{
    OverviewFigures figures;
    const KindFacts &nodes = input.facts(DiagramKind::Nodes);
    figures.nodeState = sourceStateOf(nodes);
    figures.nodes = countNodes(nodes.objects);
    using W = WorkloadCounts::Kind;
    for (const auto &[kind, diagramKind] : {std::pair{W::Deployment, DiagramKind::Deployments},
                                            {W::StatefulSet, DiagramKind::StatefulSets},
                                            {W::DaemonSet, DiagramKind::DaemonSets}, {W::Job, DiagramKind::Jobs}}) {
        const KindFacts &facts = input.facts(diagramKind);
        figures.workloads.append({sourceStateOf(facts), countWorkloads(kind, facts.objects)});
    }
    figures.podState = {input.podAccess, {}, input.podsNarrowedTo};
    figures.pods = pods.counts;
    const KindFacts &events = input.facts(DiagramKind::WarningEvents);
    figures.eventState = sourceStateOf(events);
    figures.warnings = recentWarnings(events.objects, warningLimit);
    figures.warningTotal = int(events.objects.size());
    if (events.access == KindAccess::Readable)
        figures.warningsInPeriod = warningsSince(events.objects, periodStartMs);
    figures.capacity = capacityTotals(nodes.objects, pods.loads, sample);
    return figures;
}

} // namespace Kaji::Models
