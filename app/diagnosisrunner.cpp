#include "diagnosisrunner.h"

#include "clusterconnection.h"
#include "diagnosisreader.h"
#include "diagnosis/diagnosisengine.h"
#include "diagnosis/diagnosisloader.h"
#include "findingbadges.h"
#include "findingmodel.h"
#include "freedmemory.h"
#include "timeouts.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace Kaji::App {

using RunState = Models::FindingModel::RunState;

DiagnosisRunner::DiagnosisRunner(Models::FindingModel *findings, QObject *parent)
    : QObject(parent)
    , m_findings(findings)
    , m_reader(new DiagnosisReader(this))
    , m_podCache(std::make_shared<Models::PodFindingsCache>())
    , m_refresh(new QTimer(this))
    , m_readWatchdog(new QTimer(this))
    , m_readTimeoutMs(Kube::Timeouts::current().readMs)
{
    m_readWatchdog->setSingleShot(true);
    connect(m_readWatchdog, &QTimer::timeout, this, &DiagnosisRunner::readTimedOut);
    // Problems change as the cluster does; a minute is what a person
    // watching a failing rollout would tolerate, and cheap for the server
    // (a run needs changed pods, or a long quiet spell: DiagnosisSchedule).
    m_refresh->setInterval(CheckIntervalMs);
    connect(m_refresh, &QTimer::timeout, this, &DiagnosisRunner::runIfChanged);
    connect(m_reader, &DiagnosisReader::loaded, this, &DiagnosisRunner::loaded);
}

DiagnosisRunner::~DiagnosisRunner()
{
    dropRules();
}

// Rules still running on the pool are waited for: their findings would
// belong to another cluster.
void DiagnosisRunner::dropRules()
{
    if (!m_rules)
        return;
    m_rules->disconnect(this);
    m_rules->waitForFinished();
    delete m_rules;
    m_rules = nullptr;
}

void DiagnosisRunner::setConnection(Kube::ClusterConnection *connection)
{
    m_connection = connection;
    dropRules();
    m_reading = false;
    m_readWatchdog->stop();
    m_runAgain = false;
    m_lastReadAt = {};
    m_schedule.reset();
    m_podCache = std::make_shared<Models::PodFindingsCache>();
    disconnect(m_podsWatch);
    disconnect(m_firstRunWait);
    m_findings->clear();
    Models::FindingBadges::shared()->setFindings({});
    m_refresh->stop();
    if (!connection) {
        m_reader->setConfig(std::nullopt);
        m_findings->setRunState(RunState::NotRun, tr("Not connected."));
        return;
    }
    m_reader->setConfig(connection->config());
    m_podsWatch = connect(connection, &Kube::ClusterConnection::podsChanged, this, [this] { m_schedule.podsChanged(); });
    m_refresh->start();
    runOncePodsListed();
}

// The first read lists every object of the cluster at the moment the Pods
// table lists every pod; on the same server and cores the two together
// took 32 s to fill the table at 48,000 pods, the table alone 10 s. So the
// table goes first: the first read waits until the pods are listed (or
// their listing failed), and at most until the next check (a minute), which
// runs it anyway.
void DiagnosisRunner::runOncePodsListed()
{
    if (m_connection->state() != Kube::ClusterConnection::State::Connecting) {
        run();
        return;
    }
    m_findings->setRunState(RunState::NotRun, tr("Waiting for the pods to be listed before diagnosing."));
    m_firstRunWait = connect(m_connection, &Kube::ClusterConnection::stateChanged, this,
                             [this](Kube::ClusterConnection::State state) {
                                 if (state != Kube::ClusterConnection::State::Connecting)
                                     run();
                             });
}

void DiagnosisRunner::runIfChanged()
{
    if (m_schedule.due(QDateTime::currentSecsSinceEpoch()))
        run();
}

void DiagnosisRunner::run()
{
    if (!m_reader->hasConfig() || m_reading)
        return; // one at a time; the next tick tries again
    if (m_rules) {
        // A read from the mirror is quick, and its rules would first wait
        // for these on the GUI thread (dropRules; 444 ms at 110,000 pods):
        // the run follows them instead.
        m_runAgain = true;
        return;
    }
    disconnect(m_firstRunWait);
    m_reading = true;
    m_schedule.started(QDateTime::currentSecsSinceEpoch());
    m_readClock.start();
    m_findings->setRunState(RunState::Running);
    m_readWatchdog->start(m_readTimeoutMs);
    m_reader->read(m_connection ? m_connection->config().namespaceName : QString());
}

void DiagnosisRunner::readTimedOut()
{
    if (!m_reading || !m_connection)
        return;
    // Reads under way are dropped with the reader's client, which cancels
    // their requests; the next tick starts afresh.
    m_reader->setConfig(m_connection->config());
    m_reading = false;
    // Shown as "Diagnosis failed, retrying every minute: …".
    m_findings->setRunState(RunState::Failed,
                            tr("the cluster was not read within %1 s").arg((m_readTimeoutMs + 500) / 1000));
    m_schedule.failed();
}

void DiagnosisRunner::loaded(Models::DiagnosisLoader *read)
{
    // Freed here, not later: a deleteLater still queued when the app quits
    // is never run, and the loader (its snapshot when the read failed) was
    // left behind (LeakSanitizer).
    const std::unique_ptr<Models::DiagnosisLoader> loader(read);
    m_reading = false;
    m_readWatchdog->stop();
    if (!loader->error().isEmpty()) {
        // The last findings stay, marked as not current.
        m_findings->setRunState(RunState::Failed, loader->error());
        m_schedule.failed();
        return;
    }
    dropRules();
    m_lastReadAt = QDateTime::currentDateTime();
    m_readTookMs = m_readClock.elapsed();
    runRules(*loader); // its snapshot goes to the rules
}

void DiagnosisRunner::reword()
{
    // Findings are worded as they are made: none is reused across languages.
    m_podCache = std::make_shared<Models::PodFindingsCache>();
    if (m_rules) {
        m_runAgain = true; // the rules under way use the old language
        return;
    }
    // A read under way is followed by rules in the new language.
    if (!m_reading && !m_lastReadAt.isValid())
        return; // nothing shown yet
    run();
}

// The rules read thousands of objects: off the GUI thread. The snapshot
// goes with them and is freed there too, which at 10,000 pods would
// otherwise hold the GUI thread for tens of milliseconds.
void DiagnosisRunner::runRules(Models::DiagnosisLoader &loader)
{
    m_rules = new QFutureWatcher<Models::Findings>(this);
    connect(m_rules, &QFutureWatcher<Models::Findings>::finished, this, [this] {
        const Models::Findings findings = m_rules->result();
        m_rules->deleteLater();
        m_rules = nullptr;
        m_schedule.finished(m_readTookMs + m_rulesClock.elapsed());
        m_findings->setFindings(findings, m_lastReadAt);
        Models::FindingBadges::shared()->setFindings(findings);
        if (!m_reading)
            m_findings->setRunState(RunState::Current);
        Q_EMIT diagnosed(int(findings.size()));
        if (std::exchange(m_runAgain, false))
            run();
    });
    m_rulesClock.start();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto snapshot = std::make_shared<Models::ClusterSnapshot>(loader.takeSnapshot());
    // Taken here: the history lives on this thread and moves on.
    UsageBuilder usageOf = m_usageSource ? m_usageSource() : nullptr;
    m_rules->setFuture(QtConcurrent::run([snapshot = std::move(snapshot), logs = loader.logReader(), now,
                                          usageOf = std::move(usageOf), cache = m_podCache]() mutable {
        const Models::ContainerUsagePtr usage = usageOf ? usageOf(*snapshot) : nullptr;
        Models::Findings findings = Models::DiagnosisEngine::diagnose(*snapshot, logs, now, usage, cache.get());
        snapshot.reset();
        returnFreedMemory();
        return findings;
    }));
}

} // namespace Kaji::App
