#include "execsession.h"

#include "execframes.h"
#include "websocketconnection.h"
#include "websocketrequest.h"

#include <QUrl>

#include <memory>

namespace Kaji::Kube {

namespace {

// The refused upgrade's message ends in the server's Status, when it sent one.
QString serverMessage(const QString &message)
{
    const qsizetype brace = message.indexOf(QLatin1Char('{'));
    if (brace < 0)
        return message;
    const ExecFrames::Status status = ExecFrames::parseStatus(message.mid(brace).toUtf8());
    return status.message.isEmpty() ? message : status.message;
}

constexpr qsizetype StdinChunk = 64 * 1024;

} // namespace

ExecSession::ExecSession(ApiClient *client, ExecRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_watchdog(client)
{
    connect(&m_watchdog, &StreamWatchdog::stalled, this, &ExecSession::onStalled);
}

ExecSession::~ExecSession()
{
    if (m_socket)
        m_socket->abort();
}

QByteArray ExecSession::path(const ExecRequest &request)
{
    QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(request.namespaceName) + "/pods/"
        + QUrl::toPercentEncoding(request.pod) + (request.attach ? "/attach?" : "/exec?");
    QList<QByteArray> query;
    if (!request.container.isEmpty())
        query << "container=" + QUrl::toPercentEncoding(request.container);
    if (!request.attach) {
        for (const QString &word : request.command)
            query << "command=" + QUrl::toPercentEncoding(word);
    }
    if (request.stdinOpen)
        query << "stdin=true";
    query << "stdout=true";
    // With a TTY the terminal merges stderr into stdout; the server refuses
    // both together, as kubectl knows.
    if (request.tty)
        query << "tty=true";
    else
        query << "stderr=true";
    return path + query.join('&');
}

void ExecSession::start()
{
    if (m_done || m_socket)
        return;
    if (!m_request.attach && m_request.command.isEmpty()) {
        finish({ExecResult::Kind::Refused, -1, tr("No command to run."), 0});
        return;
    }
    dial();
}

void ExecSession::dial()
{
    auto auth = m_client->requestAuth();
    if (const auto *failure = std::get_if<QString>(&auth)) {
        finish({ExecResult::Kind::ConnectionFailed, -1, *failure, 0});
        return;
    }
    auto dialing = webSocketDial(m_client->config(), std::get<RequestAuth>(auth), path(m_request));
    if (const auto *failure = std::get_if<QString>(&dialing)) {
        finish({ExecResult::Kind::ConnectionFailed, -1, *failure, 0});
        return;
    }
    auto *socket = new WebSocketConnection(this);
    m_socket = socket;
    socket->setPaused(m_paused);
    auto decoder = std::make_shared<ExecFrames::Decoder>([this](quint8 channel, QByteArrayView data) {
        if (channel == ExecFrames::Stdout || channel == ExecFrames::Stderr)
            Q_EMIT output(channel, data.toByteArray());
        else if (channel == ExecFrames::Error && m_status.size() < 64 * 1024)
            m_status.append(data.data(), data.size());
    });
    connect(socket, &WebSocketConnection::messageStarted, this, [decoder] { decoder->messageStarted(); });
    connect(socket, &WebSocketConnection::received, this, [this, decoder](QByteArrayView data) {
        m_watchdog.touch();
        decoder->feed(data);
    });
    connect(socket, &WebSocketConnection::connected, this, &ExecSession::onConnected);
    connect(socket, &WebSocketConnection::failed, this, &ExecSession::onFailed);
    connect(socket, &WebSocketConnection::disconnected, this, &ExecSession::onDisconnected);
    connect(socket, &WebSocketConnection::bytesWritten, this, &ExecSession::bytesWritten);
    socket->open(std::get<WebSocketDial>(dialing),
                 QByteArray(ExecFrames::ProtocolV5) + ", " + QByteArray(ExecFrames::ProtocolV4));
}

void ExecSession::onConnected()
{
    m_protocol = m_socket->subprotocol();
    if (m_protocol != ExecFrames::ProtocolV5 && m_protocol != ExecFrames::ProtocolV4) {
        const QString got = m_protocol.isEmpty() ? tr("none") : QString::fromUtf8(m_protocol);
        m_socket->abort();
        finish({ExecResult::Kind::ConnectionFailed, -1,
                tr("The server does not speak the exec protocols v5.channel.k8s.io or v4.channel.k8s.io "
                   "(it chose: %1).")
                    .arg(got),
                0});
        return;
    }
    m_connected = true;
    if (m_request.tty && m_size.isValid())
        m_socket->send(ExecFrames::resizeFrame(m_size.width(), m_size.height()));
    for (const QByteArray &frame : std::as_const(m_pending))
        m_socket->send(frame);
    m_pending.clear();
    if (m_stdinClosed && m_protocol == ExecFrames::ProtocolV5)
        m_socket->send(ExecFrames::closeFrame(ExecFrames::Stdin));
    if (!m_paused)
        m_watchdog.start();
    Q_EMIT connected();
}

void ExecSession::onFailed(const QString &message, int httpStatus)
{
    m_socket->deleteLater();
    m_socket = nullptr;
    if (m_cancelled) {
        finish({ExecResult::Kind::Cancelled, -1, tr("Cancelled."), 0});
        return;
    }
    // Exec credentials may have expired between requestAuth() and the
    // server's check: one more try with fresh ones, as ApiClient does.
    if (httpStatus == 401 && !m_retried && m_client->invalidateCredentials()) {
        m_retried = true;
        dial();
        return;
    }
    const QString text = serverMessage(message);
    const QString what = m_request.attach ? QStringLiteral("pods/attach") : QStringLiteral("pods/exec");
    switch (httpStatus) {
    case 0:
        finish({ExecResult::Kind::ConnectionFailed, -1, text, 0});
        return;
    case 403:
        finish({ExecResult::Kind::Forbidden, -1,
                tr("Not allowed: \"create %1\" is forbidden in namespace %2 (%3)")
                    .arg(what, m_request.namespaceName, text),
                httpStatus});
        return;
    case 404:
        finish({ExecResult::Kind::NotFound, -1, text, httpStatus});
        return;
    default:
        finish({ExecResult::Kind::Refused, -1, text, httpStatus});
    }
}

void ExecSession::onDisconnected()
{
    if (m_socket)
        m_socket->deleteLater();
    m_socket = nullptr;
    m_connected = false;
    if (m_cancelled) {
        finish({ExecResult::Kind::Cancelled, -1, tr("Cancelled."), 0});
        return;
    }
    if (m_status.isEmpty()) {
        finish({ExecResult::Kind::ConnectionFailed, -1,
                tr("The connection to the server ended before the command did."), 0});
        return;
    }
    const ExecFrames::Status status = ExecFrames::parseStatus(m_status);
    switch (status.outcome) {
    case ExecFrames::Status::Outcome::Success:
        finish({ExecResult::Kind::Success, 0, {}, 0});
        return;
    case ExecFrames::Status::Outcome::NonZeroExit:
        finish({ExecResult::Kind::ExitCode, status.exitCode,
                tr("command terminated with exit code %1").arg(status.exitCode), 0});
        return;
    case ExecFrames::Status::Outcome::Failure:
        finish({ExecResult::Kind::ServerError, -1, status.message.isEmpty() ? status.reason : status.message, 0});
        return;
    case ExecFrames::Status::Outcome::Unreadable:
        finish({ExecResult::Kind::ServerError, -1, QString::fromUtf8(m_status.left(512)).trimmed(), 0});
        return;
    }
}

// Nothing came for a quiet period and the server did not answer a check
// either: the session is given up as a lost connection.
void ExecSession::onStalled(const QString &message)
{
    if (m_done || !m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_connected = false;
    finish({ExecResult::Kind::ConnectionFailed, -1, tr("The connection to the server was lost: %1").arg(message), 0});
}

void ExecSession::finish(ExecResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    m_pending.clear();
    Q_EMIT finished(result);
}

void ExecSession::send(const QByteArray &frame)
{
    if (m_done)
        return;
    if (m_connected && m_socket)
        m_socket->send(frame);
    else
        m_pending << frame;
}

void ExecSession::writeStdin(QByteArrayView data)
{
    if (!m_request.stdinOpen || m_stdinClosed)
        return;
    while (!data.isEmpty()) {
        const qsizetype n = qMin(data.size(), StdinChunk);
        send(ExecFrames::frame(ExecFrames::Stdin, data.first(n)));
        data = data.sliced(n);
    }
}

bool ExecSession::closeStdin()
{
    if (m_stdinClosed)
        return true;
    if (m_connected && m_protocol != ExecFrames::ProtocolV5)
        return false;
    m_stdinClosed = true;
    if (m_connected && m_socket)
        m_socket->send(ExecFrames::closeFrame(ExecFrames::Stdin));
    return true;
}

void ExecSession::resize(int columns, int rows)
{
    if (columns <= 0 || rows <= 0 || QSize(columns, rows) == m_size)
        return;
    m_size = QSize(columns, rows);
    if (m_request.tty && m_connected && m_socket)
        m_socket->send(ExecFrames::resizeFrame(columns, rows));
}

void ExecSession::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_socket && m_connected) {
        m_socket->close(); // disconnected() follows
        return;
    }
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    finish({ExecResult::Kind::Cancelled, -1, tr("Cancelled."), 0});
}

qint64 ExecSession::bytesToWrite() const
{
    qint64 pending = 0;
    for (const QByteArray &frame : m_pending)
        pending += frame.size();
    return pending + (m_socket ? m_socket->bytesToWrite() : 0);
}

void ExecSession::setPaused(bool paused)
{
    m_paused = paused;
    if (m_socket)
        m_socket->setPaused(paused);
    if (paused)
        m_watchdog.stop();
    else if (m_connected && !m_done)
        m_watchdog.start();
}

} // namespace Kaji::Kube
