#pragma once

#include "logsource.h"
#include "restconfig.h"

#include <QFile>
#include <QTimer>

#include <memory>

// Lives on PodLogSource's worker thread; every method runs there.
namespace Kaji::Kube {
class ApiClient;
class LogStream;
}

namespace Kaji::Models {

// The network side of PodLogSource: the pod's containers, one LogStream,
// and downloads. Lines are coalesced into batches (every 50 ms or 5,000
// lines) so a chatty pod costs the GUI thread a few appends a second, not
// one per network chunk.
class PodLogWorker : public QObject {
    Q_OBJECT
public:
    PodLogWorker(Kube::RestConfig config, QString namespaceName, QString pod);
    ~PodLogWorker() override;

    void loadContainers();
    // `session` comes back with every batch, so the owner can drop lines
    // of an earlier open() still on their way.
    void open(const Kaji::Models::LogRequest &request, quint64 session);
    void close();
    void download(const Kaji::Models::LogRequest &request, const QString &filePath);

Q_SIGNALS:
    void containersLoaded(const QList<Kaji::Models::LogContainerChoice> &containers, const QString &defaultContainer,
                          const QString &error);
    void linesArrived(quint64 session, const Kaji::Models::LogBatch &batch);
    void stateChanged(int state, const QString &message); // LogSource::State
    void downloadFinished(bool ok, const QString &message);

private:
    Kube::ApiClient *client();
    void flush();

    Kube::RestConfig m_config;
    QString m_namespace;
    QString m_pod;
    Kube::ApiClient *m_client = nullptr;
    Kube::LogStream *m_stream = nullptr;
    Kube::LogStream *m_download = nullptr;
    std::unique_ptr<QFile> m_file;
    LogBatch m_pending;
    QTimer *m_flush = nullptr;
    quint64 m_session = 0;
    bool m_streaming = false; // Streaming was reported for this stream
};

} // namespace Kaji::Models
