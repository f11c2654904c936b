// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountrequest.h"

#include <QCoreApplication>
#include <QSet>

class CarrierCatalog;
class CliSession;
class CommandParser;

// The account settings `add` and `edit` share: declaring the options,
// applying them to a Account, reading the secrets from standard input, and
// checking the result with the same rules as the GUI (AccountRequest::validate).
class AccountOptions
{
    Q_DECLARE_TR_FUNCTIONS(AccountOptions)

public:
    static void declare(CommandParser& parser, bool editing);

    // Applies the options that were given. Creating: a missing --environment
    // means the preset's first one.
    static bool apply(const CommandParser& parser, CliSession& session, bool creating,
                      Account* account, Failure* error);

    // Line 1 of standard input is the client secret, the following lines the
    // preset's secret fields for the grant type, in catalog order (at a
    // terminal: one prompt each). Editing: an empty line keeps what is stored.
    static bool readSecrets(const Account& account, CliSession& session, bool editing,
                            AccountSecrets* secrets, Failure* error);

    // "line 1: the client secret; line 2: child_secret"
    static QString stdinLayout(const Account& account, const CarrierCatalog& catalog);

    // The secrets a account could have: the client secret and its secret fields.
    static QSet<QString> allSecretKeys(const Account& account, const CarrierCatalog& catalog);
    static QSet<QString> presentKeys(const AccountSecrets& secrets);

    // AccountRequest::validate as one usage error naming the option to fix.
    static bool validate(const Account& account, const QSet<QString>& secretsPresent,
                         CliSession& session, Failure* error);

private:
    // --carrier (settings of the previous carrier go with it); the preset, or
    // nullptr with the error set.
    static const CarrierPreset* applyCarrier(const CommandParser& parser, CliSession& session,
                                             bool creating, Account* account, Failure* error);
    // --environment, --token-url, --client-id, --auth, --grant-type
    static bool applyConnection(const CommandParser& parser, CliSession& session,
                                const CarrierPreset& preset, bool creating, Account* account,
                                Failure* error);
    // --param KEY=VALUE: never a secret
    static bool applyParams(const CommandParser& parser, CliSession& session,
                            const CarrierPreset& preset, Account* account, Failure* error);
    static bool applyHeaders(const CommandParser& parser, CliSession& session, Account* account,
                             Failure* error);
    // --issuer, --jwks-url, --signing-key-file: where the keys that check its
    // tokens' signatures come from (accountkeyoptions.cpp)
    static void declareKeys(CommandParser& parser);
    static bool applyKeys(const CommandParser& parser, CliSession& session, Account* account,
                          Failure* error);
    // --probe on|off, --probe-url, --probe-method, --probe-expect
    static void declareProbe(CommandParser& parser);
    static bool applyProbe(const CommandParser& parser, CliSession& session,
                           const CarrierPreset& preset, Account* account, Failure* error);
    // --secret-expires YYYY-MM-DD|none (secretdateoption.cpp)
    static void declareSecretExpires(CommandParser& parser);
    static bool applySecretExpires(const CommandParser& parser, CliSession& session,
                                   Account* account, Failure* error);
    // --exchange KEY=VALUE: the generic preset's own token exchange
    static bool applyShape(const CommandParser& parser, CliSession& session,
                           const CarrierPreset& preset, Account* account, Failure* error);
};
