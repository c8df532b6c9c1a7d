#pragma once

#include <QObject>
#include <QString>

// GUI thread.
namespace Kaji::Models {

// What the panes may do to an object, as a capability: ui/ asks through
// this interface and never talks to kube/; app/ provides the cluster's.
class ObjectActions : public QObject {
    Q_OBJECT
public:
    // Edit opens the manifest editor (ui/ asks for it with a signal); the
    // others are performed here.
    enum class Action { Scale, Restart, Delete, Cordon, Uncordon, Edit };
    Q_ENUM(Action)

    struct Target {
        QString resourceId; // "deployments.apps"
        QString kind;
        QString namespaceName;
        QString name;
        int replicas = 0; // current spec.replicas, for Scale
        bool unschedulable = false; // nodes: cordoned now

        bool operator==(const Target &) const = default;
    };

    using QObject::QObject;

    // The actions that make sense for this kind, in toolbar order.
    static QList<Action> applicable(const Target &target);

    // Answers through permissionChecked().
    virtual void checkPermission(const Target &target, Action action) = 0;
    // Answers through finished(); `replicas` only for Scale.
    virtual void perform(const Target &target, Action action, int replicas = 0) = 0;

Q_SIGNALS:
    void permissionChecked(const Kaji::Models::ObjectActions::Target &target, Kaji::Models::ObjectActions::Action action,
                           bool allowed, const QString &reason);
    void finished(const Kaji::Models::ObjectActions::Target &target, Kaji::Models::ObjectActions::Action action, bool ok,
                  const QString &message);
};

} // namespace Kaji::Models

Q_DECLARE_METATYPE(Kaji::Models::ObjectActions::Target)
