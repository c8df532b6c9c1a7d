#pragma once

#include "objectindex.h"
#include "sharedrecord.h"

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
// Every change also keeps the secondary indexes (ObjectIndex) current, so
// queries by namespace, node, owner or label selector never scan.
// Records are held as SharedRecord handles, which batches and table models
// share. Record needs key(), resourceVersion, labels, and
// indexedFields(record) and shareIndexedStrings(record, index) overloads
// beside it.
template<typename Record>
class RecordSet {
public:
    void beginList()
    {
        m_seen.clear();
        if (!m_listed) {
            m_items.clear();
            m_pending.clear();
            m_index.clear();
        }
    }

    void listed(Record record)
    {
        if (!m_listed) {
            store(std::move(record));
            return;
        }
        m_seen.insert(record.key());
        const auto it = m_items.constFind(record.key());
        if (it == m_items.constEnd() || (*it)->resourceVersion != record.resourceVersion)
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
        const auto it = store(std::move(record));
        m_pending.insert(it.key(), it.value());
    }

    // A new version of a held record that the store found to change nothing
    // it keeps: held, so a re-list compares the current resourceVersion,
    // but not a change to hand on.
    void refresh(Record record)
    {
        const auto it = store(std::move(record));
        if (const auto pending = m_pending.find(it.key()); pending != m_pending.end() && !pending->isNull())
            pending.value() = it.value();
    }

    void remove(const QString &key)
    {
        const auto it = m_items.find(key);
        if (it == m_items.end())
            return;
        m_pending.insert(it.key(), Shared());
        m_index.remove(it.key(), indexedFields(*it.value()));
        m_items.erase(it);
    }

    using Shared = SharedRecord<Record>;

    const QHash<QString, Shared> &items() const { return m_items; }
    const ObjectIndex &index() const { return m_index; }

    QSet<QString> keysInNamespace(const QString &namespaceName) const { return m_index.inNamespace(namespaceName); }
    QSet<QString> keysOnNode(const QString &nodeName) const { return m_index.onNode(nodeName); }
    QSet<QString> keysOwnedBy(const QString &uid) const { return m_index.ownedBy(uid); }

    // Keys of the records `selector` matches, in one namespace or (empty)
    // all: the index narrows the candidates, the selector confirms each.
    QSet<QString> keysMatching(const LabelSelector &selector, const QString &namespaceName = {}) const
    {
        std::optional<QSet<QString>> candidates = m_index.selectorCandidates(selector);
        if (!namespaceName.isEmpty()) {
            QSet<QString> inNamespace = m_index.inNamespace(namespaceName);
            if (!candidates || inNamespace.size() < candidates->size())
                candidates = std::move(inNamespace);
        }
        QSet<QString> out;
        const auto consider = [&](const QString &key, const Shared &shared) {
            const Record &record = *shared;
            if ((namespaceName.isEmpty() || record.namespaceName == namespaceName) && selector.matches(record.labels))
                out.insert(key);
        };
        if (!candidates) {
            for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
                consider(it.key(), it.value());
            return out;
        }
        for (const QString &key : std::as_const(*candidates)) {
            if (const auto it = m_items.constFind(key); it != m_items.cend())
                consider(it.key(), it.value());
        }
        return out;
    }
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
                if (!it.value().isNull())
                    batch.upserted.append(it.value());
                else
                    batch.removed.append(it.key());
            }
        }
        m_reset = false;
        m_pending.clear();
    }

private:
    // Inserts or replaces, keeping the index current; the iterator's key is
    // the one string every index entry of this record shares. The record's
    // strings become the index's before it is shared: after that it never
    // changes.
    typename QHash<QString, Shared>::iterator store(Record record)
    {
        QString key = record.key();
        auto it = m_items.find(key);
        if (it == m_items.end()) {
            it = m_items.emplace(std::move(key), Shared());
            m_index.add(it.key(), indexedFields(record));
        } else {
            m_index.replace(it.key(), indexedFields(*it.value()), indexedFields(record));
        }
        shareIndexedStrings(record, m_index);
        it.value() = Shared(std::move(record), it.key());
        return it;
    }

    QHash<QString, Shared> m_items;
    QHash<QString, Shared> m_pending; // a null handle: removed
    QSet<QString> m_seen; // keys listed so far in a re-list
    bool m_listed = false;
    bool m_reset = false;
    ObjectIndex m_index;
};

} // namespace Kaji::Kube
