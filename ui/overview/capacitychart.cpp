#include "capacitychart.h"

#include "clearchart.h"
#include "healthcolours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Kaji::Ui {
namespace {

struct Figures {
    std::optional<qint64> usage;
    qint64 request = 0, limit = 0, allocatable = 0;
};

Figures figuresOf(const Models::CapacityRow &row, CapacityChart::Resource resource)
{
    if (resource == CapacityChart::Resource::Cpu)
        return {row.cpuUsageMillis, row.cpuRequestMillis, row.cpuLimitMillis, row.cpuAllocatableMillis};
    return {row.memoryUsageBytes, row.memoryRequestBytes, row.memoryLimitBytes, row.memoryAllocatableBytes};
}

double percent(qint64 value, qint64 of)
{
    return of > 0 ? 100.0 * double(value) / double(of) : 0.0;
}

} // namespace

CapacityChart::CapacityChart(Resource resource, QWidget *parent)
    : QWidget(parent), m_resource(resource), m_summary(new QLabel(this)), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setObjectName(resource == Resource::Cpu ? QStringLiteral("overviewCpu") : QStringLiteral("overviewMemory"));
    m_summary->setObjectName(QStringLiteral("capacitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

QString CapacityChart::cores(qint64 millis)
{
    if (millis % 1000 == 0)
        return tr("%n cores", nullptr, int(millis / 1000));
    return millis < 1000 ? tr("%1m").arg(millis) : tr("%1 cores").arg(double(millis) / 1000.0, 0, 'f', 1);
}

QString CapacityChart::bytes(qint64 bytes)
{
    constexpr double GiB = 1024.0 * 1024 * 1024;
    if (double(bytes) >= GiB)
        return tr("%1 GiB").arg(double(bytes) / GiB, 0, 'f', 1);
    return tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 0);
}

QString CapacityChart::amount(qint64 value) const
{
    return m_resource == Resource::Cpu ? cores(value) : bytes(value);
}

void CapacityChart::show(const Models::CapacityTotals &totals, const QString &gap)
{
    const Figures total = figuresOf(totals.total, m_resource);
    QStringList parts;
    if (total.usage)
        parts.append(tr("used %1 of %2 (%3%)").arg(amount(*total.usage), amount(total.allocatable))
                         .arg(percent(*total.usage, total.allocatable), 0, 'f', 0));
    else
        parts.append(tr("%1 allocatable").arg(amount(total.allocatable)));
    parts.append(tr("requested %1 (%2%)").arg(amount(total.request)).arg(percent(total.request, total.allocatable), 0, 'f', 0));
    // A sum of 0 means no pod sets a limit: "0 (0%)", as kubectl describe
    // writes it, reads like a measurement.
    if (total.limit > 0)
        parts.append(tr("limits %1 (%2%)").arg(amount(total.limit)).arg(percent(total.limit, total.allocatable), 0, 'f', 0));
    else
        parts.append(tr("no limits set"));
    QString text = tr("Cluster: %1").arg(parts.join(QStringLiteral(" · ")));
    if (!gap.isEmpty())
        text += u'\n' + tr("No usage figures: %1").arg(gap);
    if (totals.nodes.size() > MaxNodes)
        text += u'\n' + tr("The %1 busiest of %2 nodes are shown.").arg(MaxNodes).arg(totals.nodes.size());
    m_summary->setText(text);

    // The busiest nodes: by usage when measured, else by requests.
    QList<Models::CapacityRow> nodes = totals.nodes;
    std::stable_sort(nodes.begin(), nodes.end(), [this](const Models::CapacityRow &a, const Models::CapacityRow &b) {
        const Figures fa = figuresOf(a, m_resource), fb = figuresOf(b, m_resource);
        return percent(fa.usage.value_or(fa.request), fa.allocatable) > percent(fb.usage.value_or(fb.request), fb.allocatable);
    });
    if (nodes.size() > MaxNodes)
        nodes.resize(MaxNodes);
    nodes.prepend(totals.total);

    clearChart(m_chart);
    const QPalette pal = palette();
    auto *used = new QBarSet(tr("Used"));
    used->setColor(healthColour(Models::Health::Progressing, pal));
    auto *requested = new QBarSet(tr("Requested"));
    requested->setColor(healthColour(Models::Health::Healthy, pal));
    auto *limits = new QBarSet(tr("Limits"));
    limits->setColor(pal.color(QPalette::Mid));
    QStringList categories;
    double highest = 100;
    m_usageBars = 0;
    const bool anyUsage = std::any_of(nodes.cbegin(), nodes.cend(), [this](const auto &row) { return figuresOf(row, m_resource).usage.has_value(); });
    // Bars list bottom-up: the total goes last so it is drawn on top.
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        const Figures f = figuresOf(*it, m_resource);
        QString name = it->node.isEmpty() ? tr("All nodes") : it->node;
        if (anyUsage && !f.usage)
            name = tr("%1 (no reading)").arg(name);
        categories.append(name);
        if (f.usage)
            ++m_usageBars;
        const double u = percent(f.usage.value_or(0), f.allocatable);
        const double r = percent(f.request, f.allocatable);
        const double l = percent(f.limit, f.allocatable);
        used->append(u);
        requested->append(r);
        limits->append(l);
        highest = std::max({highest, u, r, l});
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    series->append(limits);
    series->append(requested);
    if (anyUsage)
        series->append(used);
    else
        delete used;
    m_chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::ceil(highest / 25.0) * 25.0);
    axisX->setLabelFormat(QStringLiteral("%d%"));
    axisX->setTickCount(5);
    axisX->setTitleText(tr("share of allocatable"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const QColor ink = pal.color(QPalette::WindowText);
    axisX->setLabelsColor(ink);
    axisX->setTitleBrush(ink);
    axisY->setLabelsColor(ink);
    m_chart->legend()->setLabelColor(ink);
    // Room for each node's name: with too little height the axis elides
    // every label to "…" (sooner with CJK fonts, whose lines are taller).
    m_view->setMinimumHeight(110 + 36 * int(categories.size()));
}

QString CapacityChart::summary() const
{
    return m_summary->text();
}

} // namespace Kaji::Ui
