#include "factwatch.h"

namespace Kaji::Kube {

FactWatch::FactWatch(ApiClient *client, FactWatchSpec spec, QObject *parent)
    : QObject(parent), m_spec(std::move(spec))
{
    const ApiResource &r = m_spec.resource;
    m_watch = new ScopedWatch(
        client, [r](const QString &ns) { return r.collectionPath(ns); },
        [this](QObject *owner) {
            auto *store = new FactStore(m_spec.shape, owner);
            connect(store, &FactStore::changed, this, &FactWatch::changed);
            return store;
        },
        m_spec.metadataOnly ? Reflector::Format::Metadata : Reflector::Format::Objects, r.namespaced, this);
    if (!m_spec.fieldSelector.isEmpty())
        m_watch->setQuery("fieldSelector=" + m_spec.fieldSelector.toPercentEncoding());
    connect(m_watch, &ScopedWatch::stateChanged, this, &FactWatch::stateChanged);
    connect(m_watch, &ScopedWatch::scopeChanged, this, &FactWatch::scopeChanged);
}

FactStore *FactWatch::store() const
{
    return static_cast<FactStore *>(m_watch->sink());
}

void FactWatch::start(const QString &namespaceName)
{
    m_watch->start(namespaceName.isEmpty() ? QStringList() : QStringList{namespaceName});
}

} // namespace Kaji::Kube
