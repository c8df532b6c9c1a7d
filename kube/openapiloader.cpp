#include "openapiloader.h"

#include "clusterconnection.h"

#include <QCoreApplication>

namespace Kaji::Kube {

OpenApiLoader::Fetch OpenApiLoader::fetchFrom(ApiClient *client)
{
    QPointer<ApiClient> guard(client);
    return [guard](const QByteArray &path, const RequestOptions &options, ApiClient::ResultHandler done) {
        if (guard)
            guard->get(path, std::move(done), options);
    };
}

OpenApiLoader::Fetch OpenApiLoader::fetchFrom(ClusterConnection *connection, QObject *receiver)
{
    QPointer<ClusterConnection> guard(connection);
    return [guard, receiver](const QByteArray &path, const RequestOptions &options, ApiClient::ResultHandler done) {
        if (!guard)
            return;
        guard->operate([path, options](ResourceOperations &operations,
                           ApiClient::ResultHandler answer) { operations.get(path, std::move(answer), options); },
            receiver, std::move(done));
    };
}

OpenApiLoader::OpenApiLoader(Fetch fetch, OpenApiCache cache, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_cache(std::move(cache))
{
}

void OpenApiLoader::load(const QString &path, Done done, bool skipCache)
{
    QList<Done> &waiting = m_loading[path];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return;
    withIndex([this, path, skipCache](const QString &error) {
        Document document;
        document.path = path;
        if (!error.isEmpty()) {
            document.error = error;
            return finish(document);
        }
        const auto ref = m_index->documents.constFind(path);
        if (ref == m_index->documents.cend()) {
            document.error
                = QCoreApplication::translate("Kaji::Kube::OpenApiLoader", "the server publishes no schema for %1")
                      .arg(path);
            return finish(document);
        }
        document.hash = ref->hash;
        if (!skipCache && m_cache.contains(ref->hash)) {
            document.cached = true;
            return finish(document);
        }
        fetchDocument(path, *ref);
    });
}

void OpenApiLoader::withIndex(std::function<void(const QString &error)> then)
{
    if (m_index)
        return then({});
    m_waitingForIndex.append(std::move(then));
    if (m_waitingForIndex.size() > 1)
        return;
    ++m_indexRequests;
    QPointer<OpenApiLoader> guard(this);
    m_fetch(QByteArrayLiteral("/openapi/v3"), {}, [guard](const ApiResult &result) {
        if (!guard)
            return;
        QString error;
        if (!result.ok()) {
            error = openApiFailure(result, QStringLiteral("/openapi/v3"));
        } else {
            auto parsed = OpenApiIndex::parse(result.body);
            if (auto *index = std::get_if<OpenApiIndex>(&parsed))
                guard->m_index = std::move(*index);
            else
                error = std::get<QString>(parsed);
        }
        // A failed index is not kept: the next load asks again.
        const auto waiting = std::exchange(guard->m_waitingForIndex, {});
        for (const auto &waiter : waiting)
            waiter(error);
    });
}

void OpenApiLoader::fetchDocument(const QString &path, const OpenApiDocumentRef &ref)
{
    ++m_documentRequests;
    RequestOptions options;
    options.parseBody = false; // parsed once, into a SchemaSet, off this thread
    QPointer<OpenApiLoader> guard(this);
    m_fetch(ref.url, options, [guard, path, hash = ref.hash](const ApiResult &result) {
        if (!guard)
            return;
        Document document;
        document.path = path;
        document.hash = hash;
        if (result.ok() && result.status >= 200 && result.status < 300)
            document.json = result.raw;
        else
            document.error = openApiFailure(result, path);
        guard->finish(document);
    });
}

void OpenApiLoader::finish(const Document &document)
{
    const QList<Done> waiting = m_loading.take(document.path);
    for (const Done &done : waiting)
        done(document);
}

} // namespace Kaji::Kube
