#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The thread of the store that owns it.
namespace Kaji::Kube {

// The records of one collection plus what changed since the last batch,
// with the list bookkeeping every store shares: the first list fills it and
// is reported as a reset; a re-list is reconciled into ordinary upserts and
// removals, so views keep their selection, and nothing is doubled or stale.
// Record needs key() and resourceVersion.
template<typename Record>
class RecordSet {
public:
    void beginList()
    {
        m_seen.clear();
        if (!m_listed) {
            m_items.clear();
            m_pending.clear();
        }
    }

    void listed(Record record)
    {
        if (!m_listed) {
            QString key = record.key();
            m_items.insert(std::move(key), std::move(record));
            return;
        }
        m_seen.insert(record.key());
        const auto it = m_items.constFind(record.key());
        if (it == m_items.constEnd() || it->resourceVersion != record.resourceVersion)
            upsert(std::move(record));
    }

    void endList()
    {
        if (!m_listed) {
            m_listed = true;
            m_reset = true;
            return;
        }
        const QStringList known = m_items.keys();
        for (const QString &key : known) {
            if (!m_seen.contains(key))
                remove(key);
        }
        m_seen.clear();
    }

    void upsert(Record record)
    {
        const QString key = record.key();
        m_pending.insert(key, record);
        m_items.insert(key, std::move(record));
    }

    void remove(const QString &key)
    {
        if (m_items.remove(key))
            m_pending.insert(key, std::nullopt);
    }

    const QHash<QString, Record> &items() const { return m_items; }
    qsizetype pendingCount() const { return m_pending.size(); }
    bool hasChanges() const { return m_reset || !m_pending.isEmpty(); }

    // Everything held, as a reset batch; what was pending goes with it.
    template<typename Batch>
    void snapshotInto(Batch &batch)
    {
        batch.reset = true;
        batch.upserted = m_items.values();
        m_reset = false;
        m_pending.clear();
    }

    // Moves what changed into a batch with reset/upserted/removed members.
    template<typename Batch>
    void drainInto(Batch &batch)
    {
        batch.reset = m_reset;
        if (m_reset) {
            batch.upserted = m_items.values();
        } else {
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it.value())
                    batch.upserted.append(*it.value());
                else
                    batch.removed.append(it.key());
            }
        }
        m_reset = false;
        m_pending.clear();
    }

private:
    QHash<QString, Record> m_items;
    QHash<QString, std::optional<Record>> m_pending; // nullopt: removed
    QSet<QString> m_seen; // keys listed so far in a re-list
    bool m_listed = false;
    bool m_reset = false;
};

} // namespace Kaji::Kube
