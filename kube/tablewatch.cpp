#include "tablewatch.h"

namespace Kaji::Kube {

TableWatch::TableWatch(ApiClient *client, ApiResource resource, QString fallbackNamespace, QObject *parent)
    : QObject(parent), m_resource(std::move(resource))
{
    const ApiResource &r = m_resource;
    m_watch = new ScopedWatch(
        client, [r](const QString &ns) { return r.collectionPath(ns); },
        [this](QObject *owner) {
            auto *store = new TableStore(owner);
            connect(store, &TableStore::changed, this, &TableWatch::changed);
            return store;
        },
        Reflector::Format::Table, r.namespaced, this);
    if (!fallbackNamespace.isEmpty())
        m_watch->setFallback({fallbackNamespace});
    connect(m_watch, &ScopedWatch::stateChanged, this, &TableWatch::stateChanged);
    connect(m_watch, &ScopedWatch::scopeChanged, this, &TableWatch::scopeChanged);
}

TableStore *TableWatch::store() const
{
    return static_cast<TableStore *>(m_watch->sink());
}

void TableWatch::start(const QString &namespaceName)
{
    m_watch->start(namespaceName.isEmpty() ? QStringList() : QStringList{namespaceName});
}

} // namespace Kaji::Kube
