#pragma once

#include "diagnosis/containerusage.h"
#include "diagnosis/finding.h"
#include "diagnosisschedule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

template<typename T>
class QFutureWatcher;
class QTimer;

// GUI thread.
namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Models {
class ClusterSnapshot;
class DiagnosisLoader;
class FindingModel;
class PodFindingsCache;
}

namespace Kaji::App {
class DiagnosisReader;

// Diagnoses the connected context once its pods are listed, then every minute in
// which its pods changed (and every ten minutes regardless, for problems
// of objects without pods): the reader reads the cluster on its own thread
// (listed once, then kept current by watches), the rules run on the thread
// pool, and the findings go to the model (Problems, the details' Diagnosis
// tab) and to the tables' badges. An idle cluster costs nothing between
// runs.
class DiagnosisRunner : public QObject {
    Q_OBJECT
public:
    explicit DiagnosisRunner(Models::FindingModel *findings, QObject *parent = nullptr);
    ~DiagnosisRunner() override;

    void setConnection(Kube::ClusterConnection *connection);
    // Starts a run unless one is under way.
    void run();
    static constexpr int CheckIntervalMs = 60 * 1000;
    // Findings in the current language. Their text is made when the rules
    // run: a fresh run words them anew, from what the reader's watches hold
    // (no list).
    void reword();
    // Recent container usage for the rules on limits (the metrics
    // controller's history), asked on the GUI thread as each run starts;
    // what it returns runs on the pool with the run's snapshot. Taking the history is cheap (a copy
    // shares its readings); matching it to every container is not.
    using UsageBuilder = std::function<Models::ContainerUsagePtr(const Models::ClusterSnapshot &snapshot)>;
    using UsageSource = std::function<UsageBuilder()>;
    void setUsageSource(UsageSource source) { m_usageSource = std::move(source); }
    // The bound of one read, all its pages and logs together (default
    // Timeouts::readMs): each request has its own deadline, but a run must
    // never stay "running" whatever happens underneath. Tests shorten it.
    void setReadTimeoutMs(int ms) { m_readTimeoutMs = ms; }

Q_SIGNALS:
    void diagnosed(int findings);

private:
    void runOncePodsListed();
    void runIfChanged();
    void loaded(Models::DiagnosisLoader *loader);
    void runRules(Models::DiagnosisLoader &loader);
    void dropRules();
    void readTimedOut();

    Models::FindingModel *m_findings;
    Kube::ClusterConnection *m_connection = nullptr;
    DiagnosisReader *m_reader;
    bool m_reading = false;
    DiagnosisSchedule m_schedule;
    // How long a run takes, read and rules, for the schedule.
    QElapsedTimer m_readClock;
    qint64 m_readTookMs = 0;
    QElapsedTimer m_rulesClock;
    QMetaObject::Connection m_podsWatch;
    QMetaObject::Connection m_firstRunWait; // until the pods are first listed
    QFutureWatcher<Models::Findings> *m_rules = nullptr; // owns the snapshot it reads
    // The pods' findings of the last run, reused for the pods that did not
    // change; used by one run of the rules at a time (a new run waits for
    // the last, dropRules), replaced for another cluster or language.
    std::shared_ptr<Models::PodFindingsCache> m_podCache;
    QDateTime m_lastReadAt; // when the shown findings' snapshot was read
    bool m_runAgain = false; // asked while rules ran: once they are done
    QTimer *m_refresh;
    QTimer *m_readWatchdog;
    int m_readTimeoutMs;
    UsageSource m_usageSource;
};

} // namespace Kaji::App
