// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class CarrierCatalog;
class AccountStore;

// Hands a set of accounts to a colleague: settings only, never secrets,
// tokens or history.
class AccountExchange
{
    Q_DECLARE_TR_FUNCTIONS(AccountExchange)

public:
    static constexpr int kSchemaVersion = 2;
    static inline const QString kFormat = QStringLiteral("tokendock-accounts");

    static QByteArray exportJson(const QList<Account>& accounts);
    static bool exportToFile(const QString& path, const QList<Account>& accounts, QString* error);

    // One setting an import would change, in words for people.
    struct Change
    {
        QString setting; // "carrier", "environment", "token_url", "credentials", "grant_type",
                         // "client_id", "field:<key>", "header:<name>"
        QString before;  // empty when the setting is new
        QString after;   // empty when the setting goes away
    };
    struct Conflict
    {
        Account incoming;
        Account existing;
        QList<Change> changes;    // empty: the file holds the same settings
        bool dropsSecret = false; // token URL origin, carrier, environment, placement or
                                  // client id change: the stored secrets are removed
    };
    struct Plan
    {
        QList<Account> fresh;      // new names: added with new ids and no secret
        QList<Conflict> conflicts; // names already in use
        QString error;             // the file as a whole is unusable; nothing is imported
        const CarrierCatalog* catalog = nullptr; // the one it was planned against
        bool ok() const { return error.isEmpty(); }
        // Replacing these needs a person's yes: their secrets would be removed.
        int secretsDropped() const;
    };
    // Reads an export and sorts its accounts against the store.
    static Plan plan(const QByteArray& json, const AccountStore& store,
                     const CarrierCatalog& catalog);
    static Plan planFile(const QString& path, const AccountStore& store,
                         const CarrierCatalog& catalog);

    // "token URL", "client id", "field clientrefnum", ... for a Change's setting.
    static QString settingLabel(const QString& setting);

    // What replacing `existing` with `incoming` changes.
    static Conflict compare(const Account& existing, const Account& incoming,
                            const CarrierCatalog& catalog);

    // The host of the account's token URL when it is not one the carrier's
    // preset names (a look-alike account sending secrets elsewhere); empty otherwise.
    static QString unexpectedHost(const Account& account, const CarrierCatalog& catalog);

    struct Applied
    {
        QList<QUuid> added;
        QList<QUuid> replaced;
        QList<Account> forget; // replaced accounts as they were: every keychain item goes
        QList<QUuid> staleTokens;
    };
    // Adds the fresh accounts and, only when overwrite is true, replaces the
    // conflicting ones (keeping their id and history), merged into the file
    // as it is under its lock. Replaced accounts whose secrets no longer fit
    // are marked as needing one; the caller removes their keychain items.
    static bool apply(const Plan& plan, bool overwrite, AccountStore* store, Applied* applied,
                      QString* error);
    // The edit apply() makes, for AccountStore::submit(): it may run on another
    // thread, and says what it did in *applied (valid once it was saved).
    static std::function<bool(QList<Account>&, QString*)>
    merging(const Plan& plan, bool overwrite, const std::shared_ptr<Applied>& applied);

private:
    // The export's list of accounts, once its format and version are known.
    static std::optional<QJsonArray> accountList(const QByteArray& json, QString* error);
    // One account of an export, checked as if it were typed (fresh id, no history).
    static std::optional<Account> readAccount(QJsonObject obj, int index,
                                              const CarrierCatalog& catalog, QString* error);
};
