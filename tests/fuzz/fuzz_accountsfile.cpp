// SPDX-License-Identifier: Apache-2.0
// A damaged or hostile accounts.json.
#include "accountstore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QList<Account> accounts;
    QString reason;
    if (AccountStore::parse(bytes, &accounts, &reason)) {
        for (const Account& p : accounts)
            (void)p.toJson();
    }
    return 0;
}
