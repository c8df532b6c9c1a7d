#pragma once

#include "apiclient.h"
#include "streamwatchdog.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>

// Lives on the thread that created it, like its ApiClient (the GUI thread or
// a command's main thread); all network I/O is asynchronous.
namespace Kaji::Kube {

class WebSocketConnection;

// What to run, or attach to.
struct ExecRequest {
    QString namespaceName;
    QString pod;
    QString container; // empty: the pod's only (or default) container
    QStringList command; // exec only; ignored when attaching
    bool attach = false; // the attach subresource instead of exec
    bool stdinOpen = false; // send stdin (-i)
    bool tty = false; // a terminal (-t): stdout and stderr are one stream then
};

// How a session ended.
struct ExecResult {
    enum class Kind {
        Success, // exit code 0
        ExitCode, // the command ended with exitCode != 0
        Forbidden, // RBAC refused create pods/exec (or pods/attach)
        NotFound, // no such pod (or namespace)
        Refused, // the server refused to start it (e.g. container not running)
        ServerError, // started, then the server reported a failure (e.g. no such command)
        ConnectionFailed, // never connected, or lost before the end
        Cancelled, // cancel() was called
        NoShell, // Models::ShellLauncher: the image has none of the shells it tried
        NotRunning, // ExecPrecheck: the container is not running (not scheduled, waiting, ended)
    };
    Kind kind = Kind::ConnectionFailed;
    int exitCode = -1; // 0 on Success, the code for ExitCode, else -1
    QString message; // for people; empty on Success
    int httpStatus = 0; // when the upgrade was refused

    bool succeeded() const { return kind == Kind::Success; }
};

// One exec or attach over a WebSocket (v5.channel.k8s.io, else
// v4.channel.k8s.io), with the credentials, TLS settings and proxy of
// its client. Writes made before the connection is up are kept and sent
// once it is. finished() comes exactly once, after start(). A connected
// session that stays silent is checked on as watches are
// (StreamWatchdog): a shell waiting for its user sends nothing for hours,
// but a server that then fails to answer ends the session with the reason
// instead of leaving it open for ever.
class ExecSession : public QObject {
    Q_OBJECT
public:
    // `client` must outlive the session.
    ExecSession(ApiClient *client, ExecRequest request, QObject *parent = nullptr);
    ~ExecSession() override;

    const ExecRequest &request() const { return m_request; }
    void start();
    void writeStdin(QByteArrayView data);
    // End of input (v5 only: v4 cannot say it; returns false then, and
    // before the connection is up when the protocol is not known yet it
    // is sent as soon as v5 is agreed).
    bool closeStdin();
    // The terminal's size; sent now when connected with a TTY, else on connect.
    void resize(int columns, int rows);
    // Ends the session: finished() reports Cancelled.
    void cancel();
    // Stops reading output while the reader cannot keep up (a terminal
    // with megabytes still to parse); TCP then slows the sender down. The
    // silence that follows is not the server's: it is not checked on.
    void setPaused(bool paused);
    StreamWatchdog &watchdog() { return m_watchdog; }

    bool isConnected() const { return m_connected; }
    QByteArray protocol() const { return m_protocol; } // the agreed subprotocol
    // Bytes written but not yet sent, for callers that stream a lot of stdin.
    qint64 bytesToWrite() const;
    // The URL path (with query) of the subresource, without the server.
    static QByteArray path(const ExecRequest &request);

Q_SIGNALS:
    void connected();
    // Data of stdout (1) or stderr (2); with a TTY, everything is stdout.
    void output(int channel, const QByteArray &data);
    void bytesWritten();
    void finished(const Kaji::Kube::ExecResult &result);

private:
    void dial();
    void onConnected();
    void onFailed(const QString &message, int httpStatus);
    void onDisconnected();
    void onStalled(const QString &message);
    void finish(ExecResult result);
    void send(const QByteArray &frame);

    ApiClient *m_client;
    ExecRequest m_request;
    QPointer<WebSocketConnection> m_socket;
    StreamWatchdog m_watchdog; // while connected and reading
    QByteArray m_protocol;
    QByteArray m_status; // what channel 3 said, collected until the end
    QList<QByteArray> m_pending; // frames written before the connection was up
    QSize m_size; // last resize(), invalid until then
    bool m_stdinClosed = false;
    bool m_connected = false;
    bool m_retried = false; // once after a 401 with fresh exec credentials
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_done = false;
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::ExecResult)
