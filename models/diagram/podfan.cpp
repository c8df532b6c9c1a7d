#include "podfan.h"

#include "diagramids.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Kaji::Models {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::PodFan)
};

const QString podKind = QStringLiteral("Pod");
constexpr int reasonsShown = 5;

// Finer than DiagramState: an aggregate's detail says what its pods are doing.
enum class PodCategory { Ready, Completed, Starting, Pending, NotReady, CrashLooping, Failing, Terminating, Count };

PodCategory categoryOf(const Kube::PodRecord &pod, DiagramState state)
{
    if (pod.terminating)
        return PodCategory::Terminating;
    switch (state) {
    case DiagramState::Ok: return PodCategory::Ready;
    case DiagramState::Finished: return PodCategory::Completed;
    default: break;
    }
    if (pod.status.status == QLatin1String("Pending"))
        return PodCategory::Pending;
    if (pod.status.status.endsWith(QLatin1String("CrashLoopBackOff")))
        return PodCategory::CrashLooping;
    if (state == DiagramState::Progressing)
        return PodCategory::Starting;
    if (state == DiagramState::Warning)
        return PodCategory::NotReady;
    return PodCategory::Failing;
}

QString categoryCount(PodCategory category, int n)
{
    switch (category) {
    case PodCategory::Ready: return Text::tr("%n ready", nullptr, n);
    case PodCategory::Completed: return Text::tr("%n completed", nullptr, n);
    case PodCategory::Starting: return Text::tr("%n starting", nullptr, n);
    case PodCategory::Pending: return Text::tr("%n pending", nullptr, n);
    case PodCategory::NotReady: return Text::tr("%n not ready", nullptr, n);
    case PodCategory::CrashLooping: return Text::tr("%n crash-looping", nullptr, n);
    case PodCategory::Failing: return Text::tr("%n failing", nullptr, n);
    case PodCategory::Terminating: return Text::tr("%n terminating", nullptr, n);
    case PodCategory::Count: break;
    }
    return {};
}

QString podReason(const Kube::PodRecord &pod, PodCategory category)
{
    switch (category) {
    case PodCategory::Ready:
    case PodCategory::Completed:
    case PodCategory::Count: return {};
    case PodCategory::Starting: return Text::tr("Starting");
    case PodCategory::Pending: return Text::tr("Not scheduled yet");
    case PodCategory::NotReady: return Text::tr("Running, but not ready");
    case PodCategory::CrashLooping: return Text::tr("Crash-looping");
    case PodCategory::Failing: return Text::tr("Not running: %1").arg(pod.status.status);
    case PodCategory::Terminating: return Text::tr("Being deleted");
    }
    return {};
}

int severityRank(DiagramState state)
{
    switch (state) {
    case DiagramState::Finished: return 0;
    case DiagramState::Ok: return 1;
    case DiagramState::NotDetected: return 2;
    case DiagramState::NotObservable: return 3;
    case DiagramState::Hidden: return 4;
    case DiagramState::Unknown: return 5;
    case DiagramState::Progressing: return 6;
    case DiagramState::Warning: return 7;
    case DiagramState::Missing: return 8;
    case DiagramState::Failed: return 9;
    }
    return 0;
}

QList<std::pair<QString, QString>> sharedLabels(const QList<const Kube::PodRecord *> &pods)
{
    QList<std::pair<QString, QString>> shared = pods.first()->labels;
    for (const Kube::PodRecord *pod : pods) {
        shared.removeIf([pod](const std::pair<QString, QString> &label) { return !pod->labels.contains(label); });
        if (shared.isEmpty())
            break;
    }
    return shared;
}

DiagramNode aggregateNode(const QString &ownerNodeId, const QList<const Kube::PodRecord *> &pods, int column)
{
    DiagramNode node;
    node.id = podGroupId(ownerNodeId);
    node.kind = podKind;
    node.namespaceName = pods.first()->namespaceName;
    node.name = ownerNodeId.section(u'/', 2); // "Kind/namespace/name": ids never hold a '/' in a name
    node.column = column;
    node.resourceId = QStringLiteral("pods");
    node.aggregate = true;
    node.state = DiagramState::Finished;
    node.labels = sharedLabels(pods);
    std::array<int, size_t(PodCategory::Count)> perCategory {};
    QList<std::pair<DiagramState, int>> counts;
    int unlisted = 0;
    for (const Kube::PodRecord *pod : pods) {
        const DiagramState state = podDiagramState(*pod);
        const PodCategory category = categoryOf(*pod, state);
        ++perCategory[size_t(category)];
        node.state = worseState(node.state, state);
        node.members.append(pod->name);
        auto count = std::find_if(counts.begin(), counts.end(), [state](const auto &c) { return c.first == state; });
        if (count == counts.end())
            counts.append({state, 1});
        else
            ++count->second;
        const QString reason = podReason(*pod, category);
        if (reason.isEmpty())
            continue;
        if (node.reasons.size() < reasonsShown)
            node.reasons.append(pod->name + QStringLiteral(": ") + reason);
        else
            ++unlisted;
    }
    if (unlisted > 0)
        node.reasons.append(Text::tr("… and %n more", nullptr, unlisted));
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
    node.counts = counts;
    QStringList parts;
    for (size_t i = 0; i < perCategory.size(); ++i) {
        if (perCategory[i] > 0)
            parts.append(categoryCount(PodCategory(i), perCategory[i]));
    }
    node.details.append(Text::tr("%n pods: %1", nullptr, int(pods.size())).arg(parts.join(QStringLiteral(", "))));
    return node;
}

} // namespace

QString PodFan::nodeFor(const Kube::PodRecord &pod) const
{
    return aggregateId.isEmpty() ? diagramNodeId(podKind, pod.namespaceName, pod.name) : aggregateId;
}

DiagramState worseState(DiagramState a, DiagramState b)
{
    return severityRank(b) > severityRank(a) ? b : a;
}

DiagramNode podNode(const Kube::PodRecord &pod, int column)
{
    DiagramNode node;
    node.id = diagramNodeId(podKind, pod.namespaceName, pod.name);
    node.kind = podKind;
    node.namespaceName = pod.namespaceName;
    node.name = pod.name;
    node.column = column;
    node.resourceId = QStringLiteral("pods");
    node.labels = pod.labels;
    node.state = podDiagramState(pod);
    node.details.append(podDetailLine(pod));
    const QString reason = podReason(pod, categoryOf(pod, node.state));
    if (!reason.isEmpty())
        node.reasons.append(reason);
    return node;
}

PodFan fanOutPods(
    const QString &ownerNodeId, QList<const Kube::PodRecord *> pods, const DiagramOptions &options, int column)
{
    std::sort(pods.begin(), pods.end(), [](const Kube::PodRecord *a, const Kube::PodRecord *b) {
        if (a->namespaceName != b->namespaceName)
            return a->namespaceName < b->namespaceName;
        return a->name < b->name;
    });
    PodFan fan;
    if (pods.isEmpty())
        return fan;
    const QString groupId = podGroupId(ownerNodeId);
    if (pods.size() > options.fanLimit && !options.expanded.contains(groupId)) {
        fan.aggregateId = groupId;
        fan.nodes.append(aggregateNode(ownerNodeId, pods, column));
        return fan;
    }
    fan.nodes.reserve(pods.size());
    for (const Kube::PodRecord *pod : std::as_const(pods))
        fan.nodes.append(podNode(*pod, column));
    return fan;
}

} // namespace Kaji::Models
