#pragma once

#include "apiclient.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <variant>

// Pure functions; any thread.
namespace Kaji::Kube {

// QWebSocket takes its TLS settings and proxy apart from the request.
struct WebSocketDial {
    QNetworkRequest request;
    QSslConfiguration tls;
    QNetworkProxy proxy;
    // tls-server-name: QWebSocket verifies the URL's host, so a certificate
    // that only names this one is checked against it by hand.
    QString tlsServerName;
};

// Whether `certificate` names `host` (subject alternative names, wildcards
// of one label), as a TLS client checks it.
bool certificateNames(const QSslCertificate &certificate, const QString &host);

// How to open a WebSocket to `path` on the context's server:
// its TLS settings (CA, insecure-skip-tls-verify, client certificates,
// tls-server-name as the name to verify) and `auth`'s headers. Or why the
// TLS material cannot be loaded.
// The proxy is the cluster's proxy-url, else HTTPS_PROXY unless NO_PROXY
// exempts the host, as kubectl decides.
std::variant<WebSocketDial, QString> webSocketDial(const RestConfig &config, const RequestAuth &auth,
                                                   const QByteArray &path);

} // namespace Kaji::Kube
