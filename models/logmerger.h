#pragma once

#include "logbatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

// GUI thread.
namespace Kaji::Models {

// Interleaves the logs of several pods (a workload's) by timestamp. Each
// source's lines arrive in order but the sources arrive independently. A
// line is released once every registered source that is still talking has
// sent something at least as new (a watermark), so a pod whose history
// arrives late does not end up out of order. Sources silent for the
// hold-back (or, before their first line, for the longer start-up grace)
// stop holding the others back; lines held longer than the grace go out
// regardless. Without registered sources lines just wait the hold-back.
class LogMerger : public QObject {
    Q_OBJECT
public:
    explicit LogMerger(int holdBackMs = 300, QObject *parent = nullptr);

    // Announces a source before its first line, so its history is waited for.
    void addSource(quint16 source);
    void removeSource(quint16 source);
    void setStartupGraceMs(int ms) { m_graceMs = ms; }

    // `batch.sources` is ignored: every line is from `source`.
    void add(quint16 source, const LogBatch &batch);
    // Releases everything held, sorted.
    void flush();
    // Drops held lines and sources (a new log replaces the old one).
    void reset();
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

    struct Source {
        qint64 newest = std::numeric_limits<qint64>::min(); // newest timestamp received
        qint64 heardMs = 0; // when it last sent (or was added)
        bool spoke = false;
    };

    void tick();
    // Releases lines that arrived before `arrivedBeforeMs` or are not newer
    // than `watermark`.
    void release(qint64 arrivedBeforeMs, qint64 watermark = std::numeric_limits<qint64>::min());

    int m_holdBackMs;
    int m_graceMs = 2000;
    QHash<quint16, Source> m_sources;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<Pending> m_pending;
    quint64 m_sequence = 0;
};

} // namespace Kaji::Models
