#include "usagecolumns.h"

#include "clusterconnection.h"
#include "kindpanes.h"
#include "metrics/resourcelines.h"
#include "metrics/usagefigures.h"
#include "metricscontroller.h"
#include "podtablemodel.h"
#include "resourcepane.h"
#include "resourcetablemodel.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QWidget>

namespace Kaji::App {

UsageColumns::UsageColumns(MetricsController *metrics, Models::PodTableModel *pods, QWidget *podsPane, KindPanes *kindPanes,
                           QObject *parent)
    : QObject(parent), m_metrics(metrics), m_pods(pods), m_podsPane(podsPane)
{
    podsPane->installEventFilter(this);
    connect(metrics, &MetricsController::readingRecorded, this, &UsageColumns::showReading);
    connect(kindPanes, &KindPanes::tableOpened, this,
            [this](const QString &, Models::ResourceTableModel *model, Ui::ResourcePane *pane) { tableOpened(model, pane); });
    if (podsPane->isVisible())
        metrics->setWanted(podsPane, true);
}

void UsageColumns::setConnection(Kube::ClusterConnection *connection)
{
    m_connection = connection;
    ++m_generation;
    m_pods->setUsage(nullptr);
    // The Nodes pane goes with the old context (KindPanes drops it).
    m_nodes = nullptr;
    m_nodesPane = nullptr;
}

void UsageColumns::tableOpened(Models::ResourceTableModel *model, Ui::ResourcePane *pane)
{
    if (!model->hasUsageColumns())
        return;
    m_nodes = model;
    m_nodesPane = pane;
    pane->installEventFilter(this);
    // Nodes come or go: read their allocatable again.
    connect(model, &QAbstractItemModel::rowsInserted, this, &UsageColumns::readAllocatable);
    connect(model, &QAbstractItemModel::modelReset, this, &UsageColumns::readAllocatable);
    if (m_metrics->lastSample())
        showReading();
}

bool UsageColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Shown or hidden with its stack page, its window, or a splitter:
    // readings run while a table with usage columns is on screen.
    const bool shown = event->type() == QEvent::Show;
    if ((watched == m_podsPane || (m_nodesPane && watched == m_nodesPane)) && (shown || event->type() == QEvent::Hide)) {
        m_metrics->setWanted(watched, shown);
        if (shown && watched == m_nodesPane)
            readAllocatable();
    }
    return QObject::eventFilter(watched, event);
}

void UsageColumns::showReading()
{
    const Kube::MetricsSamplePtr sample = m_metrics->lastSample();
    const quint64 reading = ++m_reading;
    if (!sample) {
        apply(nullptr);
        return;
    }
    // Indexing every pod's figures takes tens of milliseconds at 10,000
    // pods: it runs on the pool; the GUI thread only hands them to the models.
    // When the table is sorted by usage they are indexed by its rows too (a
    // list of the rows' keys, the strings shared), so the sort reads an array.
    const quint64 generation = m_generation;
    const bool byRow = m_pods->sortedByUsage();
    auto *watcher = new QFutureWatcher<Models::UsageFiguresPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, reading] {
        watcher->deleteLater();
        if (generation == m_generation && reading == m_reading)
            apply(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([sample, podGap = m_metrics->gap(false), nodeGap = m_metrics->gap(true),
                                          rows = byRow ? m_pods->rowKeys() : QList<QString>(), byRow,
                                          rowsVersion = m_pods->rowsVersion()] {
        auto figures = std::make_shared<Models::UsageFigures>(*sample, podGap, nodeGap);
        if (byRow)
            figures->indexRows(rows, rowsVersion);
        return Models::UsageFiguresPtr(std::move(figures));
    }));
}

void UsageColumns::apply(const Models::UsageFiguresPtr &figures)
{
    m_pods->setUsage(figures);
    if (m_nodes)
        m_nodes->setUsage(figures);
}

void UsageColumns::readAllocatable()
{
    if (!m_connection || !m_nodes)
        return;
    const quint64 generation = m_generation;
    m_connection->get(QByteArrayLiteral("/api/v1/nodes"), this, [this, generation](const Kube::ApiResult &result) {
        if (generation != m_generation || !m_nodes || !result.ok())
            return; // the percentages stay a dash, saying allocatable is not known
        QHash<QString, std::pair<qint64, qint64>> allocatable;
        const nlohmann::json &items = result.body.contains("items") ? result.body["items"] : nlohmann::json();
        if (items.is_array()) {
            for (const nlohmann::json &node : items) {
                const Models::ResourceLines lines = Models::nodeResourceLines(node);
                const QString name = QString::fromStdString(node.value("metadata", nlohmann::json::object()).value("name", std::string()));
                allocatable.insert(name, {lines.cpuLimitMillis.value_or(-1), lines.memoryLimitBytes.value_or(-1)});
            }
        }
        m_nodes->setAllocatable(std::move(allocatable));
    });
}

} // namespace Kaji::App
