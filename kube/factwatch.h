#pragma once

#include "apiresource.h"
#include "factstore.h"
#include "scopedwatch.h"

// The connection thread of its cluster.
namespace Kaji::Kube {

// What a fact watch reads: which kind, which of its objects (a field
// selector), which of their fields, and whether as metadata only.
struct FactWatchSpec {
    ApiResource resource;
    QByteArray fieldSelector; // "involvedObject.kind=PersistentVolumeClaim"; empty: every object
    FactShape shape;
    // PartialObjectMetadata: the server sends metadata only (Secrets).
    bool metadataOnly = false;

    bool operator==(const FactWatchSpec &) const = default;
};

// Keeps one kind's facts live, as TableWatch keeps its table: across all
// namespaces when the user may list them, otherwise (a namespaced kind, list
// forbidden cluster-wide) in the fallback namespaces, said through
// scopeChanged().
class FactWatch : public QObject {
    Q_OBJECT
public:
    FactWatch(ApiClient *client, FactWatchSpec spec, QObject *parent = nullptr);

    const FactWatchSpec &spec() const { return m_spec; }
    // The store while one scope is watched (all namespaces, or one).
    FactStore *store() const;
    // Across all namespaces, or in `namespaceName` only.
    void start(const QString &namespaceName = {});
    void setFallback(const QStringList &namespaces) { m_watch->setFallback(namespaces); }
    // Everything again, as resets, for a new reader.
    void replay() { m_watch->replay(); }

Q_SIGNALS:
    void changed(const Kaji::Kube::FactChangeBatchPtr &batch);
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);
    void scopeChanged(const QStringList &namespaces);

private:
    FactWatchSpec m_spec;
    ScopedWatch *m_watch;
};

} // namespace Kaji::Kube
