#include "streamwatchdog.h"

#include "timeouts.h"

#include <QCoreApplication>

namespace Kaji::Kube {

StreamWatchdog::StreamWatchdog(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_quietMs(Timeouts::current().quietMs)
    , m_probeMs(Timeouts::current().probeMs)
{
    m_timer.setObjectName(QStringLiteral("stream watchdog")); // named for benchmarks' slow events
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamWatchdog::check);
}

StreamWatchdog::~StreamWatchdog()
{
    stop();
}

void StreamWatchdog::setTimeouts(int quietMs, int probeMs)
{
    m_quietMs = quietMs;
    m_probeMs = probeMs;
}

void StreamWatchdog::start()
{
    stop();
    m_lastData.start();
    m_timer.start(m_quietMs);
}

void StreamWatchdog::stop()
{
    m_timer.stop();
    if (m_probe != 0) {
        m_client->cancel(m_probe);
        m_probe = 0;
    }
}

void StreamWatchdog::check()
{
    // The timer is not restarted per chunk (a busy stream has thousands a
    // second): it wakes once per quiet period and looks how long ago the
    // last one was.
    const qint64 quietFor = m_lastData.elapsed();
    if (quietFor < m_quietMs) {
        m_timer.start(int(m_quietMs - quietFor));
        return;
    }
    if (m_probe != 0)
        return;
    ++m_probes;
    RequestOptions options;
    options.timeoutMs = m_probeMs;
    m_probe = m_client->get(
        QByteArrayLiteral("/version"),
        [this, quietFor](const ApiResult &result) {
            m_probe = 0;
            // Any HTTP answer, even a refusal, shows the way to the server is
            // open: the stream is quiet, not stuck.
            if (result.status != 0) {
                m_lastData.restart();
                m_timer.start(m_quietMs);
                return;
            }
            Q_EMIT stalled(QCoreApplication::translate("Kaji::Kube::StreamWatchdog",
                                                       "nothing arrived for %1 s and %2")
                               .arg((quietFor + 500) / 1000)
                               .arg(result.error));
        },
        options);
}

} // namespace Kaji::Kube
