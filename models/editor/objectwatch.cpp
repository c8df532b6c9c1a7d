#include "objectwatch.h"

#include "jsonfields.h"
#include "watchdecoder.h"

#include <QRandomGenerator>
#include <QUrl>

namespace Kaji::Models {
namespace {

using nlohmann::json;

constexpr int MaxBackoffMs = 30000;
// Events travel back to the GUI thread as ApiResults, the one shape a
// Runner carries: body {"type": "MODIFIED", "object": {…}} per event, and
// {"type": "END"} (status and error as the stream ended) once at the end.
constexpr const char *EndOfStream = "END";

const char *typeName(Kube::WatchEvent::Type type)
{
    using T = Kube::WatchEvent::Type;
    switch (type) {
    case T::Added: return "ADDED";
    case T::Modified: return "MODIFIED";
    case T::Deleted: return "DELETED";
    case T::Bookmark: return "BOOKMARK";
    case T::Error: return "ERROR";
    }
    return "ERROR";
}

} // namespace

// The stream's state on the connection's thread: its decoder, and the id to
// cancel it by.
struct ObjectWatch::Stream {
    Kube::WatchDecoder decoder;
    quint64 request = 0;
    bool cancelled = false;
};

ObjectWatch::ObjectWatch(EditSession::Runner runner, Kube::ApiResource resource, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_resource(std::move(resource))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ObjectWatch::read);
}

ObjectWatch::~ObjectWatch()
{
    stop();
}

void ObjectWatch::start(const QString &namespaceName, const QString &name, const QString &resourceVersion)
{
    stop();
    m_namespace = m_resource.namespaced ? namespaceName : QString();
    m_name = name;
    m_resourceVersion = resourceVersion;
    m_running = true;
    m_exists = true;
    m_failures = 0;
    if (m_resourceVersion.isEmpty())
        read();
    else
        watch();
}

void ObjectWatch::stop()
{
    m_running = false;
    m_retry.stop();
    ++m_generation;
    cancelStream();
}

void ObjectWatch::cancelStream()
{
    if (!m_stream)
        return;
    // Runs after the work that started the stream: both go to the same
    // thread in order, so the id is known there by then.
    m_runner(
        [stream = m_stream](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler) {
            stream->cancelled = true;
            if (stream->request != 0)
                operations.cancel(std::exchange(stream->request, 0));
        },
        this, [](const Kube::ApiResult &) {});
    m_stream.reset();
}

QByteArray ObjectWatch::collectionPath() const
{
    return m_resource.collectionPath(m_namespace) + "?fieldSelector="
        + QUrl::toPercentEncoding(QStringLiteral("metadata.name=") + m_name);
}

void ObjectWatch::watch()
{
    cancelStream();
    ++m_streams;
    const quint64 generation = ++m_generation;
    auto stream = std::make_shared<Stream>();
    m_stream = stream;
    const QByteArray path = collectionPath() + "&watch=1&allowWatchBookmarks=true&timeoutSeconds="
        + QByteArray::number(m_timeoutSeconds) + "&resourceVersion=" + QUrl::toPercentEncoding(m_resourceVersion);
    m_runner(
        [stream, path](Kube::ResourceOperations &operations, Kube::ApiClient::ResultHandler done) {
            if (stream->cancelled)
                return;
            Kube::RequestOptions options;
            options.parseBody = false;
            stream->request = operations.stream(
                path,
                [stream, done](const char *data, size_t size) {
                    std::vector<Kube::WatchEvent> events;
                    stream->decoder.feed(data, size, events);
                    for (const Kube::WatchEvent &event : events) {
                        Kube::ApiResult result;
                        result.status = 200;
                        result.body = json { { "type", typeName(event.type) }, { "object", event.parsed() } };
                        done(result);
                    }
                },
                [stream, done](const Kube::ApiResult &end) {
                    stream->request = 0;
                    Kube::ApiResult result = end;
                    result.body = json { { "type", EndOfStream } };
                    done(result);
                },
                options);
        },
        this, [this, generation](const Kube::ApiResult &result) {
            // From the event loop, never from inside the stream's callback
            // (a runner on this very thread calls back from there): ending
            // or restarting the stream from within it is not safe.
            QMetaObject::invokeMethod(
                this, [this, generation, result] { onEvent(generation, result); }, Qt::QueuedConnection);
        });
}

void ObjectWatch::onEvent(quint64 generation, const Kube::ApiResult &result)
{
    if (generation != m_generation || !m_running)
        return;
    const std::string type = Kube::jsonStdString(result.body, "type");
    if (type == EndOfStream) {
        m_stream.reset();
        if (result.ok()) {
            m_failures = 0;
            watch(); // the server's timeout: go on from where it stopped
        } else if (result.status == 410) {
            read(); // expired: what happened meanwhile is learnt from a read
        } else {
            retryLater();
        }
        return;
    }
    const json &object = Kube::jsonChild(result.body, "object");
    if (type == "ERROR") {
        // 410 or anything else: this stream is over; read afresh.
        ++m_generation;
        cancelStream();
        if (Kube::jsonInt(object, "code") == 410)
            read();
        else
            retryLater();
        return;
    }
    const QString version = Kube::jsonText(Kube::jsonChild(object, "metadata"), "resourceVersion");
    if (!version.isEmpty())
        m_resourceVersion = version;
    m_failures = 0;
    if (type == "DELETED") {
        m_exists = false;
        Q_EMIT deleted();
    } else if (type == "ADDED" || type == "MODIFIED") {
        m_exists = true;
        Q_EMIT changed(object);
    }
}

void ObjectWatch::read()
{
    if (!m_running)
        return;
    cancelStream();
    ++m_reads;
    const quint64 generation = ++m_generation;
    const QByteArray path = collectionPath();
    m_runner([path](Kube::ResourceOperations &operations,
                 Kube::ApiClient::ResultHandler done) { operations.get(path, std::move(done)); },
        this, [this, generation](const Kube::ApiResult &result) {
            if (generation != m_generation || !m_running)
                return;
            if (!result.ok()) {
                retryLater();
                return;
            }
            const json &items = Kube::jsonChild(result.body, "items");
            m_resourceVersion = Kube::jsonText(Kube::jsonChild(result.body, "metadata"), "resourceVersion");
            m_failures = 0;
            if (items.is_array() && !items.empty() && items.front().is_object()) {
                // A list's items leave out their apiVersion and kind.
                json object = items.front();
                object["apiVersion"] = Kube::jsonStdString(result.body, "apiVersion");
                object["kind"] = m_resource.kind.toStdString();
                m_exists = true;
                Q_EMIT changed(object);
            } else if (m_exists) {
                m_exists = false;
                Q_EMIT deleted();
            }
            watch();
        });
}

void ObjectWatch::retryLater()
{
    ++m_failures;
    // Capped exponential backoff with jitter, as the reflectors do.
    const int base = std::min(MaxBackoffMs, 500 * (1 << std::min(m_failures - 1, 6)));
    m_retry.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
}

} // namespace Kaji::Models
