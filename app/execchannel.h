#pragma once

#include "execsession.h"
#include "restconfig.h"
#include "terminal/terminalchannel.h"

#include <QPointer>
#include <QSize>

#include <memory>

namespace Kaji::Kube {
class AccessChecker;
}
namespace Kaji::Models {
class ShellLauncher;
}

// GUI thread.
namespace Kaji::App {

// What a terminal tab runs in a container: a shell (bash, else sh), an
// attach to its main process, or one command. Enough to start it again
// when the user restarts a finished tab.
struct ExecSpec {
    enum class Mode { Shell, Attach, Command };
    Mode mode = Mode::Shell;
    Kube::RestConfig config;
    QString namespaceName;
    QString pod;
    QString container;
    QStringList command; // Command only
    bool stdinOpen = true; // Attach: the container's spec.stdin
    bool tty = true; // Attach: the container's spec.tty

    QString title() const { return pod + u'/' + container; }
};

// A terminal tab's session in a container, over its own API client so it
// outlives a switch of context. The session starts when the tab tells its
// size, so the shell begins at the size it is shown at.
class ExecChannel : public Models::TerminalChannel {
    Q_OBJECT
public:
    explicit ExecChannel(ExecSpec spec, QObject *parent = nullptr);
    ~ExecChannel() override;

    const ExecSpec &spec() const { return m_spec; }
    void write(const QByteArray &bytes) override;
    void resize(int cols, int rows) override;
    void close() override;
    void setPaused(bool paused) override;

    // The sentence a finished tab shows, in the user's language.
    static QString endedText(const Kube::ExecResult &result, const QString &shell);

private:
    // Reads the pod first: a container that is not running ends the tab
    // with why (ExecPrecheck) instead of a connection error.
    void start(int cols, int rows);
    void launch();
    void finished(const Kube::ExecResult &result);

    ExecSpec m_spec;
    std::unique_ptr<Kube::ApiClient> m_client;
    QPointer<Kube::AccessChecker> m_access;
    QPointer<Models::ShellLauncher> m_shell;
    QPointer<Kube::ExecSession> m_session;
    QSize m_size; // the latest resize(), for launch()
    QByteArray m_early; // typed while the pod was read
    bool m_started = false;
    bool m_paused = false;
    bool m_closed = false;
};

} // namespace Kaji::App
