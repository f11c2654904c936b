// SPDX-License-Identifier: Apache-2.0
#include "heaptrim.h"

// a C library header first: it says whether this is glibc
#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HeapTrim {

void returnFreePages()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace HeapTrim
