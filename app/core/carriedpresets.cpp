// SPDX-License-Identifier: Apache-2.0
#include "carriedpresets.h"

#include "accountrequest.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "presetfiles.h"
#include "textpolicy.h"
#include "urlpolicy.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
using Carried = AccountExchange::CarriedPreset;

// A value under one of these names is a credential, whatever the preset calls it.
bool looksSecret(const QString& name)
{
    static const QRegularExpression secretish(
        QStringLiteral("secret|passw|token|api[-_]?key|private|authorization|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secretish.match(name).hasMatch();
}

// The definition as compared: "$schema" only tells an editor where the schema is.
QJsonObject comparable(QJsonObject definition)
{
    definition.remove(QStringLiteral("$schema"));
    return definition;
}

QString presetName(const QJsonValue& entry, int index)
{
    const QString id = entry.toObject().value(QStringLiteral("id")).toString();
    return id.isEmpty() ? QString::number(index + 1)
                        : QStringLiteral("%1 (\u201c%2\u201d)")
                              .arg(index + 1)
                              .arg(TextPolicy::oneLine(id.left(60)));
}
} // namespace

QJsonArray CarriedPresets::forExport(const QList<Account>& accounts, const CarrierCatalog& catalog)
{
    QJsonArray out;
    QStringList ids;
    for (const Account& account : accounts) {
        const CarrierPreset* preset = catalog.find(account.carrierId);
        if (!preset || preset->origin == PresetOrigin::BuiltIn || preset->definition.isEmpty() ||
            ids.contains(preset->id))
            continue;
        ids << preset->id;
        out.append(preset->definition);
    }
    return out;
}

std::optional<Carried> CarriedPresets::read(const QJsonValue& entry, int index, QString* error)
{
    const QString name = presetName(entry, index);
    const auto refuse = [&](const QString& why) {
        *error = tr("Carrier preset %1 in the file: %2 Nothing was imported.").arg(name, why);
        return std::nullopt;
    };
    if (!entry.isObject())
        return refuse(tr("it is not a JSON object."));
    const QByteArray json = QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact);
    if (json.size() > PresetFiles::kMaxFileBytes)
        return refuse(tr("it is larger than %1 KB; a preset is far smaller.")
                          .arg(PresetFiles::kMaxFileBytes / 1024));
    PresetFileProblem problem;
    auto preset = PresetFiles::read(json, QString(), PresetOrigin::User, &problem);
    if (!preset)
        return refuse(problem.message + QLatin1Char('.'));
    if (const auto why = hostile(*preset))
        return refuse(*why);
    Carried carried;
    carried.preset = *preset;
    carried.preset.sourceFile.clear(); // where it goes is known once installed
    return carried;
}

std::optional<QString> CarriedPresets::hostile(const CarrierPreset& preset)
{
    for (const QString& text : {preset.name, preset.vendor, preset.summary}) {
        if (const QString hidden = UrlPolicy::hiddenCharacter(text); !hidden.isEmpty())
            return tr("its name, vendor or summary holds an invisible or control character "
                      "(%1).")
                .arg(hidden);
    }
    // every other text the window shows: notes, labels, help, advice, hints
    QStringList shown{preset.notes,        preset.clientIdLabel, preset.clientSecretLabel,
                      preset.refresh.text, preset.budget.note,   preset.secretLifetime.note};
    shown << preset.hints.values() << preset.unconfirmed;
    for (const CarrierEnvironment& env : preset.environments)
        shown << env.label << env.note;
    for (const CarrierField& f : preset.fields)
        shown << f.label << f.help << f.placeholder << f.defaultValue;
    for (const QString& text : std::as_const(shown)) {
        if (const QString hidden = UrlPolicy::hiddenCharacter(text); !hidden.isEmpty())
            return tr("a text it shows holds an invisible or control character (%1).").arg(hidden);
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (const CarrierEnvironment& env : preset.environments) {
        if (env.tokenUrl.isEmpty())
            continue;
        // {placeholders} are the account's to fill; the rest must be a URL TokenDock sends to
        QString probe = env.tokenUrl;
        probe.replace(placeholder, QStringLiteral("x"));
        QString problem = UrlPolicy::hiddenCharacter(env.tokenUrl).isEmpty()
                              ? UrlPolicy::problem(probe)
                              : UrlPolicy::problem(env.tokenUrl);
        if (!problem.isEmpty())
            return tr("environment %1: %2").arg(TextPolicy::oneLine(env.id), problem);
    }
    for (const CarrierField& f : preset.fields) {
        if (!f.defaultValue.isEmpty() &&
            (f.secret || looksSecret(f.key) || looksSecret(f.wireName())))
            return tr("the field %1 comes with a value that looks like a secret; a preset never "
                      "holds secrets.")
                .arg(TextPolicy::oneLine(f.key));
        if (const auto bad = TextPolicy::validateField(f.wireName(), f.defaultValue))
            return *bad;
    }
    return std::nullopt;
}

bool CarriedPresets::plan(const QJsonValue& value, const AccountStore& store,
                          const CarrierCatalog& here, AccountExchange::Plan* plan)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        plan->error = tr("The file's “carriers” is not a list of presets. Nothing was "
                         "imported.");
        return false;
    }
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxPresets) {
        plan->error = tr("The file carries %1 carrier presets; an export holds at most %2. "
                         "Nothing was imported.")
                          .arg(list.size())
                          .arg(kMaxPresets);
        return false;
    }
    if (list.isEmpty())
        return true;
    auto planned = std::make_shared<CarrierCatalog>(here);
    QList<Carried> presets;
    for (int i = 0; i < list.size(); ++i) {
        auto carried = read(list.at(i), i, &plan->error);
        if (!carried)
            return false;
        for (const Carried& earlier : std::as_const(presets)) {
            if (earlier.preset.id == carried->preset.id) {
                plan->error = tr("The file carries the carrier preset \u201c%1\u201d twice. "
                                 "Nothing was imported.")
                                  .arg(carried->preset.id);
                return false;
            }
        }
        sort(&*carried, store, here);
        if (carried->status == Carried::Status::New)
            planned->add(carried->preset);
        else if (carried->status == Carried::Status::Changed)
            planned->replace(carried->preset);
        presets.append(*carried);
    }
    plan->presets = presets;
    plan->before = std::make_shared<const CarrierCatalog>(here);
    plan->planned = planned;
    plan->catalog = planned.get();
    return true;
}

void CarriedPresets::sort(Carried* carried, const AccountStore& store, const CarrierCatalog& here)
{
    const CarrierPreset& preset = carried->preset;
    const CarrierPreset* installed = here.find(preset.id);
    if (!installed) {
        carried->status = Carried::Status::New;
        // accounts here already on that id (their preset file was skipped or
        // removed): the new preset would decide where their secrets go
        for (const Account& a : store.accounts()) {
            if (a.carrierId.compare(preset.id, Qt::CaseInsensitive) == 0 && !a.secretMissing &&
                !AccountRequest::sameSecretDestination(a, nullptr, a, &preset))
                carried->secretsDropped << a;
        }
    } else if (installed->origin == PresetOrigin::BuiltIn) {
        carried->status = Carried::Status::Refused;
        carried->refusal = tr("\u201c%1\u201d is a built-in preset, which a file never changes; "
                              "the accounts use the built-in one.")
                               .arg(preset.id);
    } else if (comparable(installed->definition) == comparable(preset.definition)) {
        carried->status = Carried::Status::Same;
    } else if (installed->origin == PresetOrigin::System) {
        carried->status = Carried::Status::Refused;
        carried->refusal = tr("\u201c%1\u201d is a preset an administrator installed on this "
                              "computer, which a file never changes; the accounts use the "
                              "administrator's.")
                               .arg(preset.id);
    } else {
        carried->status = Carried::Status::Changed;
        carried->changes = differences(*installed, preset);
        for (const Account& a : store.accounts()) {
            if (a.carrierId.compare(preset.id, Qt::CaseInsensitive) == 0 && !a.secretMissing &&
                !AccountRequest::sameSecretDestination(a, installed, a, &preset))
                carried->secretsDropped << a;
        }
    }
    if (!carried->installs())
        return;
    // the hosts this computer does not send secrets to yet
    const QStringList known = installed ? hosts(*installed) : QStringList();
    for (const QString& host : hosts(preset)) {
        if (!known.contains(host))
            carried->hosts << host;
    }
}

void CarriedPresets::noteUsers(AccountExchange::Plan* plan)
{
    for (Carried& carried : plan->presets) {
        const auto uses = [&carried](const Account& a) {
            return a.carrierId.compare(carried.preset.id, Qt::CaseInsensitive) == 0;
        };
        for (const Account& a : std::as_const(plan->fresh)) {
            if (uses(a))
                carried.usedBy << a.name;
        }
        for (const AccountExchange::Conflict& c : std::as_const(plan->conflicts)) {
            if (uses(c.incoming))
                carried.usedBy << c.incoming.name;
        }
    }
}

QStringList CarriedPresets::hosts(const CarrierPreset& preset)
{
    // the authority of each token URL as written, {placeholders} and all
    static const QRegularExpression authority(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/?#:]+)"));
    QStringList out;
    for (const CarrierEnvironment& env : preset.environments) {
        const QString host = authority.match(env.tokenUrl).captured(1).toLower();
        if (!host.isEmpty() && !out.contains(host))
            out << host;
    }
    return out;
}
