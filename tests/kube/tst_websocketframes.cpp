// WebSocket framing as the client reads a server's stream: frames cut at any
// byte, fragmented messages with control frames between their fragments,
// the three length forms, masks, and every protocol error RFC 6455 names.
// WebSocketConnection over a real API server is in tst_portforward and
// tst_execsession.

#include "websocketframereader.h"

#include <QTest>
#include <QtEndian>

using namespace Kaji::Kube;
using WebSocket::Opcode;
using WebSocket::ReadError;

namespace {

// One frame as a server writes it (a client's mask when `key` is given).
QByteArray frame(quint8 first, QByteArrayView payload, const char *key = nullptr)
{
    QByteArray out(1, char(first));
    const quint8 maskBit = key ? 0x80 : 0;
    const auto n = quint64(payload.size());
    if (n < 126) {
        out += char(maskBit | n);
    } else if (n <= 0xffff) {
        out += char(maskBit | 126);
        char length[2];
        qToBigEndian(quint16(n), length);
        out.append(length, 2);
    } else {
        out += char(maskBit | 127);
        char length[8];
        qToBigEndian(n, length);
        out.append(length, 8);
    }
    QByteArray body = payload.toByteArray();
    if (key) {
        out.append(key, 4);
        WebSocket::mask(body.data(), body.size(), key);
    }
    return out + body;
}

constexpr quint8 Fin = 0x80;

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QByteArray closeFrame(quint16 code, QByteArrayView reason = {})
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return frame(Fin | 0x8, QByteArray(bytes, 2) + reason.toByteArray());
}

// What a reader made of a stream, written out so two ways of feeding it
// compare: control frames whole, data gathered per frame with its flags.
struct Transcript {
    QStringList lines;
    QByteArray data; // of the frame being read
    ReadError error = ReadError::None;
    int starts = 0;
};

void drain(WebSocket::FrameReader &reader, Transcript &out)
{
    while (const auto piece = reader.next()) {
        if (piece->isControl()) {
            out.lines += QStringLiteral("C%1 code=%2 %3")
                             .arg(int(piece->opcode))
                             .arg(piece->closeCode)
                             .arg(hex(piece->payload));
            continue;
        }
        if (piece->messageStart) {
            ++out.starts;
            QVERIFY(out.data.isEmpty());
        }
        out.data += piece->payload.toByteArray();
        if (piece->frameEnd) {
            out.lines += QStringLiteral("D%1 start=%2 end=%3 %4")
                             .arg(int(piece->opcode))
                             .arg(out.starts)
                             .arg(piece->messageEnd)
                             .arg(hex(std::exchange(out.data, {})));
        }
    }
    out.error = reader.error();
}

// The stream fed in pieces of the given sizes (the last takes the rest).
Transcript read(QByteArray stream, const QList<qsizetype> &cuts = {})
{
    Transcript out;
    WebSocket::FrameReader reader;
    qsizetype at = 0;
    for (const qsizetype cut : cuts) {
        reader.feed(stream.data() + at, cut);
        drain(reader, out);
        at += cut;
    }
    reader.feed(stream.data() + at, stream.size() - at);
    drain(reader, out);
    return out;
}

} // namespace

class TestWebSocketFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fragmentedMessageWithControlFramesBetween()
    {
        const QByteArray stream = frame(0x1, "Hel") + frame(Fin | 0x9, "ping") + frame(0x0, "lo")
            + frame(Fin | 0xa, "") + frame(Fin | 0x0, ", world") + frame(Fin | 0x2, "\x01next");
        const Transcript out = read(stream);
        QCOMPARE(out.error, ReadError::None);
        QCOMPARE(out.lines,
                 QStringList({QStringLiteral("D1 start=1 end=0 48656c"), QStringLiteral("C9 code=0 70696e67"),
                              QStringLiteral("D1 start=1 end=0 6c6f"), QStringLiteral("C10 code=0 "),
                              QStringLiteral("D1 start=1 end=1 2c20776f726c64"),
                              QStringLiteral("D2 start=2 end=1 016e657874")}));
    }

    void framesSplitAtEveryByte()
    {
        const char key[4] = {'\x12', '\x34', '\x56', '\x78'};
        const QByteArray big(70000, 'x');
        QByteArray medium(300, '\0');
        for (int i = 0; i < medium.size(); ++i)
            medium[i] = char(i);
        const QByteArray stream = frame(Fin | 0x2, "small") + frame(Fin | 0x2, medium) + frame(Fin | 0x2, "")
            + frame(0x2, "masked and fragmented", key) + frame(Fin | 0x9, "p", key) + frame(Fin | 0x0, big, key)
            + frame(Fin | 0x2, big) + closeFrame(1000, "bye");
        const Transcript whole = read(stream);
        QCOMPARE(whole.error, ReadError::None);
        QCOMPARE(whole.lines.size(), 8);
        QCOMPARE(whole.lines[3], QStringLiteral("D2 start=4 end=0 ") + hex("masked and fragmented"));
        QCOMPARE(whole.lines[5], QStringLiteral("D2 start=4 end=1 ") + hex(big));
        QCOMPARE(whole.lines[7], QStringLiteral("C8 code=1000 03e8627965"));
        // Two pieces cut at every byte of the headers and small frames (and
        // every 97th in the large ones), then one byte at a time.
        for (qsizetype cut = 1; cut < stream.size(); cut += cut < 400 || cut > stream.size() - 400 ? 1 : 97) {
            const Transcript twoPieces = read(stream, {cut});
            QCOMPARE(twoPieces.lines, whole.lines);
            QCOMPARE(twoPieces.error, ReadError::None);
        }
        QList<qsizetype> bytes(stream.size() - 1, 1);
        QCOMPARE(read(stream, bytes).lines, whole.lines);
    }

    void lengthForms()
    {
        for (const qsizetype n : {0, 1, 125, 126, 127, 65535, 65536, 100000}) {
            const QByteArray payload(n, 'a');
            const QByteArray stream = frame(Fin | 0x2, payload);
            QCOMPARE(stream.size() - n, n < 126 ? 2 : n <= 0xffff ? 4 : 10);
            const Transcript out = read(stream);
            QCOMPARE(out.lines, QStringList(QStringLiteral("D2 start=1 end=1 ") + hex(payload)));
        }
        // A length needs not be written in its shortest form: 5 in 64 bits.
        const QByteArray longForm = QByteArray("\x82\x7f\0\0\0\0\0\0\0\x05hello", 15);
        QCOMPARE(read(longForm).lines, QStringList(QStringLiteral("D2 start=1 end=1 68656c6c6f")));
    }

    void hugeFrameIsStreamedNotGathered()
    {
        // A frame announcing 2^62 bytes: what arrives is handed on in place,
        // nothing is allocated for the rest.
        QByteArray stream = QByteArray("\x82\x7f\x40\0\0\0\0\0\0\0", 10) + QByteArray(4096, 'z');
        WebSocket::FrameReader reader;
        reader.feed(stream.data(), stream.size());
        const auto piece = reader.next();
        QVERIFY(piece);
        QCOMPARE(piece->payload.size(), 4096);
        QCOMPARE(piece->payload.data(), stream.constData() + 10);
        QVERIFY(!piece->frameEnd);
        QVERIFY(!reader.next());
        QCOMPARE(reader.error(), ReadError::None);
    }

    void tooLargeLength()
    {
        const QByteArray stream = QByteArray("\x82\x7f\x80\0\0\0\0\0\0\x01", 10) + "data";
        QCOMPARE(read(stream).error, ReadError::LengthTooLarge);
    }

    void reservedBits()
    {
        for (const quint8 bit : {0x40, 0x20, 0x10}) {
            const Transcript out = read(frame(Fin | 0x2, "ok") + frame(Fin | bit | 0x2, "compressed?"));
            QCOMPARE(out.error, ReadError::ReservedBits);
            QCOMPARE(out.lines, QStringList(QStringLiteral("D2 start=1 end=1 6f6b"))); // what came before stands
        }
    }

    void unknownOpcodes()
    {
        for (const quint8 opcode : {0x3, 0x4, 0x5, 0x6, 0x7, 0xb, 0xc, 0xd, 0xe, 0xf}) {
            const Transcript out = read(frame(Fin | opcode, "?") + frame(Fin | 0x2, "after"));
            QCOMPARE(out.error, ReadError::UnknownOpcode);
            QVERIFY(out.lines.isEmpty());
        }
    }

    void controlFramesOver125Bytes()
    {
        const QByteArray payload(126, 'p');
        for (const quint8 opcode : {0x8, 0x9, 0xa}) {
            const QByteArray stream = frame(Fin | opcode, payload);
            QCOMPARE(read(stream).error, ReadError::ControlTooLarge);
            // Judged on the first two bytes: the reader waits for nothing more.
            QByteArray head = stream.first(2);
            QCOMPARE(read(head).error, ReadError::ControlTooLarge);
        }
        QCOMPARE(read(frame(Fin | 0x9, QByteArray(125, 'p'))).lines.size(), 1);
    }

    void fragmentedControlFrame()
    {
        QCOMPARE(read(frame(0x9, "ping")).error, ReadError::FragmentedControl);
    }

    void fragmentsOutOfOrder()
    {
        QCOMPARE(read(frame(Fin | 0x0, "lost")).error, ReadError::UnexpectedContinuation);
        const Transcript out = read(frame(0x2, "begun") + frame(Fin | 0x2, "again"));
        QCOMPARE(out.error, ReadError::UnfinishedMessage);
        QCOMPARE(out.lines.size(), 1);
        // A finished message lets the next one begin, and no continuation follow.
        QCOMPARE(read(frame(0x2, "a") + frame(Fin | 0x0, "b") + frame(Fin | 0x0, "c")).error,
                 ReadError::UnexpectedContinuation);
    }

    void closeCodes()
    {
        for (const quint16 code : {1000, 1001, 1002, 1003, 1007, 1011, 1012, 1014, 3000, 4999}) {
            const Transcript out = read(closeFrame(code, "why"));
            QCOMPARE(out.error, ReadError::None);
            QCOMPARE(out.lines.size(), 1);
            QVERIFY(out.lines[0].startsWith(QStringLiteral("C8 code=%1 ").arg(code)));
        }
        for (const quint16 code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) {
            QCOMPARE(read(closeFrame(code)).error, ReadError::InvalidClose);
        }
        QCOMPARE(read(frame(Fin | 0x8, "\x03")).error, ReadError::InvalidClose); // one byte
        QCOMPARE(read(closeFrame(1000, "\xff\xfe")).error, ReadError::InvalidClose); // reason not UTF-8
        QCOMPARE(read(closeFrame(1000, "\xe5\xae\x8c\xe4\xba\x86")).error, ReadError::None); // 完了
        const Transcript empty = read(frame(Fin | 0x8, ""));
        QCOMPARE(empty.lines, QStringList(QStringLiteral("C8 code=0 ")));
    }

    // Nothing should follow a close, but a server's writers may race it:
    // what still comes is read, as the connection always handed it on.
    void framesAfterCloseAreRead()
    {
        const Transcript out = read(closeFrame(1000) + frame(Fin | 0x2, "late"), {3});
        QCOMPARE(out.error, ReadError::None);
        QCOMPARE(out.lines, QStringList({QStringLiteral("C8 code=1000 03e8"), QStringLiteral("D2 start=1 end=1 6c617465")}));
    }

    void errorsAreFinal()
    {
        WebSocket::FrameReader reader;
        QByteArray bad = frame(Fin | 0x3, "x");
        reader.feed(bad.data(), bad.size());
        QVERIFY(!reader.next());
        QCOMPARE(reader.error(), ReadError::UnknownOpcode);
        QByteArray good = frame(Fin | 0x2, "fine");
        reader.feed(good.data(), good.size());
        QVERIFY(!reader.next());
        QCOMPARE(reader.error(), ReadError::UnknownOpcode);
    }

    void maskAcrossPieces()
    {
        // A masked payload unmasked in parts that start at any offset of the key.
        const char key[4] = {'\x01', '\x02', '\x03', '\x04'};
        const QByteArray text = "0123456789abcdefghijklmnopqrstuvwxyz";
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            QByteArray masked = text;
            WebSocket::mask(masked.data(), cut, key);
            WebSocket::mask(masked.data() + cut, masked.size() - cut, key, quint64(cut));
            QByteArray again = masked;
            WebSocket::mask(again.data(), again.size(), key);
            QCOMPARE(again, text);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFrames)
#include "tst_websocketframes.moc"
