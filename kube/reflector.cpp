#include "reflector.h"

#include "jsonfields.h"
#include "jsonscan.h"
#include "listitems.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {

constexpr int MaxBackoffMs = 30000;
// A forbidden list does not fix itself quickly; ask again now and then in
// case RBAC changes.
constexpr int ForbiddenRetryMs = 60000;

QByteArray joinQuery(const QByteArray &path, const QByteArray &query)
{
    return path + (path.contains('?') ? '&' : '?') + query;
}

// The bookmark that ends a streamed list carries the annotation
// "k8s.io/initial-events-end": "true" (for a Table, in its row's object);
// other bookmarks only say how far the server is.
bool endsInitialEvents(const QByteArray &bookmark)
{
    static const QByteArray key = QByteArrayLiteral("\"k8s.io/initial-events-end\"");
    qsizetype at = bookmark.indexOf(key);
    if (at < 0)
        return false;
    at += key.size();
    const auto skipSpace = [&] {
        while (at < bookmark.size() && (bookmark[at] == ' ' || bookmark[at] == '\t' || bookmark[at] == '\n' || bookmark[at] == '\r'))
            ++at;
    };
    skipSpace();
    if (at >= bookmark.size() || bookmark[at] != ':')
        return false;
    ++at;
    skipSpace();
    return QByteArrayView(bookmark).sliced(at).startsWith("\"true\"");
}

} // namespace

Reflector::InitialList Reflector::defaultInitialList()
{
    static const InitialList mode = qgetenv("KAJI_INITIAL_LIST") == "streamed" ? InitialList::Streamed : InitialList::Paged;
    return mode;
}

Reflector::Reflector(ApiClient *client, QByteArray collectionPath, ReflectorSink *sink, QObject *parent, Format format)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(collectionPath))
    , m_sink(sink)
    , m_format(format)
    , m_watchdog(client)
{
    connect(&m_watchdog, &StreamWatchdog::stalled, this, &Reflector::onWatchStalled);
    m_retry.setObjectName(QStringLiteral("reflector retry")); // named for benchmarks' slow events
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_running)
            list();
    });
}

Reflector::~Reflector()
{
    stop();
}

void Reflector::setWatchTimeoutRange(int minSecs, int maxSecs)
{
    m_watchMinSecs = minSecs;
    m_watchMaxSecs = std::max(minSecs, maxSecs);
}

void Reflector::start()
{
    if (m_running)
        return;
    m_running = true;
    setState(State::Connecting);
    list();
}

void Reflector::resume()
{
    if (m_running)
        return;
    if (m_resourceVersion.isEmpty()) {
        start();
        return;
    }
    m_running = true;
    watch();
}

void Reflector::stop()
{
    m_running = false;
    m_streaming = false; // a list cut short is read again in full
    m_retry.stop();
    m_watchdog.stop();
    if (m_request)
        m_client->cancel(m_request);
    m_request = 0;
}

void Reflector::setState(State state, const QString &message)
{
    m_lastError = message;
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

QByteArray Reflector::withFormat(const QByteArray &query) const
{
    QByteArray out = m_format == Format::Table ? query + "&includeObject=Metadata" : query;
    if (!m_query.isEmpty())
        out += '&' + m_query;
    return out;
}

RequestOptions Reflector::requestOptions(bool watching) const
{
    RequestOptions options;
    options.parseBody = false;
    if (m_format == Format::Table) {
        options.accept = QByteArrayLiteral("application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
    } else if (m_format == Format::Metadata) {
        // A list is a PartialObjectMetadataList; each watch event's object a
        // PartialObjectMetadata (the watch itself stays a WatchEvent stream).
        options.accept = watching
            ? QByteArrayLiteral("application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json")
            : QByteArrayLiteral("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json");
    }
    return options;
}

void Reflector::list(const QByteArray &continueToken)
{
    if (continueToken.isEmpty() && m_initialList == InitialList::Streamed) {
        streamList();
        return;
    }
    if (continueToken.isEmpty())
        m_sink->beginList();
    QByteArray query = "limit=" + QByteArray::number(PageSize);
    if (!continueToken.isEmpty())
        query += "&continue=" + QByteArray(continueToken).toPercentEncoding();
    const auto onPage = [this, continueToken](const ApiResult &result) {
        m_request = 0;
        if (!m_running)
            return;
        if (!result.ok()) {
            // An expired continue token means the snapshot is gone: start over.
            if (result.status == 410 && !continueToken.isEmpty()) {
                list();
                return;
            }
            onListFailed(result);
            return;
        }
        const ListMeta meta = readListMeta(result.raw);
        if (!meta.valid) {
            ApiResult invalid = result;
            invalid.error = QCoreApplication::translate("Kaji::Kube::Reflector", "the server answered a list with something that is not a list");
            onListFailed(invalid);
            return;
        }
        m_sink->listPage(result.raw);
        if (!meta.continueToken.isEmpty()) {
            list(meta.continueToken);
            return;
        }
        m_resourceVersion = meta.resourceVersion;
        ++m_lists;
        m_failures = 0;
        m_sink->endList();
        JsonScan::releaseLargeParser(); // the pages are read; events are small
        setState(State::Synced);
        watch();
    };
    m_request = m_client->get(joinQuery(m_path, withFormat(query)), onPage, requestOptions(false));
}

void Reflector::streamList()
{
    m_sink->beginList();
    m_streaming = true;
    m_streamedPage.resize(0);
    m_streamedItems = 0;
    m_decoder = WatchDecoder();
    m_events.clear();
    // No resourceVersion: the state as it is now, read consistently; the
    // bookmark that ends it names the version the watch goes on from, in
    // the same stream.
    const QByteArray query = "watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true"
                             "&timeoutSeconds="
        + QByteArray::number(watchTimeoutSecs());
    m_request = m_client->stream(
        joinQuery(m_path, withFormat(query)), [this](const char *data, size_t size) { onWatchData(data, size); },
        [this](const ApiResult &result) { onWatchEnded(result); }, requestOptions(true));
    m_watchdog.start();
}

void Reflector::streamedEvent(WatchEvent &event)
{
    if (event.type == WatchEvent::Type::Bookmark) {
        if (!endsInitialEvents(event.object))
            return;
        if (m_format == Format::Table) {
            // With nothing listed, the bookmark is the stream's first event
            // and so the one that carries the columns; its row is a
            // placeholder, not an object.
            nlohmann::json table = event.parsed();
            if (table.is_object() && table.contains("columnDefinitions") && table["columnDefinitions"].is_array()) {
                table["rows"] = nlohmann::json::array();
                m_sink->listPage(QByteArray::fromStdString(table.dump()));
            }
        }
        flushStreamedPage();
        m_streaming = false;
        m_resourceVersion = event.resourceVersion;
        ++m_lists;
        ++m_streamedLists;
        m_failures = 0;
        m_sink->endList();
        setState(State::Synced);
        return;
    }
    // The initial state is all ADDED; a list being built has nothing to
    // delete from.
    if (event.type == WatchEvent::Type::Deleted)
        return;
    if (m_format == Format::Table) {
        // Each event is a Table of one row, read as a page of one.
        m_sink->listPage(event.object);
        return;
    }
    m_streamedPage += m_streamedItems == 0 ? QByteArrayView("{\"items\":[") : QByteArrayView(",");
    m_streamedPage += event.object;
    if (++m_streamedItems == PageSize)
        flushStreamedPage();
}

void Reflector::flushStreamedPage()
{
    if (m_streamedItems == 0)
        return;
    m_streamedPage += "]}";
    m_sink->listPage(m_streamedPage);
    m_streamedPage.resize(0); // the buffer is kept for the next page
    m_streamedItems = 0;
}

// A server without streamed lists refuses the request itself: before 1.27
// resourceVersionMatch is forbidden on a watch, later with the WatchList
// feature off sendInitialEvents is. A user allowed to list but not to
// watch is refused too; a paged list then says what is allowed.
bool Reflector::streamRefused(const ApiResult &result) const
{
    return result.status >= 400 && result.status < 500 && result.status != 401 && result.status != 410
        && result.status != 429;
}

void Reflector::onListFailed(const ApiResult &result)
{
    m_lastListStatus = result.status;
    if (result.status == 403) {
        setState(State::Forbidden, result.error);
        relistLater(ForbiddenRetryMs);
        return;
    }
    setState(result.status == 0 ? State::Reconnecting : State::Error, result.error);
    relistLater(nextBackoffMs());
}

int Reflector::nextBackoffMs()
{
    ++m_failures;
    // Exponential backoff capped at 30 s, with jitter so that many watches
    // do not hammer a recovering apiserver in lockstep.
    const int base = std::min(MaxBackoffMs, 500 * (1 << std::min(m_failures - 1, 6)));
    return base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

void Reflector::relistLater(int delayMs)
{
    m_retry.start(delayMs);
}

int Reflector::watchTimeoutSecs() const
{
    return m_watchMinSecs + int(QRandomGenerator::global()->bounded(m_watchMaxSecs - m_watchMinSecs + 1));
}

void Reflector::watch()
{
    m_decoder = WatchDecoder();
    m_events.clear();
    const QByteArray query = "watch=1&allowWatchBookmarks=true&timeoutSeconds=" + QByteArray::number(watchTimeoutSecs())
        + "&resourceVersion=" + m_resourceVersion;
    m_request = m_client->stream(
        joinQuery(m_path, withFormat(query)), [this](const char *data, size_t size) { onWatchData(data, size); },
        [this](const ApiResult &result) { onWatchEnded(result); }, requestOptions(true));
    m_watchdog.start();
}

void Reflector::onWatchStalled(const QString &message)
{
    if (!m_running || m_request == 0)
        return;
    ++m_stalls;
    m_client->cancel(m_request);
    m_request = 0;
    // As after a broken stream: what changed meanwhile is learnt from a
    // fresh list, whose own deadline bounds the wait for a server still
    // stalled.
    setState(State::Reconnecting, message);
    relistLater(nextBackoffMs());
}

void Reflector::onWatchData(const char *data, size_t size)
{
    if (!m_running || m_relistRequested)
        return;
    m_watchdog.touch();
    m_decoder.feed(data, size, m_events);
    for (WatchEvent &event : m_events) {
        if (event.type == WatchEvent::Type::Error) {
            // 410 Expired: our resourceVersion is older than what etcd keeps.
            // Everything since must be learnt from a fresh list.
            m_relistRequested = true;
            const nlohmann::json status = event.parsed();
            const qint64 code = jsonInt(status, "code");
            m_lastError = jsonText(status, "message");
            if (code == 410)
                ++m_expired;
            else
                setState(State::Reconnecting, m_lastError);
            break;
        }
        if (m_streaming) {
            streamedEvent(event);
            continue;
        }
        if (!event.resourceVersion.isEmpty())
            m_resourceVersion = event.resourceVersion;
        if (event.type != WatchEvent::Type::Bookmark)
            m_sink->apply(event.type, std::string_view(event.object.constData(), size_t(event.object.size())));
    }
    m_events.clear();
    if (m_relistRequested) {
        // Leave the stream from the event loop, not from inside its callback.
        const quint64 request = m_request;
        m_request = 0;
        m_streaming = false;
        m_watchdog.stop();
        m_client->cancel(request);
        QMetaObject::invokeMethod(this, [this] {
            m_relistRequested = false;
            if (m_running)
                list();
        }, Qt::QueuedConnection);
    }
}

void Reflector::onWatchEnded(const ApiResult &result)
{
    m_request = 0;
    m_watchdog.stop();
    if (!m_running)
        return;
    if (std::exchange(m_streaming, false)) {
        if (streamRefused(result)) {
            m_initialList = InitialList::Paged;
            list();
        } else if (result.ok()) {
            // Closed before the state was complete: it is read again.
            relistLater(nextBackoffMs());
        } else {
            onListFailed(result);
        }
        return;
    }
    if (result.ok()) {
        // The server closes every watch after timeoutSeconds: resume.
        m_failures = 0;
        watch();
        return;
    }
    if (result.status == 410) {
        ++m_expired;
        list();
        return;
    }
    // After a broken stream, a fresh list is the one answer that says for
    // sure what changed meanwhile (and when we are in sync again).
    setState(result.status == 403 ? State::Forbidden : State::Reconnecting, result.error);
    relistLater(nextBackoffMs());
}

} // namespace Kaji::Kube
