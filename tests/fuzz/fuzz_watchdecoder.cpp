// libFuzzer target: a watch response body as the network hands it over.
//
// Byte 0 picks how the rest is cut into chunks (curl delivers whatever the
// socket had, so a line may arrive byte by byte or many lines at once):
// bits 0-5 give the largest chunk (1..64 bytes), bit 7 multiplies it by 64,
// and the sizes in between vary pseudo-randomly from that byte. '@' (0x40)
// therefore means byte by byte; the seeds start with a printable choice.
//
// The same bytes are also fed in one piece to a second decoder: chunking must
// never change which events come out.

#include "fuzzpieces.h"
#include "jsonfields.h"
#include "podrecord.h"
#include "watchdecoder.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace Kaji::Kube;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// What the reflector reads from each event right after decoding, so the
// field helpers see every shape the decoder lets through.
void consume(const WatchEvent &event)
{
    const nlohmann::json object = event.parsed();
    if (event.type == WatchEvent::Type::Error) {
        check(object.is_object());
        (void)jsonInt(object, "code");
        (void)jsonText(object, "message");
        return;
    }
    // The stores scan the object text with their own reader.
    (void)Kaji::Kube::podRecordFromText(std::string_view(event.object.constData(), size_t(event.object.size())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const char *body = reinterpret_cast<const char *>(data + 1);
    const size_t bodySize = size - 1;
    const size_t maxChunk = ((control & 0x3f) + 1u) * ((control & 0x80) ? 64u : 1u);

    WatchDecoder chunked;
    std::vector<WatchEvent> events;
    size_t offset = 0;
    for (const size_t chunk : KajiFuzz::pieces(control, bodySize, maxChunk)) {
        chunked.feed(body + offset, chunk, events);
        offset += chunk;
    }

    WatchDecoder whole;
    std::vector<WatchEvent> reference;
    whole.feed(body, bodySize, reference);

    // One event per non-empty line, the unterminated tail held back.
    size_t lines = 0;
    size_t lineStart = 0;
    for (size_t i = 0; i < bodySize; ++i) {
        if (body[i] == '\n') {
            lines += i > lineStart ? 1 : 0;
            lineStart = i + 1;
        }
    }
    check(reference.size() == lines);
    check(whole.pendingBytes() == qsizetype(bodySize - lineStart));
    check(chunked.pendingBytes() == whole.pendingBytes());
    check(events.size() == reference.size());
    for (size_t i = 0; i < events.size(); ++i) {
        // Type and top-level shape only: a deep comparison would recurse
        // through attacker-controlled nesting inside the harness itself.
        check(events[i].type == reference[i].type);
        check(events[i].object == reference[i].object);
        check(events[i].resourceVersion == reference[i].resourceVersion);
        consume(events[i]);
    }
    return 0;
}
