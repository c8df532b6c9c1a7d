#pragma once

#include "overview/overviewfigures.h"
#include "overview/overviewhistory.h"
#include "overview/podtallykeeper.h"
#include "podtablemodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class DiagramSource;
}
namespace Kaji::Ui {
class MainWindow;
class OverviewPage;
}

namespace Kaji::App {

class ControlPlanePoller;
class DetailsController;
class Docks;
class MetricsController;

// Keeps the Overview page live: watches nodes, workloads, Warning events and
// pods' resources while the page is shown (and a while after), counts on the
// pool at most every debounceMs(), asks for metrics and /readyz only while
// shown, and records the history since connect every 15 s (pods always;
// events only while they are watched). A click on the page opens the object.
class OverviewController : public QObject {
    Q_OBJECT
public:
    OverviewController(Ui::MainWindow *window, Models::PodTableModel *pods, DetailsController *details, Docks *docks,
                       MetricsController *metrics, QObject *parent = nullptr);
    ~OverviewController() override;

    void setConnection(Kube::ClusterConnection *connection);
    Ui::OverviewPage *page() const { return m_page; }
    const Models::OverviewFigures &figures() const { return m_figures; }
    const Models::OverviewHistory &history() const { return m_history; }
    // Counts shown so far (tests wait on it).
    int counts() const { return m_counts; }

    static constexpr int DebounceMs = 500;
    // A count holds the GUI thread too (the pods are counted where the
    // table holds them, the page and its charts are laid out again): the
    // next waits twenty times as long as the last held it, so the overview
    // takes at most a twentieth of the thread, up to MaxDebounceMs (at
    // 50,000 pods about 50 ms a count: a second between counts).
    static constexpr int GuiShare = 20;
    static constexpr int MaxDebounceMs = 5000;
    int debounceMs() const;
    static constexpr int ReleaseAfterMs = 120000;
    static constexpr int TopFindings = 8;
    static constexpr int RecentWarnings = 8;

Q_SIGNALS:
    void figuresShown();

private:
    void setVisible(bool visible);
    void schedule();
    void count();
    void counted(quint64 generation, Models::OverviewFigures figures);
    void showFindings();
    void sample();
    QString metricsGap() const;

    Ui::MainWindow *m_window;
    QPointer<Models::PodTableModel> m_pods; // may go first: the observer is unset only while it lives
    Models::PodTallyKeeper m_podTally; // the Pods table's counts, kept as its rows change
    DetailsController *m_details;
    Docks *m_docks;
    MetricsController *m_metrics;
    Ui::OverviewPage *m_page;
    Models::DiagramSource *m_source;
    ControlPlanePoller *m_poller;
    QPointer<Kube::ClusterConnection> m_connection;
    Models::OverviewFigures m_figures;
    Models::OverviewHistory m_history;
    QTimer m_debounce;
    QTimer m_release;
    QTimer m_sampler;
    bool m_visible = false;
    bool m_counting = false;
    bool m_dirty = false; // something changed since the last count
    bool m_counted = false; // m_figures are of this connection
    quint64 m_generation = 0;
    int m_counts = 0;
    qint64 m_countGuiNs = 0; // the last count's time on the GUI thread: counting the pods
    qint64 m_showGuiNs = 0; // ... and showing the figures
};

} // namespace Kaji::App
