#include "metricscontroller.h"

#include "clusterconnection.h"
#include "metrics/metricsgap.h"
#include "usageview.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace Kaji::App {

MetricsController::MetricsController(Ui::UsageView *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_timer.setObjectName(QStringLiteral("metrics reading")); // named for benchmarks' slow events
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &MetricsController::read);
    connect(m_view, &Ui::UsageView::activeChanged, this, [this](bool active) {
        setWanted(m_view, active);
        if (active)
            showSubject();
    });
    connect(m_view, &Ui::UsageView::subjectChanged, this, &MetricsController::showSubject);
}

void MetricsController::setConnection(Kube::ClusterConnection *connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    ++m_generation;
    m_reading = false;
    m_recording = false;
    m_pending.reset();
    m_history.clear();
    m_last.reset();
    if (m_timer.isActive())
        read();
}

QString MetricsController::gap(bool nodes) const
{
    if (!m_last)
        return {};
    const std::optional<Kube::ApiResult> &failure = nodes ? m_last->nodeFailure : m_last->podFailure;
    return failure ? Models::explainMetricsFailure(*failure, m_last->apiService).text : QString();
}

void MetricsController::setWanted(QObject *consumer, bool wanted)
{
    if (wanted == m_wanting.contains(consumer))
        return;
    if (wanted) {
        m_wanting.insert(consumer);
        if (consumer != m_view)
            connect(consumer, &QObject::destroyed, this, [this](QObject *gone) {
                m_wanting.remove(gone);
                updateTimer();
            });
    } else {
        m_wanting.remove(consumer);
        disconnect(consumer, &QObject::destroyed, this, nullptr);
    }
    updateTimer();
}

void MetricsController::updateTimer()
{
    if (m_wanting.isEmpty()) {
        m_timer.stop();
    } else if (!m_timer.isActive()) {
        m_timer.start();
        read();
    }
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
    // Readings are recorded in order, one at a time: each builds on the
    // history the one before it made.
    if (m_recording)
        m_pending = sample;
    else
        record(sample);
}

void MetricsController::record(const Kube::MetricsSamplePtr &sample)
{
    m_recording = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Models::UsageHistory>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, sample] {
        watcher->deleteLater();
        if (generation == m_generation)
            recorded(watcher->result(), sample);
    });
    watcher->setFuture(QtConcurrent::run([history = m_history, sample]() mutable {
        history.record(*sample);
        return history;
    }));
}

void MetricsController::recorded(Models::UsageHistory history, const Kube::MetricsSamplePtr &sample)
{
    m_recording = false;
    m_history = std::move(history);
    m_last = sample;
    showSubject();
    Q_EMIT readingRecorded();
    if (m_pending)
        record(std::exchange(m_pending, nullptr));
}

void MetricsController::showSubject()
{
    const QString kind = m_view->kind();
    if (kind.isEmpty() || !m_wanting.contains(m_view))
        return;
    const bool node = kind == QLatin1String("Node");
    const QString container = node ? QString() : m_view->container();
    const QList<Models::UsageHistory::Point> points = node ? m_history.node(m_view->name())
        : container.isEmpty() ? m_history.pod(m_view->namespaceName(), m_view->name())
                              : m_history.container(m_view->namespaceName(), m_view->name(), container);
    m_view->showPoints(points);
    // The list of the kind shown decides: pods for a pod, nodes for a node.
    const QString why = gap(node);
    if (!why.isEmpty())
        m_view->showGap(why);
    else if (m_history.readings() > 0 && std::none_of(points.cbegin(), points.cend(), [](const auto &p) { return p.present; }))
        m_view->showGap(Models::notScrapedYet(kind.toLower() + u' '
                                              + (node ? m_view->name() : m_view->namespaceName() + u'/' + m_view->name()))
                            .text);
}

} // namespace Kaji::App
