#pragma once

// Sizes that cut `total` bytes into pieces, drawn from a seed (xorshift), so
// a target feeds a reader the same bytes whole and cut, and a finding
// reproduces from its input alone.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace KajiFuzz {

inline std::vector<size_t> pieces(uint32_t seed, size_t total, size_t maxPiece)
{
    std::vector<size_t> sizes;
    uint32_t state = seed | 0x9e3779b9u; // xorshift needs a non-zero state
    for (size_t offset = 0; offset < total;) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const size_t piece = std::min<size_t>(1 + state % maxPiece, total - offset);
        sizes.push_back(piece);
        offset += piece;
    }
    return sizes;
}

} // namespace KajiFuzz
