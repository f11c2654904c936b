// SPDX-License-Identifier: Apache-2.0
// The options that say where the keys checking an account's token signatures
// come from. Public keys are not secrets: they go on the command line and
// into the account file.
#include "accountoptions.h"
#include "clisession.h"
#include "commandparser.h"
#include "jwks.h"
#include "textpolicy.h"
#include "urlpolicy.h"

#include <QFile>

namespace {
const QString kIssuer = QStringLiteral("issuer");
const QString kJwksUrl = QStringLiteral("jwks-url");
const QString kSigningKeyFile = QStringLiteral("signing-key-file");
} // namespace

void AccountOptions::declareKeys(CommandParser& parser)
{
    parser.addOption(QCommandLineOption(
        kIssuer,
        tr("The OpenID issuer of the account's tokens, whose discovery document names the keys "
           "that check their signatures (https). An empty value removes it."),
        tr("URL")));
    parser.addOption(QCommandLineOption(
        kJwksUrl,
        tr("The JWK set URL with the keys that check the tokens' signatures (https). An empty "
           "value removes it."),
        tr("URL")));
    parser.addOption(QCommandLineOption(
        kSigningKeyFile,
        tr("A file with the carrier's public key (PEM, JWK or JWK set) that checks the tokens' "
           "signatures. An empty value removes it."),
        tr("FILE")));
}

bool AccountOptions::applyKeys(const CommandParser& parser, CliSession& session, Account* account,
                               Failure* error)
{
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    for (const QString& option : {kIssuer, kJwksUrl}) {
        if (!parser.isSet(option))
            continue;
        const QString url = parser.value(option).trimmed();
        const QString problem = url.isEmpty() ? QString() : UrlPolicy::problem(url);
        if (!problem.isEmpty())
            return fail(QStringLiteral("--%1: %2").arg(option, problem));
        (option == kIssuer ? account->issuer : account->jwksUrl) = url;
    }
    if (!parser.isSet(kSigningKeyFile))
        return true;
    const QString path = parser.value(kSigningKeyFile);
    if (path.isEmpty()) {
        account->signingKey.clear();
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The key file %1 could not be read: %2")
                        .arg(TextPolicy::oneLine(path), file.errorString()));
    const QByteArray text = file.read(Account::kMaxSigningKeyLength + 1);
    const KeySet keys = Jwks::parse(text);
    if (text.size() > Account::kMaxSigningKeyLength || keys.isEmpty())
        return fail(tr("%1 holds no public key TokenDock can use: %2")
                        .arg(TextPolicy::oneLine(path),
                             !keys.problem.isEmpty()   ? keys.problem.text()
                             : !keys.refused.isEmpty() ? keys.refused.first().why.text()
                                                       : tr("it is too large")));
    account->signingKey = QString::fromUtf8(text);
    return true;
}
