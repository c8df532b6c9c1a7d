#pragma once

#include "apiresource.h"
#include "scopedwatch.h"
#include "tablestore.h"

// The connection thread of its cluster.
namespace Kaji::Kube {

// Keeps one kind's table live: across all namespaces when the user may list
// them, otherwise (a namespaced kind, list forbidden cluster-wide) in the
// fallback namespaces (the context's own plus any the user picked), said
// through scopeChanged().
class TableWatch : public QObject {
    Q_OBJECT
public:
    TableWatch(ApiClient *client, ApiResource resource, QString fallbackNamespace, QObject *parent = nullptr);

    const ApiResource &resource() const { return m_resource; }
    // The store while one scope is watched (all namespaces, or one).
    TableStore *store() const;
    // Across all namespaces, or in `namespaceName` only.
    void start(const QString &namespaceName = {});
    void setFallback(const QStringList &namespaces) { m_watch->setFallback(namespaces); }
    // Everything again, as resets, for a new reader.
    void replay() { m_watch->replay(); }

Q_SIGNALS:
    void changed(const Kaji::Kube::TableChangeBatchPtr &batch);
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);
    void scopeChanged(const QStringList &namespaces);

private:
    ApiResource m_resource;
    ScopedWatch *m_watch;
};

} // namespace Kaji::Kube
