// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appservices.h"
#include "demosetup.h"

#include <QList>
#include <QString>

class SandboxServer;

// Many accounts for benchmarks, made quickly: the demo's mix of carriers
// (DemoSetup::accounts, without its deliberately wrong one) repeated and
// numbered, all answered by a sandbox. Each helper waits for its work.
namespace BenchAccounts {

QList<DemoSetup::Sample> make(const SandboxServer& sandbox, int count);

// Services over `configDir` with a keychain service no item is in yet, so a
// bench never finds (or touches) the user's own accounts and tokens.
AppServices::Options throwawayOptions(const QString& configDir);

// Saves the accounts in one write (not one write per account, as
// AccountService::create does) and each secret in the keychain where
// AccountService keeps it.
bool save(AppServices& services, const QList<DemoSetup::Sample>& accounts, QString* error);

// Asks the carrier for a token for every account and caches it in the keychain,
// without recording a test in the history. false when one fails.
bool fetchTokens(AppServices& services, const QList<DemoSetup::Sample>& accounts, QString* error);

} // namespace BenchAccounts
