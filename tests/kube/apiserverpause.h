#pragma once

// Pauses the local cluster's kube-apiserver (SIGSTOP: its connections stay
// open, the kernel still accepts and acknowledges, nothing answers) and
// resumes it whatever happens: on destruction, and by a detached
// `kill -CONT` armed before the pause should the test process die or hang.
// The pause must stay below the controllers' leader-election renew deadline
// (50 s in tests/cluster/up.sh).

#include <QFile>
#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace KajiTest {

class ApiserverPause {
public:
    ApiserverPause()
    {
        QFile pidFile(qEnvironmentVariable("KAJI_TEST_CLUSTER_STATE") + QStringLiteral("/run/kube-apiserver.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            m_pid = pidFile.readAll().trimmed().toLongLong();
    }
    ~ApiserverPause() { resume(); }
    ApiserverPause(const ApiserverPause &) = delete;
    ApiserverPause &operator=(const ApiserverPause &) = delete;

    qint64 pid() const { return m_pid; }
    bool running() const { return m_pid > 0 && ::kill(pid_t(m_pid), 0) == 0; }

    // Pauses for at most `safetySecs`, after which the server resumes even
    // if nothing here does.
    bool pause(int safetySecs)
    {
        if (!running() || !QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"),
                                                    QStringLiteral("sleep %1; kill -CONT %2").arg(safetySecs).arg(m_pid)}))
            return false;
        m_paused = ::kill(pid_t(m_pid), SIGSTOP) == 0;
        return m_paused;
    }
    bool resume()
    {
        if (m_paused && ::kill(pid_t(m_pid), SIGCONT) == 0)
            m_paused = false;
        return !m_paused;
    }

private:
    qint64 m_pid = 0;
    bool m_paused = false;
};

} // namespace KajiTest
