// libFuzzer target: any JSON an apiserver (or anything pretending to be one)
// could return, frozen as the diagnosis loader freezes list items
// (frozenjson.h). Every value must read back as parsed, every member be
// found by its key, a second freeze equal the first and hash the same, and
// nesting past FrozenJson::MaxDepth read as null. Frozen again through the
// mirror's table of repeated containers (frozensubtrees.h), kept across
// inputs, the linked document must read, compare and hash the same. The
// same bytes parsed as the mirror parses them (JsonScratch) must be refused
// exactly when nlohmann refuses them, and freeze to the same document.
// Input that is not JSON is skipped otherwise: the loader refuses such a
// page before freezing anything.

#include "diagnosis/frozensubtrees.h"
#include "frozenjsondiff.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto tree = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    static Kaji::Models::JsonScratch scratch;
    const bool parsed = scratch.parse(std::string_view(reinterpret_cast<const char *>(data), size));
    if (parsed == tree.is_discarded()) {
        std::fprintf(stderr, "nlohmann %s, the scratch %s\n", tree.is_discarded() ? "refused" : "read",
                     parsed ? "read" : "refused");
        std::abort();
    }
    if (tree.is_discarded())
        return 0;
    const Kaji::Models::FrozenJson frozen = Kaji::Models::FrozenJson::freeze(tree);
    const QString difference = KajiTest::frozenDifference(tree, frozen);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "frozen value differs at %s\n", qPrintable(difference));
        std::abort();
    }
    const QString parsedDifference = KajiTest::frozenDifference(tree, Kaji::Models::FrozenJson::freeze(scratch));
    if (!parsedDifference.isEmpty()) {
        std::fprintf(stderr, "value frozen from the text differs at %s\n", qPrintable(parsedDifference));
        std::abort();
    }
    const Kaji::Models::FrozenJson again = Kaji::Models::FrozenJson::freeze(tree);
    if (!(again.root() == frozen.root()) || again.root().contentHash() != frozen.root().contentHash())
        std::abort();
    static Kaji::Models::FrozenSubtrees shared;
    for (int pass = 0; pass < 2; ++pass) {
        const Kaji::Models::FrozenJson linked = Kaji::Models::FrozenJson::freeze(tree, &shared);
        const QString linkedDifference = KajiTest::frozenDifference(tree, linked);
        if (!linkedDifference.isEmpty()) {
            std::fprintf(stderr, "linked value differs at %s\n", qPrintable(linkedDifference));
            std::abort();
        }
        if (!(linked.root() == frozen.root()) || linked.root().contentHash() != frozen.root().contentHash())
            std::abort();
    }
    return 0;
}
