// SPDX-License-Identifier: Apache-2.0
// Hostile access tokens: JWT-shaped or not, any bytes.
#include "tokeninspector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray token(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const TokenInspection inspection = TokenInspector::inspect(token);
    // touch everything a view would show
    (void)inspection.algorithm();
    (void)inspection.formatId();
    (void)inspection.scopes.join(QLatin1Char(' '));
    (void)inspection.expiresAt.isValid();
    return 0;
}
