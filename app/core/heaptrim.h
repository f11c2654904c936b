// SPDX-License-Identifier: Apache-2.0
#pragma once

// glibc keeps what a burst of work freed (the account list's parse, the
// keychain's replies for thousands of cached tokens) for the process to
// reuse, and the process's memory stays as high as the burst's peak. After
// such a burst this hands the free pages back to the system.
namespace HeapTrim {

void returnFreePages();

} // namespace HeapTrim
