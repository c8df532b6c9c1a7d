#include "overviewcontroller.h"

#include "clusterconnection.h"
#include "controlplanepoller.h"
#include "detailscontroller.h"
#include "diagram/diagramsource.h"
#include "docks.h"
#include "findingmodel.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "overview/overviewpage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>

namespace Kaji::App {

OverviewController::OverviewController(Ui::MainWindow *window, Models::PodTableModel *pods, DetailsController *details,
                                       Docks *docks, MetricsController *metrics, QObject *parent)
    : QObject(parent), m_window(window), m_pods(pods), m_details(details), m_docks(docks), m_metrics(metrics),
      m_page(new Ui::OverviewPage(window)), m_source(new Models::DiagramSource(this, QStringLiteral("overview:"))),
      m_poller(new ControlPlanePoller(this))
{
    m_window->addOverviewPage(m_page);
    if (m_pods)
        m_pods->setRecordObserver(&m_podTally);
    connect(m_page, &Ui::OverviewPage::activeChanged, this, &OverviewController::setVisible);
    // Named so a benchmark's list of slow events says whose they are.
    m_debounce.setObjectName(QStringLiteral("overview count"));
    m_release.setObjectName(QStringLiteral("overview release"));
    m_sampler.setObjectName(QStringLiteral("overview sampler"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &OverviewController::count);
    // Watches stay a while after the page is left, so coming back is instant.
    m_release.setSingleShot(true);
    m_release.setInterval(ReleaseAfterMs);
    connect(&m_release, &QTimer::timeout, this, [this] { m_source->setKinds({}); });
    m_sampler.setInterval(int(Models::OverviewHistory::DefaultPeriodMs));
    connect(&m_sampler, &QTimer::timeout, this, &OverviewController::sample);
    connect(m_source, &Models::DiagramSource::changed, this, &OverviewController::schedule);
    connect(m_poller, &ControlPlanePoller::probed, m_page, &Ui::OverviewPage::showControlPlane);
    connect(m_metrics, &MetricsController::readingRecorded, this, &OverviewController::schedule);
    Models::FindingModel *findings = m_docks->findings();
    connect(findings, &QAbstractItemModel::modelReset, this, &OverviewController::showFindings);
    connect(findings, &Models::FindingModel::runStateChanged, this, &OverviewController::showFindings);
    connect(m_page, &Ui::OverviewPage::objectActivated, this, [this](const Models::ObjectRef &object) {
        m_details->navigateTo(object.kind.toLower(), object.namespaceName, object.name);
    });
}

OverviewController::~OverviewController()
{
    if (m_pods)
        m_pods->setRecordObserver(nullptr);
    // A count still running must not report to a deleted object.
    for (auto *watcher : findChildren<QFutureWatcher<Models::OverviewFigures> *>())
        watcher->waitForFinished();
}

void OverviewController::setConnection(Kube::ClusterConnection *connection)
{
    m_connection = connection;
    ++m_generation;
    m_source->setConnection(connection, m_pods);
    m_source->setKinds(m_visible && connection ? Models::overviewKinds() : QList<Models::DiagramKind>());
    m_poller->setConnection(connection);
    m_history.clear();
    m_figures = {};
    m_counted = false;
    m_countGuiNs = m_showGuiNs = 0;
    m_page->clear();
    showFindings();
    if (connection) {
        m_sampler.start();
        schedule();
    } else {
        m_sampler.stop();
    }
}

void OverviewController::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    m_metrics->setWanted(m_page, visible);
    m_poller->setActive(visible);
    if (!visible) {
        m_release.start();
        return;
    }
    m_release.stop();
    if (m_connection)
        m_source->setKinds(Models::overviewKinds());
    m_dirty = true;
    schedule();
}

void OverviewController::schedule()
{
    m_dirty = true;
    // Hidden, nothing is counted until the next history sample.
    if (!m_visible || !m_connection || m_counting)
        return;
    if (!m_debounce.isActive())
        m_debounce.start(m_counted ? debounceMs() : 0);
}

int OverviewController::debounceMs() const
{
    const qint64 heldMs = (m_countGuiNs + m_showGuiNs) / 1000000;
    return int(std::clamp<qint64>(GuiShare * heldMs, DebounceMs, MaxDebounceMs));
}

void OverviewController::count()
{
    if (!m_connection || m_counting)
        return;
    m_counting = true;
    m_dirty = false;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Models::OverviewFigures>(this);
    connect(watcher, &QFutureWatcher<Models::OverviewFigures>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        counted(generation, watcher->result());
    });
    const qint64 periodStart = m_history.periodStart(QDateTime::currentMSecsSinceEpoch());
    // The input is a copy of implicitly shared hashes, read on the pool
    // while the GUI thread goes on. The pods are counted as the table's rows
    // change (PodTallyKeeper): a copy of the tally here.
    QElapsedTimer held;
    held.start();
    const Models::PodTally pods = m_pods ? m_podTally.tally() : Models::PodTally();
    m_countGuiNs = held.nsecsElapsed();
    watcher->setFuture(QtConcurrent::run([input = m_source->snapshot(QDateTime::currentSecsSinceEpoch(), false), pods,
                                          sample = m_metrics->lastSample(), periodStart]() mutable {
        // Let go before the result is reported: while this copy shares the
        // source's objects, the source holds its batches back.
        const Models::DiagramInput counted = std::move(input);
        return Models::overviewFigures(counted, pods, sample.get(), periodStart, RecentWarnings);
    }));
}

void OverviewController::counted(quint64 generation, Models::OverviewFigures figures)
{
    m_counting = false;
    if (generation != m_generation) {
        schedule();
        return;
    }
    m_figures = std::move(figures);
    m_counted = true;
    ++m_counts;
    if (m_figures.podState.access == Models::KindAccess::Readable)
        m_history.record(QDateTime::currentMSecsSinceEpoch(), m_figures.pods, m_figures.warningsInPeriod);
    if (m_visible) {
        QElapsedTimer held;
        held.start();
        m_page->showNodes(m_figures.nodeState, m_figures.nodes);
        m_page->showWorkloads(m_figures.workloads);
        m_page->showPods(m_figures.podState, m_figures.pods);
        m_page->showWarnings(m_figures.eventState, m_figures.warnings, m_figures.warningTotal);
        m_page->showCapacity(m_figures.podState, m_figures.capacity, metricsGap());
        m_page->showHistory(m_history.points());
        m_showGuiNs = held.nsecsElapsed();
        Q_EMIT figuresShown();
    }
    if (m_dirty)
        schedule();
}

// Every period: a new point of history. Counting again only when something
// changed, so a quiet cluster costs a copy of the last figures.
void OverviewController::sample()
{
    if (!m_connection)
        return;
    if (m_dirty || !m_counted) {
        count();
        return;
    }
    if (m_figures.podState.access != Models::KindAccess::Readable)
        return;
    // Events are counted anew only while watched: otherwise a gap.
    std::optional<int> warnings;
    if (m_visible && m_figures.warningsInPeriod)
        warnings = 0; // nothing changed in the events since the last count: none new this period
    m_history.record(QDateTime::currentMSecsSinceEpoch(), m_figures.pods, warnings);
    if (m_visible)
        m_page->showHistory(m_history.points());
}

void OverviewController::showFindings()
{
    const Models::FindingModel *model = m_docks->findings();
    QString status;
    using RunState = Models::FindingModel::RunState;
    switch (model->runState()) {
    case RunState::NotRun: status = m_connection ? tr("Not diagnosed yet.") : model->runMessage(); break;
    case RunState::Running: status = model->ranAt().isValid() ? QString() : tr("Diagnosing…"); break;
    case RunState::Failed: status = tr("Diagnosis failed, retrying every minute: %1").arg(model->runMessage()); break;
    case RunState::Current: break;
    }
    const Models::Findings &all = model->findings();
    m_page->showFindings(all.mid(0, TopFindings), int(all.size()), status);
}

QString OverviewController::metricsGap() const
{
    if (!m_metrics->lastSample())
        return tr("waiting for the first reading of metrics.k8s.io.");
    return m_metrics->gap(true);
}

} // namespace Kaji::App
