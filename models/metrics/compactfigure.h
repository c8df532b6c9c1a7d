#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>

// Any thread: pure functions.
namespace Kaji::Models {

// A usage figure (millicores, KiB) in 16 bits, so the usage history costs
// four bytes per container and reading instead of eight: 100,000 pods for
// an hour would otherwise hold 190 MB. Figures below 2,048 are exact; above,
// they keep 12 significant bits (a floating point with an 11-bit mantissa),
// so the error is at most 1/4,096 of the figure: 0.5 MiB at 2 GiB, 1
// millicore from 4 to 8 cores. Charts and the rules (a limit's percent, a climb
// of memory) need no finer. The largest code is kept for "no sample".
namespace CompactFigure {

inline constexpr quint16 Missing = 0xFFFF;
inline constexpr int MantissaBits = 11;
inline constexpr quint64 Exact = quint64(1) << MantissaBits; // 2,048: below, a figure is its own code

// The figure a code stands for; `Missing` has none (callers check first).
constexpr quint64 decode(quint16 code)
{
    const int exponent = code >> MantissaBits;
    const quint64 mantissa = code & (Exact - 1);
    return exponent == 0 ? mantissa : (Exact + mantissa) << (exponent - 1);
}

// The nearest code (halves round up); negatives are 0, figures past the
// range the largest code below `Missing` (about 4.4e12: 4 PiB of KiB).
constexpr quint16 encode(qint64 figure)
{
    if (figure <= 0)
        return 0;
    const quint64 value = quint64(figure);
    if (value < Exact)
        return quint16(value);
    // value = (Exact + mantissa) << shift, with the mantissa rounded.
    int shift = int(std::bit_width(value)) - (MantissaBits + 1);
    quint64 rounded = (value + (quint64(1) << shift >> 1)) >> shift;
    if (rounded == 2 * Exact) { // rounding carried into the next power of two
        rounded = Exact;
        ++shift;
    }
    const quint64 code = (quint64(shift + 1) << MantissaBits) | (rounded - Exact);
    return quint16(std::min<quint64>(code, Missing - 1));
}

} // namespace CompactFigure
} // namespace Kaji::Models
