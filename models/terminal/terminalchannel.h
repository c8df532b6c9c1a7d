#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// GUI thread.
namespace Kaji::Models {

// A running program a terminal tab talks to: an exec or attach session into
// a container, or (in tests) a local pseudo-terminal. The terminal dock
// writes keys and resizes into it and shows what it receives; the dock owns
// the channel once given it.
class TerminalChannel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Bytes for the program's standard input: typed keys, pastes, and the
    // terminal's answers to the program's queries (cursor position, ...).
    virtual void write(const QByteArray &bytes) = 0;
    // The terminal's size in cells; sent whenever it changes (and once when
    // the tab opens), which the program sees as SIGWINCH.
    virtual void resize(int cols, int rows) = 0;
    // Ends the session (the user closed its tab). ended() need not follow.
    virtual void close() = 0;
    // The terminal has more output waiting than it parses in a moment:
    // stop receiving until it says otherwise (back-pressure towards the
    // program). Channels that cannot pause ignore it.
    virtual void setPaused(bool paused) { Q_UNUSED(paused); }

Q_SIGNALS:
    // Output of the program (stdout and, with a TTY, stderr), in order.
    void received(const QByteArray &bytes);
    // The session is over: the program exited ("exit code 3"), the
    // connection failed or was refused (a message naming what is missing).
    void ended(const QString &why);
};

} // namespace Kaji::Models
