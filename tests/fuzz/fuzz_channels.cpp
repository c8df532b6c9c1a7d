// libFuzzer target: the byte streams a server sends inside a WebSocket to
// exec/attach (channel messages) and to port-forward (SPDY/3.1 frames, with
// zlib-compressed header blocks).
//
// Byte 0 picks how the rest is cut into pieces (1..64 bytes, varied
// pseudo-randomly from that byte), as the socket may deliver a frame in any
// number of reads. Byte 1 picks where exec messages start. The same bytes go
// once in one piece and once in pieces: the result must not differ.

#include "fuzzpieces.h"
#include "execframes.h"
#include "spdyframereader.h"
#include "spdyframes.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Piece sizes from a seed, as the watch decoder's target cuts its input.
std::vector<size_t> pieces(uint8_t seed, size_t total)
{
    return KajiFuzz::pieces(seed, total, (seed & 0x3f) + 1u);
}

// What a SPDY reader made of the stream, written out so two runs compare:
// control frames whole; data frames' bytes gathered per frame (their pieces
// depend on the cutting, their content must not).
struct SpdyTranscript {
    std::string text;
    std::string data; // of the data frame being read
    std::vector<QByteArray> headerBlocks; // compressed blocks of SYN_STREAM, SYN_REPLY, HEADERS
};

void drain(Spdy::FrameReader &reader, SpdyTranscript &out)
{
    while (const std::optional<Spdy::Piece> piece = reader.next()) {
        if (piece->control) {
            check(piece->last);
            out.text += "C" + std::to_string(int(piece->type)) + "/" + std::to_string(piece->flags) + ":"
                + std::string(piece->payload.data(), size_t(piece->payload.size())) + "\n";
            // The header block follows the stream ids (and priority) of the frame.
            const qsizetype skip = piece->type == Spdy::Type::SynStream ? 10
                : (piece->type == Spdy::Type::SynReply || piece->type == Spdy::Type::Headers) ? 4
                                                                                                : -1;
            if (skip >= 0 && piece->payload.size() >= skip)
                out.headerBlocks.push_back(piece->payload.sliced(skip).toByteArray());
            continue;
        }
        out.data.append(piece->payload.data(), size_t(piece->payload.size()));
        if (piece->last) {
            out.text += "D" + std::to_string(piece->streamId) + "/" + std::to_string(piece->flags) + ":" + out.data
                + "\n";
            out.data.clear();
        }
    }
}

void checkSpdy(uint8_t seed, QByteArrayView stream)
{
    SpdyTranscript whole;
    Spdy::FrameReader one;
    one.feed(stream);
    drain(one, whole);

    SpdyTranscript cut;
    Spdy::FrameReader many;
    qsizetype offset = 0;
    for (const size_t size : pieces(seed, size_t(stream.size()))) {
        many.feed(stream.sliced(offset, qsizetype(size)));
        drain(many, cut);
        offset += qsizetype(size);
    }
    check(whole.text == cut.text);
    check(whole.data == cut.data); // the unfinished frame's bytes so far

    // The header blocks share one zlib stream per direction; a corrupt one
    // must be reported, never read past its end.
    Spdy::HeaderDecompressor decompressor;
    for (const QByteArray &block : whole.headerBlocks) {
        const std::optional<Spdy::Headers> headers = decompressor.decompress(block);
        if (!headers)
            break; // a session error: nothing after it is read
        for (const auto &[name, value] : *headers)
            check(name.size() >= 0 && value.size() >= 0);
    }
}

// Exec messages: the stream is cut into messages at offsets from `seed`;
// each message's first byte is its channel.
void checkExec(uint8_t seed, QByteArrayView stream)
{
    const std::vector<size_t> messages = pieces(uint8_t(seed ^ 0x5a), size_t(stream.size()));
    std::string whole[256];
    std::string cut[256];
    ExecFrames::Decoder one([&](quint8 channel, QByteArrayView data) {
        whole[channel].append(data.data(), size_t(data.size()));
    });
    ExecFrames::Decoder many([&](quint8 channel, QByteArrayView data) {
        check(!data.isEmpty());
        cut[channel].append(data.data(), size_t(data.size()));
    });
    qsizetype offset = 0;
    for (const size_t size : messages) {
        const QByteArrayView message = stream.sliced(offset, qsizetype(size));
        one.messageStarted();
        one.feed(message);
        many.messageStarted();
        qsizetype inner = 0;
        for (const size_t piece : pieces(seed, size)) {
            many.feed(message.sliced(inner, qsizetype(piece)));
            inner += qsizetype(piece);
        }
        offset += qsizetype(size);
    }
    for (int channel = 0; channel < 256; ++channel)
        check(whole[channel] == cut[channel]);

    // Channel 3's Status, read as kubectl reads it.
    const ExecFrames::Status status = ExecFrames::parseStatus(stream);
    if (status.outcome == ExecFrames::Status::Outcome::Success)
        check(status.exitCode == 0);
    if (status.outcome == ExecFrames::Status::Outcome::Unreadable)
        check(status.exitCode == -1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    checkSpdy(data[0], stream);
    checkExec(data[1], stream);
    return 0;
}
