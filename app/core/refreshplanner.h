// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "issuedtoken.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

class Clock;

// When to renew an account's token so it stays fresh, as the carrier advises
// (a share of the lifetime, a fixed interval, or only once it has expired),
// pushed back by an exponential backoff after failures and by the carrier's
// documented token budget. Pure bookkeeping: it never sends anything itself, so
// the schedule is testable with a ManualClock and no event loop.
class RefreshPlanner
{
public:
    static constexpr qint64 kFirstBackoffSeconds = 30;
    static constexpr qint64 kMaxBackoffSeconds = 15 * 60;
    // the requests remembered per account, whatever the budget's window
    static constexpr int kKeptRequests = TokenBudgetRule::kMaxRequests;
    // Whatever a token claims (a lifetime of zero, say), renewals of one
    // account are at least this far apart.
    static constexpr qint64 kMinimumGapSeconds = 10;

    explicit RefreshPlanner(const Clock* clock = nullptr);

    // What the advice alone says for a token obtained at obtainedAt that
    // expires at expiresAt (invalid = unknown). Never later than the expiry.
    // Invalid when the advice needs a lifetime nobody told us.
    static QDateTime advisedRenewal(const RefreshAdvice& advice, const QDateTime& obtainedAt,
                                    const QDateTime& expiresAt);
    // The wait after `failures` failures in a row: 0, then 30 s, 60 s, ... up to 15 min.
    static qint64 backoffSeconds(int failures);

    // A request for the account started now (whoever asked: it counts
    // against the carrier's token budget).
    void noteRequest(const QUuid& id);
    // A request finished; a success ends the backoff.
    void noteOutcome(const QUuid& id, bool ok);
    void forget(const QUuid& id);
    int failures(const QUuid& id) const;

    // The moment to renew. token: the account's current token, none = renew
    // now. Invalid = no renewal can be planned (a lifetime nobody told us).
    // Never before the preset's token budget lets another request go.
    QDateTime nextRenewal(const QUuid& id, const RefreshAdvice& advice,
                          const std::optional<IssuedToken>& token,
                          const TokenBudgetRule& budget = {}) const;
    bool isDue(const QUuid& id, const RefreshAdvice& advice,
               const std::optional<IssuedToken>& token, const TokenBudgetRule& budget = {}) const;
    // The earliest moment a new request from this process stays within
    // `budget` (now when it sets no limit).
    QDateTime rateLimitFreeAt(const QUuid& id, const TokenBudgetRule& budget) const;

private:
    struct Track
    {
        int failures = 0;
        QDateTime lastFailure;
        QList<QDateTime> requests; // the last week's (the longest window), oldest first
    };
    QDateTime now() const;
    void prune(Track& track) const;

    const Clock* m_clock;
    QHash<QUuid, Track> m_tracks;
};
