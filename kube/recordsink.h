#pragma once

#include "recordset.h"
#include "scopedwatch.h"

#include <QSharedPointer>
#include <QTimer>

// The connection thread of the store that derives from it.
namespace Kaji::Kube {

// What every store does with its records besides reading them: the list
// bookkeeping (RecordSet) and the way changes are handed on: the first list
// at once, later changes coalesced to a few batches a second, or at once
// when a batch grows large; everything again for a new reader (replay); a
// reset with nothing when the store is dropped. A store reads pages and
// events into records and emits the batches (Batch has reset, scope,
// upserted and removed members).
template<typename Record, typename Batch>
class RecordSink : public ScopedSink {
public:
    static constexpr int LargeBatch = 5000;

    RecordSink()
    {
        m_flush.setObjectName(QStringLiteral("store flush")); // named for benchmarks' slow events
        m_flush.setSingleShot(true);
        m_flush.setInterval(250);
        QObject::connect(&m_flush, &QTimer::timeout, &m_flush, [this] { flush(); });
    }
    RecordSink(const RecordSink &) = delete;
    RecordSink &operator=(const RecordSink &) = delete;

    void beginList() override { m_set.beginList(); }
    void endList() override
    {
        m_set.endList();
        schedule();
    }
    void setScope(const QString &namespaceName) override { m_scope = namespaceName; }

    void replay() override
    {
        m_flush.stop();
        QSharedPointer<Batch> batch = newBatch();
        m_set.snapshotInto(*batch);
        emitBatch(batch);
    }

    void drop() override
    {
        // Readers hold what was flushed; nothing held, nothing to take away
        // (a part that was refused before it listed).
        flush();
        if (m_set.items().isEmpty())
            return;
        QSharedPointer<Batch> batch = newBatch();
        batch->reset = true; // and nothing in its place
        emitBatch(batch);
    }

    // The records with their indexes (namespace, node, owner, labels).
    const RecordSet<Record> &records() const { return m_set; }
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }
    virtual void flush() { flushBatch(false); }

protected:
    virtual void emitBatch(const QSharedPointer<Batch> &batch) = 0;

    void listed(Record record) { m_set.listed(std::move(record)); }
    // A watch event's record.
    void applyRecord(WatchEvent::Type type, Record record)
    {
        if (type == WatchEvent::Type::Deleted)
            m_set.remove(record.key());
        else
            m_set.upsert(std::move(record));
        schedule();
    }

    // A watch event's record that changes nothing the store keeps (see
    // RecordSet::refresh): no batch follows.
    void refreshRecord(Record record) { m_set.refresh(std::move(record)); }

    // `always`: a batch even without changed records (what the store adds).
    void flushBatch(bool always)
    {
        m_flush.stop();
        if (!m_set.hasChanges() && !always)
            return;
        QSharedPointer<Batch> batch = newBatch();
        m_set.drainInto(*batch);
        emitBatch(batch);
    }

private:
    void schedule()
    {
        if (m_set.pendingCount() >= LargeBatch || (m_set.hasChanges() && m_set.pendingCount() == 0))
            flush(); // a large batch, or the first list: at once
        else if (m_set.hasChanges() && !m_flush.isActive())
            m_flush.start();
    }

    QSharedPointer<Batch> newBatch() const
    {
        auto batch = QSharedPointer<Batch>::create();
        batch->scope = m_scope;
        return batch;
    }

    RecordSet<Record> m_set;
    QString m_scope;
    QTimer m_flush;
};

} // namespace Kaji::Kube
