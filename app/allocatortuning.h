#pragma once

// Once, at the start of main(), before any thread is started.
namespace Kaji::App {

// Blocks of 256 KiB and more (a list page and its parse, the arrays a list
// of 100,000 pods is sorted and indexed by, a diagnosis run's snapshot)
// are mapped and unmapped on their own, on glibc: otherwise, once one such
// block has been freed, glibc raises its bound and carves the next ones
// out of the heap, where the records kept for good end up around the holes
// they leave.
void tuneAllocator();

} // namespace Kaji::App
