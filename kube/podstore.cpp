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
    m_set.beginList();
}

void PodStore::listPage(const QByteArray &page)
{
    const JsonScan::InPlace text(page);
    simdjson::ondemand::document doc;
    JsonScan::Value root;
    if (JsonScan::parser().iterate(text.view()).get(doc) != simdjson::SUCCESS || doc.get_value().get(root) != simdjson::SUCCESS)
        return;
    JsonScan::forFields(root, [&](std::string_view key, JsonScan::Value items) {
        if (key != "items")
            return;
        JsonScan::forItems(items, [&](JsonScan::Value item) {
            PodFacts facts;
            if (readPodFacts(item, facts))
                m_set.listed(podRecordFromFacts(std::move(facts)));
        });
    });
}

void PodStore::endList()
{
    m_set.endList();
    schedule();
}

void PodStore::apply(WatchEvent::Type type, std::string_view object)
{
    PodRecord record = podRecordFromText(object);
    if (record.name.isEmpty())
        return; // not a pod: nothing we could key it by
    if (type == WatchEvent::Type::Deleted)
        m_set.remove(record.key());
    else
        m_set.upsert(std::move(record));
    schedule();
}

void PodStore::schedule()
{
    if (m_set.pendingCount() >= LargeBatch || (m_set.hasChanges() && m_set.pendingCount() == 0))
        flush(); // a large batch, or the first list: at once
    else if (m_set.hasChanges() && !m_flush.isActive())
        m_flush.start();
}

void PodStore::flush()
{
    m_flush.stop();
    if (!m_set.hasChanges())
        return;
    auto batch = QSharedPointer<PodChangeBatch>::create();
    batch->scope = m_scope;
    m_set.drainInto(*batch);
    Q_EMIT changed(batch);
}

void PodStore::replay()
{
    m_flush.stop();
    auto batch = QSharedPointer<PodChangeBatch>::create();
    batch->scope = m_scope;
    m_set.snapshotInto(*batch);
    Q_EMIT changed(batch);
}

void PodStore::drop()
{
    // Readers hold what was flushed; nothing held, nothing to take away
    // (a part that was refused before it listed).
    flush();
    if (m_set.items().isEmpty())
        return;
    auto batch = QSharedPointer<PodChangeBatch>::create();
    batch->scope = m_scope;
    batch->reset = true; // and nothing in its place
    Q_EMIT changed(batch);
}

} // namespace Kaji::Kube
