#include "clusteractions.h"

#include "clusterconnection.h"
#include "kindtreemodel.h"

namespace Kaji::App {
namespace {

using Kube::ResourceOperations;

ResourceOperations::Operation operationOf(Models::ObjectActions::Action action)
{
    using A = Models::ObjectActions::Action;
    switch (action) {
    case A::Scale: return ResourceOperations::Operation::Scale;
    case A::Restart: return ResourceOperations::Operation::Restart;
    case A::Delete: return ResourceOperations::Operation::Delete;
    case A::Cordon: return ResourceOperations::Operation::Cordon;
    case A::Uncordon: return ResourceOperations::Operation::Uncordon;
    case A::Edit: return ResourceOperations::Operation::Edit;
    }
    return ResourceOperations::Operation::Delete;
}

} // namespace

ClusterActions::ClusterActions(Models::KindTreeModel *kinds, QObject *parent) : ObjectActions(parent), m_kinds(kinds) {}

void ClusterActions::checkPermission(const Target &target, Action action)
{
    const QList<Kube::ApiResource> kinds = m_kinds->kinds();
    const auto resource = std::find_if(kinds.cbegin(), kinds.cend(), [&](const Kube::ApiResource &r) { return r.id() == target.resourceId; });
    if (!m_connection || resource == kinds.cend()) {
        Q_EMIT permissionChecked(target, action, false, tr("not connected"));
        return;
    }
    const Kube::ApiResource &r = *resource; // copied once, into the operation
    m_connection->operate(
        [r, target, action](ResourceOperations &ops, Kube::ApiClient::ResultHandler done) {
            ops.review(operationOf(action), r, target.namespaceName, target.name, std::move(done));
        },
        this, [this, target, action, r](const Kube::ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT permissionChecked(target, action, false, result.error);
                return;
            }
            const nlohmann::json status = result.body.value("status", nlohmann::json::object());
            const bool allowed = status.value("allowed", false);
            QString reason = QString::fromStdString(status.value("reason", std::string()));
            if (!allowed && reason.isEmpty())
                reason = tr("your user may not %1 %2 in this namespace")
                             .arg(action == Action::Delete ? QStringLiteral("delete") : QStringLiteral("patch"), r.resource);
            Q_EMIT permissionChecked(target, action, allowed, reason);
        });
}

void ClusterActions::perform(const Target &target, Action action, int replicas)
{
    if (action == Action::Edit) {
        // Nothing to perform: the editor window reads, reviews and saves.
        Q_EMIT finished(target, action, false, tr("edits are saved from the editor"));
        return;
    }
    const QList<Kube::ApiResource> kinds = m_kinds->kinds();
    const auto resource = std::find_if(kinds.cbegin(), kinds.cend(), [&](const Kube::ApiResource &r) { return r.id() == target.resourceId; });
    if (!m_connection || resource == kinds.cend()) {
        Q_EMIT finished(target, action, false, tr("not connected"));
        return;
    }
    const Kube::ApiResource &r = *resource; // copied once, into the operation
    m_connection->operate(
        [r, target, action, replicas](ResourceOperations &ops, Kube::ApiClient::ResultHandler done) {
            switch (action) {
            case Action::Scale: ops.scale(r, target.namespaceName, target.name, replicas, std::move(done)); break;
            case Action::Restart: ops.restart(r, target.namespaceName, target.name, std::move(done)); break;
            case Action::Delete: ops.remove(r, target.namespaceName, target.name, std::move(done)); break;
            case Action::Cordon: ops.setUnschedulable(target.name, true, std::move(done)); break;
            case Action::Uncordon: ops.setUnschedulable(target.name, false, std::move(done)); break;
            case Action::Edit: break; // handled above
            }
        },
        this, [this, target, action](const Kube::ApiResult &result) { Q_EMIT finished(target, action, result.ok(), result.error); });
}

} // namespace Kaji::App
