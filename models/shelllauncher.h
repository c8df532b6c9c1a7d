#pragma once

#include "execsession.h"

#include <QObject>
#include <QPointer>
#include <QSize>

namespace Kaji::Kube {
class AccessChecker;
}

// Lives on the thread of its ApiClient and AccessChecker (the GUI thread).
namespace Kaji::Models {

// "Shell" on a container: asks whether the user may create pods/exec, then
// runs /bin/bash with a TTY, else /bin/sh, and says so plainly when the
// image has neither. The terminal wiring talks to this, not to ExecSession.
class ShellLauncher : public QObject {
    Q_OBJECT
public:
    // `client` (and `access`, which may be null: the server decides alone)
    // must outlive the launcher.
    ShellLauncher(Kube::ApiClient *client, Kube::AccessChecker *access, QString namespaceName, QString pod,
                  QString container, QObject *parent = nullptr);
    ~ShellLauncher() override;

    static QStringList candidates(); // in the order tried
    // Whether `result` means the command does not exist in the image
    // (rather than: it ran and failed), given whether it printed anything.
    static bool isMissingCommand(const Kube::ExecResult &result, bool hadOutput);

    void start(int columns, int rows);
    void writeStdin(QByteArrayView data);
    void resize(int columns, int rows);
    void cancel();
    // ExecSession::setPaused, for this and any later shell tried.
    void setPaused(bool paused);
    QString shell() const { return m_shell; } // the one running, once known

Q_SIGNALS:
    void shellStarted(const QString &shell); // with its first output
    void output(const QByteArray &data);
    void finished(const Kaji::Kube::ExecResult &result);

private:
    void tryShell(int index);
    void finish(const Kube::ExecResult &result);

    Kube::ApiClient *m_client;
    QPointer<Kube::AccessChecker> m_access;
    QString m_namespace;
    QString m_pod;
    QString m_container;
    QSize m_size;
    QPointer<Kube::ExecSession> m_session;
    QString m_shell;
    // Typed before a shell answered: sent to the next shell tried too.
    QByteArray m_earlyInput;
    bool m_hadOutput = false;
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_done = false;
};

} // namespace Kaji::Models
