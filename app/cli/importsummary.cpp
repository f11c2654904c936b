// SPDX-License-Identifier: Apache-2.0
#include "importsummary.h"

#include "accountrequest.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "textpolicy.h"

namespace {
// Every text here comes from the file: one line each, nothing a terminal acts on.
QString shown(const QString& text)
{
    return TextPolicy::oneLine(text);
}

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(shown(name));
}

// The probe sends the token: a host the preset does not name is pointed out.
QString probeHostWarning(const Account& p, const CarrierCatalog& catalog)
{
    const QString host = AccountExchange::unexpectedProbeHost(p, catalog);
    if (host.isEmpty())
        return {};
    const CarrierPreset* preset = catalog.find(p.carrierId);
    return QStringLiteral("  ! ") +
           ImportSummary::tr("The probe URL sends each new token to %1, a host %2 does not "
                             "publish. Check it before testing this account.")
               .arg(shown(host), shown(preset ? preset->name : p.carrierId)) +
           QLatin1Char('\n');
}

QString hostWarning(const Account& p, const CarrierCatalog& catalog)
{
    const QString host = AccountExchange::unexpectedHost(p, catalog);
    if (host.isEmpty())
        return probeHostWarning(p, catalog);
    const CarrierPreset* preset = catalog.find(p.carrierId);
    return probeHostWarning(p, catalog) + QStringLiteral("  ! ") +
           ImportSummary::tr("The token URL's host %1 is not one %2 publishes. Make sure it is "
                             "the carrier's before you enter a secret for this account.")
               .arg(shown(host), shown(preset ? preset->name : p.carrierId)) +
           QLatin1Char('\n');
}

QString changeLines(const QList<AccountExchange::Change>& changes)
{
    QString text;
    for (const AccountExchange::Change& change : changes) {
        const QString before =
            change.before.isEmpty() ? ImportSummary::tr("(none)") : shown(change.before);
        const QString after =
            change.after.isEmpty() ? ImportSummary::tr("(none)") : shown(change.after);
        text += QStringLiteral("  %1: %2 \u2192 %3\n")
                    .arg(shown(AccountExchange::settingLabel(change.setting)), before, after);
    }
    return text;
}

// A preset from the file: what it is here, where it sends secrets, what it changes.
QString presetLines(const AccountExchange::CarriedPreset& carried)
{
    using Status = AccountExchange::CarriedPreset::Status;
    const CarrierPreset& p = carried.preset;
    QString text;
    switch (carried.status) {
    case Status::New:
        text += ImportSummary::tr("New carrier preset %1: %2, installed in your carriers folder")
                    .arg(quoted(p.id), shown(p.name));
        break;
    case Status::Same:
        text += ImportSummary::tr("Carrier preset %1: the same as the one installed here")
                    .arg(quoted(p.id));
        break;
    case Status::Changed:
        text +=
            ImportSummary::tr("Changes the carrier preset %1 installed here:").arg(quoted(p.id));
        break;
    case Status::Refused:
        text += ImportSummary::tr("Carrier preset %1 ignored: %2")
                    .arg(quoted(p.id), shown(carried.refusal));
        break;
    }
    text += QLatin1Char('\n') + changeLines(carried.changes);
    for (const QString& host : carried.hosts)
        text += QStringLiteral("  ! ") +
                ImportSummary::tr("It sends secrets to %1. Make sure that is the carrier's "
                                  "before you enter a secret for an account that uses it.")
                    .arg(shown(host)) +
                QLatin1Char('\n');
    if (!carried.usedBy.isEmpty()) {
        QStringList names;
        for (const QString& name : carried.usedBy)
            names << shown(name);
        text += QStringLiteral("  ") +
                ImportSummary::tr("Used by: %1").arg(names.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    }
    if (!carried.secretsDropped.isEmpty()) {
        QStringList names;
        for (const Account& a : carried.secretsDropped)
            names << quoted(a.name);
        text += QStringLiteral("  ! ") +
                ImportSummary::tr("The stored secrets of %1 would be removed: the changed preset "
                                  "sends them to another address or in another way.")
                    .arg(names.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    }
    return text;
}

QString joined(const QList<QUuid>& ids, const AccountStore& store)
{
    QStringList names;
    for (const QUuid& id : ids) {
        if (const Account* p = store.find(id))
            names << shown(p->name);
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

QString ImportSummary::describe(const AccountExchange::Plan& plan, const CarrierCatalog& here,
                                bool overwrite)
{
    // the accounts as planned: with the presets the file carries
    const CarrierCatalog& catalog = plan.catalog ? *plan.catalog : here;
    QString text;
    for (const AccountExchange::CarriedPreset& carried : plan.presets)
        text += presetLines(carried);
    for (const Account& p : plan.fresh) {
        const CarrierPreset* preset = catalog.find(p.carrierId);
        text += tr("New %1: %2 \u00b7 %3, token URL %4")
                    .arg(quoted(p.name), shown(preset ? preset->name : p.carrierId),
                         shown(p.environmentLabel(preset)),
                         shown(AccountRequest::resolvedUrl(p, preset))) +
                QLatin1Char('\n');
        text += hostWarning(p, catalog);
    }
    for (const AccountExchange::Conflict& c : plan.conflicts) {
        if (c.changes.isEmpty()) {
            text += tr("Same %1: the file holds the settings it has now.")
                        .arg(quoted(c.existing.name)) +
                    QLatin1Char('\n');
            continue;
        }
        text += (overwrite ? tr("Replaces %1:") : tr("In use, left alone unless --overwrite: %1"))
                    .arg(quoted(c.existing.name)) +
                QLatin1Char('\n');
        text += changeLines(c.changes);
        text += hostWarning(c.incoming, catalog);
        if (c.dropsSecret && !c.existing.secretMissing)
            text += QStringLiteral("  ! ") +
                    tr("Its stored secrets would be removed: the new settings send them to "
                       "another address or in another way.") +
                    QLatin1Char('\n');
    }
    if (plan.fresh.isEmpty() && plan.conflicts.isEmpty())
        text += tr("The file holds no accounts.") + QLatin1Char('\n');
    return text;
}

QString ImportSummary::outcome(const AccountExchange::Plan& plan,
                               const AccountExchange::Applied& applied, const AccountStore& store,
                               bool overwrite)
{
    QString text;
    if (!applied.presetFiles.isEmpty())
        text += tr("Installed %n carrier preset(s): %1.", nullptr, int(applied.presetFiles.size()))
                    .arg(applied.presetFiles.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    if (!applied.added.isEmpty())
        text += tr("Imported %n account(s): %1.", nullptr, int(applied.added.size()))
                    .arg(joined(applied.added, store)) +
                QLatin1Char('\n');
    if (!applied.replaced.isEmpty())
        text += tr("Replaced %n account(s): %1.", nullptr, int(applied.replaced.size()))
                    .arg(joined(applied.replaced, store)) +
                QLatin1Char('\n');
    if (!overwrite && !plan.conflicts.isEmpty()) {
        QStringList skipped;
        for (const AccountExchange::Conflict& c : plan.conflicts)
            skipped << shown(c.existing.name);
        text += tr("Skipped %n account(s) whose name is already in use: %1. Run the import "
                   "again with --overwrite to replace them.",
                   nullptr, int(skipped.size()))
                    .arg(skipped.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    }
    QList<QUuid> moved; // by a changed preset, not by a replaced account
    for (const Account& old : applied.forget) {
        if (!applied.replaced.contains(old.id))
            moved << old.id;
    }
    if (!moved.isEmpty())
        text +=
            tr("Removed the stored secrets of %1: the changed carrier preset sends them "
               "elsewhere. Enter each again with \u201ctokendock edit NAME --secret-stdin\u201d "
               "once you trust it.")
                .arg(joined(moved, store)) +
            QLatin1Char('\n');
    QList<QUuid> missing;
    for (const QUuid& id : applied.added + applied.replaced) {
        if (const Account* p = store.find(id); p && p->secretMissing)
            missing << id;
    }
    if (!missing.isEmpty())
        text += tr("No secret yet for: %1. Enter each with \u201ctokendock edit NAME "
                   "--secret-stdin\u201d.")
                    .arg(joined(missing, store)) +
                QLatin1Char('\n');
    return text;
}
