#include "factstore.h"

#include "objectfactsscan.h"

namespace Kaji::Kube {

FactStore::FactStore(const FactShape &shape, QObject *parent) : QObject(parent), m_shape(shape)
{
    qRegisterMetaType<FactChangeBatchPtr>();
}

void FactStore::listPage(const QByteArray &page)
{
    JsonScan::forListItems(page, [&](JsonScan::Value item) {
        ObjectFacts facts;
        if (readObjectFacts(item, m_shape, facts) && !facts.name.isEmpty())
            listed(std::move(facts));
    });
}

void FactStore::apply(WatchEvent::Type type, std::string_view object)
{
    ObjectFacts facts;
    if (readObjectFacts(object, m_shape, facts) && !facts.name.isEmpty())
        applyRecord(type, std::move(facts));
}

} // namespace Kaji::Kube
