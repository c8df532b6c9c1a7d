#include "overviewpage.h"

#include "capacitychart.h"
#include "healthcolours.h"
#include "historychart.h"
#include "objectlist.h"
#include "overviewcard.h"
#include "podstatus.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

constexpr int CardMinWidth = 430;
constexpr int ListRows = 6;

void setColour(QLabel *label, const QColor &colour)
{
    label->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1").arg(colour.name()) : QString());
}

QString kindPlural(Models::WorkloadCounts::Kind kind)
{
    switch (kind) {
    case Models::WorkloadCounts::Kind::Deployment: return OverviewPage::tr("Deployments");
    case Models::WorkloadCounts::Kind::StatefulSet: return OverviewPage::tr("StatefulSets");
    case Models::WorkloadCounts::Kind::DaemonSet: return OverviewPage::tr("DaemonSets");
    case Models::WorkloadCounts::Kind::Job: return OverviewPage::tr("Jobs");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : QScrollArea(parent), m_content(new QWidget(this)), m_grid(new QGridLayout(m_content))
{
    setObjectName(QStringLiteral("overviewPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(12);
    setWidget(m_content);

    m_cluster = addCard(QStringLiteral("clusterCard"), false);
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    m_apiVersion = addValue(facts, 0, 1, QStringLiteral("apiVersion"));
    m_apiHealth = addValue(facts, 1, 1, QStringLiteral("apiHealth"));
    m_nodesSummary = addValue(facts, 2, 1, QStringLiteral("nodesSummary"));
    for (int row = 0; row < 3; ++row)
        facts->addWidget(new QLabel(m_cluster), row, 0, Qt::AlignLeft | Qt::AlignTop);
    facts->setColumnStretch(1, 1);
    m_cluster->body()->addLayout(facts);
    m_nodeList = new ObjectList(QStringLiteral("nodeList"), ListRows, m_cluster);
    m_cluster->body()->addWidget(m_nodeList);
    m_cluster->body()->addStretch(1);

    m_pods = addCard(QStringLiteral("podsCard"), false);
    auto *pods = new QGridLayout;
    pods->setHorizontalSpacing(16);
    const char *podNames[] = {"podsRunning", "podsPending", "podsSucceeded", "podsFailed", "podsUnknown",
                              "podsCrashLoop", "podsImagePull", "podsRestarts"};
    for (int i = 0; i < 8; ++i) {
        const int row = i % 4, column = (i / 4) * 2;
        auto *name = new QLabel(m_pods);
        pods->addWidget(name, row, column);
        m_podNames.append(name);
        QLabel *value = addValue(pods, row, column + 1, QLatin1String(podNames[i]));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_podValues.append(value);
    }
    pods->setColumnStretch(1, 1);
    pods->setColumnStretch(3, 1);
    m_pods->body()->addLayout(pods);
    m_pods->body()->addStretch(1);

    m_workloads = addCard(QStringLiteral("workloadsCard"), false);
    auto *workloads = new QGridLayout;
    workloads->setHorizontalSpacing(12);
    const char *workloadNames[] = {"workloadDeployment", "workloadStatefulSet", "workloadDaemonSet", "workloadJob"};
    for (int i = 0; i < 4; ++i) {
        auto *name = new QLabel(m_workloads);
        workloads->addWidget(name, i, 0);
        m_workloadNames.append(name);
        m_workloadReplicas.append(addValue(workloads, i, 1, QLatin1String(workloadNames[i])));
        QLabel *state = addValue(workloads, i, 2, QLatin1String(workloadNames[i]) + QStringLiteral("State"));
        state->setWordWrap(true);
        m_workloadStates.append(state);
    }
    workloads->setColumnStretch(2, 1);
    m_workloads->body()->addLayout(workloads);
    m_failingList = new ObjectList(QStringLiteral("failingWorkloads"), ListRows, m_workloads);
    m_workloads->body()->addWidget(m_failingList);
    m_workloads->body()->addStretch(1);

    m_problems = addCard(QStringLiteral("problemsCard"), false);
    m_findingList = new ObjectList(QStringLiteral("overviewProblems"), 8, m_problems);
    m_problems->body()->addWidget(m_findingList);
    m_problems->body()->addStretch(1);

    m_events = addCard(QStringLiteral("eventsCard"), false);
    m_warningList = new ObjectList(QStringLiteral("overviewWarnings"), 8, m_events);
    m_events->body()->addWidget(m_warningList);
    m_events->body()->addStretch(1);

    m_cpu = addCard(QStringLiteral("cpuCard"), false);
    m_cpuChart = new CapacityChart(CapacityChart::Resource::Cpu, m_cpu);
    m_cpu->body()->addWidget(m_cpuChart);
    m_memory = addCard(QStringLiteral("memoryCard"), false);
    m_memoryChart = new CapacityChart(CapacityChart::Resource::Memory, m_memory);
    m_memory->body()->addWidget(m_memoryChart);

    m_podHistory = addCard(QStringLiteral("podHistoryCard"), true);
    m_podChart = new HistoryChart(HistoryChart::Subject::Pods, m_podHistory);
    m_podHistory->body()->addWidget(m_podChart);
    m_activity = addCard(QStringLiteral("activityCard"), true);
    m_activityChart = new HistoryChart(HistoryChart::Subject::Activity, m_activity);
    m_activity->body()->addWidget(m_activityChart);

    for (ObjectList *list : {m_nodeList, m_failingList, m_findingList, m_warningList})
        connect(list, &ObjectList::objectActivated, this, &OverviewPage::objectActivated);
    clear();
    reflow();
}

OverviewCard *OverviewPage::addCard(const QString &objectName, bool wide)
{
    auto *card = new OverviewCard(objectName, wide, m_content);
    card->setMinimumWidth(CardMinWidth - 40);
    m_cards.append(card);
    return card;
}

QLabel *OverviewPage::addValue(QGridLayout *grid, int row, int column, const QString &objectName)
{
    auto *label = new QLabel(grid->parentWidget() ? grid->parentWidget() : m_content);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(label, row, column);
    return label;
}

void OverviewPage::clear()
{
    m_probe = {};
    m_nodeState = m_podState = m_eventState = m_capacityState = {};
    m_nodeCounts = {};
    m_workloadCounts.clear();
    m_podCounts = {};
    m_findings.clear();
    m_findingTotal = 0;
    m_findingStatus.clear();
    m_findingsShown = false;
    m_warnings.clear();
    m_warningTotal = 0;
    m_capacity = {};
    m_metricsGap.clear();
    m_capacityShown = false;
    m_history.clear();
    retranslate();
}

void OverviewPage::showControlPlane(const Models::ControlPlaneProbe &probe)
{
    m_probe = probe;
    renderCluster();
}

// The controller counts again whenever anything it watches changes; the
// same figures are not laid out again (labels, lists, the page's layout).
// Warnings are: they say how long ago each was seen.
void OverviewPage::showNodes(const Models::SourceState &state, const Models::NodeCounts &counts)
{
    if (state == m_nodeState && counts == m_nodeCounts)
        return;
    m_nodeState = state;
    m_nodeCounts = counts;
    renderCluster();
}

void OverviewPage::showWorkloads(const QList<std::pair<Models::SourceState, Models::WorkloadCounts>> &workloads)
{
    if (workloads == m_workloadCounts && !workloads.isEmpty())
        return;
    m_workloadCounts = workloads;
    renderWorkloads();
}

void OverviewPage::showPods(const Models::SourceState &state, const Models::PodCounts &counts)
{
    if (state == m_podState && counts == m_podCounts)
        return;
    m_podState = state;
    m_podCounts = counts;
    renderPods();
}

void OverviewPage::showFindings(const Models::Findings &top, int total, const QString &status)
{
    m_findings = top;
    m_findingTotal = total;
    m_findingStatus = status;
    m_findingsShown = true;
    renderFindings();
}

void OverviewPage::showWarnings(const Models::SourceState &state, const QList<Models::WarningEvent> &recent, int total)
{
    m_eventState = state;
    m_warnings = recent;
    m_warningTotal = total;
    renderWarnings();
}

void OverviewPage::showCapacity(const Models::SourceState &pods, const Models::CapacityTotals &totals, const QString &gap)
{
    // The charts are built anew for each showing; a quiet cluster's counts
    // (node heartbeats count again) give the same figures. The nodes'
    // state is part of what is shown (renderCapacity's note).
    if (m_capacityShown && pods == m_capacityState && totals == m_capacity && gap == m_metricsGap
        && m_nodeState == m_capacityNodeState)
        return;
    m_capacityShown = true;
    m_capacityNodeState = m_nodeState;
    m_capacityState = pods;
    m_capacity = totals;
    m_metricsGap = gap;
    renderCapacity();
}

void OverviewPage::showHistory(const QList<Models::OverviewHistory::Point> &points)
{
    m_history = points;
    m_podChart->show(points);
    m_activityChart->show(points);
    const bool events = std::any_of(points.cbegin(), points.cend(), [](const auto &p) { return p.warnings.has_value(); });
    m_activity->setNote(events || points.isEmpty() ? QString()
                                                   : tr("Warning events are counted only while this page is shown; "
                                                        "the stretches before are gaps."));
    m_podHistory->setNote(points.isEmpty() ? tr("One point every 15 seconds since Kaji connected; the first comes soon.")
                                           : QString());
}

QString OverviewPage::noteOf(const QString &cardName) const
{
    for (const OverviewCard *card : m_cards) {
        if (card->objectName() == cardName)
            return card->note();
    }
    return {};
}

QString OverviewPage::whyEmpty(const Models::SourceState &state, const QString &what) const
{
    switch (state.access) {
    case Models::KindAccess::Loading: return tr("Loading %1…").arg(what);
    case Models::KindAccess::Forbidden: return tr("You may not list %1: %2").arg(what, state.message);
    case Models::KindAccess::NotServed: return tr("This cluster does not serve %1.").arg(what);
    case Models::KindAccess::Failed: return tr("Could not read %1: %2").arg(what, state.message);
    case Models::KindAccess::Readable: break;
    }
    if (!state.narrowedTo.isEmpty())
        return tr("Only namespace %1 is counted: you may not list %2 in all namespaces.")
            .arg(state.narrowedTo.join(QStringLiteral(", ")), what);
    return {};
}

void OverviewPage::renderCluster()
{
    const QPalette pal = palette();
    m_apiVersion->setText(m_probe.versionRead ? m_probe.gitVersion + (m_probe.platform.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_probe.platform))
                                              : tr("not read yet"));
    QStringList failed;
    for (const auto &[check, passed] : m_probe.readyzChecks) {
        if (!passed)
            failed.append(check);
    }
    if (m_probe.readyzStatus == 200) {
        m_apiHealth->setText(tr("ready (/readyz answered OK)"));
        setColour(m_apiHealth, healthColour(Models::Health::Healthy, pal));
    } else if (m_probe.readyzStatus == 0 && m_probe.readyzError.isEmpty()) {
        m_apiHealth->setText(tr("asking /readyz…"));
        setColour(m_apiHealth, {});
    } else if (!m_probe.readyzError.isEmpty()) {
        m_apiHealth->setText(tr("unknown: %1").arg(m_probe.readyzError));
        setColour(m_apiHealth, healthColour(Models::Health::Progressing, pal));
    } else {
        m_apiHealth->setText(failed.isEmpty() ? tr("not ready (HTTP %1)").arg(m_probe.readyzStatus)
                                              : tr("not ready: %1 failed").arg(failed.join(QStringLiteral(", "))));
        setColour(m_apiHealth, healthColour(Models::Health::Failing, pal));
    }

    const Models::NodeCounts &n = m_nodeCounts;
    const QString why = whyEmpty(m_nodeState, tr("nodes"));
    m_cluster->setNote(why);
    QList<ObjectList::Entry> entries;
    if (m_nodeState.access != Models::KindAccess::Readable) {
        m_nodesSummary->setText(QStringLiteral("–"));
        setColour(m_nodesSummary, {});
    } else {
        QString text = tr("%1 of %2 ready").arg(n.ready).arg(n.total);
        if (n.cordoned > 0)
            text += tr(", %n cordoned", nullptr, n.cordoned);
        m_nodesSummary->setText(text);
        setColour(m_nodesSummary, healthColour(n.ready == n.total ? Models::Health::Healthy : Models::Health::Failing, pal));
        const auto node = [](const QString &name) { return Models::ObjectRef{QStringLiteral("Node"), {}, name}; };
        for (const QString &name : n.notReadyNames)
            entries.append({tr("%1: not ready").arg(name), {}, healthColour(Models::Health::Failing, pal), node(name)});
        for (const QString &pressure : n.pressure)
            entries.append({pressure, {}, healthColour(Models::Health::Progressing, pal), node(pressure.section(u':', 0, 0))});
        for (const QString &name : n.cordonedNames)
            entries.append({tr("%1: cordoned (no new pods)").arg(name), {}, healthColour(Models::Health::Finished, pal), node(name)});
    }
    m_nodeList->setEntries(entries);
}

void OverviewPage::renderWorkloads()
{
    const QPalette pal = palette();
    QList<ObjectList::Entry> failing;
    QStringList notes;
    QMap<QString, QStringList> narrowed; // kinds by the namespaces they were narrowed to: one line each
    for (int i = 0; i < m_workloadNames.size(); ++i) {
        const auto kind = Models::WorkloadCounts::Kind(i);
        m_workloadNames[i]->setText(kindPlural(kind));
        const auto it = std::find_if(m_workloadCounts.cbegin(), m_workloadCounts.cend(),
                                     [kind](const auto &pair) { return pair.second.kind == kind; });
        const Models::SourceState state = it == m_workloadCounts.cend() ? Models::SourceState() : it->first;
        const QString why = whyEmpty(state, kindPlural(kind));
        if (state.access != Models::KindAccess::Readable) {
            m_workloadReplicas[i]->setText(QStringLiteral("–"));
            m_workloadStates[i]->setText(QString());
            notes.append(why);
            continue;
        }
        if (!state.narrowedTo.isEmpty())
            narrowed[state.narrowedTo.join(QStringLiteral(", "))].append(kindPlural(kind));
        const Models::WorkloadCounts &c = it->second;
        m_workloadReplicas[i]->setText(kind == Models::WorkloadCounts::Kind::Job
                                           ? tr("%1/%2 succeeded").arg(c.readyReplicas).arg(c.desiredReplicas)
                                           : tr("%1/%2 ready").arg(c.readyReplicas).arg(c.desiredReplicas));
        QStringList parts;
        if (c.total == 0)
            parts.append(tr("none"));
        if (c.ready > 0)
            parts.append(kind == Models::WorkloadCounts::Kind::Job ? tr("%n complete", nullptr, c.ready) : tr("%n healthy", nullptr, c.ready));
        if (c.progressing > 0)
            parts.append(kind == Models::WorkloadCounts::Kind::Job ? tr("%n running", nullptr, c.progressing) : tr("%n rolling out", nullptr, c.progressing));
        if (c.failing > 0)
            parts.append(tr("%n failing", nullptr, c.failing));
        m_workloadStates[i]->setText(parts.join(QStringLiteral(" · ")));
        setColour(m_workloadStates[i], healthColour(c.failing > 0 ? Models::Health::Failing
                                                     : c.progressing > 0 ? Models::Health::Progressing
                                                                         : Models::Health::Healthy, pal));
        for (const auto &f : c.failingObjects) {
            const QString text = kind == Models::WorkloadCounts::Kind::Job ? tr("%1 %2/%3: failed, %4 of %5 succeeded")
                                                                           : tr("%1 %2/%3: %4 of %5 ready");
            failing.append({text.arg(f.object.kind, f.object.namespaceName, f.object.name).arg(f.ready).arg(f.desired),
                            {}, healthColour(Models::Health::Failing, pal), f.object});
        }
    }
    for (auto it = narrowed.cbegin(); it != narrowed.cend(); ++it)
        notes.append(tr("Only namespace %1 is counted: you may not list %2 in all namespaces.").arg(it.key(), it->join(QStringLiteral(", "))));
    m_workloads->setNote(notes.join(u'\n'));
    m_failingList->setEntries(failing);
}

void OverviewPage::renderPods()
{
    const QPalette pal = palette();
    const QStringList names = {tr("Running"), tr("Pending"), tr("Succeeded"), tr("Failed"), tr("Unknown"),
                               tr("Crash looping"), tr("Image pull errors"), tr("Restarts")};
    const Models::PodCounts &c = m_podCounts;
    const qint64 values[] = {c.running, c.pending, c.succeeded, c.failed, c.unknown, c.crashLoop, c.imagePull, c.restarts};
    const Models::Health health[] = {Models::Health::Healthy, Models::Health::Progressing, Models::Health::Finished,
                                     Models::Health::Failing, Models::Health::Progressing, Models::Health::Failing,
                                     Models::Health::Failing, Models::Health::Progressing};
    const bool known = m_podState.access == Models::KindAccess::Readable;
    for (int i = 0; i < m_podValues.size(); ++i) {
        m_podNames[i]->setText(names.at(i));
        m_podValues[i]->setText(known ? QString::number(values[i]) : QStringLiteral("–"));
        // Colour only what needs a look: a zero of trouble is plain.
        const bool trouble = health[i] == Models::Health::Failing || health[i] == Models::Health::Progressing;
        setColour(m_podValues[i], known && (values[i] > 0 || !trouble) && i < 7 ? healthColour(health[i], pal) : QColor());
    }
    m_pods->setTitle(known ? tr("Pods (%1)").arg(c.total) : tr("Pods"));
    m_pods->setNote(whyEmpty(m_podState, tr("pods")));
}

void OverviewPage::renderFindings()
{
    const QPalette pal = palette();
    QList<ObjectList::Entry> entries;
    for (const Models::Finding &finding : std::as_const(m_findings)) {
        entries.append({tr("%1 — %2").arg(finding.object.display(), finding.headline),
                        finding.headline + u'\n' + finding.cause, severityColour(finding.severity, pal), finding.object});
    }
    m_findingList->setEntries(entries);
    QString note = m_findingStatus;
    if (note.isEmpty() && m_findingsShown) {
        if (m_findingTotal == 0)
            note = tr("The diagnosis found no problems.");
        else if (m_findingTotal > m_findings.size())
            note = tr("The %1 most severe of %2; the Problems dock lists them all.").arg(m_findings.size()).arg(m_findingTotal);
    } else if (!m_findingsShown) {
        note = tr("Not diagnosed yet.");
    }
    m_problems->setNote(note);
}

void OverviewPage::renderWarnings()
{
    const QPalette pal = palette();
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    QList<ObjectList::Entry> entries;
    for (const Models::WarningEvent &event : std::as_const(m_warnings)) {
        const QString ago = event.lastSeenMs > 0 ? Kube::humanDuration(nowSecs - event.lastSeenMs / 1000) : QStringLiteral("?");
        const QString object = event.involved.namespaceName.isEmpty()
            ? event.involved.kind + u' ' + event.involved.name
            : event.involved.kind + u' ' + event.involved.namespaceName + u'/' + event.involved.name;
        QString text = tr("%1 ago  %2  %3: %4").arg(ago, object, event.reason, event.message);
        if (event.count > 1)
            text = tr("%1 (×%2)").arg(text).arg(event.count);
        entries.append({text, object + u'\n' + event.reason + u'\n' + event.message,
                        severityColour(Models::Severity::Warning, pal), event.involved});
    }
    m_warningList->setEntries(entries);
    QString note = whyEmpty(m_eventState, tr("events"));
    if (note.isEmpty() && m_eventState.access == Models::KindAccess::Readable) {
        if (m_warningTotal == 0)
            note = tr("No Warning events are held by the API server (it keeps them for an hour by default).");
        else if (m_warningTotal > m_warnings.size())
            note = tr("The %1 most recent of %2.").arg(m_warnings.size()).arg(m_warningTotal);
    }
    m_events->setNote(note);
}

void OverviewPage::renderCapacity()
{
    QString why = whyEmpty(m_nodeState, tr("nodes"));
    if (why.isEmpty())
        why = whyEmpty(m_capacityState, tr("pods"));
    m_cpuChart->show(m_capacity, m_metricsGap);
    m_memoryChart->show(m_capacity, m_metricsGap);
    m_cpu->setNote(why);
    m_memory->setNote(why);
}

void OverviewPage::retranslate()
{
    m_cluster->setTitle(tr("Cluster"));
    if (auto *facts = qobject_cast<QGridLayout *>(m_cluster->body()->itemAt(0)->layout())) {
        const QStringList names = {tr("API server"), tr("Health"), tr("Nodes")};
        for (int row = 0; row < 3; ++row)
            static_cast<QLabel *>(facts->itemAtPosition(row, 0)->widget())->setText(names.at(row));
    }
    m_workloads->setTitle(tr("Workloads"));
    m_problems->setTitle(tr("Top problems"));
    m_events->setTitle(tr("Recent Warning events"));
    m_cpu->setTitle(tr("CPU"));
    m_memory->setTitle(tr("Memory"));
    m_podHistory->setTitle(tr("Pods since connect"));
    m_activity->setTitle(tr("Restarts and Warning events since connect"));
    renderCluster();
    renderWorkloads();
    renderPods();
    renderFindings();
    renderWarnings();
    renderCapacity();
    showHistory(m_history);
}

void OverviewPage::reflow()
{
    const int width = viewport()->width() - 24;
    const int columns = std::clamp(width / CardMinWidth, 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (OverviewCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    int row = 0, column = 0;
    for (OverviewCard *card : std::as_const(m_cards)) {
        if (card->isWide() && column > 0) {
            ++row;
            column = 0;
        }
        m_grid->addWidget(card, row, column, 1, card->isWide() ? columns : 1);
        column = card->isWide() ? columns : column + 1;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_grid->setRowStretch(row + 1, 1);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    reflow();
    Q_EMIT activeChanged(true);
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    QScrollArea::hideEvent(event);
    Q_EMIT activeChanged(false);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    reflow();
}

void OverviewPage::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        retranslate(); // colours follow the theme
}

} // namespace Kaji::Ui
