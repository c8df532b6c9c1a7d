#include "podstore.h"

#include "podfactsscan.h"

namespace Kaji::Kube {

PodStore::PodStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PodChangeBatchPtr>();
    m_flush.setSingleShot(true);
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, &PodStore::flush);
}

void PodStore::beginList()
{
    m_seen.clear();
    if (!m_listed) {
        m_pods.clear();
        m_pending.clear();
    }
}

void PodStore::listPage(std::string_view page)
{
    const simdjson::padded_string text = JsonScan::padded(page);
    simdjson::ondemand::document doc;
    JsonScan::Value root;
    if (JsonScan::parser().iterate(text).get(doc) != simdjson::SUCCESS || doc.get_value().get(root) != simdjson::SUCCESS)
        return;
    JsonScan::forFields(root, [&](std::string_view key, JsonScan::Value items) {
        if (key != "items")
            return;
        JsonScan::forItems(items, [&](JsonScan::Value item) {
            PodFacts facts;
            if (readPodFacts(item, facts))
                take(podRecordFromFacts(std::move(facts)));
        });
    });
}

void PodStore::take(PodRecord record)
{
    if (!m_listed) {
        QString key = record.key();
        m_pods.insert(std::move(key), std::move(record));
        return;
    }
    // A re-list: reconcile, so objects deleted while we were not watching
    // disappear (in endList) and none is doubled.
    m_seen.insert(record.key());
    const auto it = m_pods.constFind(record.key());
    if (it == m_pods.constEnd() || it->resourceVersion != record.resourceVersion)
        upsert(std::move(record));
}

void PodStore::endList()
{
    if (!m_listed) {
        m_listed = true;
        m_pendingReset = true;
        flush();
        return;
    }
    const QStringList known = m_pods.keys();
    for (const QString &key : known) {
        if (!m_seen.contains(key))
            remove(key);
    }
    m_seen.clear();
    schedule();
}

void PodStore::apply(WatchEvent::Type type, std::string_view object)
{
    PodRecord record = podRecordFromText(object);
    if (record.name.isEmpty())
        return; // not a pod: nothing we could key it by
    if (type == WatchEvent::Type::Deleted)
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
