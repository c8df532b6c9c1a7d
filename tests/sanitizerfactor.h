#pragma once

// How much slower and larger a test program runs in a sanitizer build:
// bounds on time and memory that hold a normal build to its figures are
// multiplied by it there, not dropped (cmake/KajiTest.cmake sets it).
#ifndef KAJI_SANITIZER_FACTOR
#define KAJI_SANITIZER_FACTOR 1
#endif
