// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountexchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class AccountStore;
class CarrierCatalog;

// The presets from files an export carries along with its accounts: written
// once each, read back as untrusted preset files, sorted against the presets
// here, and installed in the user's carriers folder once a person said yes.
class CarriedPresets
{
    Q_DECLARE_TR_FUNCTIONS(CarriedPresets)

public:
    static constexpr int kMaxPresets = 50;

    // The definitions of the presets from files (an administrator's or the
    // user's) that the accounts use, each once; built-in presets never.
    static QJsonArray forExport(const QList<Account>& accounts, const CarrierCatalog& catalog);

    // Reads an export's "carriers" list, each entry as strictly as a preset
    // file and more (no secret values, no hidden characters, token URLs
    // TokenDock would send to), and sorts it against `here`. Points
    // plan->catalog at a copy of `here` with the new and changed presets.
    // False with plan->error naming the preset when one is unusable.
    static bool plan(const QJsonValue& list, const AccountStore& store, const CarrierCatalog& here,
                     AccountExchange::Plan* plan);
    // Notes which of the plan's accounts use each carried preset.
    static void noteUsers(AccountExchange::Plan* plan);

    // How `after` differs from `before`, in words: token URLs per
    // environment, where the credentials go, the exchange, grant types,
    // fields, and one line for everything else.
    static QList<AccountExchange::Change> differences(const CarrierPreset& before,
                                                      const CarrierPreset& after);
    // The hosts the preset's token URLs send secrets to.
    static QStringList hosts(const CarrierPreset& preset);

    // Writes each new and changed preset of the plan (a changed one over its
    // file, a new one to folder/<id>.json) and puts it into `live`. The
    // files written are added to *written.
    static bool install(const AccountExchange::Plan& plan, CarrierCatalog* live,
                        const QString& folder, QStringList* written, QString* error);

private:
    static std::optional<AccountExchange::CarriedPreset> read(const QJsonValue& entry, int index,
                                                              QString* error);
    // Why a preset from someone else's file is not acceptable, or nothing.
    static std::optional<QString> hostile(const CarrierPreset& preset);
    static void sort(AccountExchange::CarriedPreset* carried, const AccountStore& store,
                     const CarrierCatalog& here);
};
