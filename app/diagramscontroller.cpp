#include "diagramscontroller.h"

#include "clusterconnection.h"
#include "controlplanepoller.h"
#include "detailscontroller.h"
#include "detailspanel.h"
#include "diagram/diagrambuild.h"
#include "diagram/diagramsource.h"
#include "docks.h"
#include "findingbadges.h"
#include "mainwindow.h"
#include "rowmenu.h"
#include "diagram/diagrampage.h"

#include <QDateTime>
#include <QEvent>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Kaji::App {
namespace {

QString keyOf(const Models::DiagramNode &node)
{
    return node.namespaceName.isEmpty() ? node.name : node.namespaceName + u'/' + node.name;
}

// Hides and shows of the page, which lives in a tab: watching costs nothing
// while nobody looks.
class VisibilityFilter : public QObject {
public:
    VisibilityFilter(QObject *parent, std::function<void(bool)> onChange)
        : QObject(parent), m_onChange(std::move(onChange))
    {
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
            m_onChange(event->type() == QEvent::Show);
        return false;
    }

private:
    std::function<void(bool)> m_onChange;
};

} // namespace

DiagramsController::DiagramsController(Ui::MainWindow *window, Models::PodTableModel *pods, DetailsController *details,
                                       Docks *docks, QObject *parent)
    : QObject(parent), m_window(window), m_pods(pods), m_details(details), m_docks(docks),
      m_page(new Ui::DiagramPage(window)), m_source(new Models::DiagramSource(this)),
      m_poller(new ControlPlanePoller(this))
{
    qRegisterMetaType<Models::DiagramGraph>();
    m_window->addDiagramsPage(m_page);
    m_page->installEventFilter(new VisibilityFilter(this, [this](bool visible) { setVisible(visible); }));
    // Named so a benchmark's list of slow events says whose they are.
    m_debounce.setObjectName(QStringLiteral("diagrams debounce"));
    m_release.setObjectName(QStringLiteral("diagrams release"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DiagramsController::build);
    // Kinds stay watched a while after the page is left: coming back is then
    // instant, and a closed diagram still frees its memory.
    m_release.setSingleShot(true);
    m_release.setInterval(ReleaseAfterMs);
    connect(&m_release, &QTimer::timeout, this, [this] {
        m_source->setKinds({});
        m_poller->setActive(false);
    });
    connect(m_source, &Models::DiagramSource::changed, this, &DiagramsController::schedule);
    connect(m_poller, &ControlPlanePoller::probed, m_source, &Models::DiagramSource::setControlPlane);
    // New findings mean new badges: the next build marks them (on the pool,
    // like the rest of a graph).
    connect(Models::FindingBadges::shared(), &Models::FindingBadges::changed, this, [this] {
        if (!m_graph.nodes.isEmpty())
            schedule();
    });
    connect(m_page, &Ui::DiagramPage::viewRequested, this, &DiagramsController::showView);
    connect(m_page, &Ui::DiagramPage::filterChanged, this, [this](const Models::DiagramFilter &filter) {
        m_filter = filter;
        schedule();
    });
    connect(m_page, &Ui::DiagramPage::nodeActivated, this, &DiagramsController::activate);
    connect(m_page, &Ui::DiagramPage::contextMenuRequested, this, &DiagramsController::openMenu);
    connect(m_page, &Ui::DiagramPage::aggregateToggled, this, &DiagramsController::toggleAggregate);
    connect(m_page, &Ui::DiagramPage::findingRequested, this, &DiagramsController::showFinding);
    m_view = m_page->currentView();
}

DiagramsController::~DiagramsController()
{
    // A build still running reads nothing of ours (it got a copy), but its
    // result must not arrive at a deleted object.
    for (auto *watcher : findChildren<QFutureWatcher<Models::DiagramGraph> *>())
        watcher->waitForFinished();
}

void DiagramsController::setConnection(Kube::ClusterConnection *connection)
{
    m_connection = connection;
    const QList<Models::DiagramKind> kinds = m_visible ? Models::kindsFor(m_view) : QList<Models::DiagramKind>();
    m_source->setConnection(connection, m_pods);
    m_source->setKinds(kinds);
    m_poller->setConnection(connection);
    m_options.expanded.clear();
    m_graph = {};
    m_newScene = true;
    ++m_generation;
    m_page->setLoading(loadingText());
    schedule();
}

void DiagramsController::setNamespaces(const QStringList &namespaces)
{
    if (m_options.namespaces == namespaces)
        return;
    m_options.namespaces = namespaces;
    m_newScene = true;
    schedule();
}

void DiagramsController::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    if (!visible) {
        m_release.start();
        return;
    }
    m_release.stop();
    m_source->setKinds(Models::kindsFor(m_view));
    m_poller->setActive(m_view == Models::DiagramView::Architecture);
    schedule();
}

void DiagramsController::showView(Models::DiagramView view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_newScene = true;
    m_graph = {};
    ++m_generation; // a build of the previous view must not be shown
    if (m_visible) {
        m_source->setKinds(Models::kindsFor(view));
        m_poller->setActive(view == Models::DiagramView::Architecture);
    }
    m_page->setLoading(loadingText());
    schedule();
}

void DiagramsController::schedule()
{
    if (!m_visible || !m_connection)
        return;
    if (m_building) {
        m_dirty = true;
        return;
    }
    // The first picture comes as soon as the kinds are read; later changes
    // are coalesced.
    if (m_graph.nodes.isEmpty() && m_source->settled())
        m_debounce.start(0);
    else if (!m_debounce.isActive())
        m_debounce.start();
}

void DiagramsController::build()
{
    if (!m_visible || !m_connection)
        return;
    if (!m_source->settled()) {
        m_page->setLoading(loadingText());
        return;
    }
    m_building = true;
    m_dirty = false;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Models::DiagramGraph>(this);
    connect(watcher, &QFutureWatcher<Models::DiagramGraph>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finished(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [view = m_view, input = m_source->snapshot(QDateTime::currentSecsSinceEpoch()), options = m_options,
            filter = m_filter, badges = Models::FindingBadges::shared()->table()]() mutable {
            // Let go before the result is reported: while this copy shares
            // the source's objects, the source holds its batches back.
            const Models::DiagramInput drawn = std::move(input);
            Models::DiagramGraph graph = Models::buildDiagram(view, drawn, options, filter);
            Models::markFindings(graph, badges);
            return graph;
        }));
}

void DiagramsController::finished(quint64 generation, Models::DiagramGraph graph)
{
    m_building = false;
    if (generation == m_generation) {
        m_graph = std::move(graph);
        ++m_builds;
        if (m_newScene)
            m_page->resetPlacement();
        m_newScene = false;
        m_page->setGraph(m_graph);
        Q_EMIT graphShown(m_graph);
    }
    if (m_dirty || generation != m_generation)
        schedule();
}

void DiagramsController::activate(const Models::DiagramNode &node)
{
    if (node.resourceId.isEmpty() || node.name.isEmpty())
        return;
    m_details->show(node.resourceId, keyOf(node));
}

void DiagramsController::openMenu(const Models::DiagramNode &node, const QPoint &globalPos)
{
    if (node.resourceId.isEmpty() || node.name.isEmpty())
        return;
    m_details->show(node.resourceId, keyOf(node));
    auto *menu = new Ui::RowMenu(m_window->detailsPanel()->actionBar(), keyOf(node), m_window);
    menu->popup(globalPos);
}

void DiagramsController::toggleAggregate(const QString &id)
{
    if (!m_options.expanded.remove(id))
        m_options.expanded.insert(id);
    schedule();
}

void DiagramsController::showFinding(const Models::DiagramNode &node)
{
    m_docks->showFindingAbout({node.kind, node.namespaceName, node.name});
}

QString DiagramsController::loadingText() const
{
    if (!m_connection)
        return tr("Connect to a cluster to see its diagrams.");
    return tr("Reading the cluster…");
}

} // namespace Kaji::App
