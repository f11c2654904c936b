// SPDX-License-Identifier: Apache-2.0
// How `tokendock test` shows a JWT's signature check, for people and scripts.
#include "probeoutput.h"
#include "supportreport.h"
#include "testoutput.h"
#include "textpolicy.h"

#include <QJsonArray>

QJsonValue TestOutput::signatureJson(const SignatureCheck& check)
{
    if (!check.checked())
        return QJsonValue();
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("verdict"), check.verdictId()},
        {QStringLiteral("alg"), orNull(check.alg)},
        {QStringLiteral("kid"), orNull(check.kid)},
        {QStringLiteral("source"), orNull(check.source.text())},
        {QStringLiteral("detail"), orNull(check.detail.text())},
        {QStringLiteral("claim_problems"),
         QJsonArray::fromStringList(Message::texts(check.claimProblems))},
    };
}

QString TestOutput::signatureLine(const SignatureCheck& check)
{
    // the report's wording, on one line: the key's names come from outside
    return TextPolicy::oneLine(SupportReport::signatureLines(check).value(0));
}

int TestOutput::exitCode(const TokenResult& result)
{
    if (!result.ok())
        return qMax(1, Failure::exitCode(result.error.category));
    // a token that is not the carrier's outweighs what the API said of it
    if (result.signature.verdict == SignatureCheck::Verdict::Invalid)
        return kInvalidSignatureExit;
    return ProbeOutput::exitCode(result.probe);
}
