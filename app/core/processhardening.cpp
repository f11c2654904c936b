// SPDX-License-Identifier: Apache-2.0
#include "processhardening.h"

#include "logging.h"

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace ProcessHardening {

bool enabledInThisBuild()
{
#if defined(Q_OS_LINUX) && defined(QT_NO_DEBUG)
    return true;
#else
    return false;
#endif
}

bool apply()
{
    if (!enabledInThisBuild())
        return true;
#if defined(Q_OS_LINUX)
    bool ok = true;
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        ok = false;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
    if (!ok)
        qCWarning(lcKeychain) << "could not disable core dumps for this process";
    return ok;
#else
    return true;
#endif
}

} // namespace ProcessHardening
