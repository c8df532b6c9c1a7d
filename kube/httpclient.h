#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

// Lives on one thread (its cluster's connection thread, or the main thread
// of a command); every call and callback happens there.
namespace Kaji::Kube {

// Where and how to connect: TLS material, proxy, compression.
struct HttpEndpoint {
    QString server; // "https://host:port", optionally with a path prefix
    QByteArray certificateAuthorityPem;
    QString certificateAuthorityFile;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl; // empty: HTTPS_PROXY/NO_PROXY from the environment apply
    bool disableCompression = false;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem; // secret
    QString clientCertificateFile;
    QString clientKeyFile;
};

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path; // path and query, already percent-encoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Watches and log follows: no overall timeout, and 2xx data is handed
    // over as it arrives instead of being collected.
    bool streaming = false;
    // The whole request's bound; 0: Timeouts::requestMs, or none for a
    // stream (whose owner watches it for silence instead).
    int timeoutMs = 0;
};

struct HttpResponse {
    long status = 0; // 0 when no HTTP answer arrived
    QByteArray body; // collected body; for streams only a non-2xx body
    QString error; // transport failure (connect, TLS, timeout), empty otherwise
    int httpVersion = 0; // 11 or 20 (HTTP/1.1, HTTP/2), 0 when unknown
    QStringList warnings; // the texts of the answer's Warning headers
};

// HTTP over libcurl's multi interface, driven by Qt's event loop through
// socket notifiers and a timer, so one thread serves many requests and HTTP/2
// lets concurrent watches share one connection.
//
// That connection can die without either end being told (a VPN or NAT
// losing its state): nothing arrives, TCP keepalive needs minutes to notice,
// and libcurl keeps putting every new request on it. So a request that got
// no answer within its bound retires its connection pool (a multi handle):
// new requests open a fresh connection in a new pool, and the old one is
// freed when the requests still in it have ended (their owners' watchdogs
// end stalled streams).
//
// libcurl before 8.1 (Debian 12 has 7.88) can leave an HTTP/2 answer
// unfinished on a quiet connection; see nudgeQuietAnswers().
class HttpClient : public QObject {
    Q_OBJECT
public:
    using DataHandler = std::function<void(const char *data, size_t size)>;
    using DoneHandler = std::function<void(const HttpResponse &response)>;

    explicit HttpClient(HttpEndpoint endpoint, QObject *parent = nullptr);
    ~HttpClient() override;

    void setEndpoint(HttpEndpoint endpoint) { m_endpoint = std::move(endpoint); }
    const HttpEndpoint &endpoint() const { return m_endpoint; }

    // Starts a request; `onDone` runs once when it ends, unless cancelled.
    quint64 send(const HttpRequest &request, DataHandler onData, DoneHandler onDone);
    // Stops a request; its `onDone` is not called. Safe from inside handlers.
    void cancel(quint64 id);

    int activeCount() const { return int(m_transfers.size()); }

private:
    struct Transfer;
    struct SocketWatch;
    struct Pool;

    static int onSocket(void *easy, int fd, int what, void *pool, void *socketData);
    static int onTimer(void *multi, long timeoutMs, void *pool);
    static size_t onWrite(char *data, size_t size, size_t count, void *transfer);
    static size_t onHeader(char *data, size_t size, size_t count, void *transfer);
    void configure(Transfer &transfer, const HttpRequest &request);
    void socketAction(Pool *pool, int fd, int events);
    void finishDoneTransfers(Pool *pool);
    void removeTransfer(Transfer *transfer);
    Pool *newPool();
    void retireCurrentPool();
    void dropRetiredPool(Pool *pool);
    void nudgeQuietAnswers();

    // Whether the running libcurl needs nudgeQuietAnswers().
    static bool answersNeedNudging();

    HttpEndpoint m_endpoint;
    Pool *m_pool; // where new requests go
    QList<Pool *> m_retired; // pools left behind, until their last request ends
    quint64 m_nextId = 1;
    QHash<quint64, Transfer *> m_transfers;
    QHash<int, SocketWatch *> m_sockets;
    QElapsedTimer m_clock; // when answers last moved, in its milliseconds
    QTimer m_nudgeCheck; // runs while answers are awaited
    qint64 m_lastNudgeMs = -1;
    bool m_nudgeInFlight = false;
};

} // namespace Kaji::Kube
