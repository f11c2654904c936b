// SPDX-License-Identifier: Apache-2.0
// An export file handed over by someone else, planned against a store that
// holds accounts of several carriers, so the preview compares every field.
#include "accountexchange.h"
#include "accountstore.h"
#include "carriercatalog.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {
AccountStore& storeWithAccounts()
{
    static QTemporaryDir dir;
    static AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    static const bool filled = [] {
        store.load();
        int n = 0;
        for (const CarrierPreset& preset : CarrierCatalog::builtin().presets()) {
            Account p;
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
    const AccountStore& store = storeWithAccounts();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = AccountExchange::plan(bytes, store, CarrierCatalog::builtin());
    for (const auto& c : plan.conflicts) {
        for (const auto& change : c.changes)
            (void)AccountExchange::settingLabel(change.setting).size();
        (void)AccountExchange::unexpectedHost(c.incoming, CarrierCatalog::builtin());
    }
    for (const auto& p : plan.fresh)
        (void)AccountExchange::unexpectedHost(p, CarrierCatalog::builtin());
    (void)plan.secretsDropped();
    return 0;
}
