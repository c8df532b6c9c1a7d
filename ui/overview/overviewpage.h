#pragma once

#include "diagram/diagraminput.h"
#include "overview/capacitytotals.h"
#include "overview/clustercounts.h"
#include "overview/overviewhistory.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;

// GUI thread.
namespace Kaji::Ui {

class CapacityChart;
class HistoryChart;
class ObjectList;
class OverviewCard;

// The first tab of a connected context: nodes, workloads and pods by health,
// the top problems, recent Warning events, the API server, CPU and memory
// against requests, limits and allocatable, and the history since connect,
// as a scrollable grid of cards that reflows with the width. Each card says
// why it is empty when it is (loading, forbidden, no metrics).
class OverviewPage : public QScrollArea {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // Forgets every figure (another context), each card back to "loading".
    void clear();
    void showControlPlane(const Models::ControlPlaneProbe &probe);
    void showNodes(const Models::SourceState &state, const Models::NodeCounts &counts);
    void showWorkloads(const QList<std::pair<Models::SourceState, Models::WorkloadCounts>> &workloads);
    void showPods(const Models::SourceState &state, const Models::PodCounts &counts);
    // The most severe findings first; `total` of them in all; `status` says
    // why the list is not current (diagnosing, failed), empty when it is.
    void showFindings(const Models::Findings &top, int total, const QString &status);
    void showWarnings(const Models::SourceState &state, const QList<Models::WarningEvent> &recent, int total);
    // `gap`: why there are no usage figures; empty when there are.
    void showCapacity(const Models::SourceState &pods, const Models::CapacityTotals &totals, const QString &gap);
    void showHistory(const QList<Models::OverviewHistory::Point> &points);

    int columns() const { return m_columns; }
    // What a card's note says (tests, screenshots).
    QString noteOf(const QString &cardName) const;

Q_SIGNALS:
    // A problem, Warning event, failing workload or node was clicked.
    void objectActivated(const Kaji::Models::ObjectRef &object);
    // Shown or hidden: the app watches what the page needs only while it is on screen.
    void activeChanged(bool active);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    OverviewCard *addCard(const QString &objectName, bool wide);
    QLabel *addValue(QGridLayout *grid, int row, int column, const QString &objectName);
    void reflow();
    void retranslate();
    void renderCluster();
    void renderWorkloads();
    void renderPods();
    void renderFindings();
    void renderWarnings();
    void renderCapacity();
    QString whyEmpty(const Models::SourceState &state, const QString &what) const;

    QWidget *m_content;
    QGridLayout *m_grid;
    QList<OverviewCard *> m_cards;
    int m_columns = 0;

    OverviewCard *m_cluster, *m_pods, *m_workloads, *m_problems, *m_events, *m_cpu, *m_memory, *m_podHistory,
        *m_activity;
    QLabel *m_apiVersion, *m_apiHealth, *m_nodesSummary;
    ObjectList *m_nodeList;
    QList<QLabel *> m_podNames, m_podValues;
    QList<QLabel *> m_workloadNames, m_workloadReplicas, m_workloadStates;
    ObjectList *m_failingList;
    ObjectList *m_findingList;
    ObjectList *m_warningList;
    CapacityChart *m_cpuChart, *m_memoryChart;
    HistoryChart *m_podChart, *m_activityChart;

    // The last figures, so a language change can word them again.
    Models::ControlPlaneProbe m_probe;
    Models::SourceState m_nodeState, m_podState, m_eventState, m_capacityState;
    Models::NodeCounts m_nodeCounts;
    QList<std::pair<Models::SourceState, Models::WorkloadCounts>> m_workloadCounts;
    Models::PodCounts m_podCounts;
    Models::Findings m_findings;
    int m_findingTotal = 0;
    QString m_findingStatus;
    bool m_findingsShown = false;
    QList<Models::WarningEvent> m_warnings;
    int m_warningTotal = 0;
    Models::CapacityTotals m_capacity;
    QString m_metricsGap;
    bool m_capacityShown = false;
    Models::SourceState m_capacityNodeState; // m_nodeState when the capacity was last shown
    QList<Models::OverviewHistory::Point> m_history;
};

} // namespace Kaji::Ui
