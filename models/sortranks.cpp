#include "sortranks.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace Kaji::Models {

bool operator<(const SortKey &a, const SortKey &b)
{
    if (a.isNumber != b.isNumber)
        return a.isNumber;
    if (a.isNumber)
        return a.number < b.number;
    const int byText = a.text.compare(b.text);
    return byText != 0 ? byText < 0 : a.tieBreak.compare(b.tieBreak) < 0;
}

namespace {

// A key whose texts were copied into a shared buffer.
struct PackedKey {
    double number;
    quint32 text, textLength, tieBreak, tieBreakLength;
    int row;
    bool isNumber;
};

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address); // a hint only
#endif
}

// Sorts `keys` by their packed texts, read as `View`s of `chars`, and gives
// each row its rank; equal keys share a rank, so the proxy's stable sort
// keeps their order.
template<typename View, typename Char>
void rankPacked(std::vector<PackedKey> &keys, const Char *chars, std::vector<int> &ranks)
{
    const auto less = [chars](const PackedKey &a, const PackedKey &b) {
        if (a.isNumber != b.isNumber)
            return a.isNumber;
        if (a.isNumber)
            return a.number < b.number;
        const int byText = View(chars + a.text, a.textLength).compare(View(chars + b.text, b.textLength));
        if (byText != 0)
            return byText < 0;
        return View(chars + a.tieBreak, a.tieBreakLength).compare(View(chars + b.tieBreak, b.tieBreakLength)) < 0;
    };
    // The keys themselves are sorted, not indexes to them: neighbours in
    // the sort are neighbours in memory.
    std::sort(keys.begin(), keys.end(), less);
    ranks.assign(keys.size(), 0);
    int rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0 && less(keys[i - 1], keys[i]))
            ++rank;
        ranks[size_t(keys[i].row)] = rank;
    }
}

} // namespace

std::vector<int> SortRanks::rank(int rowCount, const KeyOf &keyOf)
{
    std::vector<int> ranks;
    std::vector<PackedKey> keys(static_cast<size_t>(rowCount));
    std::vector<char16_t> texts;
    texts.reserve(size_t(rowCount) * 24);
    char16_t seen = 0; // every code unit ORed: below 0x80 means ASCII only
    const auto pack = [&](QStringView text) {
        const char16_t *units = text.utf16();
        for (qsizetype i = 0; i < text.size(); ++i)
            seen |= units[i];
        texts.insert(texts.end(), units, units + text.size());
        return quint32(text.size());
    };
    // In row order, so each record is read once, where it lies. The texts
    // live elsewhere on the heap, one allocation each: they are fetched
    // ahead of their copy, or each row would wait for memory in turn.
    std::vector<SortKey> views(static_cast<size_t>(rowCount));
    for (int row = 0; row < rowCount; ++row)
        views[size_t(row)] = keyOf(row);
    constexpr size_t Ahead = 16;
    for (size_t row = 0; row < views.size(); ++row) {
        if (row + Ahead < views.size()) {
            prefetch(views[row + Ahead].text.utf16());
            prefetch(views[row + Ahead].tieBreak.utf16());
        }
        const SortKey &key = views[row];
        PackedKey &packed = keys[row];
        packed.row = int(row);
        packed.isNumber = key.isNumber;
        packed.number = key.number;
        packed.text = quint32(texts.size());
        packed.textLength = pack(key.text);
        packed.tieBreak = quint32(texts.size());
        packed.tieBreakLength = pack(key.tieBreak);
    }
    if (seen < 0x80) {
        // ASCII (names, IPs, statuses): bytes sort as their code units do,
        // and bytes compare with memcmp, several times faster.
        std::string bytes(texts.size(), '\0');
        std::transform(texts.begin(), texts.end(), bytes.begin(), [](char16_t unit) { return char(unit); });
        rankPacked<std::string_view>(keys, bytes.data(), ranks);
    } else {
        rankPacked<QStringView>(keys, texts.data(), ranks);
    }
    return ranks;
}

} // namespace Kaji::Models
