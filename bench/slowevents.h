#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QString>

#include <vector>

// GUI thread.
//
// A QApplication that times the delivery of every event on the GUI thread
// and keeps the slow ones with what received them: where StallProbe says
// how long the thread was held, this says by whom (a queued signal to a
// model, a timer of a view, a paint). Only the outermost delivery is timed;
// events sent while another is delivered belong to it. Each is timed on the
// wall clock and on the thread's CPU clock: on a machine the local cluster
// keeps busy, a delivery can take 90 ms while the app works for 10 of them,
// and only the second is the app's to cut.
class SlowEventApplication : public QApplication {
public:
    struct SlowEvent {
        double ms = 0; // wall clock
        double cpuMs = 0; // the GUI thread on a CPU
        QString what; // "MetaCall -> Kaji::Models::FindingModel", ...
        QString phase;
    };

    SlowEventApplication(int &argc, char **argv, double thresholdMs = 50);

    bool notify(QObject *receiver, QEvent *event) override;
    // Names the benchmark's phase the next slow events happen in.
    void setPhase(const QString &phase) { m_phase = phase; }
    // Says more about the delivery under way (a signal and its batch), for
    // when it turns out slow; a hook connected last to a signal calls it.
    void noteDelivery(const QString &detail) { m_detail = detail; }
    // Slowest first.
    std::vector<SlowEvent> slowest(size_t count) const;

private:
    double m_thresholdMs;
    int m_depth = 0;
    QString m_phase;
    QString m_detail;
    std::vector<SlowEvent> m_slow;
};
