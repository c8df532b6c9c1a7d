#pragma once

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QSharedData>
#include <QString>

#include <utility>

// Any thread: the record is never changed once shared, and its count is atomic.
namespace Kaji::Kube {

// One record (a pod's is about 470 bytes) held by whoever has it: the
// store, the batches it hands on and the table model's rows share a single
// copy through an eight-byte handle. Each held its own before: at 60,000
// pods the table's copies alone took 34 MB (heaptrack), and a first list
// copied every record on the GUI thread.
//
// Reads as the record it holds: `for (const PodRecord &pod : batch->upserted)`
// and `handle->name` work alike. A default handle holds nothing and must not
// be read (a freed table slot). The handle also keeps the record's key,
// made once where the record was read (the connection thread) and shared
// by every hash keyed by it: a table filled with 60,000 pods built each
// key again on the GUI thread (a quarter of the fill's 130 ms).
template<typename Record>
class SharedRecord {
public:
    SharedRecord() = default;
    SharedRecord(Record record) // implicit: a record goes where a handle is asked for
        : m_d(new Block(std::move(record)))
    {
    }
    // `key` is record.key(): a copy of a string the caller holds already.
    SharedRecord(Record record, const QString &key)
        : m_d(new Block(std::move(record), key))
    {
    }

    const Record &get() const { return m_d->record; }
    operator const Record &() const { return m_d->record; }
    const Record *operator->() const { return &m_d->record; }
    const Record &operator*() const { return m_d->record; }
    const QString &key() const { return m_d->key; }
    bool isNull() const { return !m_d; }
    // Whether both hold the very same copy (not merely equal records).
    bool sameAs(const SharedRecord &other) const { return m_d == other.m_d; }

private:
    struct Block : QSharedData {
        explicit Block(Record &&r)
            : key(r.key())
            , record(std::move(r))
        {
        }
        Block(Record &&r, const QString &k)
            : key(k)
            , record(std::move(r))
        {
        }
        const QString key;
        const Record record;
    };
    QExplicitlySharedDataPointer<Block> m_d;
};

// Handles for records, each record shared by none yet.
template<typename Record>
QList<SharedRecord<Record>> sharedRecords(QList<Record> records)
{
    QList<SharedRecord<Record>> out;
    out.reserve(records.size());
    for (Record &record : records)
        out.append(SharedRecord<Record>(std::move(record)));
    return out;
}

} // namespace Kaji::Kube

// Moved with memmove: the handle is one pointer.
template<typename Record>
Q_DECLARE_TYPEINFO_BODY(Kaji::Kube::SharedRecord<Record>, Q_RELOCATABLE_TYPE);
