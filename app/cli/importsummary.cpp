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

QString hostWarning(const Account& p, const CarrierCatalog& catalog)
{
    const QString host = AccountExchange::unexpectedHost(p, catalog);
    if (host.isEmpty())
        return {};
    const CarrierPreset* preset = catalog.find(p.carrierId);
    return QStringLiteral("  ! ") +
           ImportSummary::tr("The token URL's host %1 is not one %2 publishes. Make sure it is "
                             "the carrier's before you enter a secret for this account.")
               .arg(shown(host), shown(preset ? preset->name : p.carrierId)) +
           QLatin1Char('\n');
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

QString ImportSummary::describe(const AccountExchange::Plan& plan, const CarrierCatalog& catalog,
                                bool overwrite)
{
    QString text;
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
        for (const AccountExchange::Change& change : c.changes) {
            const QString before = change.before.isEmpty() ? tr("(none)") : shown(change.before);
            const QString after = change.after.isEmpty() ? tr("(none)") : shown(change.after);
            text += QStringLiteral("  %1: %2 \u2192 %3\n")
                        .arg(shown(AccountExchange::settingLabel(change.setting)), before, after);
        }
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
