#pragma once

#include <QtGlobal>

// GUI thread.
namespace Kaji::App {

// When the Problems dock diagnoses again. Each read lists every object of
// the cluster, so a run is worth it only when pods changed since the last
// one began; after a long quiet spell a run comes anyway, for what pods do
// not show (nodes, Services, quotas, certificates running out).
class DiagnosisSchedule {
public:
    static constexpr qint64 FullIntervalSecs = 10 * 60;

    void podsChanged() { m_podsChanged = true; }
    void started(qint64 nowSecs)
    {
        m_podsChanged = false;
        m_lastStartSecs = nowSecs;
    }
    // A read that failed (server unreachable) is tried again at the next check.
    void failed() { m_lastStartSecs = -1; }
    void reset() { *this = DiagnosisSchedule(); }

    // Whether a check at `nowSecs` should run.
    bool due(qint64 nowSecs) const
    {
        return m_lastStartSecs < 0 || m_podsChanged || nowSecs - m_lastStartSecs >= FullIntervalSecs;
    }

private:
    bool m_podsChanged = false;
    qint64 m_lastStartSecs = -1; // none yet
};

} // namespace Kaji::App
