// SPDX-License-Identifier: Apache-2.0
// Any text pasted as a carrier's onboarding text. Invariants: it never
// crashes or hangs; nothing is filled unless a credential was found; what
// is filled holds no control character; a recognised carrier and
// environment exist in the catalog.
#include "carriercatalog.h"
#include "pastedcredentials.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void check(bool invariant)
{
    if (!invariant)
        std::abort();
}

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const CarrierCatalog& catalog = CarrierCatalog::builtin();
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const PastedCredentials p = PastedText::read(text, catalog);
    if (!p.found()) {
        check(p.carrierId.isEmpty() && p.recognised.isEmpty() && p.fields.isEmpty());
        return 0;
    }
    check(!hasControl(p.clientId));
    check(!hasControl(QString::fromUtf8(p.clientSecret.expose())));
    check(!hasControl(p.tokenUrl));
    for (const QString& value : p.fields)
        check(!hasControl(value));
    if (!p.carrierId.isEmpty()) {
        const CarrierPreset* preset = catalog.find(p.carrierId);
        check(preset != nullptr);
        check(p.environmentId.isEmpty() || preset->environment(p.environmentId) != nullptr);
    }
    check(!PastedText::suggestName(p, catalog, {}).isEmpty());
    return 0;
}
