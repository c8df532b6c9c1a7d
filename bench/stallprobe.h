#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// GUI thread (the thread whose stalls it measures).
//
// A timer that fires every `intervalMs` and records how late each firing
// was: while the event loop is busy (a model applying a batch, a view
// relaying out), the timer cannot fire, so its lateness is the length of
// the stall a user would have felt. Lateness, not the interval, is kept.
class StallProbe : public QObject {
    Q_OBJECT
public:
    struct Summary {
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        size_t samples = 0;
    };

    explicit StallProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start(); // forgets earlier samples
    void stop();
    Summary summary() const;

private:
    void tick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<double> m_latenessMs;
};
