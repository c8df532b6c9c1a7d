#include "execchannel.h"

#include "accesschecker.h"
#include "apiclient.h"
#include "execprecheck.h"
#include "shelllauncher.h"

#include <QUrl>

#include <utility>

namespace Kaji::App {

ExecChannel::ExecChannel(ExecSpec spec, QObject *parent)
    : Models::TerminalChannel(parent), m_spec(std::move(spec)), m_client(std::make_unique<Kube::ApiClient>(m_spec.config))
{
    m_access = new Kube::AccessChecker(m_client.get(), this);
}

ExecChannel::~ExecChannel()
{
    // The launcher and session use the client: they go before it does.
    delete m_shell;
    delete m_session;
    delete m_access;
}

void ExecChannel::write(const QByteArray &bytes)
{
    if (m_shell)
        m_shell->writeStdin(bytes);
    else if (m_session)
        m_session->writeStdin(bytes);
    else if (m_early.size() < 64 * 1024)
        m_early += bytes;
}

void ExecChannel::resize(int cols, int rows)
{
    m_size = QSize(cols, rows);
    if (!m_started) {
        start(cols, rows);
        return;
    }
    if (m_shell)
        m_shell->resize(cols, rows);
    else if (m_session)
        m_session->resize(cols, rows);
}

void ExecChannel::close()
{
    m_closed = true;
    if (m_shell)
        m_shell->cancel();
    if (m_session)
        m_session->cancel();
}

void ExecChannel::setPaused(bool paused)
{
    m_paused = paused;
    if (m_shell)
        m_shell->setPaused(paused);
    if (m_session)
        m_session->setPaused(paused);
}

void ExecChannel::start(int cols, int rows)
{
    m_started = true;
    m_size = QSize(cols, rows);
    const QByteArray path = "/api/v1/namespaces/" + QUrl::toPercentEncoding(m_spec.namespaceName) + "/pods/"
                            + QUrl::toPercentEncoding(m_spec.pod);
    m_client->get(path, [this, guard = QPointer<ExecChannel>(this)](const Kube::ApiResult &result) {
        if (!guard || m_closed)
            return;
        if (result.ok()) {
            if (const QString why = Kube::ExecPrecheck::notRunning(result.body, m_spec.container); !why.isEmpty()) {
                Q_EMIT ended(why);
                return;
            }
        }
        // A pod that cannot be read: the exec itself says why (forbidden, gone).
        launch();
    });
}

void ExecChannel::launch()
{
    const int cols = m_size.width();
    const int rows = m_size.height();
    if (m_spec.mode == ExecSpec::Mode::Shell) {
        m_shell = new Models::ShellLauncher(m_client.get(), m_access, m_spec.namespaceName, m_spec.pod, m_spec.container, this);
        connect(m_shell, &Models::ShellLauncher::output, this, &ExecChannel::received);
        connect(m_shell, &Models::ShellLauncher::finished, this, &ExecChannel::finished);
        m_shell->setPaused(m_paused);
        m_shell->start(cols, rows);
        if (!m_early.isEmpty())
            m_shell->writeStdin(std::exchange(m_early, {}));
        return;
    }
    Kube::ExecRequest request;
    request.namespaceName = m_spec.namespaceName;
    request.pod = m_spec.pod;
    request.container = m_spec.container;
    request.command = m_spec.command;
    request.attach = m_spec.mode == ExecSpec::Mode::Attach;
    request.stdinOpen = m_spec.stdinOpen;
    request.tty = m_spec.tty;
    m_session = new Kube::ExecSession(m_client.get(), request, this);
    connect(m_session, &Kube::ExecSession::output, this, [this](int, const QByteArray &data) {
        // Without a TTY the program writes bare line feeds; a terminal
        // needs a carriage return too, as a TTY's output processing adds.
        if (m_spec.tty) {
            Q_EMIT received(data);
        } else {
            QByteArray lines = data;
            Q_EMIT received(lines.replace("\n", "\r\n"));
        }
    });
    connect(m_session, &Kube::ExecSession::finished, this, &ExecChannel::finished);
    m_session->resize(cols, rows);
    m_session->setPaused(m_paused);
    m_session->start();
    if (!m_early.isEmpty())
        m_session->writeStdin(std::exchange(m_early, {}));
}

void ExecChannel::finished(const Kube::ExecResult &result)
{
    if (m_closed)
        return;
    Q_EMIT ended(endedText(result, m_shell ? m_shell->shell() : QString()));
}

QString ExecChannel::endedText(const Kube::ExecResult &result, const QString &shell)
{
    using Kind = Kube::ExecResult::Kind;
    switch (result.kind) {
    case Kind::Success:
        return shell.isEmpty() ? tr("The session ended (exit code 0).") : tr("%1 ended (exit code 0).").arg(shell);
    case Kind::ExitCode:
        return tr("The command ended with exit code %1.").arg(result.exitCode);
    case Kind::Cancelled:
        return tr("The session was ended.");
    default:
        return result.message.isEmpty() ? tr("The session ended.") : result.message;
    }
}

} // namespace Kaji::App
