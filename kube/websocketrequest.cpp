#include "websocketrequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslError>
#include <QSslSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Kaji::Kube {
namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::WebSocketRequest", text);
}

std::optional<QByteArray> readPem(const QByteArray &inline_, const QString &file)
{
    if (!inline_.isEmpty())
        return inline_;
    if (file.isEmpty())
        return QByteArray();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

QSslKey privateKey(const QByteArray &pem)
{
    // The PEM does not always say its algorithm (PKCS#8); try each.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool hostExempt(const QString &host, const QString &noProxy)
{
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed();
        if (entry == QLatin1String("*"))
            return true;
        entry = entry.section(u':', 0, 0);
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (host.compare(entry, Qt::CaseInsensitive) == 0
            || host.endsWith(u'.' + entry, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QNetworkProxy webSocketProxy(const RestConfig &config)
{
    QUrl proxy(config.cluster.proxyUrl);
    if (config.cluster.proxyUrl.isEmpty()) {
        const QString host = QUrl(config.cluster.server).host();
        const QString noProxy = qEnvironmentVariable("NO_PROXY", qEnvironmentVariable("no_proxy"));
        if (hostExempt(host, noProxy))
            return QNetworkProxy(QNetworkProxy::NoProxy);
        proxy = QUrl(qEnvironmentVariable("HTTPS_PROXY", qEnvironmentVariable("https_proxy")));
        if (proxy.isEmpty())
            return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    const bool socks = proxy.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                         quint16(proxy.port(socks ? 1080 : 8080)), proxy.userName(), proxy.password());
}

} // namespace

std::variant<WebSocketDial, QString> webSocketDial(const RestConfig &config, const RequestAuth &auth,
                                                   const QByteArray &path)
{
    QUrl url(config.cluster.server);
    url.setScheme(url.scheme() == QLatin1String("http") ? QStringLiteral("ws") : QStringLiteral("wss"));
    QByteArray base = url.toEncoded();
    while (base.endsWith('/'))
        base.chop(1);
    QNetworkRequest request(QUrl::fromEncoded(base + path));
    for (const auto &[name, value] : auth.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", "kaji/" KAJI_VERSION);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const auto ca = readPem(config.cluster.certificateAuthorityData, config.cluster.certificateAuthorityFile);
    if (!ca)
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketRequest", "cannot read the CA file %1"))
            .arg(config.cluster.certificateAuthorityFile);
    if (!ca->isEmpty())
        tls.setCaCertificates(QSslCertificate::fromData(*ca, QSsl::Pem));
    if (config.cluster.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    const bool fromPlugin = !auth.clientCertificatePem.isEmpty();
    const auto cert = fromPlugin ? std::optional(auth.clientCertificatePem)
                                 : readPem(config.user.clientCertificateData, config.user.clientCertificateFile);
    const auto key = fromPlugin ? std::optional(auth.clientKeyPem)
                                : readPem(config.user.clientKeyData, config.user.clientKeyFile);
    if (!cert || !key)
        return message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketRequest", "cannot read the client certificate or key"));
    if (!cert->isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*cert, QSsl::Pem);
        const QSslKey sslKey = privateKey(*key);
        if (chain.isEmpty() || sslKey.isNull())
            return message(QT_TRANSLATE_NOOP("Kaji::Kube::WebSocketRequest",
                                             "the client certificate or key is not valid PEM"));
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(sslKey);
    }
    return WebSocketDial{request, tls, webSocketProxy(config), config.cluster.tlsServerName};
}

QSslSocket *openWebSocket(QWebSocket *socket, const WebSocketDial &dial, const QString &subprotocol)
{
    socket->setProxy(dial.proxy);
    socket->setSslConfiguration(dial.tls);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({subprotocol});
    socket->open(dial.request, options);
    // open() only starts connecting: the TLS handshake, which sends the
    // server name and checks the certificate, begins once TCP is up.
    auto *tls = socket->findChild<QSslSocket *>();
    if (tls && !dial.tlsServerName.isEmpty())
        tls->setPeerVerifyName(dial.tlsServerName);
    return tls;
}

} // namespace Kaji::Kube
