// SPDX-License-Identifier: Apache-2.0
#include "checkoutput.h"

#include "alignedrows.h"
#include "clisession.h"
#include "probeoutput.h"
#include "secretlifetext.h"
#include "supportreport.h"
#include "textpolicy.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace {
using Verdict = CheckOutcome::Verdict;

int count(const QList<CheckOutcome>& outcomes,
          const std::function<bool(const CheckOutcome&)>& which)
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), which));
}

bool failed(const CheckOutcome& o)
{
    return o.verdict == Verdict::Failed;
}
bool unknown(const CheckOutcome& o)
{
    return o.verdict == Verdict::CouldNotCheck;
}
bool expiring(const CheckOutcome& o)
{
    return o.expiring || o.expired;
}

QString localTime(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue utcOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

template <typename T> QJsonValue orNull(const std::optional<T>& v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue();
}

// A few names, then an ellipsis: a notification is read at a glance.
QString names(const QList<CheckOutcome>& outcomes,
              const std::function<bool(const CheckOutcome&)>& which)
{
    constexpr int kShown = 8;
    QStringList out;
    for (const CheckOutcome& o : outcomes) {
        if (!which(o))
            continue;
        if (out.size() == kShown) {
            out << QStringLiteral("\u2026");
            break;
        }
        out << TextPolicy::oneLine(o.account.name);
    }
    return out.join(QStringLiteral(", "));
}
} // namespace

int CheckOutput::exitCode(const QList<CheckOutcome>& outcomes)
{
    if (count(outcomes, failed) > 0)
        return kFailedExit;
    if (count(outcomes, unknown) > 0)
        return kCouldNotCheckExit;
    return count(outcomes, expiring) > 0 ? kExpiringExit : 0;
}

QString CheckOutput::text(const QList<CheckOutcome>& outcomes, const QDateTime& now)
{
    QList<QStringList> rows;
    for (const CheckOutcome& o : outcomes)
        rows << row(o, now);
    return AlignedRows::columns(rows);
}

QStringList CheckOutput::row(const CheckOutcome& o, const QDateTime& now)
{
    const QString lastWorked =
        SecretLifeText::lastWorked(o.account, localTime(o.account.lastWorked()));
    return {o.account.name,    verdictWord(o),       reason(o, now),
            secretAge(o, now), secretExpiry(o, now), lastWorked};
}

QString CheckOutput::verdictWord(const CheckOutcome& o)
{
    if (o.verdict == Verdict::Failed)
        return tr("FAILED");
    if (o.verdict == Verdict::CouldNotCheck)
        return tr("could not check");
    if (o.expired)
        return tr("expired");
    if (o.expiring)
        return tr("expires soon");
    return o.verdict == Verdict::Cached ? tr("cached") : tr("ok");
}

QString CheckOutput::reason(const CheckOutcome& o, const QDateTime& now)
{
    const TokenResult& r = o.result;
    if (!o.works()) {
        if (o.problemId == QLatin1String("probe_failed"))
            return tr("Probe: %1 \u2014 %2")
                .arg(ProbeOutcome::label(r.probe.verdict), o.problem.message.text());
        if (o.problemId == QLatin1String("signature_invalid"))
            return o.problem.message.text();
        return tr("%1 \u2014 %2")
            .arg(Failure::categoryLabel(o.problem.category), o.problem.message.text());
    }
    QString text;
    if (o.fromCache) {
        const qint64 left = qMax<qint64>(0, r.token.secondsLeft(now).value_or(0));
        text = o.heldBack ? tr("cached token valid %1 more; a new one is held back by the "
                               "carrier's token budget")
                                .arg(SupportReport::duration(left))
                          : tr("cached token valid %1 more").arg(SupportReport::duration(left));
    } else {
        text = tr("token issued (HTTP %1, %2 ms)")
                   .arg(QString::number(r.httpStatus), QString::number(r.latencyMs));
    }
    if (r.probe.ran())
        text += QStringLiteral(", ") + tr("probe works");
    return text;
}

// In the words `tokendock list` uses (SecretLifeText), with a word where
// it says nothing, so every column of the line holds something.
QString CheckOutput::secretAge(const CheckOutcome& o, const QDateTime& now)
{
    if (o.account.secretMissing)
        return tr("no secret stored");
    return SecretLifeText::age(o.account, now);
}

QString CheckOutput::secretExpiry(const CheckOutcome& o, const QDateTime& now)
{
    const QString text = SecretLifeText::expiry(o.account, now);
    return text.isEmpty() ? tr("no expiry date") : text;
}

QJsonObject CheckOutput::json(const QList<CheckOutcome>& outcomes, int warnDays,
                              const QDateTime& now)
{
    QJsonArray accounts;
    for (const CheckOutcome& o : outcomes)
        accounts.append(accountJson(o, now));
    const QJsonObject summary{
        {QStringLiteral("ok"), count(outcomes, [](const CheckOutcome& o) { return o.works(); })},
        {QStringLiteral("failed"), count(outcomes, failed)},
        {QStringLiteral("could_not_check"), count(outcomes, unknown)},
        {QStringLiteral("expiring"), count(outcomes, expiring)},
    };
    return QJsonObject{
        {QStringLiteral("checked_at"), now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("warn_days"), warnDays},
        {QStringLiteral("exit_code"), exitCode(outcomes)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("accounts"), accounts},
    };
}

QJsonObject CheckOutput::accountJson(const CheckOutcome& o, const QDateTime& now)
{
    const Account& a = o.account;
    const TokenResult& r = o.result;
    QJsonValue error;
    if (!o.works()) {
        const QString hint = o.problem.hint.text();
        error = QJsonObject{
            {QStringLiteral("category"), o.problemId},
            {QStringLiteral("message"), o.problem.message.text()},
            {QStringLiteral("hint"), hint.isEmpty() ? QJsonValue() : QJsonValue(hint)},
        };
    }
    const bool set = a.secretSet().isValid() && !a.secretMissing;
    return QJsonObject{
        {QStringLiteral("account"), a.name},
        {QStringLiteral("carrier"), a.carrierId},
        {QStringLiteral("environment"), a.environmentId},
        {QStringLiteral("verdict"), CheckOutcome::verdictId(o.verdict)},
        {QStringLiteral("ok"), o.works()},
        {QStringLiteral("from_cache"), o.fromCache},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("latency_ms"), r.latencyMs >= 0 ? QJsonValue(r.latencyMs) : QJsonValue()},
        {QStringLiteral("error"), error},
        {QStringLiteral("probe"), ProbeOutput::json(r.probe)},
        {QStringLiteral("secret_set"), set ? utcOrNull(a.secretSet()) : QJsonValue()},
        {QStringLiteral("secret_age_days"), orNull(a.secretAgeDays(now))},
        {QStringLiteral("secret_expires"), a.secretExpires.isValid()
                                               ? QJsonValue(a.secretExpires.toString(Qt::ISODate))
                                               : QJsonValue()},
        {QStringLiteral("secret_expires_in_days"), orNull(o.expiresInDays)},
        {QStringLiteral("expiring"), o.expiring},
        {QStringLiteral("expired"), o.expired},
        {QStringLiteral("last_worked"), utcOrNull(a.lastWorked())},
    };
}

QString CheckOutput::notificationSummary(const QList<CheckOutcome>& outcomes)
{
    // counts in words that need no plural in English; other languages may
    // give plural forms
    QStringList parts;
    if (const int n = count(outcomes, failed))
        parts << tr("%n failed", nullptr, n);
    if (const int n = count(outcomes, unknown))
        parts << tr("%n could not be checked", nullptr, n);
    if (const int n = count(outcomes, [](const CheckOutcome& o) { return o.expiring; }))
        parts << tr("%n with a secret expiring soon", nullptr, n);
    if (const int n = count(outcomes, [](const CheckOutcome& o) { return o.expired; }))
        parts << tr("%n with an expired secret", nullptr, n);
    //: The notification's title: "TokenDock accounts: 1 failed, 1 with a secret expiring soon"
    return tr("TokenDock accounts: %1").arg(parts.join(QStringLiteral(", ")));
}

QString CheckOutput::notificationBody(const QList<CheckOutcome>& outcomes)
{
    QStringList lines;
    const auto add = [&](const QString& label,
                         const std::function<bool(const CheckOutcome&)>& which) {
        const QString list = names(outcomes, which);
        if (!list.isEmpty())
            lines << label.arg(list);
    };
    add(tr("Failed: %1"), failed);
    add(tr("Could not check: %1"), unknown);
    add(tr("Secret expires soon: %1"), [](const CheckOutcome& o) { return o.expiring; });
    add(tr("Secret expired: %1"), [](const CheckOutcome& o) { return o.expired; });
    return lines.join(QLatin1Char('\n'));
}
