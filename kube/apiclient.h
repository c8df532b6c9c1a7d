#pragma once

#include "execcredentialprovider.h"
#include "httpclient.h"
#include "restconfig.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <variant>

// Same thread as its HttpClient (the connection thread, or a command's main
// thread).
namespace Kaji::Kube {

struct ApiResult {
    long status = 0; // HTTP status, 0 when the server was not reached
    nlohmann::json body; // parsed JSON body (for errors: the Status), null if none
    QString error; // empty on success; otherwise what went wrong, in words
    QString reason; // Status.reason for API errors (Forbidden, Expired, NotFound, ...)
    int httpVersion = 0; // 20 when the answer came over HTTP/2
    QByteArray raw; // a 2xx body as received, when the request asked not to parse it
    QStringList warnings; // the server's Warning headers (deprecations, dropped fields), to show as kubectl does

    bool ok() const { return error.isEmpty(); }
};

struct RequestOptions {
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body; // for writes
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray accept = QByteArrayLiteral("application/json");
    // Large lists are read by the stores' own scanners: parsing them into a
    // JSON tree first would cost more than everything else together.
    bool parseBody = true;
    // This request's deadline; 0: the usual one (Timeouts::requestMs), or
    // none for a stream.
    int timeoutMs = 0;
};

// What one request needs to authenticate: headers and, for exec plugins
// that hand out certificates, the client certificate to present.
struct RequestAuth {
    QList<std::pair<QByteArray, QByteArray>> headers; // secret values: never log
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem; // secret
};

// Talks to one context's API server: applies its credentials (tokens, token
// files, basic auth, client certificates, exec plugins, impersonation) to
// every request and retries once with fresh exec credentials after a 401.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using ResultHandler = std::function<void(const ApiResult &result)>;
    using DataHandler = HttpClient::DataHandler;

    explicit ApiClient(RestConfig config, QObject *parent = nullptr);

    const RestConfig &config() const { return m_config; }

    // GET a JSON document (`path` includes the query).
    quint64 get(const QByteArray &path, ResultHandler onResult, const RequestOptions &options = {});
    // A write (POST, PUT, PATCH, DELETE) with a body of `contentType`.
    quint64 send(const QByteArray &method, const QByteArray &path, const QByteArray &body, ResultHandler onResult,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // A long-running GET (watch, log follow); 2xx data goes to `onData`.
    quint64 stream(const QByteArray &path, DataHandler onData, ResultHandler onEnd, const RequestOptions &options = {});
    void cancel(quint64 id);

    // The credentials a request sent now would carry (running the exec
    // plugin when its token expired), for connections made outside
    // HttpClient such as port-forward WebSockets; or why there are none.
    std::variant<RequestAuth, QString> requestAuth();
    // The server answered 401 to credentials from requestAuth(): the next
    // call runs the exec plugin again. Returns false when a retry would send
    // the same credentials (no exec plugin).
    bool invalidateCredentials();

    // Runs of the exec plugin so far (0 without one).
    int execPluginRuns() const { return m_exec ? m_exec->runCount() : 0; }

private:
    struct Call {
        QByteArray path;
        bool streaming = false;
        bool retried = false;
        RequestOptions options;
        DataHandler onData;
        ResultHandler onResult;
        quint64 httpId = 0;
    };

    void start(quint64 callId);
    std::optional<QString> authorize(HttpRequest &request);
    static ApiResult toResult(const HttpResponse &response, const Call &call);

    RestConfig m_config;
    HttpClient *m_http;
    std::unique_ptr<ExecCredentialProvider> m_exec;
    QHash<quint64, Call> m_calls;
    quint64 m_nextCall = 1;
};

} // namespace Kaji::Kube
