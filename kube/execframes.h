#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// The channel protocol of exec and attach (v4.channel.k8s.io and
// v5.channel.k8s.io): every WebSocket message starts with a channel byte.
// Pure data handling; any thread, one user at a time.
namespace Kaji::Kube::ExecFrames {

inline constexpr char ProtocolV5[] = "v5.channel.k8s.io";
inline constexpr char ProtocolV4[] = "v4.channel.k8s.io";

enum Channel : quint8 {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
    Error = 3, // the final Status (v4+: JSON)
    Resize = 4, // {"Width":cols,"Height":rows}
    Close = 255, // v5 only: "no more data on the stream in the next byte"
};

QByteArray frame(quint8 channel, QByteArrayView data);
QByteArray resizeFrame(int columns, int rows);
QByteArray closeFrame(quint8 channel); // v5 only

// What channel 3 said, read as kubectl reads it: Success, or Failure with
// reason NonZeroExitCode and the code in details.causes[type=ExitCode].
struct Status {
    enum class Outcome {
        Success,
        NonZeroExit, // exitCode holds the code
        Failure, // any other Status: message says what (e.g. InternalError)
        Unreadable, // not a Status at all
    };
    Outcome outcome = Outcome::Unreadable;
    int exitCode = -1; // 0 on success
    QString reason;
    QString message;
};
Status parseStatus(QByteArrayView json);

// Splits the byte stream of a WebSocket (delivered in pieces, with a call
// to messageStarted() before each message) into channel data.
class Decoder {
public:
    using Sink = std::function<void(quint8 channel, QByteArrayView data)>;
    explicit Decoder(Sink sink) : m_sink(std::move(sink)) {}

    void messageStarted() { m_atStart = true; }
    void feed(QByteArrayView piece);

private:
    Sink m_sink;
    bool m_atStart = false;
    int m_channel = -1; // none yet: bytes before any message start are dropped
};

} // namespace Kaji::Kube::ExecFrames
