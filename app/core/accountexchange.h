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
    // The newest format this version reads. An export is written in format 2
    // unless it carries presets from files ("carriers"), which need format 3:
    // a version without them then says it is too old instead of planning the
    // accounts against presets of its own.
    static constexpr int kSchemaVersion = 3;
    static constexpr int kSchemaAccountsOnly = 2;
    static inline const QString kFormat = QStringLiteral("tokendock-accounts");

    // With a catalog, the presets from files (an administrator's or the
    // user's) that the accounts use go along, each once; built-in ones never.
    static QByteArray exportJson(const QList<Account>& accounts,
                                 const CarrierCatalog* catalog = nullptr);
    static bool exportToFile(const QString& path, const QList<Account>& accounts, QString* error,
                             const CarrierCatalog* catalog = nullptr);

    // One setting an import would change, in words for people.
    struct Change
    {
        QString setting; // "carrier", "environment", "token_url", "credentials", "grant_type",
                         // "client_id", "field:<key>", "header:<name>", "probe_url", "probe"
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
    // A carrier preset the file carries, read like a preset file and sorted
    // against the presets here.
    struct CarriedPreset
    {
        enum class Status
        {
            New,     // no preset here has its id: installed
            Same,    // the preset here is defined the same: nothing to do
            Changed, // a user's preset here has its id: replaced
            Refused  // the id is a built-in or an administrator's preset: ignored
        };
        CarrierPreset preset; // as the file defines it
        Status status = Status::New;
        QString refusal;       // Refused: why, and which preset the accounts use instead
        QList<Change> changes; // Changed: how it differs from the one here
        QStringList hosts;     // New, Changed: hosts its token URLs send secrets to, new here
        QStringList usedBy;    // the file's accounts that use it
        // Changed: accounts here with a stored secret that it would send
        // elsewhere or in another way; those secrets are removed.
        QList<Account> secretsDropped;
        bool installs() const { return status == Status::New || status == Status::Changed; }
    };
    struct Plan
    {
        QList<Account> fresh;      // new names: added with new ids and no secret
        QList<Conflict> conflicts; // names already in use
        QList<CarriedPreset> presets;
        QString error; // the file as a whole is unusable; nothing is imported
        const CarrierCatalog* catalog = nullptr; // the one it was planned against
        // With carried presets: copies of the catalog here as it was (`before`)
        // and with them (`planned`, where `catalog` points); the catalog in
        // use changes only when the plan is applied.
        std::shared_ptr<const CarrierCatalog> planned;
        std::shared_ptr<const CarrierCatalog> before;
        bool ok() const { return error.isEmpty(); }
        // Replacing these needs a person's yes: their secrets would be removed.
        int secretsDropped() const;
        // Installing the presets needs a yes too: these accounts here would
        // lose their stored secrets, whether or not any account is replaced.
        int presetSecretsDropped() const;
        int presetsToInstall() const;
        const CarrierCatalog* beforeCatalog() const { return before ? before.get() : catalog; }
    };
    // Reads an export and sorts its accounts against the store.
    static Plan plan(const QByteArray& json, const AccountStore& store,
                     const CarrierCatalog& catalog);
    static Plan planFile(const QString& path, const AccountStore& store,
                         const CarrierCatalog& catalog);

    // "token URL", "client id", "field clientrefnum", ... for a Change's setting.
    static QString settingLabel(const QString& setting);
    // The settings that say which key makes a token "verified" (issuer, JWKS
    // URL, pasted key) that differ from `before` to `after`; a pasted key is
    // named by its SHA-256 fingerprint (accountexchangekeys.cpp).
    static QList<Change> keyChanges(const Account& before, const Account& after);

    // What replacing `existing` with `incoming` changes; `existing` is looked
    // up in `presetsBefore` when given (the presets as they are before an import).
    static Conflict compare(const Account& existing, const Account& incoming,
                            const CarrierCatalog& catalog,
                            const CarrierCatalog* presetsBefore = nullptr);

    // The host of the account's token URL when it is not one the carrier's
    // preset names (a look-alike account sending secrets elsewhere); empty otherwise.
    static QString unexpectedHost(const Account& account, const CarrierCatalog& catalog);
    // The same for the host the account's own probe sends the token to: neither
    // the token URL's nor one the preset names.
    static QString unexpectedProbeHost(const Account& account, const CarrierCatalog& catalog);

    struct Applied
    {
        QList<QUuid> added;
        QList<QUuid> replaced;
        QList<Account> forget; // replaced accounts as they were: every keychain item goes
        QList<QUuid> staleTokens;
        QStringList presetFiles; // the carried presets written, by file
    };
    // Adds the fresh accounts and, only when overwrite is true, replaces the
    // conflicting ones (keeping their id and history), merged into the file
    // as it is under its lock. Replaced accounts whose secrets no longer fit,
    // and accounts whose changed preset sends them elsewhere, are marked as
    // needing one; the caller removes their keychain items and then installs
    // the carried presets (CarriedPresets::install).
    static bool apply(const Plan& plan, bool overwrite, AccountStore* store, Applied* applied,
                      QString* error);
    // The edit apply() makes, for AccountStore::submit(): it may run on another
    // thread, and says what it did in *applied (valid once it was saved).
    static std::function<bool(QList<Account>&, QString*)>
    merging(const Plan& plan, bool overwrite, const std::shared_ptr<Applied>& applied);

private:
    // Parts of merging(): the conflicts replaced, and the accounts whose
    // preset the import changes checked against their stored secrets.
    static bool replaceConflicts(const Plan& plan, QList<Account>& list, Applied& result,
                                 QString* why);
    static void dropMovedSecrets(const Plan& plan, QList<Account>& list, Applied& result);
    // The export's list of accounts, once its format and version are known.
    static std::optional<QJsonArray> accountList(const QByteArray& json, QJsonObject* root,
                                                 QString* error);
    // One account of an export, checked as if it were typed (fresh id, no history).
    static std::optional<Account> readAccount(QJsonObject obj, int index,
                                              const CarrierCatalog& catalog, QString* error);
};
