#pragma once

#include "diagram/diagramgraph.h"
#include "diagram/diagraminput.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class DiagramSource;
class PodTableModel;
}
namespace Kaji::Ui {
class DiagramPage;
class MainWindow;
}

namespace Kaji::App {

class ControlPlanePoller;
class DetailsController;
class Docks;

// Keeps the Diagrams page live: watches the kinds the shown view reads
// while the page is visible (and a while after, so switching back is
// instant), rebuilds the graph off the GUI thread at most every
// DebounceMs, drops results of older builds, and joins the page to the
// details panel, the row actions and the Problems dock.
class DiagramsController : public QObject {
    Q_OBJECT
public:
    DiagramsController(Ui::MainWindow *window, Models::PodTableModel *pods, DetailsController *details, Docks *docks,
                       QObject *parent = nullptr);
    ~DiagramsController() override;

    void setConnection(Kube::ClusterConnection *connection);
    // The namespace picker's choice (empty: all).
    void setNamespaces(const QStringList &namespaces);
    Ui::DiagramPage *page() const { return m_page; }
    // Builds done so far (tests wait on it).
    int builds() const { return m_builds; }
    const Models::DiagramGraph &graph() const { return m_graph; }

    static constexpr int DebounceMs = 300;
    static constexpr int ReleaseAfterMs = 120000;

Q_SIGNALS:
    void graphShown(const Kaji::Models::DiagramGraph &graph);

private:
    void setVisible(bool visible);
    void showView(Models::DiagramView view);
    void schedule();
    void build();
    void finished(quint64 generation, Models::DiagramGraph graph);
    void activate(const Models::DiagramNode &node);
    void openMenu(const Models::DiagramNode &node, const QPoint &globalPos);
    void toggleAggregate(const QString &id);
    void showFinding(const Models::DiagramNode &node);
    QString loadingText() const;

    Ui::MainWindow *m_window;
    Models::PodTableModel *m_pods;
    DetailsController *m_details;
    Docks *m_docks;
    Ui::DiagramPage *m_page;
    Models::DiagramSource *m_source;
    ControlPlanePoller *m_poller;
    QPointer<Kube::ClusterConnection> m_connection;
    Models::DiagramView m_view = Models::DiagramView::Workloads;
    Models::DiagramOptions m_options;
    Models::DiagramFilter m_filter;
    Models::DiagramGraph m_graph;
    QTimer m_debounce;
    QTimer m_release;
    bool m_visible = false;
    bool m_building = false;
    bool m_dirty = false;
    bool m_newScene = true; // the next graph starts a new picture (view, context, namespaces changed)
    quint64 m_generation = 0;
    int m_builds = 0;
};

} // namespace Kaji::App
