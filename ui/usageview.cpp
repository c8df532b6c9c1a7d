#include "usageview.h"

#include "clearchart.h"
#include "healthcolours.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Kaji::Ui {
namespace {

QChart *newChart(QWidget *parent, QVBoxLayout *layout, const char *objectName)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    // Two charts at 100 px keep the details panel short enough for a
    // 1366x768 screen with a bottom dock open (issue 20's gallery).
    view->setMinimumHeight(100);
    layout->addWidget(view, 1);
    return chart;
}

// A horizontal line across the shown time range.
QLineSeries *level(const QString &name, double value, qint64 fromMs, qint64 toMs, const QColor &colour)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->append(double(fromMs), value);
    series->append(double(toMs), value);
    QPen pen(colour, 1.5, Qt::DashLine);
    series->setPen(pen);
    return series;
}

} // namespace

UsageView::UsageView(QWidget *parent) : QWidget(parent), m_picker(new QComboBox(this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("usageView"));
    m_state->setObjectName(QStringLiteral("usageState"));
    m_state->setWordWrap(true);
    m_picker->setObjectName(QStringLiteral("usageContainer"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->hide();
    connect(m_picker, &QComboBox::activated, this, [this] {
        m_points.clear();
        m_gap.clear();
        redraw();
        Q_EMIT subjectChanged();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_picker, 0, Qt::AlignLeft);
    layout->addWidget(m_state);
    m_cpu = newChart(this, layout, "usageCpuChart");
    m_memory = newChart(this, layout, "usageMemoryChart");
    retranslate();
}

void UsageView::setSubject(const QString &kind, const QString &namespaceName, const QString &name,
                           const Models::ResourceLines &lines)
{
    const QString title = namespaceName.isEmpty() ? kind + u' ' + name : kind + u' ' + namespaceName + u'/' + name;
    if (title != m_title)
        m_points.clear();
    m_kind = kind;
    m_namespace = namespaceName;
    m_name = name;
    const bool changed = title != m_title;
    m_title = title;
    if (changed)
        setContainers({});
    m_lines = lines;
    m_gap.clear();
    redraw();
    if (changed)
        Q_EMIT subjectChanged();
}

void UsageView::setContainers(const QList<Container> &containers)
{
    const QString picked = container();
    m_containers = containers;
    m_picker->clear();
    m_picker->addItem(tr("Whole pod"));
    for (const Container &c : containers)
        m_picker->addItem(tr("Container %1").arg(c.name), c.name);
    // One container is the pod: nothing to pick.
    m_picker->setVisible(containers.size() > 1);
    const int again = m_picker->findData(picked);
    m_picker->setCurrentIndex(again > 0 ? again : 0);
    if (again <= 0 && !picked.isEmpty()) {
        m_points.clear();
        Q_EMIT subjectChanged();
    }
    redraw();
}

QString UsageView::container() const
{
    return m_picker->currentIndex() > 0 ? m_picker->currentData().toString() : QString();
}

bool UsageView::pickContainer(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_picker->findData(name);
    if (index < 0)
        return false;
    m_picker->setCurrentIndex(index);
    Q_EMIT m_picker->activated(index);
    return true;
}

void UsageView::showPoints(const QList<Models::UsageHistory::Point> &points)
{
    m_points = points;
    m_gap.clear();
    redraw();
}

void UsageView::showGap(const QString &reason)
{
    m_gap = reason;
    redraw();
}

QString UsageView::stateText() const
{
    return m_state->text();
}

void UsageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT activeChanged(true);
}

void UsageView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT activeChanged(false);
}

void UsageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsageView::retranslate()
{
    m_cpu->setTitle(tr("CPU (millicores)"));
    m_memory->setTitle(tr("Memory (MiB)"));
    if (m_picker->count() > 0) {
        m_picker->setItemText(0, tr("Whole pod"));
        for (int i = 0; i < m_containers.size(); ++i)
            m_picker->setItemText(i + 1, tr("Container %1").arg(m_containers.at(i).name));
    }
    redraw();
}

// Each run of readings with a sample is a line of its own, so a missing
// reading is drawn as a gap, not bridged and never as 0.
void UsageView::redraw()
{
    m_present = int(std::count_if(m_points.cbegin(), m_points.cend(), [](const auto &p) { return p.present; }));
    const QPalette pal = palette();
    const QColor usage = pal.color(QPalette::Highlight);
    const QColor request = severityColour(Models::Severity::Warning, pal);
    const QColor limit = severityColour(Models::Severity::Critical, pal);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = m_points.isEmpty() ? now - 60'000 : m_points.first().timeMs;
    const qint64 to = m_points.isEmpty() ? now : std::max(m_points.last().timeMs, from + 1000);
    // A container is drawn against its own request and limit.
    const QString picked = container();
    Models::ResourceLines lines = m_lines;
    for (const Container &c : std::as_const(m_containers)) {
        if (c.name == picked)
            lines = c.lines;
    }
    const QString title = picked.isEmpty() ? m_title : tr("%1, container %2").arg(m_title, picked);

    for (QChart *chart : {m_cpu, m_memory}) {
        const bool cpu = chart == m_cpu;
        clearChart(chart);
        const auto value = [cpu](const Models::UsageHistory::Point &p) {
            return cpu ? double(p.cpuMillis) : double(p.memoryBytes) / (1024.0 * 1024.0);
        };
        double top = 1;
        QList<QLineSeries *> all;
        QLineSeries *run = nullptr;
        for (const Models::UsageHistory::Point &p : std::as_const(m_points)) {
            if (!p.present) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setName(tr("Usage"));
                run->setPen(QPen(usage, 2));
                all.append(run);
            }
            run->append(double(p.timeMs), value(p));
            top = std::max(top, value(p));
        }
        const std::optional<qint64> req = cpu ? lines.cpuRequestMillis : lines.memoryRequestBytes;
        const std::optional<qint64> lim = cpu ? lines.cpuLimitMillis : lines.memoryLimitBytes;
        const double scale = cpu ? 1.0 : 1.0 / (1024.0 * 1024.0);
        if (req && *req > 0) {
            all.append(level(tr("Request"), double(*req) * scale, from, to, request));
            top = std::max(top, double(*req) * scale);
        }
        if (lim && *lim > 0) {
            all.append(level(m_kind == QLatin1String("Node") ? tr("Allocatable") : tr("Limit"),
                             double(*lim) * scale, from, to, limit));
            top = std::max(top, double(*lim) * scale);
        }
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("HH:mm:ss"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        auto *y = new QValueAxis;
        y->setRange(0, top * 1.1);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bool usageInLegend = false;
        for (QLineSeries *series : std::as_const(all)) {
            // A reading between gaps is a line of one point: draw it as a dot.
            if (series->count() == 1)
                series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            const bool isUsage = series->name() == tr("Usage");
            if (isUsage && usageInLegend)
                chart->legend()->markers(series).value(0)->setVisible(false);
            usageInLegend = usageInLegend || isUsage;
        }
    }
    if (!m_gap.isEmpty())
        m_state->setText(m_gap);
    else if (m_points.isEmpty() || m_present == 0)
        m_state->setText(tr("%1: waiting for the first sample (metrics-server reads every 15 s or so).").arg(title));
    else
        m_state->setText(tr("%1: %n reading(s) since Kaji connected; gaps are readings without a sample.", nullptr, m_present)
                             .arg(title));
}

} // namespace Kaji::Ui
