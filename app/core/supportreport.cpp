// SPDX-License-Identifier: Apache-2.0
#include "supportreport.h"

#include "redaction.h"
#include "secretlifetext.h"
#include "textpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isTimeClaim(const QString& key)
{
    return key == QLatin1String("exp") || key == QLatin1String("iat") ||
           key == QLatin1String("nbf") || key == QLatin1String("auth_time");
}

// A claim may repeat the client id; the report shows it abbreviated there too.
QString hideClientId(QString text, const QString& clientId)
{
    if (clientId.size() >= 4)
        text.replace(clientId, Redaction::abbreviate(clientId));
    return text;
}
} // namespace

QString SupportReport::utcTime(const QDateTime& time)
{
    if (!time.isValid())
        return tr("unknown");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString SupportReport::duration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    const qint64 h = s / 3600;
    const qint64 m = (s % 3600) / 60;
    const qint64 rest = s % 60;
    QStringList parts;
    if (h > 0)
        parts << tr("%1 h").arg(h);
    if (m > 0)
        parts << tr("%1 min").arg(m);
    if (rest > 0 || parts.isEmpty())
        parts << tr("%1 s").arg(rest);
    return parts.join(QLatin1Char(' '));
}

QString SupportReport::claimText(const QString& key, const QJsonValue& value)
{
    if (isTimeClaim(key)) {
        const QDateTime at = TokenInspector::numericDate(value);
        if (at.isValid())
            return tr("%1 (%2)").arg(QString::number(value.toDouble(), 'f', 0), utcTime(at));
    }
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QStringLiteral("null");
}

QString SupportReport::clockText(const ClockReading& clock)
{
    const QString from = clock.source == ClockReading::Source::DateHeader
                             ? tr("from the carrier's Date header")
                             : tr("from the token's issue time");
    if (!clock.isOff())
        return tr("the carrier's agrees with this computer's within a minute (%1)").arg(from);
    const QString apart = duration(clock.shownSeconds());
    return clock.serverAheadSeconds > 0
               ? tr("the carrier's is %1 ahead of this computer's (%2)").arg(apart, from)
               : tr("the carrier's is %1 behind this computer's (%2)").arg(apart, from);
}

QString SupportReport::formatText(const TokenInspection& inspection)
{
    if (!inspection.isJwt())
        return tr("opaque");
    const QString alg = inspection.algorithm();
    return alg.isEmpty() ? tr("JWT") : tr("JWT (%1)").arg(alg);
}

QString SupportReport::text(const Account& account, const CarrierPreset* preset,
                            const TokenResult& result, const QDateTime& atUtc)
{
    QStringList lines;
    // a value (a name, a claim, the carrier's words) keeps to its line and shows
    // inert wherever the report is pasted
    const auto line = [&lines](const QString& label, const QString& value) {
        lines << label + QStringLiteral(": ") + TextPolicy::oneLine(value);
    };
    lines << tr("TokenDock support report");
    line(tr("TokenDock version"), QCoreApplication::applicationVersion());
    line(tr("Time"), utcTime(atUtc));
    line(tr("Account"), account.name);
    line(tr("Carrier"), preset ? tr("%1 (%2)").arg(preset->name, preset->id) : account.carrierId);
    line(tr("Environment"),
         tr("%1 (%2)").arg(account.environmentLabel(preset), account.environmentId));
    const QString url =
        result.url.isValid() ? result.url.toString() : account.effectiveTokenUrl(preset);
    line(tr("Token URL"), url.isEmpty() ? tr("not set") : url);
    line(tr("Grant type"), account.effectiveGrantType(preset));
    line(tr("Client credentials"), account.effectivePlacement(preset) == CredentialPlacement::Basic
                                       ? tr("HTTP Basic authentication")
                                       : tr("request body"));
    line(tr("Client id"), Redaction::abbreviate(account.clientId));
    // dates only: how old the secret is, when it expires, when it last worked
    line(tr("Secret"), SecretLifeText::summary(account, atUtc, utcTime(account.lastWorked())));

    line(tr("Outcome"),
         result.ok() ? tr("OK: token issued") : Failure::categoryLabel(result.error.category));
    line(tr("HTTP status"),
         result.httpStatus > 0 ? QString::number(result.httpStatus) : tr("no HTTP response"));
    line(tr("Latency"),
         result.latencyMs >= 0 ? tr("%1 ms").arg(result.latencyMs) : tr("not measured"));
    if (result.clock.measured())
        line(tr("Clock"), clockText(result.clock));
    if (!result.ok()) {
        line(tr("Problem"), result.error.message.text());
        if (!result.error.carrierError.isEmpty())
            line(tr("Carrier error code"), result.error.carrierError);
        if (!result.error.carrierDescription.isEmpty())
            line(tr("Carrier message"), result.error.carrierDescription);
        if (!result.error.hint.isEmpty())
            line(tr("What to try"), result.error.hint.text());
    } else {
        const IssuedToken& token = result.token;
        line(tr("Token type"), token.tokenType);
        line(tr("Token format"), formatText(result.inspection));
        for (const QString& signature : signatureLines(result.signature))
            line(tr("Signature"), signature);
        for (const auto& [label, value] : probeLines(result.probe))
            line(label, value);
        const QStringList& scopes = token.scopes;
        line(tr("Scopes"), scopes.isEmpty()
                               ? tr("none stated")
                               : hideClientId(scopes.join(QLatin1Char(' ')), account.clientId));
        const QDateTime expires = token.expiresAt();
        line(tr("Expires at"), utcTime(expires));
        if (const auto life = token.lifetime())
            line(tr("Lifetime"), duration(*life));
        if (result.inspection.isJwt()) {
            const bool verified = result.signature.verdict == SignatureCheck::Verdict::Verified;
            lines << (verified ? tr("JWT header:") : tr("JWT header (signature not verified):"));
            for (auto it = result.inspection.header.begin(); it != result.inspection.header.end();
                 ++it)
                lines << QStringLiteral("  ") + TextPolicy::oneLine(it.key()) +
                             QStringLiteral(": ") +
                             TextPolicy::oneLine(
                                 hideClientId(claimText(it.key(), it.value()), account.clientId));
            lines << (verified ? tr("JWT claims:") : tr("JWT claims (signature not verified):"));
            for (auto it = result.inspection.claims.begin(); it != result.inspection.claims.end();
                 ++it)
                lines << QStringLiteral("  ") + TextPolicy::oneLine(it.key()) +
                             QStringLiteral(": ") +
                             TextPolicy::oneLine(
                                 hideClientId(claimText(it.key(), it.value()), account.clientId));
        }
    }
    for (const Message& warning : result.warnings)
        line(tr("Note"), warning.text());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<QPair<QString, QString>> SupportReport::probeLines(const ProbeOutcome& probe)
{
    if (!probe.ran())
        return {};
    QString verdict = ProbeOutcome::label(probe.verdict);
    if (probe.httpStatus > 0)
        verdict =
            tr("%1 (HTTP %2, %3 ms)")
                .arg(verdict, QString::number(probe.httpStatus), QString::number(probe.latencyMs));
    QList<QPair<QString, QString>> lines{{tr("API probe"), verdict},
                                         {tr("Probe URL"), probe.url.toString()}};
    if (!probe.ok()) {
        lines.append({tr("Probe problem"), probe.message().text()});
        if (!probe.carrierWords.isEmpty())
            lines.append({tr("Carrier message"), probe.carrierWords});
        if (const Message hint = probe.hint(); !hint.isEmpty())
            lines.append({tr("What to try"), hint.text()});
    }
    return lines;
}

QStringList SupportReport::signatureLines(const SignatureCheck& check)
{
    if (!check.checked())
        return {};
    QString first = check.headline().text();
    if (check.verdict == SignatureCheck::Verdict::Verified)
        first = tr("%1 (%2, key %3 from %4)")
                    .arg(first, check.alg, check.kid.isEmpty() ? tr("without a kid") : check.kid,
                         check.source.text());
    else if (!check.detail.isEmpty())
        first = tr("%1: %2").arg(first, check.detail.text());
    QStringList lines{first};
    lines << Message::texts(check.claimProblems);
    return lines;
}
