// SPDY/3.1 framing: frames cut at any byte boundary, header blocks through
// the session-long zlib streams. The tunnel against a real API server is in
// tst_portforward.

#include "spdyframereader.h"
#include "spdyframes.h"

#include <QTest>

using namespace Kaji::Kube;

class TestSpdyFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerBlocksShareOneStreamPerDirection()
    {
        Spdy::HeaderCompressor out;
        Spdy::HeaderDecompressor in;
        for (int request = 0; request < 5; ++request) {
            const Spdy::Headers headers{{"streamtype", request % 2 ? "data" : "error"},
                                        {"port", "8080"},
                                        {"requestid", QByteArray::number(request)}};
            const QByteArray block = out.compress(headers);
            const auto decoded = in.decompress(block);
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, headers);
        }
    }

    void corruptHeaderBlockIsRefused()
    {
        Spdy::HeaderDecompressor in;
        QVERIFY(!in.decompress(QByteArray("\x78\xbb\x01\x02\x03garbage", 12)).has_value());
        // The stream is unusable afterwards, as SPDY says of the session.
        Spdy::HeaderCompressor out;
        QVERIFY(!in.decompress(out.compress({{"port", "1"}})).has_value());
    }

    void framesArriveWhateverTheSplit()
    {
        Spdy::HeaderCompressor compressor;
        QByteArray wire = Spdy::synStream(1, Spdy::FlagFin, compressor.compress({{"streamtype", "error"}}));
        Spdy::appendData(wire, 3, 0, "hello");
        Spdy::appendData(wire, 3, Spdy::FlagFin, {});
        wire += Spdy::ping(7);
        wire += Spdy::windowUpdate(3, 1000);
        for (int step : {1, 3, 7, int(wire.size())}) {
            Spdy::FrameReader reader;
            // Data frames come in pieces: they are joined here, control frames kept as they come.
            struct Seen {
                bool control;
                Spdy::Type type;
                quint8 flags;
                quint32 streamId;
                QByteArray payload;
            };
            QList<Seen> frames;
            QByteArray data;
            for (qsizetype at = 0; at < wire.size(); at += step) {
                const QByteArray part = wire.mid(at, step);
                reader.feed(part);
                while (auto piece = reader.next()) {
                    if (piece->control) {
                        frames.append({true, piece->type, piece->flags, 0, piece->payload.toByteArray()});
                        continue;
                    }
                    data += piece->payload;
                    if (piece->last) {
                        frames.append({false, piece->type, piece->flags, piece->streamId, std::exchange(data, {})});
                    } else {
                        QCOMPARE(piece->flags, quint8(0)); // flags count on the last piece only
                    }
                }
            }
            QCOMPARE(frames.size(), 5);
            QVERIFY(frames[0].control);
            QCOMPARE(frames[0].type, Spdy::Type::SynStream);
            QCOMPARE(frames[0].flags, Spdy::FlagFin);
            QCOMPARE(Spdy::streamIdOf(frames[0].payload), 1u);
            QVERIFY(!frames[1].control);
            QCOMPARE(frames[1].streamId, 3u);
            QCOMPARE(frames[1].payload, QByteArray("hello"));
            QCOMPARE(frames[2].flags, Spdy::FlagFin);
            QCOMPARE(frames[2].streamId, 3u);
            QVERIFY(frames[2].payload.isEmpty());
            QCOMPARE(frames[3].type, Spdy::Type::Ping);
            QCOMPARE(Spdy::readU32(frames[3].payload.constData()), 7u);
            QCOMPARE(frames[4].type, Spdy::Type::WindowUpdate);
            QCOMPARE(Spdy::readU32(frames[4].payload.constData() + 4), 1000u);
        }
    }

    void dataIsHandedOnWhereItLies()
    {
        // Bulk data must not be copied on its way through the tunnel: each
        // piece points into the bytes fed, even for a frame cut in two.
        const QByteArray body(100000, 'x');
        QByteArray wire;
        Spdy::appendData(wire, 5, 0, body);
        const QByteArray first = wire.left(60000);
        const QByteArray second = wire.mid(60000);
        Spdy::FrameReader reader;
        qsizetype total = 0;
        for (const QByteArray *part : {&first, &second}) {
            reader.feed(*part);
            while (auto piece = reader.next()) {
                QVERIFY(!piece->control);
                QVERIFY(piece->payload.data() >= part->constData());
                QVERIFY(piece->payload.data() + piece->payload.size() <= part->constData() + part->size());
                total += piece->payload.size();
            }
        }
        QCOMPARE(total, body.size());
    }

    void writeDataHeaderMatchesAppendData()
    {
        QByteArray appended;
        Spdy::appendData(appended, 9, Spdy::FlagFin, "abc");
        char header[Spdy::HeaderSize];
        Spdy::writeDataHeader(header, 9, Spdy::FlagFin, 3);
        QCOMPARE(QByteArray(header, Spdy::HeaderSize), appended.left(Spdy::HeaderSize));
    }

    void controlFramesCarryVersionThree()
    {
        const QByteArray frame = Spdy::rstStream(5, Spdy::StatusCancel);
        QCOMPARE(frame.size(), 16);
        QCOMPARE(quint8(frame[0]), quint8(0x80)); // control bit
        QCOMPARE(quint8(frame[1]), quint8(3)); // version
        QCOMPARE(quint8(frame[3]), quint8(Spdy::Type::RstStream));
        QCOMPARE(Spdy::readU32(frame.constData() + 4), 8u); // no flags, length 8
    }
};

QTEST_GUILESS_MAIN(TestSpdyFrames)
#include "tst_spdyframes.moc"
