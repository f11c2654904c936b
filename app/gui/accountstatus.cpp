// SPDX-License-Identifier: Apache-2.0
#include "accountstatus.h"

namespace {
// One sentence per use and unit: a language inflects a unit differently after
// "in", "ago" or "valid for" (German "vor 3 Tagen", "3 Tage"), so none is
// pieced together from a shared "%n days".
struct SpanTexts
{
    const char* seconds;
    const char* minutes;
    const char* hours;
    const char* hoursMinutes; // %1 hours, %2 minutes
    const char* days;
};

// in the order of AccountStatus::Span
const SpanTexts kSpans[] = {
    {QT_TRANSLATE_N_NOOP("AccountStatus", "Expired %n s ago"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expired %n min ago"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expired %n h ago"),
     QT_TRANSLATE_NOOP("AccountStatus", "Expired %1 h %2 min ago"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expired %n days ago")},
    {QT_TRANSLATE_N_NOOP("AccountStatus", "Expires in %n s"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expires in %n min"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expires in %n h"),
     QT_TRANSLATE_NOOP("AccountStatus", "Expires in %1 h %2 min"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "Expires in %n days")},
    {QT_TRANSLATE_N_NOOP("AccountStatus", "expires in %n s"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "expires in %n min"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "expires in %n h"),
     QT_TRANSLATE_NOOP("AccountStatus", "expires in %1 h %2 min"),
     QT_TRANSLATE_N_NOOP("AccountStatus", "expires in %n days")},
    {QT_TRANSLATE_N_NOOP("AccountStatus", "A new token, valid for %n s."),
     QT_TRANSLATE_N_NOOP("AccountStatus", "A new token, valid for %n min."),
     QT_TRANSLATE_N_NOOP("AccountStatus", "A new token, valid for %n h."),
     QT_TRANSLATE_NOOP("AccountStatus", "A new token, valid for %1 h %2 min."),
     QT_TRANSLATE_N_NOOP("AccountStatus", "A new token, valid for %n days.")},
};

QString translated(const char* source, int n = -1)
{
    return QCoreApplication::translate("AccountStatus", source, nullptr, n);
}
} // namespace

AccountStatus AccountStatus::evaluate(const Account& account,
                                      const std::optional<IssuedToken>& token, bool busy,
                                      const QDateTime& now, qint64 margin)
{
    AccountStatus s;
    if (token && !token->isEmpty()) {
        s.secondsLeft = token->secondsLeft(now);
        s.lifetime = token->lifetime();
    }
    // the newest real outcome; a cancelled attempt says nothing about the credentials
    std::optional<TestRecord> last;
    for (const TestRecord& r : account.history) {
        if (r.category != QLatin1String("cancelled")) {
            last = r;
            break;
        }
    }
    const bool hasToken = token && !token->isEmpty();
    const bool failedSinceToken =
        last && !last->ok() &&
        (!hasToken || !token->obtainedAt.isValid() || last->at >= token->obtainedAt);

    if (s.secondsLeft)
        s.countdown = shortCountdown(*s.secondsLeft);
    if (busy)
        s.state = AccountState::Busy;
    else if (account.secretMissing)
        s.state = AccountState::NeedsSecret;
    else if (failedSinceToken)
        s.state = AccountState::Failed;
    else if (hasToken && s.secondsLeft) {
        if (*s.secondsLeft <= 0)
            s.state = AccountState::Expired;
        else if (*s.secondsLeft <= warningWindow(s.lifetime, margin))
            s.state = AccountState::Expiring;
        else
            s.state = AccountState::Valid;
    } else if (hasToken)
        s.state = AccountState::Valid; // a token of unknown expiry
    else
        s.state = AccountState::Untested;
    return s;
}

qint64 AccountStatus::warningWindow(std::optional<qint64> lifetime, qint64 margin)
{
    const qint64 tenth = lifetime ? *lifetime / 10 : 0;
    return qMax(margin, tenth);
}

QString AccountStatus::label(AccountState state)
{
    switch (state) {
    case AccountState::Untested:
        return tr("Not tested");
    case AccountState::Busy:
        return tr("Testing");
    case AccountState::Valid:
        return tr("Valid");
    case AccountState::Expiring:
        return tr("Expiring");
    case AccountState::Expired:
        return tr("Expired");
    case AccountState::Failed:
        return tr("Failed");
    case AccountState::NeedsSecret:
        return tr("Needs secret");
    }
    return {};
}

StatusStyle::Tone AccountStatus::tone(AccountState state)
{
    switch (state) {
    case AccountState::Untested:
        return StatusStyle::Tone::Neutral;
    case AccountState::Busy:
        return StatusStyle::Tone::Info;
    case AccountState::Valid:
        return StatusStyle::Tone::Success;
    case AccountState::Expiring:
    case AccountState::NeedsSecret:
        return StatusStyle::Tone::Warning;
    case AccountState::Expired:
    case AccountState::Failed:
        return StatusStyle::Tone::Danger;
    }
    return StatusStyle::Tone::Neutral;
}

QString AccountStatus::stateId(AccountState state)
{
    switch (state) {
    case AccountState::Untested:
        return QStringLiteral("untested");
    case AccountState::Busy:
        return QStringLiteral("busy");
    case AccountState::Valid:
        return QStringLiteral("valid");
    case AccountState::Expiring:
        return QStringLiteral("expiring");
    case AccountState::Expired:
        return QStringLiteral("expired");
    case AccountState::Failed:
        return QStringLiteral("failed");
    case AccountState::NeedsSecret:
        return QStringLiteral("needs-secret");
    }
    return {};
}

QString AccountStatus::shortCountdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("Expired");
    if (secondsLeft < 3600)
        return QStringLiteral("%1:%2")
            .arg(secondsLeft / 60, 2, 10, QLatin1Char('0'))
            .arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(secondsLeft / 3600).arg((secondsLeft % 3600) / 60);
}

QString AccountStatus::longCountdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return secondsLeft > -60 ? tr("Expired just now") : span(Span::ExpiredAgo, -secondsLeft);
    if (secondsLeft < 3600)
        return tr("%1 left").arg(shortCountdown(secondsLeft));
    return span(Span::ExpiresIn, secondsLeft);
}

QString AccountStatus::span(Span use, qint64 seconds)
{
    const SpanTexts& texts = kSpans[int(use)];
    if (seconds < 60)
        return translated(texts.seconds, int(seconds));
    if (seconds < 3600)
        return translated(texts.minutes, int(seconds / 60));
    const int hours = int(seconds / 3600);
    const int minutes = int((seconds % 3600) / 60);
    if (hours >= 48)
        return translated(texts.days, hours / 24);
    if (minutes == 0)
        return translated(texts.hours, hours);
    return translated(texts.hoursMinutes).arg(hours).arg(minutes);
}
