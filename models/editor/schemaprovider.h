#pragma once

#include "openapiloader.h"
#include "schemaset.h"

#include <QHash>
#include <QObject>
#include <QSet>

// GUI thread (or a command's main thread): the thread its loader answers
// on. Parsing runs on QThreadPool; the sets it hands out are immutable and
// may go to any thread.
namespace Kaji::Models {

// The cluster's schemas, one group-version at a time, for the manifest
// editor: loads a document when first asked (from the disk cache when the
// server's hash is there, else from the server), parses it on a worker and
// keeps the result for the session. One per connection.
class SchemaProvider : public QObject {
    Q_OBJECT
public:
    // `cacheDirectory`: where documents are kept by hash, e.g.
    // QStandardPaths::CacheLocation + "/openapi"; empty keeps nothing on disk.
    SchemaProvider(Kube::OpenApiLoader::Fetch fetch, const QString &cacheDirectory, QObject *parent = nullptr);

    // The schemas of a group-version ("apis/apps/v1", see
    // GroupVersionKind::documentPath()) when loaded; otherwise null, and
    // loading starts: schemaReady() or schemaFailed() follows. The editor
    // asks on every validation pass, so a failed group-version is tried
    // again only once its failure is 30 seconds old (or after forget()).
    SchemaSetPtr schemas(const QString &documentPath);
    SchemaSetPtr schemasFor(const GroupVersionKind &gvk) { return schemas(gvk.documentPath()); }
    // Why the last load of a group-version failed; empty if it did not.
    QString failure(const QString &documentPath) const { return m_failures.value(documentPath); }
    bool isLoading(const QString &documentPath) const { return m_loading.contains(documentPath); }

    const Kube::OpenApiLoader &loader() const { return *m_loader; }
    // Reads the index again at the next load (new CRDs appear in it) and
    // tries failed group-versions again: after a reconnect, or when
    // discovery changed.
    void forget();

Q_SIGNALS:
    void schemaReady(const QString &documentPath, const Kaji::Models::SchemaSetPtr &schemas);
    void schemaFailed(const QString &documentPath, const QString &message);

private:
    void loaded(const Kube::OpenApiLoader::Document &document);
    void parsed(const Kube::OpenApiLoader::Document &document, const SchemaSet::Parsed &result);

    Kube::OpenApiLoader *m_loader;
    QHash<QString, SchemaSetPtr> m_sets;
    QHash<QString, QString> m_failures;
    QHash<QString, qint64> m_failedAt; // when the last load failed, ms since the epoch
    QSet<QString> m_loading;
};

} // namespace Kaji::Models
