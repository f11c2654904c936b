// SPDX-License-Identifier: Apache-2.0
#include "testoutput.h"

#include "accountrequest.h"
#include "alignedrows.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "probeoutput.h"
#include "supportreport.h"
#include "textpolicy.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(bool known, const QJsonValue& value)
{
    return known ? value : QJsonValue();
}

QString issuerName(const Account& account, const CarrierPreset* preset, const TokenResult& result)
{
    // the generic preset names no carrier: the host does
    if (!preset || preset->id == QLatin1String("oauth2"))
        return result.url.host().isEmpty() ? account.carrierId : result.url.host();
    return preset->name;
}

// Local time with UTC beside it, once where the two are the same.
QString localAndUtc(const QDateTime& t)
{
    const QString local = t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    const QString utc = SupportReport::utcTime(t);
    return local == utc ? utc : TestOutput::tr("%1 (%2)").arg(local, utc);
}
// How far the carrier's clock was from this one, when an answer said.
QJsonValue clockJson(const ClockReading& clock)
{
    if (!clock.measured())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("source"), clock.sourceId()},
                       {QStringLiteral("server_ahead_seconds"), clock.serverAheadSeconds},
                       {QStringLiteral("off"), clock.isOff()}};
}
} // namespace

QJsonObject TestOutput::json(const QString& name, const Account* account,
                             const CarrierPreset* preset, const TokenResult& result,
                             const QDateTime& now)
{
    const bool ok = result.ok();
    const IssuedToken& token = result.token;
    const QDateTime expires = token.expiresAt();
    const bool expiryKnown = ok && expires.isValid();
    QJsonValue jwt;
    if (ok && result.inspection.isJwt())
        jwt = QJsonObject{{QStringLiteral("header"), result.inspection.header},
                          {QStringLiteral("claims"), result.inspection.claims}};
    const QStringList& scopes = token.scopes;
    QString url;
    if (result.url.isValid())
        url = result.url.toString();
    else if (account)
        url = AccountRequest::resolvedUrl(*account, preset);
    return QJsonObject{
        {QStringLiteral("account"), account ? account->name : name},
        {QStringLiteral("carrier"), account ? QJsonValue(account->carrierId) : QJsonValue()},
        {QStringLiteral("environment"),
         account ? QJsonValue(account->environmentId) : QJsonValue()},
        {QStringLiteral("token_url"), url.isEmpty() ? QJsonValue() : QJsonValue(url)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("http_status"),
         orNull(result.httpStatus > 0, QJsonValue(result.httpStatus))},
        {QStringLiteral("latency_ms"), orNull(result.latencyMs >= 0, QJsonValue(result.latencyMs))},
        {QStringLiteral("token_type"), orNull(ok, token.tokenType)},
        // expires_in is the lifetime the carrier stated (RFC 6749); what is
        // left of it by now has a name of its own
        {QStringLiteral("expires_in"), orNull(ok && token.expiresIn >= 0, token.expiresIn)},
        {QStringLiteral("expires_at"), orNull(expiryKnown, expires.toUTC().toString(Qt::ISODate))},
        {QStringLiteral("seconds_left"), orNull(expiryKnown, QJsonValue(now.secsTo(expires)))},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(ok ? scopes : QStringList())},
        {QStringLiteral("token_format"), orNull(ok, result.inspection.formatId())},
        {QStringLiteral("jwt"), jwt},
        {QStringLiteral("signature"), signatureJson(result.signature)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(Message::texts(result.warnings))},
        {QStringLiteral("clock"), clockJson(result.clock)},
        {QStringLiteral("error"),
         ok ? QJsonValue() : QJsonValue(CliSession::errorJson(result.error, result.httpStatus))},
    };
}

QJsonObject TestOutput::document(const QString& name, const Account* account,
                                 const CarrierPreset* preset, const TokenResult& result,
                                 const QDateTime& now)
{
    QJsonObject doc = json(name, account, preset, result, now);
    doc.insert(QStringLiteral("probe"), ProbeOutput::json(result.probe));
    return doc;
}

QString TestOutput::success(const Account& account, const CarrierPreset* preset,
                            const TokenResult& result, const QDateTime& now)
{
    const IssuedToken& token = result.token;
    // the server chose the claims, the token type and the scopes: each stays on its line
    const auto one = &TextPolicy::oneLine;
    QString text = tr("OK  %1: token issued by %2 (HTTP %3, %4 ms)")
                       .arg(one(account.name), one(issuerName(account, preset, result)),
                            QString::number(result.httpStatus), QString::number(result.latencyMs)) +
                   QLatin1Char('\n');
    AlignedRows rows;
    const auto row = [&rows, one](const QString& label, const QString& value) {
        rows.add(label, one(value));
    };
    row(tr("Token type"), token.tokenType);
    const QDateTime expires = token.expiresAt();
    if (expires.isValid()) {
        row(tr("Expires at"), localAndUtc(expires));
        const qint64 left = now.secsTo(expires);
        row(tr("Expires in"), left > 0 ? SupportReport::duration(left) : tr("already expired"));
    } else {
        row(tr("Expires at"), tr("unknown: the carrier did not say"));
    }
    const QStringList& scopes = token.scopes;
    row(tr("Scopes"), scopes.isEmpty() ? tr("none stated") : scopes.join(QLatin1Char(' ')));
    row(tr("Token format"), SupportReport::formatText(result.inspection));
    if (result.signature.checked())
        row(tr("Signature"), signatureLine(result.signature));
    text += rows.text();
    if (result.inspection.isJwt()) {
        const bool verified = result.signature.verdict == SignatureCheck::Verdict::Verified;
        text += QStringLiteral("  ") +
                (verified ? tr("JWT header:") : tr("JWT header (signature not verified):")) +
                QLatin1Char('\n');
        for (auto it = result.inspection.header.begin(); it != result.inspection.header.end(); ++it)
            text += QStringLiteral("    ") + one(it.key()) + QStringLiteral(": ") +
                    one(SupportReport::claimText(it.key(), it.value())) + QLatin1Char('\n');
        text += QStringLiteral("  ") +
                (verified ? tr("JWT claims:") : tr("JWT claims (signature not verified):")) +
                QLatin1Char('\n');
        for (auto it = result.inspection.claims.begin(); it != result.inspection.claims.end(); ++it)
            text += QStringLiteral("    ") + one(it.key()) + QStringLiteral(": ") +
                    one(SupportReport::claimText(it.key(), it.value())) + QLatin1Char('\n');
    }
    AlignedRows notes;
    if (!result.inspection.note.isEmpty())
        notes.add(tr("Note"), one(result.inspection.note.text()));
    for (const Message& warning : result.warnings)
        notes.add(tr("Note"), one(warning.text()));
    for (const Message& problem : result.signature.claimProblems)
        notes.add(tr("Note"), one(problem.text()));
    return text + notes.text();
}

QString TestOutput::failure(const QString& name, const Failure& error)
{
    QString text = tr("FAILED  %1: %2 \u2014 %3")
                       .arg(TextPolicy::oneLine(name), Failure::categoryLabel(error.category),
                            TextPolicy::oneLine(error.message.text())) +
                   QLatin1Char('\n');
    // fullText() is the message, then the carrier's words and the hint
    QString rest = error.fullText();
    const QString message = error.message.text();
    if (rest.startsWith(message))
        rest = rest.mid(message.size()).trimmed();
    if (!rest.isEmpty())
        text += TextPolicy::oneLine(rest) + QLatin1Char('\n');
    return text;
}
