#pragma once

// Its own std::thread (blocking sockets); the accessors are for any thread.
//
// Traffic through a port-forward for as long as the soak runs: POST /echo
// of a fresh random body every interval over a keep-alive connection to the
// forward's local port (the local cluster's demo server echoes the body),
// each reply checked against the body's SHA-256. A connection that breaks
// (the API server or kwok restarting) is counted and made again.

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace KajiSoak {

class ForwardTraffic {
public:
    struct Echo {
        qint64 startMs = 0; // epoch ms
        qint64 endMs = 0;
    };
    struct Totals {
        qint64 echoes = 0; // complete and intact
        qint64 bytes = 0; // echoed intact, each way
        qint64 corrupted = 0; // complete replies whose bytes differ from the body
        qint64 interrupted = 0; // requests cut off (no reply, or a short one)
        QString lastError;
    };

    ForwardTraffic(int bodyBytes, int intervalMs) : m_bodyBytes(bodyBytes), m_intervalMs(intervalMs) {}
    ~ForwardTraffic() { stop(); }
    ForwardTraffic(const ForwardTraffic &) = delete;
    ForwardTraffic &operator=(const ForwardTraffic &) = delete;

    void start(quint16 localPort);
    void stop();
    bool running() const { return m_thread.joinable(); }

    Totals totals() const;
    // The first intact echo that started at or after `epochMs`; endMs 0 if none.
    Echo firstEchoFrom(qint64 epochMs) const;

private:
    void run(quint16 port);

    const int m_bodyBytes;
    const int m_intervalMs;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    Totals m_totals;
    std::vector<Echo> m_echoes; // intact ones, in order
};

} // namespace KajiSoak
