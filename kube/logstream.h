#pragma once

#include "apiclient.h"
#include "streamwatchdog.h"

#include <QDateTime>
#include <QTimer>

// The thread of its ApiClient (a connection thread, or a command's main thread).
namespace Kaji::Kube {

// What `kubectl logs` can ask the server for.
struct LogOptions {
    QString container; // empty: the server's choice (fails for several containers)
    bool follow = false;
    bool previous = false;
    bool timestamps = false; // keep the server's RFC 3339 prefix in the delivered text
    qint64 sinceSeconds = 0; // 0: unset
    QDateTime sinceTime; // invalid: unset; sinceSeconds wins when both are set
    qint64 tailLines = -1; // -1: all
    qint64 limitBytes = 0; // 0: unlimited
};

// Why a log could not be read, sorted so the UI can say what to do.
enum class LogFailure {
    None,
    ContainerNotReady, // 400: waiting to start, no previous instance, container name needed
    Forbidden, // 403
    NotFound, // 404: the pod (or namespace) is gone
    Unreachable, // no HTTP answer
    Other,
};

// One pod container's log, as `GET /api/v1/namespaces/NS/pods/P/log`
// serves it, cut into whole lines whatever the chunking. Follows survive
// dropped connections: the stream always asks for timestamps, so after a
// break it resumes from the last one it saw and skips what it already
// delivered (the API rounds sinceTime down to the second). A follow whose
// server stalls (the connection open, nothing coming) is found by its
// StreamWatchdog, and a follow that ends cleanly while its container still
// runs (the kubelet restarted) is asked again; both resume the same way.
class LogStream : public QObject {
    Q_OBJECT
public:
    LogStream(ApiClient *client, QString namespaceName, QString pod, LogOptions options, QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void stop(); // no further signals

    bool isRunning() const { return m_callId != 0 || m_retry.isActive(); }
    const LogOptions &options() const { return m_options; }
    int reconnectCount() const { return m_reconnects; }
    StreamWatchdog &watchdog() { return m_watchdog; }

    // The request path for `options` (exposed for tests and downloads).
    static QByteArray path(const QString &namespaceName, const QString &pod, const LogOptions &options,
                           bool withTimestamps);
    // Nanoseconds since the epoch of an RFC 3339 timestamp with up to nine
    // fraction digits ("2026-11-26T10:00:00.123456789Z"); 0 if unparseable.
    static qint64 parseTimestamp(QByteArrayView text);
    static QByteArray formatTimestamp(qint64 nanoseconds); // RFC 3339 with nine digits, UTC

    // Delay before the n-th reconnect (1-based), in milliseconds.
    static int backoffMs(int attempt);

Q_SIGNALS:
    // Whole lines, each ending in '\n' except maybe the very last of a
    // finished log; formatted as the options ask (with or without the
    // timestamp prefix). `timestamps` holds one entry per line
    // (nanoseconds since the epoch, 0 when the server sent none).
    void linesReceived(const QByteArray &lines, const QList<qint64> &timestamps);
    // A follow lost its connection and will retry after `delayMs`.
    void reconnecting(int attempt, int delayMs, const QString &reason);
    // The log ended: cleanly (failure None) or not.
    void finished(Kaji::Kube::LogFailure failure, const QString &message);

private:
    void request();
    void onData(const char *data, size_t size);
    void onEnd(const ApiResult &result);
    void onStalled(const QString &message);
    void resume(const QString &reason);
    void end(const ApiResult &result);
    QByteArray podPath() const;
    void deliverLine(QByteArrayView line, QByteArray &out, QList<qint64> &stamps);
    bool resumable() const { return m_options.follow && m_options.limitBytes == 0; }
    bool withTimestamps() const { return m_options.limitBytes == 0 || m_options.timestamps; }

    ApiClient *m_client;
    QString m_namespace;
    QString m_pod;
    LogOptions m_options;
    quint64 m_callId = 0;
    QByteArray m_partial; // bytes after the last '\n'
    QTimer m_retry;
    int m_attempt = 0; // consecutive failed reconnects
    int m_reconnects = 0;
    bool m_resuming = false;
    qint64 m_lastStamp = 0; // newest timestamp delivered
    // Lines delivered at exactly m_lastStamp: a resumed request repeats them.
    QHash<QByteArray, int> m_atLastStamp;
    StreamWatchdog m_watchdog;
};

LogFailure logFailureFor(const ApiResult &result);

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::LogFailure)
