#include "metricscontroller.h"

#include "clusterconnection.h"
#include "metrics/metricsgap.h"
#include "usageview.h"

#include <algorithm>

namespace Kaji::App {

MetricsController::MetricsController(Ui::UsageView *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &MetricsController::read);
    connect(m_view, &Ui::UsageView::activeChanged, this, &MetricsController::setActive);
    connect(m_view, &Ui::UsageView::subjectChanged, this, &MetricsController::showSubject);
}

void MetricsController::setConnection(Kube::ClusterConnection *connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    ++m_generation;
    m_reading = false;
    m_history.clear();
    m_gap.clear();
    if (m_timer.isActive())
        read();
}

void MetricsController::setActive(bool active)
{
    if (!active) {
        m_timer.stop();
        return;
    }
    showSubject();
    m_timer.start();
    read();
}

void MetricsController::read()
{
    if (!m_connection || m_reading)
        return;
    m_reading = true;
    const quint64 generation = m_generation;
    const QStringList namespaces = m_connection->podNamespaces();
    Kube::sampleMetrics(m_connection, namespaces, this, [this, generation](const Kube::MetricsSamplePtr &sample) {
        if (generation != m_generation)
            return;
        m_reading = false;
        received(sample);
    });
}

void MetricsController::received(const Kube::MetricsSamplePtr &sample)
{
    m_history.record(*sample);
    // The list of the kind shown decides: pods for a pod, nodes for a node.
    const bool node = m_view->kind() == QLatin1String("Node");
    const std::optional<Kube::ApiResult> &failure = node ? sample->nodeFailure : sample->podFailure;
    m_gap = failure ? Models::explainMetricsFailure(*failure, sample->apiService).text : QString();
    showSubject();
}

void MetricsController::showSubject()
{
    const QString kind = m_view->kind();
    if (kind.isEmpty())
        return;
    const bool node = kind == QLatin1String("Node");
    const QList<Models::UsageHistory::Point> points
        = node ? m_history.node(m_view->name()) : m_history.pod(m_view->namespaceName(), m_view->name());
    m_view->showPoints(points);
    if (!m_gap.isEmpty())
        m_view->showGap(m_gap);
    else if (m_history.readings() > 0 && std::none_of(points.cbegin(), points.cend(), [](const auto &p) { return p.present; }))
        m_view->showGap(Models::notScrapedYet(kind.toLower() + u' '
                                              + (node ? m_view->name() : m_view->namespaceName() + u'/' + m_view->name()))
                            .text);
}

} // namespace Kaji::App
