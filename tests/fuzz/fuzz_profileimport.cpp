// An export file handed over by someone else.
#include "carriercatalog.h"
#include "profileexchange.h"
#include "profilestore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // a store that is never loaded or written: only its (empty) list is read
    static ProfileStore store(QStringLiteral("/nonexistent/tokendock-fuzz/profiles.json"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = ProfileExchange::plan(bytes, store, CarrierCatalog::builtin());
    (void)plan.fresh.size();
    (void)plan.conflicts.size();
    return 0;
}
