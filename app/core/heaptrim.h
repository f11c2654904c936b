// SPDX-License-Identifier: Apache-2.0
#pragma once

// glibc gives back the top of its heap by itself, but keeps the free space
// a burst of work leaves below live blocks and in other threads' arenas (the
// account list's parse, the keychain's replies for thousands of cached
// tokens). After such a burst this hands those free pages back to the system
// (4 to 5 MB at 5,000 accounts); elsewhere than glibc it does nothing.
namespace HeapTrim {

void returnFreePages();

} // namespace HeapTrim
