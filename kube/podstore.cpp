#include "podstore.h"

#include <QSet>

namespace Kaji::Kube {

PodStore::PodStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PodChangeBatchPtr>();
    m_flush.setSingleShot(true);
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, &PodStore::flush);
}

void PodStore::replaceAll(std::vector<nlohmann::json> items)
{
    if (!m_listed) {
        m_listed = true;
        m_pendingReset = true;
        m_pending.clear();
        m_pods.clear();
        m_pods.reserve(qsizetype(items.size()));
        for (const nlohmann::json &item : items) {
            PodRecord record = podRecordFromJson(item);
            m_pods.insert(record.key(), std::move(record));
        }
        flush();
        return;
    }
    // A re-list: reconcile, so objects deleted while we were not watching
    // disappear and none is doubled.
    QSet<QString> seen;
    seen.reserve(qsizetype(items.size()));
    for (const nlohmann::json &item : items) {
        PodRecord record = podRecordFromJson(item);
        seen.insert(record.key());
        const auto it = m_pods.constFind(record.key());
        if (it == m_pods.constEnd() || it->resourceVersion != record.resourceVersion)
            upsert(std::move(record));
    }
    const QStringList known = m_pods.keys();
    for (const QString &key : known) {
        if (!seen.contains(key))
            remove(key);
    }
    schedule();
}

void PodStore::apply(const WatchEvent &event)
{
    PodRecord record = podRecordFromJson(event.object);
    if (event.type == WatchEvent::Type::Deleted)
        remove(record.key());
    else
        upsert(std::move(record));
    schedule();
}

void PodStore::upsert(PodRecord record)
{
    const QString key = record.key();
    m_pending.insert(key, record);
    m_pods.insert(key, std::move(record));
}

void PodStore::remove(const QString &key)
{
    if (m_pods.remove(key))
        m_pending.insert(key, std::nullopt);
}

void PodStore::schedule()
{
    if (m_pending.size() >= LargeBatch)
        flush();
    else if (!m_pending.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void PodStore::flush()
{
    m_flush.stop();
    if (!m_pendingReset && m_pending.isEmpty())
        return;
    auto batch = QSharedPointer<PodChangeBatch>::create();
    batch->reset = m_pendingReset;
    if (m_pendingReset) {
        batch->upserted = m_pods.values();
    } else {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it.value())
                batch->upserted.append(*it.value());
            else
                batch->removed.append(it.key());
        }
    }
    m_pendingReset = false;
    m_pending.clear();
    Q_EMIT changed(batch);
}

} // namespace Kaji::Kube
