#pragma once

#include "apiclient.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <variant>

class QSslSocket;
class QWebSocket;

// Pure functions; any thread.
namespace Kaji::Kube {

// QWebSocket takes its TLS settings and proxy apart from the request.
struct WebSocketDial {
    QNetworkRequest request;
    QSslConfiguration tls;
    QNetworkProxy proxy;
    // tls-server-name: sent as the TLS server name (SNI) and verified
    // against the certificate instead of the URL's host.
    QString tlsServerName;
};

// How to open a WebSocket to `path` on the context's server:
// its TLS settings (CA, insecure-skip-tls-verify, client certificates,
// tls-server-name as the name to verify) and `auth`'s headers. Or why the
// TLS material cannot be loaded.
// The proxy is the cluster's proxy-url, else HTTPS_PROXY unless NO_PROXY
// exempts the host, as kubectl decides.
std::variant<WebSocketDial, QString> webSocketDial(const RestConfig &config, const RequestAuth &auth,
                                                   const QByteArray &path);

// Opens `socket` as `dial` says, offering `subprotocol`. Returns the TLS
// socket inside it (null for ws://), already told the tls-server-name.
QSslSocket *openWebSocket(QWebSocket *socket, const WebSocketDial &dial, const QString &subprotocol);

} // namespace Kaji::Kube
