#include "podstore.h"

#include "podfactsscan.h"

namespace Kaji::Kube {

PodStore::PodStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PodChangeBatchPtr>();
}

void PodStore::listPage(const QByteArray &page)
{
    JsonScan::forListItems(page, [&](JsonScan::Value item) {
        PodFacts facts;
        if (readPodFacts(item, facts))
            listed(podRecordFromFacts(std::move(facts)));
    });
}

void PodStore::apply(WatchEvent::Type type, std::string_view object)
{
    PodRecord record = podRecordFromText(object);
    if (!record.name.isEmpty()) // not a pod otherwise: nothing we could key it by
        applyRecord(type, std::move(record));
}

} // namespace Kaji::Kube
