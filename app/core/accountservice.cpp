// SPDX-License-Identifier: Apache-2.0
#include "accountservice.h"

#include "carriedpresets.h"
#include "carriercatalog.h"
#include "clock.h"
#include "logging.h"
#include "tokencache.h"

#include <QPointer>

#include <algorithm>

namespace {
// Answers through `done` unless the context object is gone; with no context
// the answer always arrives.
AccountService::Done guarded(QObject* context, AccountService::Done done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done](const Failure& result) {
        if (!hasContext || guard)
            done(result);
    };
}

// The account list's refusals (a name taken, a file that cannot be written)
// come as finished sentences from AccountStore.
Failure refusal(const QString& text)
{
    return Failure::make(ErrorCategory::InvalidInput, Message::plain(text));
}
} // namespace

AccountService::AccountService(AccountStore* store, SecretStore* secrets, TokenCache* cache,
                               const CarrierCatalog& catalog, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_catalog(catalog)
    , m_clock(clock)
{}

Failure AccountService::keychainFailure(const SecretResult& r)
{
    return Failure::make(ErrorCategory::Keychain, r.message);
}

QList<AccountService::Step> AccountService::writeSteps(const Account& account,
                                                       const AccountSecrets& secrets) const
{
    QList<Step> steps;
    const auto add = [&](const QString& key, const SecretBytes& data) {
        steps.append({key, data, false, SecretStore::itemLabel(account.name, key)});
    };
    if (!secrets.clientSecret.isEmpty())
        add(SecretStore::secretKey(account.id), secrets.clientSecret);
    for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
        if (!it.value().isEmpty())
            add(SecretStore::fieldKey(account.id, it.key()), it.value());
    }
    return steps;
}

// The items keep telling whose they are in the person's keychain app.
void AccountService::relabel(const Account& account)
{
    QStringList keys{SecretStore::secretKey(account.id), SecretStore::tokenKey(account.id)};
    for (const QString& field : account.keychainFields)
        keys << SecretStore::fieldKey(account.id, field);
    for (const QString& key : std::as_const(keys))
        m_secrets->relabel(key, SecretStore::itemLabel(account.name, key));
}

QList<AccountService::Step> AccountService::removeSteps(const QUuid& id,
                                                        const QStringList& knownFields) const
{
    QList<Step> steps{{SecretStore::secretKey(id), {}, true, {}},
                      {SecretStore::tokenKey(id), {}, true, {}}};
    QStringList fields = knownFields;
    fields << CarrierPreset::kApiKeyField; // an exchange's API key, whichever preset sent one
    for (const CarrierPreset& preset : m_catalog.presets()) {
        for (const CarrierField& f : preset.fields) {
            if (f.secret)
                fields << f.key;
        }
    }
    fields.removeDuplicates();
    for (const QString& key : std::as_const(fields))
        steps.append({SecretStore::fieldKey(id, key), {}, true, {}});
    return steps;
}

namespace {
// Remembers which secret fields the keychain holds for the account.
void noteKeychainFields(Account& account, const AccountSecrets& secrets)
{
    for (auto it = secrets.fields.begin(); it != secrets.fields.end(); ++it) {
        if (!it.value().isEmpty() && !account.keychainFields.contains(it.key()))
            account.keychainFields << it.key();
    }
}
} // namespace

void AccountService::runSteps(QList<Step> steps,
                              std::function<void(const SecretResult&, int)> finished)
{
    runNext(std::make_shared<Run>(Run{std::move(steps), 0, std::move(finished)}));
}

// Only the keychain's pending callback holds the run: if the keychain drops
// it (this service ends first), the run goes with it.
void AccountService::runNext(const std::shared_ptr<Run>& run)
{
    if (run->remaining.isEmpty()) {
        run->finished(SecretResult(), run->done);
        return;
    }
    const Step step = run->remaining.takeFirst();
    auto onDone = [this, run](const SecretResult& r) {
        if (!r.ok()) {
            run->finished(r, run->done);
            return;
        }
        ++run->done;
        runNext(run);
    };
    if (step.remove)
        m_secrets->remove(step.key, this, onDone);
    else
        m_secrets->write(step.key, step.data, this, onDone, SecretStore::Priority::Normal,
                         step.label);
}

void AccountService::create(Account account, const AccountSecrets& secrets, QObject* context,
                            Done done)
{
    if (account.id.isNull())
        account.id = QUuid::createUuid();
    const QDateTime now = m_clock.now();
    account.created = now;
    account.updated = now;
    account.secretMissing = secrets.clientSecret.isEmpty();
    account.secretSetAt = account.secretMissing ? QDateTime() : now;
    noteKeychainFields(account, secrets);
    QString error;
    if (!m_store->canSave(account, &error)) {
        done(refusal(error));
        return;
    }
    const QList<Step> steps = writeSteps(account, secrets);
    const Done reply = guarded(context, done);
    runSteps(steps, [this, account, steps, reply](const SecretResult& r, int written) {
        if (!r.ok()) {
            // undo the writes that did succeed, and the one that failed (it
            // may have got part of the way, or land after a timeout), then
            // report the keychain's words
            QList<Step> undo;
            for (int i = 0; i <= written && i < steps.size(); ++i)
                undo.append({steps.at(i).key, {}, true, {}});
            runSteps(undo, [reply, r](const SecretResult&, int) { reply(keychainFailure(r)); });
            return;
        }
        m_store->submit(AccountStore::adding(account), this,
                        [this, account, steps, reply](bool saved, const QString& fileError) {
                            if (saved) {
                                qCDebug(lcAccounts) << "created account" << account.id;
                                reply({});
                                return;
                            }
                            // the metadata did not land: take the secrets back out so
                            // nothing dangles
                            QList<Step> undo;
                            for (const Step& s : steps)
                                undo.append({s.key, {}, true, {}});
                            runSteps(undo, [reply, fileError](const SecretResult&, int) {
                                reply(refusal(fileError));
                            });
                        });
    });
}

void AccountService::update(Account account, const AccountSecrets& changes, QObject* context,
                            Done done, const std::optional<Account>& base)
{
    const Account* existing = m_store->find(account.id);
    if (!existing) {
        done(Failure::make(ErrorCategory::InvalidInput,
                           Message::translate("AccountService", "The account no longer exists.")));
        return;
    }
    QString error;
    if (!m_store->canSave(account, &error)) {
        done(refusal(error));
        return;
    }
    if (base && !changes.clientSecret.isEmpty()) {
        // a secret goes only where the person entering it saw it would go: if
        // another process moved the account meanwhile, it is not written
        const std::optional<Account> current = m_store->readCurrent(account.id);
        if (current &&
            !AccountRequest::sameSecretDestination(*base, m_catalog.find(base->carrierId), *current,
                                                   m_catalog.find(current->carrierId))) {
            done(Failure::make(
                ErrorCategory::InvalidInput,
                Message::translate(
                    "AccountService",
                    "The account's token URL, carrier, environment or client id was changed "
                    "elsewhere while you were editing, so the secret was not saved. Check the "
                    "account as it is now and enter the secret again.")));
            return;
        }
    }
    const bool clientIdChanged = existing->clientId != account.clientId;
    account.updated = m_clock.now();
    if (!changes.clientSecret.isEmpty()) {
        account.secretMissing = false;
        account.secretSetAt = account.updated;
    }
    account.keychainFields = existing->keychainFields;
    noteKeychainFields(account, changes);
    std::optional<Account> from = base;
    if (from) {
        // set here, not by the form: always saved
        from->updated = QDateTime();
        from->keychainFields.clear();
        if (!changes.clientSecret.isEmpty())
            from->secretMissing = true;
    }
    // a new password or API key counts as much as a new client secret: a
    // cached token carries the API key its API calls send
    const bool fieldsChanged = std::any_of(changes.fields.cbegin(), changes.fields.cend(),
                                           [](const SecretBytes& v) { return !v.isEmpty(); });
    const bool credentialsChanged =
        clientIdChanged || !changes.clientSecret.isEmpty() || fieldsChanged;
    const bool renamed = existing->name != account.name;
    const Done reply = guarded(context, done);
    runSteps(writeSteps(account, changes), [this, account, from, credentialsChanged, renamed,
                                            reply](const SecretResult& r, int) {
        if (!r.ok()) {
            reply(keychainFailure(r));
            return;
        }
        QString refused;
        if (!m_store->canSave(account, &refused)) {
            reply(refusal(refused));
            return;
        }
        m_store->submit(AccountStore::updating(from ? *from : account, account, !from), this,
                        [this, account, credentialsChanged, renamed,
                         reply](bool saved, const QString& fileError) {
                            if (!saved) {
                                reply(refusal(fileError));
                                return;
                            }
                            if (renamed)
                                relabel(account);
                            // a token issued to other credentials must not be handed out as theirs
                            if (credentialsChanged)
                                m_cache->drop(account.id, this, [](const SecretResult&) {});
                            reply({});
                        });
    });
}

void AccountService::remove(const QUuid& id, QObject* context, Done done)
{
    const Account* existing = m_store->find(id);
    if (!existing) {
        done({});
        return;
    }
    QString error;
    if (!m_store->canSave(*existing, &error)) {
        done(refusal(error));
        return;
    }
    const QList<Step> steps = removeSteps(id, existing->keychainFields);
    const Done reply = guarded(context, done);
    const auto kept = [](const SecretResult& r) {
        // the account stays: deleting it now would leave its secret behind unseen
        return Failure::make(
            ErrorCategory::Keychain,
            Message::translate("AccountService",
                               "The account was kept because its secret could not be removed "
                               "from the keychain. %1")
                .arg(r.message));
    };
    // A locked keyring answers a removal with "nothing found", which would look
    // like success; a read does meet the lock, so probe with one first.
    m_secrets->read(SecretStore::secretKey(id), this,
                    [this, id, steps, reply, kept](const SecretResult& probe) {
                        if (!probe.ok() && probe.status != SecretResult::NotFound) {
                            reply(kept(probe));
                            return;
                        }
                        runSteps(steps, [this, id, reply, kept](const SecretResult& r, int) {
                            if (!r.ok()) {
                                reply(kept(r));
                                return;
                            }
                            m_cache->drop(id, this, [](const SecretResult&) {});
                            if (!m_store->find(id)) {
                                reply({});
                                return;
                            }
                            m_store->submit(
                                AccountStore::removing(id), this,
                                [reply](bool saved, const QString& fileError) {
                                    reply(saved ? Failure()
                                                : Failure::make(ErrorCategory::InvalidInput,
                                                                Message::plain(fileError)));
                                });
                        });
                    });
}

void AccountService::readSecrets(const QUuid& id, QObject* context, SecretsDone done)
{
    const Account* account = m_store->find(id);
    if (!account) {
        SecretResult r;
        r.status = SecretResult::NotFound;
        r.message = Message::translate("AccountService", "The account no longer exists.");
        done({}, r);
        return;
    }
    QStringList fieldKeys;
    for (const CarrierField& f :
         AccountRequest::secretFields(*account, m_catalog.find(account->carrierId)))
        fieldKeys << f.key;
    auto secrets = std::make_shared<AccountSecrets>();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, done, secrets](const SecretResult& r) {
        if (!hasContext || guard)
            done(*secrets, r);
        secrets->clientSecret.clear();
        secrets->fields.clear();
    };
    m_secrets->read(SecretStore::secretKey(id), this,
                    [this, id, fieldKeys, secrets, finish](const SecretResult& r) {
                        if (!r.ok()) {
                            finish(r);
                            return;
                        }
                        secrets->clientSecret = r.data;
                        // secret fields are optional: a missing one is reported by validation
                        auto keys = std::make_shared<QStringList>(fieldKeys);
                        auto next = std::make_shared<std::function<void()>>();
                        *next = [this, id, keys, secrets, finish, next] {
                            if (keys->isEmpty()) {
                                finish(SecretResult());
                                *next = nullptr;
                                return;
                            }
                            const QString key = keys->takeFirst();
                            m_secrets->read(SecretStore::fieldKey(id, key), this,
                                            [key, secrets, finish, next](const SecretResult& fr) {
                                                if (fr.ok())
                                                    secrets->fields.insert(key, fr.data);
                                                else if (fr.status != SecretResult::NotFound) {
                                                    finish(fr);
                                                    *next = nullptr;
                                                    return;
                                                }
                                                (*next)();
                                            });
                        };
                        (*next)();
                    });
}

void AccountService::readSecretsAhead(const QList<QUuid>& ids, QObject* context,
                                      std::function<void()> done)
{
    QStringList keys;
    for (const QUuid& id : ids) {
        const Account* account = m_store->find(id);
        if (!account)
            continue;
        keys << SecretStore::secretKey(id);
        for (const CarrierField& f :
             AccountRequest::secretFields(*account, m_catalog.find(account->carrierId)))
            keys << SecretStore::fieldKey(id, f.key);
    }
    m_secrets->readAhead(keys, context, std::move(done));
}

void AccountService::forgetSecretsAhead()
{
    m_secrets->forgetReadAhead();
}

void AccountService::forgetSecrets(const QList<QUuid>& ids, QObject* context, Done done)
{
    QList<Step> steps;
    for (const QUuid& id : ids)
        steps += removeSteps(id, {});
    const Done reply = guarded(context, done);
    runSteps(steps, [this, ids, reply](const SecretResult& r, int) {
        for (const QUuid& id : ids)
            m_cache->drop(id, this, [](const SecretResult&) {});
        reply(r.ok() ? Failure() : keychainFailure(r));
    });
}

void AccountService::setPresetTarget(CarrierCatalog* live, const QString& folder)
{
    m_live = live;
    m_presetFolder = folder;
}

void AccountService::importAccounts(const AccountExchange::Plan& plan, bool overwrite,
                                    QObject* context, ImportDone done)
{
    if (!plan.ok() || !plan.catalog) {
        done(refusal(plan.error), {});
        return;
    }
    if (plan.presetsToInstall() > 0 && !m_live) {
        done(refusal(Message::translate("AccountService",
                                        "The file carries carrier presets, which cannot be "
                                        "installed here. Nothing was imported.")
                         .text()),
             {});
        return;
    }
    // filled on the worker by the edit, read here once it has been saved
    auto applied = std::make_shared<AccountExchange::Applied>();
    // the presets first: no account is saved (and no secret forgotten) for a
    // preset that could not be written
    const Failure installed = installPresets(plan, applied.get());
    if (!installed.ok()) {
        done(installed, *applied);
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->submit(
        AccountExchange::merging(plan, overwrite, applied), this,
        [this, guard, hasContext, done, applied](bool saved, const QString& error) {
            if (!saved) {
                if (!hasContext || guard)
                    done(refusal(error), {});
                return;
            }
            // a token issued to the old settings must not be handed out for the new ones
            for (const QUuid& id : std::as_const(applied->staleTokens))
                m_cache->drop(id, this, [](const SecretResult&) {});
            QList<Step> steps;
            for (const Account& old : std::as_const(applied->forget))
                steps += removeSteps(old.id, old.keychainFields);
            runSteps(steps, [guard, hasContext, done, applied](const SecretResult& r, int) {
                if (hasContext && !guard)
                    return;
                if (r.ok()) {
                    done({}, *applied);
                    return;
                }
                // the accounts already need their secret, so nothing is sent with the old one
                done(Failure::make(
                         ErrorCategory::Keychain,
                         Message::translate("AccountService",
                                            "The accounts were imported, but their old secrets "
                                            "could not be removed "
                                            "from the keychain (they will not be used). %1")
                             .arg(r.message)),
                     *applied);
            });
        });
}

Failure AccountService::installPresets(const AccountExchange::Plan& plan,
                                       AccountExchange::Applied* applied)
{
    QString error;
    const bool ok =
        CarriedPresets::install(plan, m_live, m_presetFolder, &applied->presetFiles, &error);
    QStringList ids;
    for (const AccountExchange::CarriedPreset& carried : plan.presets) {
        const CarrierPreset* now = m_live ? m_live->find(carried.preset.id) : nullptr;
        if (carried.installs() && now && applied->presetFiles.contains(now->sourceFile))
            ids << now->id;
    }
    if (!applied->presetFiles.isEmpty())
        emit presetsInstalled(ids);
    if (ok)
        return {};
    return Failure::make(ErrorCategory::Internal,
                         Message::translate("AccountService",
                                            "No account was imported: a carrier preset the "
                                            "file carries could not be installed. %1")
                             .arg(error));
}
