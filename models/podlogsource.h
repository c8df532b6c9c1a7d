#pragma once

#include "logsource.h"
#include "restconfig.h"

#include <QThread>

// GUI thread; its PodLogWorker runs on a thread of its own.
namespace Kaji::Models {

class PodLogWorker;

// The logs of one pod through the Kubernetes API. The HTTP work runs on a
// private thread so a slow or stuck server never blocks the window; lines
// arrive here in batches.
class PodLogSource : public LogSource {
    Q_OBJECT
public:
    PodLogSource(Kube::RestConfig config, QString namespaceName, QString pod, QObject *parent = nullptr);
    ~PodLogSource() override;

    QString title() const override { return m_namespace + u'/' + m_pod; }
    QList<LogContainerChoice> containers() const override { return m_containers; }
    QString defaultContainer() const override { return m_defaultContainer; }
    void open(const LogRequest &request) override;
    void close() override;
    void download(const LogRequest &request, const QString &filePath) override;

private:
    QString m_namespace;
    QString m_pod;
    QThread m_thread;
    PodLogWorker *m_worker;
    QList<LogContainerChoice> m_containers;
    QString m_defaultContainer;
    quint64 m_session = 0; // lines of an earlier open() still in flight are dropped
};

} // namespace Kaji::Models
