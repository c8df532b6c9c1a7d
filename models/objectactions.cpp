#include "objectactions.h"

namespace Kaji::Models {

QList<ObjectActions::Action> ObjectActions::applicable(const Target &target)
{
    const QString &kind = target.kind;
    QList<Action> actions;
    if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet") || kind == QLatin1String("ReplicaSet"))
        actions.append(Action::Scale);
    if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet") || kind == QLatin1String("DaemonSet"))
        actions.append(Action::Restart);
    if (kind == QLatin1String("Node"))
        actions.append(target.unschedulable ? Action::Uncordon : Action::Cordon);
    if (!kind.isEmpty()) {
        actions.append(Action::Edit);
        actions.append(Action::Delete);
    }
    return actions;
}

} // namespace Kaji::Models
