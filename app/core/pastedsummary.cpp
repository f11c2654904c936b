// SPDX-License-Identifier: Apache-2.0
// What a pasted text gave, in words for the person to check before anything
// is saved or sent: the same sentences for the window and the command line.
#include "accountexchange.h"
#include "carriercatalog.h"
#include "pastedcredentials.h"
#include "textpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char* source)
{
    return QCoreApplication::translate("PastedText", source);
}
} // namespace

QString PastedText::summary(const PastedCredentials& pasted, const Account& account,
                            const CarrierCatalog& catalog)
{
    const CarrierPreset* preset = catalog.find(account.carrierId);
    QStringList parts;
    if (pasted.recognised.contains(QStringLiteral("carrier")))
        parts << tr("carrier %1").arg(preset ? preset->name : account.carrierId);
    if (pasted.recognised.contains(QStringLiteral("environment")))
        parts << tr("environment %1").arg(account.environmentLabel(preset));
    if (pasted.recognised.contains(QStringLiteral("token_url")))
        parts << tr("token URL %1").arg(TextPolicy::oneLine(pasted.tokenUrl));
    if (!pasted.clientId.isEmpty())
        parts << tr("client id %1").arg(TextPolicy::oneLine(pasted.clientId));
    if (pasted.recognised.contains(QStringLiteral("client_secret")))
        parts << tr("the client secret");
    const QString field = QStringLiteral("field:");
    for (const QString& name : pasted.recognised) {
        if (name.startsWith(field))
            parts << tr("field %1").arg(TextPolicy::oneLine(name.mid(field.size())));
    }
    return tr("Recognised in the text: %1.").arg(parts.join(tr(", ")));
}

QString PastedText::hostNote(const Account& account, const CarrierCatalog& catalog)
{
    const CarrierPreset* preset = catalog.find(account.carrierId);
    const bool presetHasUrls =
        preset && std::any_of(preset->environments.begin(), preset->environments.end(),
                              [](const CarrierEnvironment& e) { return !e.tokenUrl.isEmpty(); });
    const QString host = AccountExchange::unexpectedHost(account, catalog);
    if (!presetHasUrls || host.isEmpty())
        return {};
    return tr("The token URL goes to %1, which is not an address of the %2 preset; make sure "
              "it is the carrier's own.")
        .arg(TextPolicy::oneLine(host), preset->name);
}
