#pragma once

#include "diagram/diagramgraph.h"
#include "diagram/diagraminput.h"
#include "diagramchanges.h"
#include "diagrampicture.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QToolButton;

// GUI thread.
namespace Kaji::Ui {

class DiagramFilterBar;
class DiagramLayouter;
class DiagramLegend;
class DiagramScene;
class DiagramView;

// The diagrams page: a view selector (architecture, workloads, storage,
// network), filters, a search that selects and centres nodes, zoom, fit,
// re-arrange, export, a legend, and a status line that says what the
// picture leaves out (graph notes) or why it is empty.
//
// The controller (app/) builds graphs and calls setGraph() for every
// update. Placement is kept across updates of the same view (see
// ComponentPacker); another view, or resetPlacement() (call it when the
// context or the namespaces change), packs the next graph afresh.
// A graph of another view switches to that view, except right after the
// user picked a view on the tabs: until a graph of the picked view
// arrives, graphs of others are late updates and are dropped.
class DiagramPage : public QWidget {
    Q_OBJECT
public:
    explicit DiagramPage(QWidget *parent = nullptr);
    ~DiagramPage() override;

    void setGraph(const Models::DiagramGraph &graph);
    // Shown instead of the picture while there is none yet, else in the
    // status line while the picture stays.
    void setLoading(const QString &message);

    Models::DiagramView currentView() const { return m_currentView; }
    // Switches without asking for the view (viewRequested is not emitted).
    void setCurrentView(Models::DiagramView view);
    Models::DiagramFilter filter() const;
    void setFilter(const Models::DiagramFilter &filter); // restores settings; not reported

    // Writes what the page shows as SVG or PNG (by suffix).
    bool exportTo(const QString &path, QString *error);

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_diagramView; }
    DiagramFilterBar *filterBar() const { return m_filterBar; }
    QLineEdit *searchEdit() const { return m_search; }
    QTabBar *viewTabs() const { return m_tabs; }
    // True while a graph is being laid out (tests wait for it).
    bool isArranging() const;

public Q_SLOTS:
    void resetPlacement();
    void rearrange();

Q_SIGNALS:
    void viewRequested(Kaji::Models::DiagramView view);
    void filterChanged(const Kaji::Models::DiagramFilter &filter);
    void nodeActivated(const Kaji::Models::DiagramNode &node);
    void contextMenuRequested(const Kaji::Models::DiagramNode &node, const QPoint &globalPos);
    void aggregateToggled(const QString &id);
    void findingRequested(const Kaji::Models::DiagramNode &node);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void arranged(const Models::DiagramGraph &graph, const DiagramPicture &picture, const DiagramChanges &changes);
    void tabChanged(int index);
    void search(bool next);
    void showMessage(const QString &message, bool offerClear);
    void updateStatus();
    void exportClicked();
    void retranslate();
    void withNode(const QString &id, const std::function<void(const Models::DiagramNode &)> &action);

    Models::DiagramView m_currentView = Models::DiagramView::Workloads;
    Models::DiagramGraph m_graph; // the latest given
    bool m_hasGraph = false;
    bool m_fitNext = true;
    bool m_awaitingView = false; // the user picked a view whose graph has not come yet
    QString m_loading;
    QStringList m_layoutErrors;
    int m_searchIndex = -1;

    DiagramScene *m_scene;
    DiagramLayouter *m_layouter;
    QTabBar *m_tabs;
    DiagramFilterBar *m_filterBar;
    QLineEdit *m_search;
    QLabel *m_searchCount;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_rearrange;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    DiagramView *m_diagramView;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_clearFilter;
    DiagramLegend *m_legend;
    QLabel *m_status;
};

} // namespace Kaji::Ui
