// SPDX-License-Identifier: Apache-2.0
// An export file handed over by someone else, planned against a store that
// holds accounts of several carriers, so the preview compares every field.
#include "carriercatalog.h"
#include "profileexchange.h"
#include "profilestore.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {
ProfileStore& storeWithAccounts()
{
    static QTemporaryDir dir;
    static ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    static const bool filled = [] {
        store.load();
        int n = 0;
        for (const CarrierPreset& preset : CarrierCatalog::builtin().presets()) {
            Profile p;
            p.id = QUuid::createUuid();
            p.name = QStringLiteral("acme-%1").arg(++n); // names an input can hit
            p.carrierId = preset.id;
            p.environmentId = preset.environments.value(0).id;
            p.clientId = QStringLiteral("client");
            p.fields.insert(QStringLiteral("scope"), QStringLiteral("read"));
            store.add(p);
        }
        return true;
    }();
    (void)filled;
    return store;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ProfileStore& store = storeWithAccounts();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = ProfileExchange::plan(bytes, store, CarrierCatalog::builtin());
    for (const auto& c : plan.conflicts) {
        for (const auto& change : c.changes)
            (void)ProfileExchange::settingLabel(change.setting).size();
        (void)ProfileExchange::unexpectedHost(c.incoming, CarrierCatalog::builtin());
    }
    for (const auto& p : plan.fresh)
        (void)ProfileExchange::unexpectedHost(p, CarrierCatalog::builtin());
    (void)plan.secretsDropped();
    return 0;
}
