#pragma once

#include "logsource.h"
#include "restconfig.h"

#include <QThread>

// GUI thread; its WorkloadLogWorker runs on a thread of its own.
namespace Kaji::Models {

class LogMerger;
class WorkloadLogWorker;

// The logs of every pod of a workload ("deployment/web", "statefulset/db",
// "svc/web", ...) interleaved by timestamp, each line tagged with its pod;
// pods that appear later join, pods that go away leave.
class WorkloadLogSource : public LogSource {
    Q_OBJECT
public:
    WorkloadLogSource(Kube::RestConfig config, QString namespaceName, QString workload, QObject *parent = nullptr);
    ~WorkloadLogSource() override;

    QString title() const override { return m_namespace + u'/' + m_workload; }
    QList<LogContainerChoice> containers() const override { return m_containers; }
    QString defaultContainer() const override { return m_defaultContainer; }
    void open(const LogRequest &request) override;
    void close() override;
    // Not offered: there is no single "whole log" of a workload. Reports failure.
    void download(const LogRequest &request, const QString &filePath) override;

    // Tests shorten how often the pod list is read (default 3 s).
    void setPollInterval(int ms);

private:
    QString m_namespace;
    QString m_workload;
    QThread m_thread;
    WorkloadLogWorker *m_worker;
    LogMerger *m_merger;
    QList<LogContainerChoice> m_containers;
    QString m_defaultContainer;
    quint64 m_session = 0;
};

} // namespace Kaji::Models
