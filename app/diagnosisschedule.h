#pragma once

#include <QtGlobal>

// GUI thread.
namespace Kaji::App {

// When the Problems dock diagnoses again. Each read lists every object of
// the cluster, so a run is worth it only when pods changed since the last
// one began; after a long quiet spell a run comes anyway, for what pods do
// not show (nodes, Services, quotas, certificates running out).
//
// Pods change nearly all the time in a real cluster (a CronJob's pods every
// minute, a crash loop's restarts): a large cluster would be read in full
// every minute. So a run waits twenty times as long as the last one took
// (from its start): diagnosis takes at most a twentieth of the time, and
// runs of up to 3 s keep the one-minute checks. The wait stops at three
// minutes, so findings stay a few minutes fresh however large the cluster or
// slow the server (a read that waited out an API server restart is long too).
class DiagnosisSchedule {
public:
    static constexpr qint64 FullIntervalSecs = 10 * 60;
    static constexpr qint64 BusyShareDivisor = 20;
    static constexpr qint64 LongestBusyWaitSecs = 3 * 60;

    void podsChanged() { m_podsChanged = true; }
    void started(qint64 nowSecs)
    {
        m_podsChanged = false;
        m_lastStartSecs = nowSecs;
    }
    // How long the run begun last took, read and rules, in milliseconds.
    void finished(qint64 tookMs) { m_lastTookMs = tookMs; }
    // A read that failed (server unreachable) is tried again at the next check.
    void failed() { m_lastStartSecs = -1; }
    void reset() { *this = DiagnosisSchedule(); }

    // Whether a check at `nowSecs` should run.
    bool due(qint64 nowSecs) const
    {
        if (m_lastStartSecs < 0)
            return true;
        const qint64 since = nowSecs - m_lastStartSecs;
        const qint64 waitMs = qMin(m_lastTookMs * BusyShareDivisor, LongestBusyWaitSecs * 1000);
        return since >= FullIntervalSecs || (m_podsChanged && since * 1000 >= waitMs);
    }

private:
    bool m_podsChanged = false;
    qint64 m_lastStartSecs = -1; // none yet
    qint64 m_lastTookMs = 0;
};

} // namespace Kaji::App
