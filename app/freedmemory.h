#pragma once

// Any thread.
namespace Kaji::App {

// Gives memory the process has freed back to the system. glibc keeps the
// freed small blocks of a large tree (a diagnosis snapshot of 10,000 pods is
// about 150 MB of them) mapped in the arena of the thread that built it, so
// the app's RSS would stay at its peak until that arena is reused. Elsewhere
// the allocator returns memory on its own, and this does nothing.
void returnFreedMemory();

} // namespace Kaji::App
