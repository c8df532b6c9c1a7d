#include "servicepodfan.h"

#include "diagramids.h"

#include <QMap>

#include <algorithm>

namespace Kaji::Models {

ServicePodFan::Category ServicePodFan::categoryOf(const Kube::PodRecord &pod)
{
    const QString &status = pod.status.status;
    switch (podDiagramState(pod)) {
    case DiagramState::Ok: return Category::Ready;
    case DiagramState::Progressing: return Category::Starting;
    case DiagramState::Finished: return Category::Completed;
    case DiagramState::Warning: return Category::NotReady;
    default: break;
    }
    if (status == QLatin1String("Pending"))
        return Category::Pending;
    if (status.contains(QLatin1String("CrashLoopBackOff")))
        return Category::CrashLooping;
    if (status.contains(QLatin1String("ImagePull")) || status.contains(QLatin1String("ErrImage")))
        return Category::ImagePull;
    return Category::Failing;
}

DiagramState ServicePodFan::Member::state() const
{
    return pod ? podDiagramState(*pod) : absent.state;
}

ServicePodFan::Category ServicePodFan::Member::category() const
{
    if (pod)
        return categoryOf(*pod);
    return absent.state == DiagramState::Missing  ? Category::Missing
        : absent.state == DiagramState::Hidden    ? Category::Hidden
                                                  : Category::Starting;
}

DiagramNode ServicePodFan::podNode(const Kube::PodRecord &pod, int column)
{
    DiagramNode node = diagramNode(QStringLiteral("Pod"), pod.namespaceName, pod.name, column, QStringLiteral("pods"));
    node.details.append(podDetailLine(pod));
    node.state = podDiagramState(pod);
    if (isProblem(node.state))
        node.reasons.append(pod.status.status);
    return node;
}

QString ServicePodFan::categoryText(Category category, int count)
{
    switch (category) {
    case Category::Ready: return tr("%n ready", nullptr, count);
    case Category::Starting: return tr("%n starting", nullptr, count);
    case Category::NotReady: return tr("%n not ready", nullptr, count);
    case Category::Pending: return tr("%n pending", nullptr, count);
    case Category::CrashLooping: return tr("%n crash-looping", nullptr, count);
    case Category::ImagePull: return tr("%n failing to pull images", nullptr, count);
    case Category::Failing: return tr("%n failing", nullptr, count);
    case Category::Completed: return tr("%n completed", nullptr, count);
    case Category::Missing: return tr("%n missing", nullptr, count);
    case Category::Hidden: return tr("%n hidden", nullptr, count);
    }
    return {};
}

QString ServicePodFan::summary(const QList<Member> &members)
{
    QMap<Category, int> byCategory;
    for (const Member &member : members)
        ++byCategory[member.category()];
    QStringList parts;
    for (auto it = byCategory.constBegin(); it != byCategory.constEnd(); ++it)
        parts.append(categoryText(it.key(), it.value()));
    return tr("%n pod(s): %1", nullptr, int(members.size())).arg(parts.join(QLatin1String(", ")));
}

void ServicePodFan::add(GraphDraft &out, const QString &serviceId, const QList<Member> &members,
                        const QList<Link> &links, int column, const DiagramOptions &options)
{
    if (members.isEmpty())
        return;
    const QString groupId = podGroupId(serviceId);
    if (members.size() <= options.fanLimit || options.expanded.contains(groupId)) {
        QStringList ids;
        ids.reserve(members.size());
        for (const Member &member : members)
            ids.append(out.addNode(member.pod ? podNode(*member.pod, column) : member.absent).id);
        for (const Link &link : links)
            out.addEdge({link.from, ids.at(link.member), DiagramEdgeKind::Targets, link.state, link.label});
        return;
    }

    DiagramNode group;
    group.id = groupId;
    group.kind = QStringLiteral("Pod");
    group.namespaceName = members.first().pod ? members.first().pod->namespaceName
                                              : members.first().absent.namespaceName;
    group.name = tr("%n pod(s)", nullptr, int(members.size()));
    group.column = column;
    group.resourceId = QStringLiteral("pods");
    group.aggregate = true;
    group.details.append(summary(members));
    QMap<DiagramState, int> byState;
    int healthy = 0;
    for (const Member &member : members) {
        ++byState[member.state()];
        group.members.append(member.name());
        const Category category = member.category();
        if (category == Category::Ready || category == Category::Completed)
            ++healthy;
    }
    group.members.sort();
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it)
        group.counts.append({it.key(), it.value()});
    // Some pods down behind a Service is degradation; all of them is an outage.
    if (healthy == 0)
        raiseState(group, DiagramState::Failed, group.details.first());
    else if (healthy < members.size())
        raiseState(group, DiagramState::Warning, group.details.first());
    out.addNode(group);

    // One edge per slice (or from the Service itself) into the group, saying
    // how many of the links it stands for carry traffic.
    struct Tally {
        int total = 0;
        int ready = 0;
        int terminating = 0;
        int broken = 0;
    };
    QMap<QString, Tally> bySource;
    for (const Link &link : links) {
        Tally &tally = bySource[link.from];
        ++tally.total;
        tally.ready += link.state == DiagramEdgeState::Ready ? 1 : 0;
        tally.terminating += link.state == DiagramEdgeState::Terminating ? 1 : 0;
        tally.broken += link.state == DiagramEdgeState::Broken ? 1 : 0;
    }
    for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it) {
        const Tally &t = it.value();
        DiagramEdge edge{it.key(), groupId, DiagramEdgeKind::Targets, DiagramEdgeState::ServingNotReady, {}};
        if (t.ready > 0)
            edge.state = DiagramEdgeState::Ready;
        else if (t.broken == t.total)
            edge.state = DiagramEdgeState::Broken;
        else if (t.terminating == t.total)
            edge.state = DiagramEdgeState::Terminating;
        edge.label = t.broken == t.total ? tr("%n without endpoint", nullptr, t.total)
                                         : tr("%1 of %2 ready").arg(t.ready).arg(t.total);
        out.addEdge(edge);
    }
}

} // namespace Kaji::Models
