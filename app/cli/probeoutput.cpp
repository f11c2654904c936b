// SPDX-License-Identifier: Apache-2.0
#include "probeoutput.h"

#include "textpolicy.h"

#include <QJsonObject>

QJsonValue ProbeOutput::json(const ProbeOutcome& o)
{
    if (!o.ran())
        return QJsonValue();
    const auto orNull = [](bool known, const QJsonValue& v) {
        return known ? v : QJsonValue();
    };
    const Message hint = o.hint();
    return QJsonObject{
        {QStringLiteral("verdict"), ProbeOutcome::verdictId(o.verdict)},
        {QStringLiteral("label"), ProbeOutcome::label(o.verdict)},
        {QStringLiteral("ok"), o.ok()},
        {QStringLiteral("status"), orNull(o.httpStatus > 0, o.httpStatus)},
        {QStringLiteral("url"), o.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)},
        {QStringLiteral("latency_ms"), orNull(o.latencyMs >= 0, o.latencyMs)},
        {QStringLiteral("message"), o.message().text()},
        {QStringLiteral("carrier_words"), orNull(!o.carrierWords.isEmpty(), o.carrierWords)},
        {QStringLiteral("what_to_try"), orNull(!hint.isEmpty(), hint.text())},
        {QStringLiteral("retry_after"), orNull(o.retryAfterSeconds >= 0, o.retryAfterSeconds)},
    };
}

QString ProbeOutput::lines(const QString& name, const ProbeOutcome& o)
{
    if (!o.ran())
        return {};
    const auto one = &TextPolicy::oneLine;
    const QString head =
        o.ok() ? tr("PROBE OK  %1: %2 \u2014 %3 (%4 ms)")
                     .arg(one(name), ProbeOutcome::label(o.verdict), one(o.message().text()),
                          QString::number(o.latencyMs))
               : tr("PROBE FAILED  %1: %2 \u2014 %3")
                     .arg(one(name), ProbeOutcome::label(o.verdict), one(o.message().text()));
    QString text = head + QLatin1Char('\n');
    if (!o.ok()) {
        QString rest = o.fullText().mid(o.message().text().size()).trimmed();
        if (!rest.isEmpty())
            text += QStringLiteral("  ") + one(rest) + QLatin1Char('\n');
    }
    return text;
}

int ProbeOutput::exitCode(const ProbeOutcome& o)
{
    return o.ran() && !o.ok() ? ProbeOutcome::kExitCode : 0;
}
