#include "shelllauncher.h"

#include "accesschecker.h"

#include <QRegularExpression>

namespace Kaji::Models {

ShellLauncher::ShellLauncher(Kube::ApiClient *client, Kube::AccessChecker *access, QString namespaceName, QString pod,
                             QString container, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_access(access)
    , m_namespace(std::move(namespaceName))
    , m_pod(std::move(pod))
    , m_container(std::move(container))
{
}

ShellLauncher::~ShellLauncher() = default;

QStringList ShellLauncher::candidates()
{
    return {QStringLiteral("/bin/bash"), QStringLiteral("/bin/sh")};
}

bool ShellLauncher::isMissingCommand(const Kube::ExecResult &result, bool hadOutput)
{
    if (hadOutput)
        return false;
    // How runtimes say it: runc/containerd and kwok ("stat /bin/bash: no
    // such file or directory", "fork/exec ...: no such file or directory"),
    // CRI-O and Docker ("executable file not found in $PATH"); a runtime
    // that starts the process through a shell answers 127.
    static const QRegularExpression missing(
        QStringLiteral("no such file or directory|executable file not found|command not found"),
        QRegularExpression::CaseInsensitiveOption);
    if (result.kind == Kube::ExecResult::Kind::ServerError)
        return missing.match(result.message).hasMatch();
    return result.kind == Kube::ExecResult::Kind::ExitCode && result.exitCode == 127;
}

void ShellLauncher::start(int columns, int rows)
{
    if (m_session || m_done)
        return;
    m_size = QSize(columns, rows);
    if (!m_access) {
        tryShell(0);
        return;
    }
    const Kube::AccessQuestion question{QStringLiteral("create"), QString(), QStringLiteral("pods"),
                                        QStringLiteral("exec"), m_namespace, m_pod};
    QPointer<ShellLauncher> self(this);
    m_access->check(question, [self](const Kube::AccessChecker::Decision &decision) {
        if (!self || self->m_done)
            return;
        if (self->m_cancelled) {
            self->finish({Kube::ExecResult::Kind::Cancelled, -1, tr("Cancelled."), 0});
            return;
        }
        // When the server could not be asked, the exec itself will tell.
        if (!decision.allowed && decision.error.isEmpty()) {
            self->finish({Kube::ExecResult::Kind::Forbidden, -1,
                          tr("You may not open a shell in pod %1: \"create pods/exec\" is not allowed in "
                             "namespace %2.")
                              .arg(self->m_pod, self->m_namespace),
                          403});
            return;
        }
        self->tryShell(0);
    });
}

void ShellLauncher::tryShell(int index)
{
    const QStringList shells = candidates();
    if (index >= shells.size()) {
        finish({Kube::ExecResult::Kind::NoShell, -1,
                tr("The container %1 has neither /bin/bash nor /bin/sh: its image has no shell. "
                   "Run a command it has instead.")
                    .arg(m_container.isEmpty() ? m_pod : m_container),
                0});
        return;
    }
    m_hadOutput = false;
    m_shell = shells[index];
    Kube::ExecRequest request{m_namespace, m_pod, m_container, {m_shell}, false, true, true};
    auto *session = new Kube::ExecSession(m_client, request, this);
    session->setPaused(m_paused);
    m_session = session;
    if (m_size.isValid())
        session->resize(m_size.width(), m_size.height());
    if (!m_earlyInput.isEmpty())
        session->writeStdin(m_earlyInput);
    connect(session, &Kube::ExecSession::output, this, [this](int, const QByteArray &data) {
        if (!m_hadOutput) {
            m_hadOutput = true;
            m_earlyInput.clear();
            Q_EMIT shellStarted(m_shell);
        }
        Q_EMIT output(data);
    });
    connect(session, &Kube::ExecSession::finished, this, [this, session, index](const Kube::ExecResult &result) {
        session->deleteLater();
        if (!m_cancelled && isMissingCommand(result, m_hadOutput)) {
            tryShell(index + 1);
            return;
        }
        finish(result);
    });
    session->start();
}

void ShellLauncher::finish(const Kube::ExecResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

void ShellLauncher::writeStdin(QByteArrayView data)
{
    if (m_done)
        return;
    if (!m_hadOutput && m_earlyInput.size() < 64 * 1024)
        m_earlyInput.append(data.data(), data.size());
    if (m_session)
        m_session->writeStdin(data);
}

void ShellLauncher::resize(int columns, int rows)
{
    m_size = QSize(columns, rows);
    if (m_session)
        m_session->resize(columns, rows);
}

void ShellLauncher::setPaused(bool paused)
{
    m_paused = paused;
    if (m_session)
        m_session->setPaused(paused);
}

void ShellLauncher::cancel()
{
    m_cancelled = true;
    if (m_session)
        m_session->cancel();
}

} // namespace Kaji::Models
