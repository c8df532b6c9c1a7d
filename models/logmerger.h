#pragma once

#include "logbatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// GUI thread.
namespace Kaji::Models {

// Interleaves the logs of several pods (a workload's) by timestamp. Each
// source's lines arrive in order but the sources arrive independently, so
// lines wait a short hold-back window and are released sorted, which orders
// everything that arrives within the window (the initial history of all
// pods, and live lines from pods logging at once). A line later than the
// window still comes out, just after its true place.
class LogMerger : public QObject {
    Q_OBJECT
public:
    explicit LogMerger(int holdBackMs = 300, QObject *parent = nullptr);

    // `batch.sources` is ignored: every line is from `source`.
    void add(quint16 source, const LogBatch &batch);
    // Releases everything held, sorted.
    void flush();
    qsizetype pendingLines() const { return qsizetype(m_pending.size()); }

Q_SIGNALS:
    void merged(const Kaji::Models::LogBatch &batch);

private:
    struct Pending {
        qint64 timestamp;
        qint64 arrivedMs;
        quint64 sequence; // arrival order breaks timestamp ties
        quint16 source;
        QByteArray text; // one line with its '\n'
    };

    void release(qint64 arrivedBeforeMs);

    int m_holdBackMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<Pending> m_pending;
    quint64 m_sequence = 0;
};

} // namespace Kaji::Models
