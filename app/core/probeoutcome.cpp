// SPDX-License-Identifier: Apache-2.0
#include "probeoutcome.h"

#include "jsonvalues.h"
#include "textpolicy.h"

#include <QCoreApplication>

#include <array>

namespace {
struct VerdictInfo
{
    ProbeVerdict verdict;
    const char* id;
    const char* label;
};

constexpr std::array<VerdictInfo, 15> kVerdicts{{
    {ProbeVerdict::NotRun, "not_run", QT_TRANSLATE_NOOP("ProbeOutcome", "Not probed")},
    {ProbeVerdict::Works, "works", QT_TRANSLATE_NOOP("ProbeOutcome", "Works")},
    {ProbeVerdict::TokenNotAccepted, "token_not_accepted",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Token not accepted")},
    {ProbeVerdict::NotEntitled, "not_entitled", QT_TRANSLATE_NOOP("ProbeOutcome", "Not entitled")},
    {ProbeVerdict::WrongAddress, "wrong_address",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Wrong address")},
    {ProbeVerdict::RateLimited, "rate_limited", QT_TRANSLATE_NOOP("ProbeOutcome", "Rate limited")},
    {ProbeVerdict::CarrierTrouble, "carrier_trouble",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Carrier trouble")},
    {ProbeVerdict::UnexpectedStatus, "unexpected_status",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Unexpected answer")},
    {ProbeVerdict::ExpectationNotMet, "expectation_not_met",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Answer not as expected")},
    {ProbeVerdict::RedirectRefused, "redirect_refused",
     QT_TRANSLATE_NOOP("ProbeOutcome", "Redirect not followed")},
    {ProbeVerdict::TooLarge, "too_large", QT_TRANSLATE_NOOP("ProbeOutcome", "Answer too large")},
    {ProbeVerdict::Network, "network", QT_TRANSLATE_NOOP("ProbeOutcome", "Not reachable")},
    {ProbeVerdict::Tls, "tls", QT_TRANSLATE_NOOP("ProbeOutcome", "Secure connection failed")},
    {ProbeVerdict::Timeout, "timeout", QT_TRANSLATE_NOOP("ProbeOutcome", "No answer in time")},
    {ProbeVerdict::NotSent, "not_sent", QT_TRANSLATE_NOOP("ProbeOutcome", "Not probed")},
}};

} // namespace

QString ProbeOutcome::verdictId(ProbeVerdict verdict)
{
    for (const auto& v : kVerdicts) {
        if (v.verdict == verdict)
            return QString::fromLatin1(v.id);
    }
    return QStringLiteral("not_run");
}

std::optional<ProbeVerdict> ProbeOutcome::verdictFromId(const QString& id)
{
    for (const auto& v : kVerdicts) {
        if (id == QLatin1String(v.id))
            return v.verdict;
    }
    return std::nullopt;
}

QString ProbeOutcome::label(ProbeVerdict verdict)
{
    for (const auto& v : kVerdicts) {
        if (v.verdict == verdict)
            return QCoreApplication::translate("ProbeOutcome", v.label);
    }
    return {};
}

Message ProbeOutcome::message() const
{
    const QString host = url.host();
    switch (verdict) {
    case ProbeVerdict::NotRun:
        return {};
    case ProbeVerdict::Works:
        return Message::translate("ProbeOutcome",
                                  "The API accepted the token: %1 answered HTTP %2.")
            .arg(host)
            .arg(httpStatus);
    case ProbeVerdict::TokenNotAccepted:
        return Message::translate("ProbeOutcome", "%1 did not accept the token (HTTP 401).")
            .arg(host);
    case ProbeVerdict::NotEntitled:
        return Message::translate(
                   "ProbeOutcome",
                   "%1 accepted the token but this account may not use this API (HTTP 403).")
            .arg(host);
    case ProbeVerdict::WrongAddress:
        return Message::translate("ProbeOutcome", "%1 has no API at %2 (HTTP %3).")
            .arg(host)
            .arg(url.path())
            .arg(httpStatus);
    case ProbeVerdict::RateLimited:
        return retryAfterSeconds >= 0
                   ? Message::translate("ProbeOutcome",
                                        "%1 is limiting requests (HTTP 429); it asks to wait %2 s.")
                         .arg(host)
                         .arg(retryAfterSeconds)
                   : Message::translate("ProbeOutcome", "%1 is limiting requests (HTTP 429).")
                         .arg(host);
    case ProbeVerdict::CarrierTrouble:
        return Message::translate("ProbeOutcome", "%1 has trouble of its own (HTTP %2).")
            .arg(host)
            .arg(httpStatus);
    case ProbeVerdict::UnexpectedStatus:
        return Message::translate(
                   "ProbeOutcome",
                   "%1 answered the probe with HTTP %2, which is not a good answer here.")
            .arg(host)
            .arg(httpStatus);
    case ProbeVerdict::ExpectationNotMet:
        return Message::translate("ProbeOutcome", "%1 answered HTTP %2, but the answer lacks %3.")
            .arg(host)
            .arg(httpStatus)
            .arg(detail);
    case ProbeVerdict::RedirectRefused:
        return Message::translate(
                   "ProbeOutcome",
                   "%1 redirected the probe to %2; TokenDock did not follow it, so the token "
                   "was not sent there.")
            .arg(host)
            .arg(detail);
    case ProbeVerdict::TooLarge:
        return Message::translate("ProbeOutcome",
                                  "The answer from %1 is too large; TokenDock stopped reading it.")
            .arg(host);
    case ProbeVerdict::Network:
        return Message::translate("ProbeOutcome", "The probe could not reach %1: %2.")
            .arg(host)
            .arg(detail);
    case ProbeVerdict::Tls:
        return Message::translate("ProbeOutcome", "The secure connection to %1 failed: %2.")
            .arg(host)
            .arg(detail);
    case ProbeVerdict::Timeout:
        return Message::translate("ProbeOutcome", "%1 did not answer the probe in time.").arg(host);
    case ProbeVerdict::NotSent:
        return Message::translate("ProbeOutcome", "The probe was not sent: %1").arg(detail);
    }
    return {};
}

Message ProbeOutcome::hint() const
{
    switch (verdict) {
    case ProbeVerdict::NotRun:
    case ProbeVerdict::Works:
        return {};
    case ProbeVerdict::TokenNotAccepted:
        return Message::translate(
            "ProbeOutcome",
            "Check that the token is for this API and environment (a sandbox token does "
            "not open production), that the audience or scope is right, and that the "
            "credentials were not revoked.");
    case ProbeVerdict::NotEntitled:
        return Message::translate(
            "ProbeOutcome",
            "Ask the carrier to enable this API for the account, or probe an API the "
            "account is provisioned for.");
    case ProbeVerdict::WrongAddress:
        return Message::translate("ProbeOutcome",
                                  "Check the probe URL and the environment's API address.");
    case ProbeVerdict::RateLimited:
        return Message::translate("ProbeOutcome",
                                  "Wait before probing again; the token itself is fine.");
    case ProbeVerdict::CarrierTrouble:
        return Message::translate(
            "ProbeOutcome",
            "Try again later or look at the carrier's status page; the token itself "
            "was issued.");
    case ProbeVerdict::UnexpectedStatus:
    case ProbeVerdict::ExpectationNotMet:
        return Message::translate(
            "ProbeOutcome",
            "Check the probe URL and what it expects; the carrier may have changed its "
            "API.");
    case ProbeVerdict::RedirectRefused:
        return Message::translate(
            "ProbeOutcome",
            "If the new address is the carrier's real API, set it as the probe URL.");
    case ProbeVerdict::TooLarge:
        return Message::translate("ProbeOutcome", "Probe a smaller read, such as a short list.");
    case ProbeVerdict::Network:
    case ProbeVerdict::Timeout:
        return Message::translate("ProbeOutcome",
                                  "Check the network, a proxy or firewall, and the probe URL.");
    case ProbeVerdict::Tls:
        return Message::translate("ProbeOutcome",
                                  "Check the computer's clock and whether a proxy intercepts TLS.");
    case ProbeVerdict::NotSent:
        return Message::translate("ProbeOutcome", "Fix the probe's settings, then test again.");
    }
    return {};
}

QString ProbeOutcome::fullText() const
{
    QStringList parts{message().text()};
    if (!carrierWords.isEmpty())
        parts << QCoreApplication::translate("ProbeOutcome", "The carrier said: \u201c%1\u201d")
                         .arg(carrierWords) +
                     // the carrier's sentence brings its own full stop, or gets one
                     (carrierWords.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    if (const Message h = hint(); !h.isEmpty())
        parts << h.text();
    return parts.join(QLatin1Char(' '));
}

QJsonObject ProbeOutcome::toJson() const
{
    QJsonObject obj{{QStringLiteral("verdict"), verdictId(verdict)},
                    {QStringLiteral("status"), httpStatus},
                    {QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)},
                    {QStringLiteral("latency_ms"), latencyMs}};
    if (!carrierWords.isEmpty())
        obj.insert(QStringLiteral("carrier_words"), carrierWords);
    if (retryAfterSeconds >= 0)
        obj.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    if (!detail.isEmpty())
        obj.insert(QStringLiteral("detail"), detail);
    return obj;
}

std::optional<ProbeOutcome> ProbeOutcome::fromJson(const QJsonObject& obj)
{
    const auto verdict = verdictFromId(obj.value(QStringLiteral("verdict")).toString());
    if (!verdict)
        return std::nullopt;
    // the file may have been edited: words are cleaned again and kept short
    const auto clean = [&obj](const char* key) {
        return TextPolicy::oneLine(obj.value(QLatin1String(key)).toString()).left(500);
    };
    ProbeOutcome o;
    o.verdict = *verdict;
    o.httpStatus = int(jsonInteger(obj.value(QStringLiteral("status")), 0, 0, 999));
    o.url = QUrl(clean("url"));
    o.latencyMs = jsonInteger(obj.value(QStringLiteral("latency_ms")), -1, -1, 86400000);
    o.carrierWords = clean("carrier_words");
    o.retryAfterSeconds = jsonInteger(obj.value(QStringLiteral("retry_after")), -1, -1, 86400 * 7);
    o.detail = clean("detail");
    return o;
}
