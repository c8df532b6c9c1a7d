#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "objectsummary.h"
#include "podstore.h"

#include <QObject>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class KindTreeModel;
}
namespace Kaji::Ui {
class MainWindow;
}

namespace Kaji::App {

class ClusterActions;
class KindPanes;

// Fills the details panel for the object selected in any table: the full
// object fetched on demand (the store keeps only compact rows), its Events,
// and the objects it owns; and follows the panel's links to other objects.
// A pod shown is fetched again when its watch reports a change, so its
// anatomy, overview and YAML stay live.
class DetailsController : public QObject {
    Q_OBJECT
public:
    DetailsController(Ui::MainWindow *window, KindPanes *panes, Models::KindTreeModel *kinds, QObject *parent = nullptr);

    void setConnection(Kube::ClusterConnection *connection);
    ClusterActions *actions() const { return m_actions; }
    // Shows `key` ("namespace/name" or "name") of the kind `resourceId`.
    void show(const QString &resourceId, const QString &key);
    // Opens the kind's table, selects the object there and shows it.
    void navigate(const Models::ObjectLink &link);
    // The same from a lower-case kind ("pod", "persistentvolumeclaim").
    void navigateTo(const QString &kind, const QString &namespaceName, const QString &name);

private:
    std::optional<Kube::ApiResource> resourceFor(const QString &kind, const QString &group) const;
    std::optional<Kube::ApiResource> resourceById(const QString &id) const;
    void present(const Kube::ApiResource &resource, const QString &ns, const QString &name, const Kube::ApiResult &result);
    void fetchEvents(const Kube::ApiResource &resource, const QString &ns, const QString &name, const QString &uid);
    void refreshIfChanged(const Kube::PodChangeBatchPtr &batch);
    void refresh();
    void fetchChildren(const Models::ObjectSummary &summary);
    void selectWhenListed(const QString &resourceId, const QString &key, int attemptsLeft);

    Ui::MainWindow *m_window;
    KindPanes *m_panes;
    Models::KindTreeModel *m_kinds;
    Kube::ClusterConnection *m_connection = nullptr;
    ClusterActions *m_actions;
    quint64 m_generation = 0; // answers for an older selection are dropped
    // A selection made before discovery answered (the Pods table can fill
    // first): shown once the kinds are known.
    QString m_waitingResource, m_waitingKey;
    // What the panel shows, and the resourceVersion it was fetched at.
    QString m_shownResource, m_shownKey, m_shownVersion;
    bool m_refreshing = false;
    bool m_refreshAgain = false; // changed again while being fetched
};

} // namespace Kaji::App
