#include "apiclient.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::ApiClient", text);
}

HttpEndpoint endpointFor(const RestConfig &config)
{
    HttpEndpoint e;
    e.server = config.cluster.server;
    e.certificateAuthorityPem = config.cluster.certificateAuthorityData;
    e.certificateAuthorityFile = config.cluster.certificateAuthorityFile;
    e.insecureSkipTlsVerify = config.cluster.insecureSkipTlsVerify;
    e.tlsServerName = config.cluster.tlsServerName;
    e.proxyUrl = config.cluster.proxyUrl;
    e.disableCompression = config.cluster.disableCompression;
    e.clientCertificatePem = config.user.clientCertificateData;
    e.clientKeyPem = config.user.clientKeyData;
    e.clientCertificateFile = config.user.clientCertificateFile;
    e.clientKeyFile = config.user.clientKeyFile;
    return e;
}

} // namespace

ApiClient::ApiClient(RestConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_http(new HttpClient(endpointFor(m_config), this))
{
    if (m_config.user.exec)
        m_exec = std::make_unique<ExecCredentialProvider>(m_config.contextName, *m_config.user.exec, m_config.cluster);
}

quint64 ApiClient::get(const QByteArray &path, ResultHandler onResult, const RequestOptions &options)
{
    const quint64 id = m_nextCall++;
    m_calls.insert(id, Call{path, false, false, options, {}, std::move(onResult), 0});
    start(id);
    return id;
}

quint64 ApiClient::send(const QByteArray &method, const QByteArray &path, const QByteArray &body, ResultHandler onResult,
                        const QByteArray &contentType)
{
    RequestOptions options;
    options.method = method;
    options.body = body;
    options.contentType = contentType;
    return get(path, std::move(onResult), options);
}

quint64 ApiClient::stream(const QByteArray &path, DataHandler onData, ResultHandler onEnd, const RequestOptions &options)
{
    const quint64 id = m_nextCall++;
    m_calls.insert(id, Call{path, true, false, options, std::move(onData), std::move(onEnd), 0});
    start(id);
    return id;
}

void ApiClient::cancel(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    m_http->cancel(it->httpId);
    m_calls.erase(it);
}

std::variant<RequestAuth, QString> ApiClient::requestAuth()
{
    const UserEntry &user = m_config.user;
    RequestAuth auth;
    QString token;
    if (m_exec) {
        auto credential = m_exec->credential();
        if (auto *failure = std::get_if<QString>(&credential))
            return *failure;
        const ExecCredential &c = std::get<ExecCredential>(credential);
        token = c.token;
        auth.clientCertificatePem = c.clientCertificatePem;
        auth.clientKeyPem = c.clientKeyPem;
    } else if (!user.token.isEmpty()) {
        token = user.token;
    } else if (!user.tokenFile.isEmpty()) {
        // Read on every request: projected tokens are rotated in place.
        QFile file(user.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return message(QT_TRANSLATE_NOOP("Kaji::Kube::ApiClient", "cannot read the token file %1: %2"))
                .arg(user.tokenFile, file.errorString());
        token = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (!token.isEmpty())
        auth.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    else if (!user.username.isEmpty())
        auth.headers.append({QByteArrayLiteral("Authorization"),
                             "Basic " + (user.username + u':' + user.password).toUtf8().toBase64()});
    if (!user.impersonate.isEmpty())
        auth.headers.append({QByteArrayLiteral("Impersonate-User"), user.impersonate.toUtf8()});
    for (const QString &group : user.impersonateGroups)
        auth.headers.append({QByteArrayLiteral("Impersonate-Group"), group.toUtf8()});
    return auth;
}

bool ApiClient::invalidateCredentials()
{
    if (!m_exec)
        return false;
    m_exec->invalidate();
    return true;
}

std::optional<QString> ApiClient::authorize(HttpRequest &request)
{
    auto auth = requestAuth();
    if (auto *failure = std::get_if<QString>(&auth))
        return *failure;
    RequestAuth &granted = std::get<RequestAuth>(auth);
    if (!granted.clientCertificatePem.isEmpty()) {
        HttpEndpoint endpoint = m_http->endpoint();
        endpoint.clientCertificatePem = granted.clientCertificatePem;
        endpoint.clientKeyPem = granted.clientKeyPem;
        m_http->setEndpoint(endpoint);
    }
    request.headers.append(granted.headers);
    return std::nullopt;
}

void ApiClient::start(quint64 callId)
{
    Call &call = m_calls[callId];
    HttpRequest request;
    request.path = call.path;
    request.streaming = call.streaming;
    request.timeoutMs = call.options.timeoutMs;
    request.headers.append({QByteArrayLiteral("Accept"), call.options.accept});
    request.method = call.options.method;
    if (call.options.method != "GET") {
        request.body = call.options.body;
        request.headers.append({QByteArrayLiteral("Content-Type"), call.options.contentType});
    }
    if (const auto failure = authorize(request)) {
        ApiResult result;
        result.error = *failure;
        result.reason = QStringLiteral("CredentialsUnavailable");
        // Report from the event loop, as a network answer would arrive.
        QTimer::singleShot(0, this, [this, callId, result] {
            const Call finished = m_calls.take(callId);
            if (finished.onResult)
                finished.onResult(result);
        });
        return;
    }
    call.httpId = m_http->send(request, call.onData, [this, callId](const HttpResponse &response) {
        auto it = m_calls.find(callId);
        if (it == m_calls.end())
            return;
        // Exec credentials may be revoked before they expire: run the plugin
        // again, once.
        if (response.status == 401 && m_exec && !it->retried) {
            it->retried = true;
            m_exec->invalidate();
            start(callId);
            return;
        }
        const Call finished = m_calls.take(callId);
        if (finished.onResult)
            finished.onResult(toResult(response, finished));
    });
}

ApiResult ApiClient::toResult(const HttpResponse &response, const Call &call)
{
    const bool streaming = call.streaming;
    const bool success = response.status >= 200 && response.status < 300;
    ApiResult result;
    result.status = response.status;
    result.httpVersion = response.httpVersion;
    result.warnings = response.warnings;
    if (!response.error.isEmpty() && response.status == 0) {
        result.error = response.error;
        result.reason = QStringLiteral("ConnectionFailed");
        return result;
    }
    if (success && !call.options.parseBody) {
        result.raw = response.body;
        if (!response.error.isEmpty()) {
            result.error = response.error;
            result.reason = QStringLiteral("StreamBroken");
        }
        return result;
    }
    if (!response.body.isEmpty()) {
        result.body = nlohmann::json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
        if (result.body.is_discarded())
            result.body = nullptr;
    }
    if (success) {
        // A stream that ends with a transport error (reset, timeout) ended
        // abnormally even though it started well.
        if (!response.error.isEmpty()) {
            result.error = response.error;
            result.reason = QStringLiteral("StreamBroken");
        } else if (!streaming && result.body.is_null()) {
            result.error = message(QT_TRANSLATE_NOOP("Kaji::Kube::ApiClient", "the server answered with invalid JSON"));
            result.reason = QStringLiteral("InvalidResponse");
        }
        return result;
    }
    // A caller that reads text (/readyz answers 500 with the failed checks
    // listed) gets the words of a failure too.
    if (!call.options.parseBody)
        result.raw = response.body;
    if (jsonText(result.body, "kind") == QLatin1String("Status")) {
        result.error = jsonText(result.body, "message");
        result.reason = jsonText(result.body, "reason");
    }
    if (result.error.isEmpty())
        result.error = message(QT_TRANSLATE_NOOP("Kaji::Kube::ApiClient", "the server answered HTTP %1"))
                           .arg(response.status);
    if (result.reason.isEmpty())
        result.reason = QStringLiteral("HTTP%1").arg(response.status);
    return result;
}

} // namespace Kaji::Kube
