#pragma once

#include "apiresource.h"
#include "reflector.h"
#include "tablestore.h"

// The connection thread of its cluster.
namespace Kaji::Kube {

// Keeps one kind's table live: across all namespaces when the user may list
// them, otherwise (a namespaced kind, list forbidden cluster-wide) in the
// context's namespace, said once through scopeChanged().
class TableWatch : public QObject {
    Q_OBJECT
public:
    TableWatch(ApiClient *client, ApiResource resource, QString fallbackNamespace, QObject *parent = nullptr);
    ~TableWatch() override;

    const ApiResource &resource() const { return m_resource; }
    TableStore *store() const { return m_store; }
    // Across all namespaces, or in `namespaceName` only.
    void start(const QString &namespaceName = {});

Q_SIGNALS:
    void changed(const Kaji::Kube::TableChangeBatchPtr &batch);
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);
    void scopeChanged(const QString &namespaceName);

private:
    void watch(const QByteArray &path);

    ApiClient *m_client;
    ApiResource m_resource;
    QString m_fallbackNamespace;
    TableStore *m_store;
    Reflector *m_reflector = nullptr;
    bool m_narrowed = false;
};

} // namespace Kaji::Kube
