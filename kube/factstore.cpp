#include "factstore.h"

#include "objectfactsscan.h"

#include <algorithm>

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

namespace {

// Equal in all a reader sees: everything but the resourceVersion.
bool sameContent(const ObjectFacts &a, const ObjectFacts &b)
{
    const auto sameOwners = [&] {
        return std::equal(a.owners.cbegin(), a.owners.cend(), b.owners.cbegin(), b.owners.cend(),
                          [](const OwnerReference &x, const OwnerReference &y) {
                              return x.uid == y.uid && x.kind == y.kind && x.name == y.name
                                  && x.controller == y.controller;
                          });
    };
    return a.name == b.name && a.namespaceName == b.namespaceName && a.uid == b.uid
        && a.createdEpochSecs == b.createdEpochSecs && a.deleting == b.deleting && a.labels == b.labels
        && sameOwners() && a.fields == b.fields;
}

} // namespace

void FactStore::apply(WatchEvent::Type type, std::string_view object)
{
    ObjectFacts facts;
    if (!readObjectFacts(object, m_shape, facts) || facts.name.isEmpty())
        return;
    // Many updates of a quiet cluster change only what the shape leaves out
    // (a node's status report renews its heartbeat times, managedFields).
    // Handed on, each made every reader count and draw the same again.
    if (type == WatchEvent::Type::Modified) {
        const auto &held = records().items();
        if (const auto it = held.constFind(facts.key()); it != held.cend() && sameContent(**it, facts)) {
            refreshRecord(std::move(facts));
            return;
        }
    }
    applyRecord(type, std::move(facts));
}

} // namespace Kaji::Kube
