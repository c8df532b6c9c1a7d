#pragma once

#include "metrics/usagefigures.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class PodTableModel;
class ResourceTableModel;
}
namespace Kaji::Ui {
class ResourcePane;
}

// GUI thread.
namespace Kaji::App {

class KindPanes;
class MetricsController;

// Feeds the usage columns of the Pods and Nodes tables from the metrics
// controller: wants readings only while one of those panes is on screen,
// and hands each reading (figures or the reason there are none) to the
// models at once. The Nodes table's percentages are of allocatable, read
// from the nodes when their pane is shown and when nodes come or go.
class UsageColumns : public QObject {
    Q_OBJECT
public:
    UsageColumns(MetricsController *metrics, Models::PodTableModel *pods, QWidget *podsPane, KindPanes *kindPanes,
                 QObject *parent = nullptr);

    // The figures shown belong to the old connection.
    void setConnection(Kube::ClusterConnection *connection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tableOpened(Models::ResourceTableModel *model, Ui::ResourcePane *pane);
    void showReading();
    void apply(const Models::UsageFiguresPtr &figures);
    void readAllocatable();

    MetricsController *m_metrics;
    Models::PodTableModel *m_pods;
    QPointer<QWidget> m_podsPane;
    QPointer<Kube::ClusterConnection> m_connection;
    QPointer<Models::ResourceTableModel> m_nodes;
    // A QWidget, as m_podsPane: the event filter compares it with panes
    // that are being destroyed, whose type is no longer ResourcePane there
    // (reading a QPointer of the derived type downcasts: undefined).
    QPointer<QWidget> m_nodesPane;
    quint64 m_generation = 0; // an answer for an earlier connection is dropped
    quint64 m_reading = 0; // figures of an earlier reading are dropped
};

} // namespace Kaji::App
