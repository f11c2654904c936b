// SPDX-License-Identifier: Apache-2.0
// A carrier catalog with any mistake in it.
#include "carriercatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto catalog = CarrierCatalog::fromJson(bytes, &error)) {
        for (const CarrierPreset& p : catalog->presets())
            (void)catalog->search(p.name);
    }
    return 0;
}
