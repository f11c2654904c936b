// SPDX-License-Identifier: Apache-2.0
#include "accountexchange.h"

#include "accountrequest.h"
#include "accountstore.h"
#include "carriedpresets.h"
#include "carriercatalog.h"
#include "legacyaccounts.h"
#include "privatefiles.h"
#include "textpolicy.h"
#include "urlpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace {
constexpr qint64 kMaxImportBytes = 8 * 1024 * 1024;

// The fields that travel; ids, history and local state do not.
QJsonObject portable(const Account& p)
{
    QJsonObject obj = p.toJson(false);
    for (const char* local : {"id", "keep_fresh", "secret_missing", "keychain_fields", "created",
                              "updated", "secret_set", "last_worked", "secret_expires"})
        obj.remove(QLatin1String(local));
    return obj;
}
QString placementText(const Account& p, const CarrierPreset* preset)
{
    return p.effectivePlacement(preset) == CredentialPlacement::Basic
               ? AccountExchange::tr("HTTP Basic")
               : AccountExchange::tr("request body");
}

Account* findByName(QList<Account>& list, const QString& name)
{
    for (Account& p : list) {
        if (Account::sameName(p.name, name))
            return &p;
    }
    return nullptr;
}

void compareMaps(const QString& prefix, const QMap<QString, QString>& before,
                 const QMap<QString, QString>& after, QList<AccountExchange::Change>* out)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (before.value(key) != after.value(key) || before.contains(key) != after.contains(key))
            out->append({prefix + key, before.value(key), after.value(key)});
    }
}
QString probeSwitchText(const Account& account)
{
    return account.probeOn ? AccountExchange::tr("on") : AccountExchange::tr("off");
}
} // namespace

AccountExchange::Conflict AccountExchange::compare(const Account& existing, const Account& incoming,
                                                   const CarrierCatalog& catalog,
                                                   const CarrierCatalog* presetsBefore)
{
    Conflict c{incoming, existing, {}, false};
    const CarrierPreset* was = (presetsBefore ? *presetsBefore : catalog).find(existing.carrierId);
    const CarrierPreset* will = catalog.find(incoming.carrierId);
    const auto note = [&c](const QString& setting, const QString& before, const QString& after) {
        if (before != after)
            c.changes.append({setting, before, after});
    };
    note(QStringLiteral("name"), existing.name, incoming.name);
    note(QStringLiteral("carrier"), was ? was->name : existing.carrierId,
         will ? will->name : incoming.carrierId);
    note(QStringLiteral("environment"), existing.environmentLabel(was),
         incoming.environmentLabel(will));
    const QString urlBefore = AccountRequest::resolvedUrl(existing, was);
    const QString urlAfter = AccountRequest::resolvedUrl(incoming, will);
    note(QStringLiteral("token_url"), urlBefore, urlAfter);
    note(QStringLiteral("credentials"), placementText(existing, was),
         placementText(incoming, will));
    note(QStringLiteral("grant_type"), existing.effectiveGrantType(was),
         incoming.effectiveGrantType(will));
    note(QStringLiteral("client_id"), existing.clientId, incoming.clientId);
    compareMaps(QStringLiteral("field:"), existing.fields, incoming.fields, &c.changes);
    compareMaps(QStringLiteral("header:"), existing.headers, incoming.headers, &c.changes);
    // the exchange a generic account describes: where each credential goes
    const auto shapeText = [](const Account& a, const CarrierPreset* p) {
        return QString::fromUtf8(QJsonDocument(AccountRequest::shape(a, p).differencesFrom(
                                                   p ? p->shape : ExchangeShape()))
                                     .toJson(QJsonDocument::Compact));
    };
    note(QStringLiteral("exchange"), shapeText(existing, was), shapeText(incoming, will));
    // a shared file must not quietly swap the key that says "verified"
    c.changes << keyChanges(existing, incoming);
    // where the probe sends the token, and whether tests make it
    note(QStringLiteral("probe_url"), Probe::displayUrl(existing, was),
         Probe::displayUrl(incoming, will));
    note(QStringLiteral("probe"), probeSwitchText(existing), probeSwitchText(incoming));
    // the stored secret may travel only where, and how, it was entered for
    c.dropsSecret = !AccountRequest::sameSecretDestination(existing, was, incoming, will);
    return c;
}

QByteArray AccountExchange::exportJson(const QList<Account>& accounts,
                                       const CarrierCatalog* catalog)
{
    QJsonArray list;
    for (const Account& p : accounts)
        list.append(portable(p));
    const QJsonArray carriers =
        catalog ? CarriedPresets::forExport(accounts, *catalog) : QJsonArray();
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("schema"), carriers.isEmpty() ? kSchemaAccountsOnly : kSchemaVersion},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("accounts"), list}};
    if (!carriers.isEmpty())
        root.insert(QStringLiteral("carriers"), carriers);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AccountExchange::exportToFile(const QString& path, const QList<Account>& accounts,
                                   QString* error, const CarrierCatalog* catalog)
{
    QSaveFile file(path);
    // 0600 whatever the umask, also over an earlier export that was not
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file)) {
        if (error)
            *error = tr("Could not write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(exportJson(accounts, catalog));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

AccountExchange::Plan AccountExchange::planFile(const QString& path, const AccountStore& store,
                                                const CarrierCatalog& catalog)
{
    QFile file(path);
    Plan plan;
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error =
            tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return plan;
    }
    if (file.size() > kMaxImportBytes) {
        plan.error =
            tr("%1 is too large to be a TokenDock export.").arg(QDir::toNativeSeparators(path));
        return plan;
    }
    return AccountExchange::plan(file.readAll(), store, catalog);
}

AccountExchange::Plan AccountExchange::plan(const QByteArray& json, const AccountStore& store,
                                            const CarrierCatalog& catalog)
{
    Plan plan;
    plan.catalog = &catalog;
    QJsonObject root;
    const auto list = accountList(json, &root, &plan.error);
    if (!list)
        return plan;
    // the file's presets first: its accounts may use them
    if (root.value(QStringLiteral("schema")).toInt() >= 3 &&
        !CarriedPresets::plan(root.value(QStringLiteral("carriers")), store, catalog, &plan))
        return plan;
    const CarrierCatalog& planned = *plan.catalog;
    QStringList namesSeen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < list->size(); ++i) {
        auto account = readAccount(list->at(i).toObject(), i, planned, &plan.error);
        if (!account)
            return plan;
        for (const QString& seen : std::as_const(namesSeen)) {
            if (Account::sameName(seen, account->name)) {
                plan.error =
                    tr("The file holds two accounts named \u201c%1\u201d. Nothing was imported.")
                        .arg(seen);
                return plan;
            }
        }
        namesSeen << account->name;
        // local choices are the person's, never the file's
        account->secretMissing = true;
        account->keepFresh = false;
        account->keychainFields.clear();
        account->created = now;
        account->updated = now;
        account->secretSetAt = QDateTime();
        account->workedAt = QDateTime();
        account->failingSince = QDateTime();
        account->secretExpires = QDate();
        if (const Account* existing = store.findByName(account->name))
            plan.conflicts.append(compare(*existing, *account, planned, plan.beforeCatalog()));
        else
            plan.fresh.append(*account);
    }
    CarriedPresets::noteUsers(&plan);
    return plan;
}

std::optional<QJsonArray> AccountExchange::accountList(const QByteArray& json, QJsonObject* root,
                                                       QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The file is not a TokenDock export (it is not a JSON object).");
        return std::nullopt;
    }
    *root = doc.object();
    if (!LegacyAccounts::isExportFormat(root->value(QStringLiteral("format")).toString())) {
        *error = tr("The file is not a TokenDock export (its format is not \u201c%1\u201d).")
                     .arg(kFormat);
        return std::nullopt;
    }
    const int schema = root->value(QStringLiteral("schema")).toInt(0);
    if (schema > kSchemaVersion) {
        *error = tr("The file was exported by a newer TokenDock (format %1); update TokenDock "
                    "to import it.")
                     .arg(schema);
        return std::nullopt;
    }
    const QJsonValue listValue = LegacyAccounts::accountList(*root, schema);
    if (schema < 1 || !listValue.isArray()) {
        *error = tr("The file has no format version or no account list.");
        return std::nullopt;
    }
    return listValue.toArray();
}

std::optional<Account> AccountExchange::readAccount(QJsonObject obj, int index,
                                                    const CarrierCatalog& catalog, QString* error)
{
    // ids are local: every imported account gets a new one
    obj.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    obj.remove(QStringLiteral("history"));
    QString problem;
    auto account = Account::fromJson(obj, &problem);
    if (!account) {
        *error =
            tr("Account %1 in the file: %2. Nothing was imported.").arg(index + 1).arg(problem);
        return std::nullopt;
    }
    if (const auto invalid = TextPolicy::validateAccount(*account)) {
        // the name is shown inert: it may be the very problem
        *error = tr("Account %1 in the file (\u201c%2\u201d): %3 Nothing was imported.")
                     .arg(index + 1)
                     .arg(TextPolicy::oneLine(account->name), *invalid);
        return std::nullopt;
    }
    if (const QString hidden = UrlPolicy::hiddenCharacter(account->tokenUrl); !hidden.isEmpty()) {
        *error = tr("Account %1 in the file (\u201c%2\u201d) has a token URL with an "
                    "invisible or control character (%3) that can make it look like "
                    "another address. Nothing was imported.")
                     .arg(index + 1)
                     .arg(TextPolicy::oneLine(account->name), hidden);
        return std::nullopt;
    }
    if (!catalog.find(account->carrierId)) {
        *error =
            tr("Account %1 in the file (\u201c%2\u201d) uses the carrier "
               "\u201c%3\u201d, which this "
               "TokenDock does not know. Nothing was imported.")
                .arg(index + 1)
                .arg(TextPolicy::oneLine(account->name), TextPolicy::oneLine(account->carrierId));
        return std::nullopt;
    }
    return account;
}

int AccountExchange::Plan::secretsDropped() const
{
    return int(std::count_if(conflicts.begin(), conflicts.end(), [](const Conflict& c) {
        return c.dropsSecret && !c.existing.secretMissing;
    }));
}

int AccountExchange::Plan::presetSecretsDropped() const
{
    int count = 0;
    for (const CarriedPreset& carried : presets)
        count += int(carried.secretsDropped.size());
    return count;
}

int AccountExchange::Plan::presetsToInstall() const
{
    return int(std::count_if(presets.begin(), presets.end(),
                             [](const CarriedPreset& c) { return c.installs(); }));
}

QString AccountExchange::settingLabel(const QString& setting)
{
    if (setting == QLatin1String("name"))
        return tr("name");
    if (setting == QLatin1String("carrier"))
        return tr("carrier");
    if (setting == QLatin1String("environment"))
        return tr("environment");
    if (setting == QLatin1String("token_url"))
        return tr("token URL");
    if (setting == QLatin1String("credentials"))
        return tr("client credentials sent in");
    if (setting == QLatin1String("grant_type"))
        return tr("grant type");
    if (setting == QLatin1String("client_id"))
        return tr("client id");
    if (setting == QLatin1String("exchange"))
        return tr("token exchange (names and headers the credentials travel in)");
    if (setting == QLatin1String("grant_types"))
        return tr("grant types");
    if (setting == QLatin1String("probe_url"))
        return tr("probe URL (where tests send the token)");
    if (setting == QLatin1String("probe"))
        return tr("probe after each test");
    const QString part = setting.section(QLatin1Char(':'), 1); // "exchange:<part>"
    if (setting.startsWith(QLatin1String("exchange")) && part == QLatin1String("request"))
        return tr("token request (method, body, names)");
    if (setting.startsWith(QLatin1String("exchange")) && part == QLatin1String("response"))
        return tr("token answer (where the token and its expiry are)");
    if (setting.startsWith(QLatin1String("exchange")) && part == QLatin1String("use"))
        return tr("API calls (how the token is sent)");
    if (setting == QLatin1String("other"))
        return tr("other settings");
    if (setting == QLatin1String("issuer"))
        return tr("issuer of the signing keys");
    if (setting == QLatin1String("jwks_url"))
        return tr("JWKS URL (signing keys)");
    if (setting == QLatin1String("signing_key"))
        return tr("pasted signing key");
    if (setting.startsWith(QLatin1String("token_url:")))
        return tr("token URL (%1)").arg(setting.mid(10));
    if (setting.startsWith(QLatin1String("field:")))
        return tr("field %1").arg(setting.mid(6));
    if (setting.startsWith(QLatin1String("header:")))
        return tr("header %1").arg(setting.mid(7));
    return setting;
}

QString AccountExchange::unexpectedHost(const Account& account, const CarrierCatalog& catalog)
{
    const CarrierPreset* preset = catalog.find(account.carrierId);
    const QUrl url(AccountRequest::resolvedUrl(account, preset));
    const QString host = url.host().toLower();
    if (host.isEmpty() || !preset)
        return host;
    for (const CarrierEnvironment& env : preset->environments) {
        if (QUrl(env.tokenUrl).host().toLower() == host)
            return {};
    }
    return host;
}

QString AccountExchange::unexpectedProbeHost(const Account& account, const CarrierCatalog& catalog)
{
    return Probe::unexpectedHost(account, catalog.find(account.carrierId));
}

bool AccountExchange::apply(const Plan& plan, bool overwrite, AccountStore* store, Applied* applied,
                            QString* error)
{
    if (!plan.ok() || !plan.catalog) {
        if (error)
            *error = plan.error;
        return false;
    }
    auto result = std::make_shared<Applied>();
    const bool done = store->change(merging(plan, overwrite, result), error);
    if (done && applied)
        *applied = *result;
    return done;
}

std::function<bool(QList<Account>&, QString*)>
AccountExchange::merging(const Plan& plan, bool overwrite, const std::shared_ptr<Applied>& applied)
{
    // merged into the file as it is under its lock: accounts another process
    // saved meanwhile stay
    return [plan, overwrite, applied](QList<Account>& list, QString* why) {
        Applied& result = *applied;
        const QStringList presetFiles = result.presetFiles; // written before the accounts
        result = {};
        result.presetFiles = presetFiles;
        for (const Account& p : plan.fresh) {
            if (findByName(list, p.name)) {
                if (why)
                    *why = tr("An account named \u201c%1\u201d was added while the file was "
                              "being read. Nothing was imported; import again to see it "
                              "listed.")
                               .arg(p.name);
                return false;
            }
            list.append(p);
            result.added << p.id;
        }
        if (overwrite && !replaceConflicts(plan, list, result, why))
            return false;
        dropMovedSecrets(plan, list, result);
        return true;
    };
}

bool AccountExchange::replaceConflicts(const Plan& plan, QList<Account>& list, Applied& result,
                                       QString* why)
{
    for (const Conflict& c : plan.conflicts) {
        Account* existing = findByName(list, c.incoming.name);
        if (!existing || existing->id != c.existing.id) {
            if (why)
                *why = tr("\u201c%1\u201d changed while the file was being read. "
                          "Nothing was imported; import again to see the changes.")
                           .arg(c.incoming.name);
            return false;
        }
        const Conflict now = compare(*existing, c.incoming, *plan.catalog, plan.before.get());
        Account replaced = c.incoming;
        replaced.id = existing->id;
        replaced.history = existing->history;
        replaced.created = existing->created;
        replaced.keepFresh = existing->keepFresh;
        replaced.keychainFields = existing->keychainFields;
        replaced.secretMissing = existing->secretMissing || now.dropsSecret;
        // the secret that stays keeps its dates
        replaced.secretSetAt = existing->secretSetAt;
        replaced.workedAt = existing->workedAt;
        replaced.failingSince = existing->failingSince;
        replaced.secretExpires = now.dropsSecret ? QDate() : existing->secretExpires;
        if (now.dropsSecret) {
            result.forget << *existing;
            replaced.keychainFields.clear();
        }
        result.replaced << existing->id;
        result.staleTokens << existing->id;
        *existing = replaced;
    }
    return true;
}

void AccountExchange::dropMovedSecrets(const Plan& plan, QList<Account>& list, Applied& result)
{
    // the accounts here that use a preset the import changes, as they are in
    // the file now: a secret entered for the old preset may not go where, or
    // how, the new one sends it
    for (const CarriedPreset& carried : plan.presets) {
        if (carried.status != CarriedPreset::Status::Changed &&
            carried.status != CarriedPreset::Status::New)
            continue; // a new one: accounts here may name its id already
        const CarrierPreset* was = plan.beforeCatalog()->find(carried.preset.id);
        for (Account& a : list) {
            if (a.carrierId.compare(carried.preset.id, Qt::CaseInsensitive) != 0 ||
                result.added.contains(a.id) || result.replaced.contains(a.id))
                continue;
            result.staleTokens << a.id;
            if (AccountRequest::sameSecretDestination(a, was, a, &carried.preset))
                continue;
            result.forget << a;
            a.secretMissing = true;
            a.keychainFields.clear();
        }
    }
}
