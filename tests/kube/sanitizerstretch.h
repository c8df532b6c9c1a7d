#pragma once

#include <QtGlobal>

namespace KajiTest {

// Time and memory bounds hold for a normal build. Sanitizers multiply both
// (TSan keeps shadow memory for every byte touched), so there the bounds
// stretch by the factor the sanitizers document as typical.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
constexpr qint64 SanitizerStretch = 8;
#else
constexpr qint64 SanitizerStretch = 1;
#endif

} // namespace KajiTest
