// libFuzzer target: the WebSocket frames a server sends (RFC 6455), as
// WebSocketConnection reads them for exec, attach and port-forward.
//
// Byte 0 picks how the rest is cut into pieces (1..64 bytes, or up to 4 KiB
// when its top two bits are set), as the socket may deliver a frame in any
// number of reads. The same bytes go once in one piece and once in pieces:
// the frames, data, close codes and the error must not differ. Both must
// also agree with a plain reading of the whole stream written here from the
// RFC, frame by frame, so a mistake shared by both feeds shows too.

#include "fuzzpieces.h"
#include "websocketframereader.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Pieces of up to 64 bytes, or of up to 4 KiB when the seed's top bits say so.
std::vector<size_t> pieces(uint8_t seed, size_t total)
{
    return KajiFuzz::pieces(seed, total, (seed & 0xc0) == 0xc0 ? 4096u : (seed & 0x3f) + 1u);
}

// What a reading made of the stream, written out so readings compare:
// control frames whole, data frames' bytes gathered per frame.
struct Transcript {
    std::string text;
    std::string data; // of the data frame being read
    WebSocket::ReadError error = WebSocket::ReadError::None;
};

std::string controlLine(int opcode, unsigned closeCode, const char *payload, size_t size)
{
    return "C" + std::to_string(opcode) + "/" + std::to_string(closeCode) + ":" + std::string(payload, size) + "\n";
}

std::string dataLine(int opcode, bool start, bool messageEnd, const std::string &data)
{
    return "D" + std::to_string(opcode) + (start ? "s" : "") + (messageEnd ? "e" : "") + ":" + data + "\n";
}

void drain(WebSocket::FrameReader &reader, Transcript &out, bool &startSeen, const char *begin, const char *end)
{
    while (const std::optional<WebSocket::Piece> piece = reader.next()) {
        check(out.error == WebSocket::ReadError::None);
        const char *at = piece->payload.data();
        if (piece->isControl()) {
            check(piece->payload.size() <= WebSocket::MaxControlPayload);
            check(piece->opcode == WebSocket::Opcode::Close || piece->closeCode == 0);
            out.text += controlLine(int(piece->opcode), piece->closeCode, at, size_t(piece->payload.size()));
            continue;
        }
        // Data lies where it was fed; only an empty frame has no bytes.
        check(piece->payload.isEmpty() || (at >= begin && at + piece->payload.size() <= end));
        check(!piece->payload.isEmpty() || piece->frameEnd);
        check(!piece->messageEnd || piece->frameEnd);
        check(piece->opcode == WebSocket::Opcode::Text || piece->opcode == WebSocket::Opcode::Binary);
        startSeen = startSeen || piece->messageStart;
        out.data.append(at, size_t(piece->payload.size()));
        if (piece->frameEnd) {
            out.text += dataLine(int(piece->opcode), startSeen, piece->messageEnd, out.data);
            out.data.clear();
            startSeen = false;
        }
    }
    out.error = reader.error();
}

Transcript readInPieces(std::string stream, const std::vector<size_t> &sizes)
{
    Transcript out;
    WebSocket::FrameReader reader;
    bool startSeen = false;
    size_t offset = 0;
    for (const size_t size : sizes) {
        char *piece = stream.data() + offset;
        reader.feed(piece, qsizetype(size));
        drain(reader, out, startSeen, piece, piece + size);
        offset += size;
    }
    // Nothing more comes of an empty feed.
    reader.feed(stream.data() + offset, 0);
    drain(reader, out, startSeen, nullptr, nullptr);
    return out;
}

uint64_t bigEndian(const unsigned char *p, int bytes)
{
    uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | p[i];
    return value;
}

bool utf8(const unsigned char *p, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(size)).isValidUtf8();
}

// The stream read whole, by the letter of RFC 6455 section 5.
Transcript reference(const std::string &stream)
{
    using WebSocket::ReadError;
    Transcript out;
    const auto *p = reinterpret_cast<const unsigned char *>(stream.data());
    const size_t size = stream.size();
    size_t at = 0;
    bool inMessage = false;
    int messageOpcode = 2;
    while (at + 2 <= size) {
        const bool fin = p[at] & 0x80;
        const int opcode = p[at] & 0x0f;
        const bool masked = p[at + 1] & 0x80;
        uint64_t length = p[at + 1] & 0x7f;
        const bool control = opcode >= 8;
        if (p[at] & 0x70) {
            out.error = ReadError::ReservedBits;
            return out;
        }
        if ((opcode > 2 && opcode < 8) || opcode > 10) {
            out.error = ReadError::UnknownOpcode;
            return out;
        }
        if (control && !fin) {
            out.error = ReadError::FragmentedControl;
            return out;
        }
        if (control && length > 125) {
            out.error = ReadError::ControlTooLarge;
            return out;
        }
        if (!control && opcode == 0 && !inMessage) {
            out.error = ReadError::UnexpectedContinuation;
            return out;
        }
        if (!control && opcode != 0 && inMessage) {
            out.error = ReadError::UnfinishedMessage;
            return out;
        }
        const int extra = length == 126 ? 2 : length == 127 ? 8 : 0;
        const size_t head = 2 + size_t(extra) + (masked ? 4 : 0);
        if (at + head > size)
            return out;
        if (extra)
            length = bigEndian(p + at + 2, extra);
        if (extra == 8 && (length >> 63)) {
            out.error = ReadError::LengthTooLarge;
            return out;
        }
        const unsigned char *key = p + at + 2 + extra;
        at += head;
        const size_t have = size_t(std::min<uint64_t>(length, size - at));
        std::string payload(reinterpret_cast<const char *>(p + at), have);
        for (size_t i = 0; masked && i < have; ++i)
            payload[i] = char(payload[i] ^ key[i % 4]);
        if (control) {
            if (have < length)
                return out;
            at += have;
            unsigned code = 0;
            if (opcode == 8) {
                if (length == 1) {
                    out.error = ReadError::InvalidClose;
                    return out;
                }
                if (length >= 2) {
                    code = unsigned(bigEndian(reinterpret_cast<const unsigned char *>(payload.data()), 2));
                    const bool known = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
                        || (code >= 3000 && code <= 4999);
                    if (!known || !utf8(reinterpret_cast<const unsigned char *>(payload.data()) + 2, have - 2)) {
                        out.error = ReadError::InvalidClose;
                        return out;
                    }
                }
            }
            out.text += controlLine(opcode, code, payload.data(), payload.size());
            continue;
        }
        const bool start = opcode != 0;
        if (start)
            messageOpcode = opcode;
        inMessage = !fin;
        if (have < length) {
            // The frame's bytes so far, as a reader holds them; an empty
            // start is not seen until a byte comes.
            out.data = payload;
            return out;
        }
        at += have;
        out.text += dataLine(messageOpcode, start, fin, payload);
    }
    return out;
}

bool same(const Transcript &a, const Transcript &b)
{
    return a.text == b.text && a.data == b.data && a.error == b.error;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const std::string stream(reinterpret_cast<const char *>(data + 1), size - 1);
    const Transcript whole = readInPieces(stream, stream.empty() ? std::vector<size_t>() : std::vector<size_t>{stream.size()});
    const Transcript cut = readInPieces(stream, pieces(data[0], stream.size()));
    check(same(whole, cut));
    check(same(whole, reference(stream)));
    return 0;
}
