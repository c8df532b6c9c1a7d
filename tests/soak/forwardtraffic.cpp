#include "forwardtraffic.h"

#include "echoclient.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace KajiSoak {

void ForwardTraffic::start(quint16 localPort)
{
    stop();
    m_stop = false;
    m_thread = std::thread([this, localPort] { run(localPort); });
}

void ForwardTraffic::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

ForwardTraffic::Totals ForwardTraffic::totals() const
{
    std::lock_guard lock(m_mutex);
    return m_totals;
}

ForwardTraffic::Echo ForwardTraffic::firstEchoFrom(qint64 epochMs) const
{
    std::lock_guard lock(m_mutex);
    const auto it = std::lower_bound(m_echoes.begin(), m_echoes.end(), epochMs,
                                     [](const Echo &e, qint64 ms) { return e.startMs < ms; });
    return it == m_echoes.end() ? Echo{} : *it;
}

void ForwardTraffic::run(quint16 port)
{
    const auto pause = [this](int ms) {
        for (int waited = 0; waited < ms && !m_stop; waited += 20)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };
    KajiTest::EchoConnection connection;
    bool connected = false;
    QByteArray body(m_bodyBytes, Qt::Uninitialized);
    while (!m_stop) {
        if (!connected) {
            connected = connection.connect(port, 5000);
            if (!connected) {
                std::lock_guard lock(m_mutex);
                m_totals.lastError = QStringLiteral("cannot connect to the forward's port %1").arg(port);
                pause(200);
                continue;
            }
        }
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
        const QByteArray expected = KajiTest::sha256(body);
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        const KajiTest::EchoReply reply = connection.echo(body, 20000);
        const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
        {
            std::lock_guard lock(m_mutex);
            if (reply.ok && reply.sha256 == expected) {
                ++m_totals.echoes;
                m_totals.bytes += body.size();
                m_echoes.push_back({startMs, endMs});
            } else if (reply.ok) {
                ++m_totals.corrupted;
                m_totals.lastError = QStringLiteral("echo of %1 bytes came back different").arg(body.size());
            } else {
                ++m_totals.interrupted;
                m_totals.lastError = reply.error;
            }
        }
        if (!reply.ok) {
            connection.close();
            connected = false;
        }
        pause(reply.ok ? m_intervalMs : 200);
    }
    connection.close();
}

} // namespace KajiSoak
