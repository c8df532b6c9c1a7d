#include "logstream.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kaji::Kube {
namespace {

// Reads `count` decimal digits at `pos`; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Whether `container` of `pod` runs now (the only container when empty).
bool containerRunning(const nlohmann::json &pod, const QString &container)
{
    const nlohmann::json &status = jsonChild(pod, "status");
    const nlohmann::json *found = nullptr;
    const nlohmann::json *last = nullptr;
    int count = 0;
    for (const char *list : {"containerStatuses", "initContainerStatuses"}) {
        const nlohmann::json &statuses = jsonChild(status, list);
        if (!statuses.is_array())
            continue;
        for (const nlohmann::json &s : statuses) {
            ++count;
            last = &s;
            if (jsonText(s, "name") == container)
                found = &s;
        }
    }
    if (container.isEmpty() && count == 1)
        found = last;
    return found && jsonChild(*found, "state").contains("running"); // false for null
}

} // namespace

LogFailure logFailureFor(const ApiResult &result)
{
    if (result.ok())
        return LogFailure::None;
    switch (result.status) {
    case 0: return LogFailure::Unreachable;
    case 400: return LogFailure::ContainerNotReady;
    case 403: return LogFailure::Forbidden;
    case 404: return LogFailure::NotFound;
    default: return LogFailure::Other;
    }
}

LogStream::LogStream(ApiClient *client, QString namespaceName, QString pod, LogOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_pod(std::move(pod))
    , m_options(std::move(options))
    , m_watchdog(client)
{
    qRegisterMetaType<LogFailure>();
    connect(&m_watchdog, &StreamWatchdog::stalled, this, &LogStream::onStalled);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LogStream::request);
}

LogStream::~LogStream()
{
    stop();
}

void LogStream::start()
{
    stop();
    m_partial.clear();
    m_lastStamp = 0;
    m_atLastStamp.clear();
    m_attempt = 0;
    m_resuming = false;
    request();
}

void LogStream::stop()
{
    m_retry.stop();
    m_watchdog.stop();
    if (m_callId != 0) {
        m_client->cancel(m_callId);
        m_callId = 0;
    }
}

int LogStream::backoffMs(int attempt)
{
    // 250 ms, 500 ms, 1 s, ... capped at 10 s: quick after a blip, gentle
    // on a server that is down.
    return std::min(10000, 250 << std::min(attempt - 1, 6));
}

QByteArray LogStream::path(const QString &namespaceName, const QString &pod, const LogOptions &options,
                           bool withTimestamps)
{
    QByteArray query;
    const auto add = [&query](const char *key, const QByteArray &value) {
        query += (query.isEmpty() ? "?" : "&") + QByteArray(key) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    };
    if (!options.container.isEmpty())
        add("container", options.container.toUtf8());
    if (options.follow)
        add("follow", "true");
    if (options.limitBytes > 0)
        add("limitBytes", QByteArray::number(options.limitBytes));
    if (options.previous)
        add("previous", "true");
    if (options.sinceSeconds > 0)
        add("sinceSeconds", QByteArray::number(options.sinceSeconds));
    else if (options.sinceTime.isValid())
        add("sinceTime", options.sinceTime.toUTC().toString(Qt::ISODate).toUtf8());
    if (options.tailLines >= 0)
        add("tailLines", QByteArray::number(options.tailLines));
    if (withTimestamps)
        add("timestamps", "true");
    return "/api/v1/namespaces/" + QUrl::toPercentEncoding(namespaceName) + "/pods/" + QUrl::toPercentEncoding(pod)
        + "/log" + query;
}

qint64 LogStream::parseTimestamp(QByteArrayView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || text[4] != '-'
        || text[10] != 'T')
        return 0;
    qsizetype pos = 19;
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (fractionDigits < 9) {
                fraction = fraction * 10 + (text[pos] - '0');
                ++fractionDigits;
            }
            ++pos;
        }
    }
    for (; fractionDigits < 9; ++fractionDigits)
        fraction *= 10;
    qint64 offsetSecs = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int oh = digits(text, pos + 1, 2), om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0)
            return 0;
        offsetSecs = (text[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else if (pos >= text.size() || text[pos] != 'Z') {
        return 0;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return 0;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSecs;
    return secs * 1000000000 + fraction;
}

QByteArray LogStream::formatTimestamp(qint64 nanoseconds)
{
    const qint64 secs = nanoseconds >= 0 ? nanoseconds / 1000000000 : (nanoseconds - 999999999) / 1000000000;
    const qint64 fraction = nanoseconds - secs * 1000000000;
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + '.'
        + QByteArray::number(fraction).rightJustified(9, '0') + 'Z';
}

void LogStream::request()
{
    LogOptions options = m_options;
    if (m_resuming && m_lastStamp != 0) {
        // Everything up to the last timestamp arrived already: ask from that
        // second on, with no tail, and skip the repeats.
        options.tailLines = -1;
        options.sinceSeconds = 0;
        options.sinceTime = QDateTime::fromSecsSinceEpoch(m_lastStamp / 1000000000, Qt::UTC);
    }
    m_callId = m_client->stream(
        path(m_namespace, m_pod, options, withTimestamps()),
        [this](const char *data, size_t size) {
            m_attempt = 0;
            m_watchdog.touch();
            onData(data, size);
        },
        [this](const ApiResult &result) {
            m_callId = 0;
            m_watchdog.stop();
            onEnd(result);
        });
    // Not only follows: a whole log of hundreds of megabytes may take longer
    // than any deadline, so silence, not duration, tells a stall.
    m_watchdog.start();
}

void LogStream::onStalled(const QString &message)
{
    if (m_callId == 0)
        return;
    m_client->cancel(m_callId);
    m_callId = 0;
    // As a broken connection: a resumable follow picks up after its last
    // line, anything else ends with the reason.
    ApiResult stalled;
    stalled.error = message;
    stalled.reason = QStringLiteral("StreamBroken");
    onEnd(stalled);
}

void LogStream::deliverLine(QByteArrayView line, QByteArray &out, QList<qint64> &stamps)
{
    if (!withTimestamps()) {
        out += line;
        stamps.append(0);
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const qint64 stamp = space > 0 ? parseTimestamp(line.first(space)) : 0;
    const QByteArrayView content = space > 0 && stamp != 0 ? line.sliced(space + 1) : line;
    if (m_resuming && stamp != 0) {
        if (stamp < m_lastStamp)
            return;
        if (stamp == m_lastStamp) {
            auto it = m_atLastStamp.find(content.toByteArray());
            if (it != m_atLastStamp.end() && it.value() > 0) {
                --it.value();
                return;
            }
        } else {
            m_resuming = false;
        }
    }
    if (stamp != 0) {
        if (stamp != m_lastStamp) {
            m_lastStamp = stamp;
            m_atLastStamp.clear();
        }
        if (resumable())
            ++m_atLastStamp[content.toByteArray()];
    }
    out += m_options.timestamps ? line : content;
    stamps.append(stamp);
}

void LogStream::onData(const char *data, size_t size)
{
    QByteArray out;
    QList<qint64> stamps;
    QByteArrayView chunk(data, qsizetype(size));
    while (!chunk.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_partial += chunk;
            break;
        }
        if (m_partial.isEmpty()) {
            deliverLine(chunk.first(newline + 1), out, stamps);
        } else {
            m_partial += chunk.first(newline + 1);
            deliverLine(m_partial, out, stamps);
            m_partial.clear();
        }
        chunk = chunk.sliced(newline + 1);
    }
    if (!stamps.isEmpty())
        Q_EMIT linesReceived(out, stamps);
}

void LogStream::resume(const QString &reason)
{
    // A half line would come again in full after the resume.
    m_partial.clear();
    m_resuming = true;
    ++m_attempt;
    ++m_reconnects;
    const int delay = backoffMs(m_attempt);
    Q_EMIT reconnecting(m_attempt, delay, reason);
    m_retry.start(delay);
}

void LogStream::onEnd(const ApiResult &result)
{
    const bool broken = result.reason == QLatin1String("StreamBroken") || result.status == 0
        || result.status >= 500;
    if (broken && resumable()) {
        resume(result.error);
        return;
    }
    if (result.ok() && resumable()) {
        // A follow also ends cleanly when the kubelet serving it restarts:
        // the API server closes the proxied stream as if the log were
        // complete. Only the pod tells that from a container that stopped.
        m_callId = m_client->get(podPath(), [this, result](const ApiResult &pod) {
            m_callId = 0;
            if (pod.ok() && containerRunning(pod.body, m_options.container))
                resume(QCoreApplication::translate("Kaji::Kube::LogStream",
                                                   "the log stream ended while the container still runs"));
            else
                end(result);
        });
        return;
    }
    end(result);
}

QByteArray LogStream::podPath() const
{
    return "/api/v1/namespaces/" + QUrl::toPercentEncoding(m_namespace) + "/pods/" + QUrl::toPercentEncoding(m_pod);
}

void LogStream::end(const ApiResult &result)
{
    if (!m_partial.isEmpty()) {
        QByteArray out;
        QList<qint64> stamps;
        deliverLine(m_partial, out, stamps);
        m_partial.clear();
        if (!stamps.isEmpty())
            Q_EMIT linesReceived(out, stamps);
    }
    Q_EMIT finished(logFailureFor(result), result.error);
}

} // namespace Kaji::Kube
