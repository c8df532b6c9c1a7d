#pragma once

#include "metrics/usagehistory.h"
#include "metricssampler.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Kaji::Kube {
class ClusterConnection;
}
namespace Kaji::Ui {
class UsageView;
}

// GUI thread.
namespace Kaji::App {

// Reads metrics.k8s.io for the shown context while something that shows
// usage is on screen (one reading per resolution period, for every node and
// pod at once) and keeps the history since connect. Whatever shows usage
// says so with setWanted(); with no one wanting figures, no requests are
// made. The details panel's usage chart is fed here; other views listen to
// readingRecorded() and read history() and lastSample().
//
// A reading is recorded into a copy of the history on the pool (a copy
// shares every earlier reading: cheap), and the copy replaces history() when
// done. Why: recording 10,000 pods took ~20 ms of the GUI thread. history()
// and lastSample() change together, on this thread, just before
// readingRecorded().
class MetricsController : public QObject {
    Q_OBJECT
public:
    MetricsController(Ui::UsageView *view, QObject *parent = nullptr);

    void setConnection(Kube::ClusterConnection *connection);
    const Models::UsageHistory &history() const { return m_history; }
    // The latest reading (null before the first one of this connection).
    const Kube::MetricsSamplePtr &lastSample() const { return m_last; }
    // Why the latest reading had no node (or pod) figures, in the user's
    // language; empty when it had them or nothing was read yet.
    QString gap(bool nodes) const;
    // Milliseconds between readings (metrics-server's resolution).
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    // `consumer` shows usage (or stopped showing it). Reading runs while any
    // consumer wants it; a consumer that is destroyed stops wanting.
    void setWanted(QObject *consumer, bool wanted);
    bool isReading() const { return m_timer.isActive(); }

Q_SIGNALS:
    // A reading was added to history() (figures or a gap).
    void readingRecorded();

private:
    void updateTimer();
    void read();
    void received(const Kube::MetricsSamplePtr &sample);
    void record(const Kube::MetricsSamplePtr &sample);
    void recorded(Models::UsageHistory history, const Kube::MetricsSamplePtr &sample);
    void showSubject();

    Ui::UsageView *m_view;
    QPointer<Kube::ClusterConnection> m_connection;
    Models::UsageHistory m_history;
    Kube::MetricsSamplePtr m_last;
    QSet<QObject *> m_wanting;
    QTimer m_timer;
    bool m_reading = false;
    bool m_recording = false; // a reading is being recorded on the pool
    Kube::MetricsSamplePtr m_pending; // the next one, recorded after it
    quint64 m_generation = 0; // a reading of a previous connection is dropped
};

} // namespace Kaji::App
