#pragma once

#include "restconfig.h"
#include "serversideapply.h"

#include <QObject>
#include <QThread>

// The object lives on the thread that creates it (the GUI thread); the
// engine it drives runs on a thread of its own.
namespace Kaji::Models {

// Server-side apply for a window, off the GUI thread: its own thread with
// its own API client and discovery (created at the first run and kept for
// the next), so a run never waits behind the connection's watches and the
// GUI never waits for the server. Outcomes arrive queued, in the order the
// engine applies the documents.
class ApplyRunner : public QObject {
    Q_OBJECT
public:
    explicit ApplyRunner(Kube::RestConfig config, QObject *parent = nullptr);
    ~ApplyRunner() override;

    const Kube::RestConfig &config() const { return m_config; }
    bool isBusy() const { return m_busy; }
    // Starts a run; false (and nothing sent) while another one runs.
    // Outcome indexes count in `documents`.
    bool run(QList<Kube::ManifestDocument> documents, Kube::ApplyOptions options);

Q_SIGNALS:
    void documentDone(const Kaji::Kube::ApplyOutcome &outcome);
    void finished();

private:
    Kube::RestConfig m_config;
    QThread m_thread;
    QObject *m_home; // lives on m_thread; parent of the client, discovery and engine
    // Touched on m_thread only.
    Kube::ApiClient *m_client = nullptr;
    Kube::Discovery *m_discovery = nullptr;
    Kube::ServerSideApply *m_engine = nullptr;
    bool m_busy = false;
};

} // namespace Kaji::Models
