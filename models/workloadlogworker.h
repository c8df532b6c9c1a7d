#pragma once

#include "logsource.h"
#include "restconfig.h"

#include <QHash>
#include <QTimer>

#include <functional>

#include <nlohmann/json.hpp>

// Lives on WorkloadLogSource's worker thread; every method runs there.
namespace Kaji::Kube {
class ApiClient;
class LogStream;
}

namespace Kaji::Models {

// The network side of WorkloadLogSource: finds the workload's pods through
// its selector, follows each pod's log, and looks for new pods every few
// seconds so replacements (a rollout, a crash-looping replica) join the
// merged log and vanished pods leave it.
class WorkloadLogWorker : public QObject {
    Q_OBJECT
public:
    WorkloadLogWorker(Kube::RestConfig config, QString namespaceName, QString workload);
    ~WorkloadLogWorker() override;

    // Reads the pods once to learn their containers (no logs yet).
    void loadContainers();
    // `session` comes back with every signal, so the owner can drop what an
    // earlier open() still has on its way.
    void open(const Kaji::Models::LogRequest &request, quint64 session);
    void close();
    void setPollInterval(int ms) { m_pollMs = ms; }

Q_SIGNALS:
    void containersLoaded(const QList<Kaji::Models::LogContainerChoice> &containers, const QString &defaultContainer);
    void podAdded(quint64 session, int source, const QString &pod);
    void podLines(quint64 session, int source, const Kaji::Models::LogBatch &batch);
    void podRemoved(quint64 session, int source);
    void stateChanged(int state, const QString &message); // LogSource::State

private:
    struct Pod {
        int source = 0;
        Kube::LogStream *stream = nullptr;
        bool present = true;
    };

    void resolve(std::function<void()> then);
    void poll(bool streams);
    void onPods(const nlohmann::json &list, bool streams);
    void startPod(const QString &name, const nlohmann::json &pod);

    Kube::RestConfig m_config;
    QString m_namespace;
    QString m_workload; // TYPE/NAME
    Kube::ApiClient *m_client = nullptr;
    QTimer *m_poll = nullptr;
    int m_pollMs = 3000;
    QString m_selector;
    LogRequest m_request;
    QHash<QString, Pod> m_pods;
    int m_nextSource = 0;
    bool m_containersSent = false;
    quint64 m_session = 0; // bumped by close(): stale network answers are ignored
    quint64 m_ownerSession = 0; // the owner's number for the current open()
    LogSource::State m_reported = LogSource::State::Idle;
};

} // namespace Kaji::Models
