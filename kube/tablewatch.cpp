#include "tablewatch.h"

namespace Kaji::Kube {

TableWatch::TableWatch(ApiClient *client, ApiResource resource, QString fallbackNamespace, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_resource(std::move(resource)),
      m_fallbackNamespace(std::move(fallbackNamespace)),
      m_store(new TableStore(this))
{
    connect(m_store, &TableStore::changed, this, &TableWatch::changed);
}

TableWatch::~TableWatch()
{
    // The reflector cancels through the client, which outlives us.
    delete m_reflector;
}

void TableWatch::start(const QString &namespaceName)
{
    // Already one namespace: nothing to narrow to when that is refused.
    m_narrowed = !namespaceName.isEmpty();
    watch(m_resource.collectionPath(namespaceName));
}

void TableWatch::watch(const QByteArray &path)
{
    if (m_reflector) {
        m_reflector->stop();
        m_reflector->deleteLater();
    }
    m_reflector = new Reflector(m_client, path, m_store, this, Reflector::Format::Table);
    connect(m_reflector, &Reflector::stateChanged, this, [this](Reflector::State state, const QString &message) {
        if (state == Reflector::State::Forbidden && m_resource.namespaced && !m_narrowed
            && !m_fallbackNamespace.isEmpty()) {
            m_narrowed = true;
            Q_EMIT scopeChanged(m_fallbackNamespace);
            watch(m_resource.collectionPath(m_fallbackNamespace));
            return;
        }
        Q_EMIT stateChanged(state, message);
    });
    m_reflector->start();
}

} // namespace Kaji::Kube
