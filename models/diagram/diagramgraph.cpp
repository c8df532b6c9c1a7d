#include "diagramgraph.h"

#include <QCoreApplication>

namespace Kaji::Models {

const DiagramNode *DiagramGraph::node(const QString &id) const
{
    for (const DiagramNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QString diagramStateName(DiagramState state)
{
    switch (state) {
    case DiagramState::Ok: return QStringLiteral("ok");
    case DiagramState::Progressing: return QStringLiteral("progressing");
    case DiagramState::Warning: return QStringLiteral("warning");
    case DiagramState::Failed: return QStringLiteral("failed");
    case DiagramState::Finished: return QStringLiteral("finished");
    case DiagramState::Missing: return QStringLiteral("missing");
    case DiagramState::Hidden: return QStringLiteral("hidden");
    case DiagramState::NotObservable: return QStringLiteral("not-observable");
    case DiagramState::NotDetected: return QStringLiteral("not-detected");
    case DiagramState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString diagramViewName(DiagramView view)
{
    switch (view) {
    case DiagramView::Architecture: return QStringLiteral("architecture");
    case DiagramView::Workloads: return QStringLiteral("workloads");
    case DiagramView::Storage: return QStringLiteral("storage");
    case DiagramView::Network: return QStringLiteral("network");
    }
    return {};
}

QString diagramEdgeKindName(DiagramEdgeKind kind)
{
    switch (kind) {
    case DiagramEdgeKind::Owns: return QStringLiteral("owns");
    case DiagramEdgeKind::Scales: return QStringLiteral("scales");
    case DiagramEdgeKind::Routes: return QStringLiteral("routes");
    case DiagramEdgeKind::Targets: return QStringLiteral("targets");
    case DiagramEdgeKind::Claims: return QStringLiteral("claims");
    case DiagramEdgeKind::Binds: return QStringLiteral("binds");
    case DiagramEdgeKind::Provisions: return QStringLiteral("provisions");
    case DiagramEdgeKind::Uses: return QStringLiteral("uses");
    case DiagramEdgeKind::Talks: return QStringLiteral("talks");
    }
    return {};
}

QString diagramEdgeStateName(DiagramEdgeState state)
{
    switch (state) {
    case DiagramEdgeState::Normal: return QStringLiteral("normal");
    case DiagramEdgeState::Ready: return QStringLiteral("ready");
    case DiagramEdgeState::ServingNotReady: return QStringLiteral("serving-not-ready");
    case DiagramEdgeState::Terminating: return QStringLiteral("terminating");
    case DiagramEdgeState::Broken: return QStringLiteral("broken");
    }
    return {};
}

QString diagramStateLabel(DiagramState state)
{
    // The context is written out in every call: lupdate reads literals only.
    switch (state) {
    case DiagramState::Ok: return QCoreApplication::translate("Kaji::Models::Diagram", "OK");
    case DiagramState::Progressing: return QCoreApplication::translate("Kaji::Models::Diagram", "In progress");
    case DiagramState::Warning: return QCoreApplication::translate("Kaji::Models::Diagram", "Degraded");
    case DiagramState::Failed: return QCoreApplication::translate("Kaji::Models::Diagram", "Failing");
    case DiagramState::Finished: return QCoreApplication::translate("Kaji::Models::Diagram", "Finished");
    case DiagramState::Missing: return QCoreApplication::translate("Kaji::Models::Diagram", "Missing");
    case DiagramState::Hidden: return QCoreApplication::translate("Kaji::Models::Diagram", "Hidden by permissions");
    case DiagramState::NotObservable: return QCoreApplication::translate("Kaji::Models::Diagram", "Not observable");
    case DiagramState::NotDetected: return QCoreApplication::translate("Kaji::Models::Diagram", "Not detected");
    case DiagramState::Unknown: return QCoreApplication::translate("Kaji::Models::Diagram", "Unknown");
    }
    return {};
}

bool isProblem(DiagramState state)
{
    return state == DiagramState::Warning || state == DiagramState::Failed || state == DiagramState::Missing;
}

} // namespace Kaji::Models
