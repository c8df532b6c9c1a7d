#pragma once

#include "frozenjson.h"
#include "jsonscratch.h"

#include <array>
#include <vector>
#include <unordered_map>

// The thread that freezes documents with it (a FrozenStore's); the
// documents it hands out may go anywhere.
namespace Kaji::Models {

// Containers that documents repeat, held once: the replicas of a workload
// carry the same containers, tolerations, labels and owner references, and
// every pod of a namespace the same projected token volume. FrozenJson
// links to a held copy instead of laying the values out again: the
// local cluster's 10,000 load pods took 2,344 bytes each laid out, 870
// linked; kaji_bench_diagnosis's pods, whose env differs in every pod,
// 6,275 and 3,058.
//
// A container is taken on its second sighting: one only a single document
// has (statuses with their timestamps) stays in that document, so links
// cost nothing where nothing repeats. Copies no document links to any
// more are let go as new ones come.
class FrozenSubtrees {
public:
    // Containers deeper than this (from a document's root) are laid out,
    // as are those of fewer than MinValues values: a link costs about as
    // much as three values.
    static constexpr int MaxDepth = 12;
    static constexpr size_t MinValues = 4;

    // Around the sharing of one document's containers (FrozenJson's
    // builder): the content hash of every container is computed once, from
    // the leaves up, instead of once for each container that holds it.
    void beginDocument(const JsonScratch &document);
    void endDocument() { m_document = nullptr; }
    // The held copy of the begun document's `value`, taken now if seen
    // before; a null document when it is not (or not worth) held.
    FrozenJson share(const JsonScratch &document, JsonScratch::Index value);

    size_t size() const { return m_held.size(); }
    // Bytes of the held copies.
    size_t bytes() const;

private:
    struct Shape {
        quint64 hash = 0;
        quint32 values = 0; // in the value, itself included
        quint32 height = 0; // of nesting below it
    };
    const Shape &shapeOf(const JsonScratch &document, JsonScratch::Index index);
    void letGoOfUnused();

    const JsonScratch *m_document = nullptr;
    std::vector<Shape> m_shapes; // by node index, for m_document

    std::unordered_multimap<quint64, FrozenJson> m_held; // by content hash
    // Hashes seen once, one per slot: a lossy memory that costs a fixed
    // 32 KB however many unique containers pass.
    std::array<quint64, 4096> m_seen = {};
    size_t m_heldAfterLetGo = 0;
};

} // namespace Kaji::Models
