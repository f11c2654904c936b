// SPDX-License-Identifier: Apache-2.0
// A damaged or hostile profiles.json.
#include "profilestore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QList<Profile> profiles;
    QString reason;
    if (ProfileStore::parse(bytes, &profiles, &reason)) {
        for (const Profile& p : profiles)
            (void)p.toJson();
    }
    return 0;
}
