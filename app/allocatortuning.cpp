#include "allocatortuning.h"

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Kaji::App {

void tuneAllocator()
{
#if defined(__GLIBC__)
    // Setting the bound also turns glibc's raising of it off.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace Kaji::App
