#pragma once

#include "objectactions.h"

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class KindTreeModel;
}

namespace Kaji::App {

// The object actions of the connected cluster: SelfSubjectAccessReviews
// to enable them, the writes kubectl would make to carry them out.
class ClusterActions : public Models::ObjectActions {
    Q_OBJECT
public:
    ClusterActions(Models::KindTreeModel *kinds, QObject *parent = nullptr);

    void setConnection(Kube::ClusterConnection *connection) { m_connection = connection; }
    void checkPermission(const Target &target, Action action) override;
    void perform(const Target &target, Action action, int replicas = 0) override;

private:
    Models::KindTreeModel *m_kinds;
    Kube::ClusterConnection *m_connection = nullptr;
};

} // namespace Kaji::App
