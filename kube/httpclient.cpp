#include "httpclient.h"

#include "jsonscan.h"
#include "timeouts.h"
#include "warningheader.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace Kaji::Kube {

// One multi handle and the connections it caches.
struct HttpClient::Pool {
    HttpClient *client = nullptr;
    CURLM *multi = nullptr;
    QTimer timer; // libcurl's timeouts
    int transfers = 0;
};

struct HttpClient::Transfer {
    quint64 id = 0;
    Pool *pool = nullptr;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray body; // curl reads the request body from here; keep it alive
    QByteArray url;
    QByteArray connectTo;
    curl_slist *connectToList = nullptr;
    bool streaming = false;
    bool cancelled = false;
    bool nudge = false; // sent by nudgeQuietAnswers()
    qint64 lastActivityMs = -1; // the answer's last bytes (m_clock); -1 before it began
    int timeoutMs = 0; // the whole request's bound, 0 for none
    DataHandler onData;
    DoneHandler onDone;
    QByteArray collected;
    QStringList warnings; // of the last response (a 100 Continue or a redirect starts over)
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

struct HttpClient::SocketWatch {
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

namespace {

void setBlob(CURL *easy, CURLoption option, const QByteArray &data)
{
    curl_blob blob{const_cast<char *>(data.constData()), size_t(data.size()), CURL_BLOB_COPY};
    curl_easy_setopt(easy, option, &blob);
}

// An answer that has said nothing for this long gets its connection nudged.
constexpr qint64 QuietBeforeNudgeMs = 1000;

} // namespace

HttpClient::HttpClient(HttpEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
    static std::once_flag curlInit;
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_pool = newPool();
    m_clock.start();
    m_nudgeCheck.setInterval(int(QuietBeforeNudgeMs / 2));
    connect(&m_nudgeCheck, &QTimer::timeout, this, &HttpClient::nudgeQuietAnswers);
}

HttpClient::~HttpClient()
{
    const auto transfers = m_transfers.values();
    for (Transfer *transfer : transfers)
        removeTransfer(transfer);
    for (Pool *pool : std::as_const(m_retired) + QList<Pool *>{m_pool}) {
        curl_multi_cleanup(pool->multi);
        delete pool;
    }
    qDeleteAll(m_sockets);
}

HttpClient::Pool *HttpClient::newPool()
{
    auto *pool = new Pool;
    pool->client = this;
    pool->multi = curl_multi_init();
    curl_multi_setopt(pool->multi, CURLMOPT_SOCKETFUNCTION, &HttpClient::onSocket);
    curl_multi_setopt(pool->multi, CURLMOPT_SOCKETDATA, pool);
    curl_multi_setopt(pool->multi, CURLMOPT_TIMERFUNCTION, &HttpClient::onTimer);
    curl_multi_setopt(pool->multi, CURLMOPT_TIMERDATA, pool);
    curl_multi_setopt(pool->multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    pool->timer.setSingleShot(true);
    connect(&pool->timer, &QTimer::timeout, this, [this, pool] { socketAction(pool, CURL_SOCKET_TIMEOUT, 0); });
    return pool;
}

// New requests go to a new pool, so over a new connection; the old pool
// serves the requests it holds until they end.
void HttpClient::retireCurrentPool()
{
    m_retired.append(m_pool);
    m_pool = newPool();
    if (m_retired.last()->transfers == 0)
        dropRetiredPool(m_retired.last());
}

// Never from inside libcurl: the pool goes from the event loop.
void HttpClient::dropRetiredPool(Pool *pool)
{
    QMetaObject::invokeMethod(
        this,
        [this, pool] {
            if (pool->transfers != 0 || !m_retired.removeOne(pool))
                return;
            curl_multi_cleanup(pool->multi); // its sockets are unwatched through onSocket
            delete pool;
        },
        Qt::QueuedConnection);
}

quint64 HttpClient::send(const HttpRequest &request, DataHandler onData, DoneHandler onDone)
{
    auto *transfer = new Transfer;
    transfer->id = m_nextId++;
    transfer->pool = m_pool;
    transfer->easy = curl_easy_init();
    transfer->streaming = request.streaming;
    transfer->onData = std::move(onData);
    transfer->onDone = std::move(onDone);
    configure(*transfer, request);
    m_transfers.insert(transfer->id, transfer);
    ++m_pool->transfers;
    curl_multi_add_handle(m_pool->multi, transfer->easy);
    if (!request.streaming && !m_nudgeCheck.isActive() && answersNeedNudging())
        m_nudgeCheck.start();
    return transfer->id;
}

bool HttpClient::answersNeedNudging()
{
    static const bool needed = curl_version_info(CURLVERSION_NOW)->version_num < 0x080100;
    return needed;
}

// libcurl before 8.1 hands a stream's DATA to its own buffer; when the buffer
// is full it pauses nghttp2 and hands the rest over later. If the paused frame
// was the stream's last (END_STREAM) and the last bytes read from the socket,
// nghttp2 only finishes that frame when more bytes arrive, so on a connection
// where nothing else is being said the answer sits complete but unfinished
// until its deadline. Kubernetes gzips answers over 128 KiB and ends them on
// their last DATA frame: `kaji diagnose -A` waited 60 s in 1 run of 25 on the
// local cluster, each time for the list of events (the client held all its
// bytes; a capture showed the server had sent END_STREAM). Anything the
// server sends finishes the frame, so an answer quiet for a second prompts a
// GET /version on the same connection. It needs an answer, not a result, so
// it carries no credentials; an anonymous 401 does as well.
void HttpClient::nudgeQuietAnswers()
{
    const qint64 now = m_clock.elapsed();
    bool awaited = false;
    bool quiet = false;
    for (const Transfer *t : std::as_const(m_transfers)) {
        if (t->streaming || t->nudge || t->pool != m_pool)
            continue;
        awaited = true;
        if (quiet || t->lastActivityMs < 0 || now - t->lastActivityMs < QuietBeforeNudgeMs)
            continue;
        long version = 0; // only HTTP/2 answers are held up this way
        curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &version);
        quiet = version == CURL_HTTP_VERSION_2_0;
    }
    if (!awaited) {
        m_nudgeCheck.stop();
        return;
    }
    if (!quiet || m_nudgeInFlight || (m_lastNudgeMs >= 0 && now - m_lastNudgeMs < QuietBeforeNudgeMs))
        return;
    m_lastNudgeMs = now;
    m_nudgeInFlight = true;
    HttpRequest request;
    request.path = QByteArrayLiteral("/version");
    const quint64 id = send(request, {}, [this](const HttpResponse &) { m_nudgeInFlight = false; });
    m_transfers.value(id)->nudge = true;
}

void HttpClient::configure(Transfer &t, const HttpRequest &request)
{
    CURL *easy = t.easy;
    QUrl server(m_endpoint.server);
    // tls-server-name: connect to the real host, but present and verify the
    // other name, by addressing the URL to that name and pinning where it
    // connects.
    if (!m_endpoint.tlsServerName.isEmpty()) {
        const int port = server.port(443);
        t.connectTo = m_endpoint.tlsServerName.toUtf8() + ':' + QByteArray::number(port) + ':'
            + server.host().toUtf8() + ':' + QByteArray::number(port);
        t.connectToList = curl_slist_append(nullptr, t.connectTo.constData());
        curl_easy_setopt(easy, CURLOPT_CONNECT_TO, t.connectToList);
        server.setHost(m_endpoint.tlsServerName);
    }
    QByteArray base = server.toEncoded();
    while (base.endsWith('/'))
        base.chop(1);
    t.url = base + request.path;
    curl_easy_setopt(easy, CURLOPT_URL, t.url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpClient::onWrite);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpClient::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    // Never follow a redirect (libcurl's default, made explicit): the API
    // server has no reason to send one, and following it would carry the
    // Authorization header and the client certificate to wherever it points.
    // The 3xx comes back to the caller as a failure instead.
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    // Wait for an existing HTTP/2 connection rather than open a second one.
    curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
    const Timeouts &timeouts = Timeouts::current();
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(timeouts.connectMs));
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPIDLE, 30L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPINTVL, 15L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "kaji/" KAJI_VERSION);
    // A stalled server keeps the connection open and says nothing: every
    // request that is not a stream ends at its deadline (the TCP keepalive
    // above cannot tell, the paused server's kernel still answers it).
    t.timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : request.streaming ? 0 : timeouts.requestMs;
    if (t.timeoutMs > 0)
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(t.timeoutMs));
    if (!m_endpoint.disableCompression)
        curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");

    if (!m_endpoint.certificateAuthorityPem.isEmpty())
        setBlob(easy, CURLOPT_CAINFO_BLOB, m_endpoint.certificateAuthorityPem);
    else if (!m_endpoint.certificateAuthorityFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, m_endpoint.certificateAuthorityFile.toLocal8Bit().constData());
    if (m_endpoint.insecureSkipTlsVerify) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!m_endpoint.clientCertificatePem.isEmpty()) {
        setBlob(easy, CURLOPT_SSLCERT_BLOB, m_endpoint.clientCertificatePem);
        curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, "PEM");
    } else if (!m_endpoint.clientCertificateFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLCERT, m_endpoint.clientCertificateFile.toLocal8Bit().constData());
    }
    if (!m_endpoint.clientKeyPem.isEmpty()) {
        setBlob(easy, CURLOPT_SSLKEY_BLOB, m_endpoint.clientKeyPem);
        curl_easy_setopt(easy, CURLOPT_SSLKEYTYPE, "PEM");
    } else if (!m_endpoint.clientKeyFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLKEY, m_endpoint.clientKeyFile.toLocal8Bit().constData());
    }
    if (!m_endpoint.proxyUrl.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_PROXY, m_endpoint.proxyUrl.toUtf8().constData());
        // The kubeconfig's proxy-url applies to its server whatever NO_PROXY
        // says (as in kubectl); libcurl would otherwise honour NO_PROXY here.
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "");
    }

    for (const auto &[name, value] : request.headers)
        t.headers = curl_slist_append(t.headers, QByteArray(name + ": " + value).constData());
    if (t.headers)
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t.headers);
    if (request.method != "GET")
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PATCH" || request.method == "PUT") {
        t.body = request.body;
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, t.body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.size()));
    }
}

// Only Warning headers are kept: nothing else of a response is needed,
// and nothing that could carry a credential is held.
size_t HttpClient::onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *t = static_cast<Transfer *>(userData);
    const size_t bytes = size * count;
    t->lastActivityMs = t->pool->client->m_clock.elapsed();
    const QByteArray line(data, qsizetype(bytes));
    if (line.startsWith("HTTP/"))
        t->warnings.clear(); // a new response's status line
    else if (std::optional<QString> warning = WarningHeader::text(line))
        t->warnings.append(*warning);
    return bytes;
}

size_t HttpClient::onWrite(char *data, size_t size, size_t count, void *userData)
{
    auto *t = static_cast<Transfer *>(userData);
    const size_t bytes = size * count;
    if (t->cancelled)
        return 0; // aborts the transfer
    t->lastActivityMs = t->pool->client->m_clock.elapsed();
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    // A stream that was refused (403, 410, ...) carries a Status object, not
    // data: collect it for the completion handler.
    if (t->streaming && status >= 200 && status < 300) {
        if (t->onData)
            t->onData(data, bytes);
    } else {
        t->collected.append(data, qsizetype(bytes));
    }
    return t->cancelled ? 0 : bytes;
}

int HttpClient::onSocket(void *, int fd, int what, void *poolPtr, void *)
{
    auto *pool = static_cast<Pool *>(poolPtr);
    HttpClient *client = pool->client;
    if (what == CURL_POLL_REMOVE) {
        if (SocketWatch *watch = client->m_sockets.take(fd)) {
            // Notifiers may be mid-activation: detach them, delete later.
            for (auto *notifier : {watch->read.release(), watch->write.release()}) {
                if (notifier) {
                    notifier->setEnabled(false);
                    notifier->deleteLater();
                }
            }
            delete watch;
        }
        return 0;
    }
    SocketWatch *&watch = client->m_sockets[fd];
    if (!watch) {
        watch = new SocketWatch;
        // Parented to the client as well: a notifier handed to deleteLater()
        // while the client is destroyed (curl removes its sockets then) is
        // deleted with it, not left to an event loop that has ended
        // (LeakSanitizer found them after tst_stalledserver).
        watch->read = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read, client);
        watch->write = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write, client);
        QObject::connect(watch->read.get(), &QSocketNotifier::activated, client,
                         [client, pool, fd] { client->socketAction(pool, fd, CURL_CSELECT_IN); });
        QObject::connect(watch->write.get(), &QSocketNotifier::activated, client,
                         [client, pool, fd] { client->socketAction(pool, fd, CURL_CSELECT_OUT); });
    }
    watch->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    watch->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
    return 0;
}

int HttpClient::onTimer(void *, long timeoutMs, void *poolPtr)
{
    auto *pool = static_cast<Pool *>(poolPtr);
    if (timeoutMs < 0)
        pool->timer.stop();
    else
        pool->timer.start(int(timeoutMs));
    return 0;
}

void HttpClient::socketAction(Pool *pool, int fd, int events)
{
    int running = 0;
    curl_multi_socket_action(pool->multi, curl_socket_t(fd), events, &running);
    finishDoneTransfers(pool);
}

void HttpClient::finishDoneTransfers(Pool *pool)
{
    int pending = 0;
    while (CURLMsg *msg = curl_multi_info_read(pool->multi, &pending)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        Transfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        if (!t)
            continue;
        HttpResponse response;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &response.status);
        // List pages are scanned where they lie: give the scanner its room.
        JsonScan::reservePadding(t->collected);
        response.body = std::move(t->collected);
        response.warnings = std::move(t->warnings);
        long version = 0;
        curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &version);
        response.httpVersion = version == CURL_HTTP_VERSION_2_0 ? 20 : version == CURL_HTTP_VERSION_1_1 ? 11 : 0;
        if (msg->data.result != CURLE_OK) {
            response.error = QString::fromUtf8(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(msg->data.result));
            // libcurl names only the address it failed to reach: say that it
            // was the proxy, without the proxy's credentials.
            const CURLcode code = msg->data.result;
            if (code == CURLE_OPERATION_TIMEDOUT) {
                // libcurl's words are English and name its phases: say which
                // bound ran out, translated. Before the request's own bound
                // only the connect bound can have.
                curl_off_t micros = 0;
                curl_easy_getinfo(t->easy, CURLINFO_TOTAL_TIME_T, &micros);
                const int connectMs = Timeouts::current().connectMs;
                response.error = Timeouts::noAnswerWithin(
                    t->timeoutMs > 0 && micros / 1000 >= t->timeoutMs ? t->timeoutMs : connectMs);
                // No answer at all: the connection may be dead. Once per
                // pool, so a stalled server costs one new pool per bound.
                if (response.status == 0 && t->pool == m_pool && !t->cancelled)
                    retireCurrentPool();
            }
            const bool proxyFailed = code == CURLE_COULDNT_RESOLVE_PROXY || code == CURLE_PROXY
                || (code == CURLE_COULDNT_CONNECT && !m_endpoint.proxyUrl.isEmpty());
            if (proxyFailed && !m_endpoint.proxyUrl.isEmpty())
                response.error = QCoreApplication::translate("Kaji::Kube::HttpClient", "cannot reach the proxy %1: %2")
                                     .arg(QUrl(m_endpoint.proxyUrl).toDisplayString(QUrl::RemoveUserInfo), response.error);
        }
        const bool cancelled = t->cancelled;
        DoneHandler onDone = std::move(t->onDone);
        removeTransfer(t);
        // The handler may start new requests; the transfer is gone by now.
        if (!cancelled && onDone)
            onDone(response);
    }
}

void HttpClient::cancel(quint64 id)
{
    Transfer *t = m_transfers.value(id);
    if (!t || t->cancelled)
        return;
    t->cancelled = true;
    // Removing a handle from inside a libcurl callback is not allowed: do it
    // from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            if (Transfer *transfer = m_transfers.value(id))
                removeTransfer(transfer);
        },
        Qt::QueuedConnection);
}

void HttpClient::removeTransfer(Transfer *t)
{
    m_transfers.remove(t->id);
    Pool *pool = t->pool;
    curl_multi_remove_handle(pool->multi, t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
    curl_slist_free_all(t->connectToList);
    delete t;
    if (--pool->transfers == 0 && pool != m_pool)
        dropRetiredPool(pool);
}

} // namespace Kaji::Kube
