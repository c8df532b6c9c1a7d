#pragma once

#include "apiclient.h"
#include "openapicache.h"
#include "openapiindex.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

// The thread its fetch answers on: the GUI thread over a ClusterConnection
// (the requests themselves run on the connection thread), or the thread of
// an ApiClient (a command, a test).
namespace Kaji::Kube {

class ClusterConnection;

// Finds the OpenAPI v3 document of a group-version: reads the index of
// /openapi/v3 once, then for each group-version either finds its hash in the
// disk cache (no request at all) or GETs the hashed URL (gzip, as every
// request of HttpClient). Does not parse documents: the caller does that off
// the GUI thread and stores a good one with cache().write(). Failures are
// messages, never exceptions.
class OpenApiLoader : public QObject {
    Q_OBJECT
public:
    // Sends one GET; `done` must run on the loader's thread.
    using Fetch
        = std::function<void(const QByteArray &path, const RequestOptions &options, ApiClient::ResultHandler done)>;
    static Fetch fetchFrom(ApiClient *client);
    // Requests run on the connection's thread; answers come back to `receiver`'s.
    static Fetch fetchFrom(ClusterConnection *connection, QObject *receiver);

    struct Document {
        QString path; // "apis/apps/v1"
        QString hash; // empty when the server names none (then nothing is cached)
        QByteArray json; // the document as the server sent it; empty when `cached`
        bool cached = false; // in cache() under `hash`: read it there
        QString error; // why there is no document; empty on success

        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Document &document)>;

    OpenApiLoader(Fetch fetch, OpenApiCache cache, QObject *parent = nullptr);

    const OpenApiCache &cache() const { return m_cache; }
    // Answers `done` once, on this thread. `skipCache`: the cached file was
    // found bad, fetch it again.
    void load(const QString &path, Done done, bool skipCache = false);
    // The index as read, once it was; absent before.
    const std::optional<OpenApiIndex> &index() const { return m_index; }
    // Reads the index again at the next load (discovery saw a new CRD).
    void forgetIndex() { m_index.reset(); }

    int indexRequests() const { return m_indexRequests; }
    int documentRequests() const { return m_documentRequests; }

private:
    void withIndex(std::function<void(const QString &error)> then);
    void fetchDocument(const QString &path, const OpenApiDocumentRef &ref);
    void finish(const Document &document);

    Fetch m_fetch;
    OpenApiCache m_cache;
    std::optional<OpenApiIndex> m_index;
    QList<std::function<void(const QString &)>> m_waitingForIndex;
    QHash<QString, QList<Done>> m_loading; // one request per document however many ask
    int m_indexRequests = 0;
    int m_documentRequests = 0;
};

} // namespace Kaji::Kube
