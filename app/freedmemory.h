#pragma once

// Any thread.
namespace Kaji::App {

// Gives memory the process has freed back to the system. glibc keeps the
// freed blocks of a large read (a diagnosis of 50,000 pods parses and frees
// gigabytes of pages and trees) mapped in the arena of the thread that made them, so
// the app's RSS would stay at its peak until that arena is reused. Elsewhere
// the allocator returns memory on its own, and this does nothing.
void returnFreedMemory();

} // namespace Kaji::App
