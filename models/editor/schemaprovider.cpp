#include "schemaprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

namespace Kaji::Models {

SchemaProvider::SchemaProvider(Kube::OpenApiLoader::Fetch fetch, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_loader(new Kube::OpenApiLoader(std::move(fetch), Kube::OpenApiCache(cacheDirectory), this))
{
    qRegisterMetaType<SchemaSetPtr>();
}

SchemaSetPtr SchemaProvider::schemas(const QString &documentPath)
{
    if (SchemaSetPtr set = m_sets.value(documentPath))
        return set;
    constexpr qint64 retryAfterMs = 30000;
    const auto failedAt = m_failedAt.constFind(documentPath);
    if (failedAt != m_failedAt.cend() && QDateTime::currentMSecsSinceEpoch() - *failedAt < retryAfterMs)
        return nullptr;
    if (!m_loading.contains(documentPath)) {
        m_loading.insert(documentPath);
        m_loader->load(documentPath, [this](const Kube::OpenApiLoader::Document &document) { loaded(document); });
    }
    return nullptr;
}

void SchemaProvider::forget()
{
    m_loader->forgetIndex();
    m_failedAt.clear();
}

void SchemaProvider::loaded(const Kube::OpenApiLoader::Document &document)
{
    if (!document.ok())
        return parsed(document, {});
    // Reading and parsing a 2 MB document takes tens of milliseconds: never
    // on the GUI thread.
    QPointer<SchemaProvider> guard(this);
    const Kube::OpenApiCache cache = m_loader->cache();
    QThreadPool::globalInstance()->start([guard, cache, document] {
        SchemaSet::Parsed result;
        if (document.cached) {
            const auto bytes = cache.read(document.hash);
            result = bytes ? SchemaSet::parse(*bytes)
                           : SchemaSet::Parsed { nullptr, QStringLiteral("unreadable cache file") };
        } else {
            result = SchemaSet::parse(document.json);
            if (result.set && !document.hash.isEmpty()) {
                if (const QString error = cache.write(document.hash, document.json); !error.isEmpty())
                    qWarning("OpenAPI cache: %s", qPrintable(error));
            }
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, document, result] {
                if (guard)
                    guard->parsed(document, result);
            },
            Qt::QueuedConnection);
    });
}

void SchemaProvider::parsed(const Kube::OpenApiLoader::Document &document, const SchemaSet::Parsed &result)
{
    const QString &path = document.path;
    if (document.ok() && !result.set && document.cached) {
        // A damaged cache file (a full disk, a crash of an older version):
        // drop it and ask the server.
        m_loader->cache().remove(document.hash);
        m_loader->load(
            path, [this](const Kube::OpenApiLoader::Document &again) { loaded(again); }, true);
        return;
    }
    m_loading.remove(path);
    if (result.set) {
        m_sets.insert(path, result.set);
        m_failures.remove(path);
        m_failedAt.remove(path);
        Q_EMIT schemaReady(path, result.set);
        return;
    }
    const QString message = document.ok()
        ? QCoreApplication::translate("Kaji::Models::SchemaProvider", "the schema of %1 is unusable: %2")
              .arg(path, result.error)
        : document.error;
    m_failures.insert(path, message);
    m_failedAt.insert(path, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT schemaFailed(path, message);
}

} // namespace Kaji::Models
