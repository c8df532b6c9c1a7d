#pragma once

#include "apiclient.h"

#include <QElapsedTimer>
#include <QTimer>

// The thread of its ApiClient.
namespace Kaji::Kube {

// Watches one long-lived stream (a watch, a log follow) for a stalled
// server. Silence alone proves nothing (a quiet log sends nothing for
// hours), so after Timeouts::quietMs without a byte it asks the server
// something small: an answer means the stream is merely quiet and the wait
// goes on; no answer within Timeouts::probeMs means nothing comes through,
// and stalled() tells the owner to give the stream up and reconnect.
class StreamWatchdog : public QObject {
    Q_OBJECT
public:
    explicit StreamWatchdog(ApiClient *client, QObject *parent = nullptr);
    ~StreamWatchdog() override;

    void start(); // a stream began: silence counts from now
    void stop();
    void touch() { m_lastData.restart(); } // bytes arrived (cheap: called per chunk)
    bool isRunning() const { return m_timer.isActive() || m_probe != 0; }
    int probeCount() const { return m_probes; } // checks asked so far

    // Bounds other than Timeouts::current() (tests).
    void setTimeouts(int quietMs, int probeMs);

Q_SIGNALS:
    void stalled(const QString &message);

private:
    void check();

    ApiClient *m_client;
    QTimer m_timer;
    QElapsedTimer m_lastData;
    quint64 m_probe = 0;
    int m_probes = 0;
    int m_quietMs;
    int m_probeMs;
};

} // namespace Kaji::Kube
