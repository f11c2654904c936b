// SPDX-License-Identifier: Apache-2.0
#include "refreshplanner.h"

#include "clock.h"
#include "tokenbudget.h"

#include <cmath>

RefreshPlanner::RefreshPlanner(const Clock* clock)
    : m_clock(clock ? clock : &Clock::system())
{}

QDateTime RefreshPlanner::now() const
{
    return m_clock->now();
}

QDateTime RefreshPlanner::advisedRenewal(const RefreshAdvice& advice, const QDateTime& obtainedAt,
                                         const QDateTime& expiresAt)
{
    const bool lifetimeKnown = obtainedAt.isValid() && expiresAt.isValid();
    QDateTime at;
    switch (advice.kind) {
    case RefreshKind::Interval:
        if (advice.intervalSeconds > 0 && obtainedAt.isValid())
            at = obtainedAt.addSecs(advice.intervalSeconds);
        else if (lifetimeKnown)
            at = expiresAt;
        break;
    case RefreshKind::Fraction:
        if (lifetimeKnown) {
            const double fraction = qBound(0.0, advice.fraction, 1.0);
            const qint64 lifetime = qMax<qint64>(0, obtainedAt.secsTo(expiresAt));
            at = obtainedAt.addSecs(qint64(std::floor(double(lifetime) * fraction)));
        }
        break;
    case RefreshKind::OnExpiry:
        at = expiresAt;
        break;
    }
    // whatever the advice, a token is renewed by the time it runs out
    if (at.isValid() && expiresAt.isValid() && expiresAt < at)
        at = expiresAt;
    return at;
}

qint64 RefreshPlanner::backoffSeconds(int failures)
{
    if (failures <= 0)
        return 0;
    qint64 wait = kFirstBackoffSeconds;
    for (int i = 1; i < failures && wait < kMaxBackoffSeconds; ++i)
        wait *= 2;
    return qMin(wait, kMaxBackoffSeconds);
}

void RefreshPlanner::prune(Track& track) const
{
    const QDateTime windowStart = now().addSecs(-TokenBudgetRule::kMaxSeconds);
    while (!track.requests.isEmpty() &&
           (track.requests.first() <= windowStart || track.requests.size() >= kKeptRequests))
        track.requests.removeFirst();
}

void RefreshPlanner::noteRequest(const QUuid& id)
{
    Track& track = m_tracks[id];
    prune(track);
    track.requests.append(now());
}

void RefreshPlanner::noteOutcome(const QUuid& id, bool ok)
{
    Track& track = m_tracks[id];
    if (ok) {
        track.failures = 0;
        track.lastFailure = QDateTime();
        return;
    }
    ++track.failures;
    track.lastFailure = now();
}

void RefreshPlanner::forget(const QUuid& id)
{
    m_tracks.remove(id);
}

int RefreshPlanner::failures(const QUuid& id) const
{
    return m_tracks.value(id).failures;
}

QDateTime RefreshPlanner::rateLimitFreeAt(const QUuid& id, const TokenBudgetRule& budget) const
{
    return TokenBudget::freeAt(m_tracks.value(id).requests, budget, now());
}

QDateTime RefreshPlanner::nextRenewal(const QUuid& id, const RefreshAdvice& advice,
                                      const std::optional<IssuedToken>& token,
                                      const TokenBudgetRule& budget) const
{
    const bool hasToken = token && !token->isEmpty();
    QDateTime at = hasToken ? advisedRenewal(advice, token->obtainedAt, token->expiresAt()) : now();
    if (!at.isValid())
        return {};
    const auto it = m_tracks.constFind(id);
    if (it != m_tracks.constEnd()) {
        if (it->failures > 0 && it->lastFailure.isValid())
            at = qMax(at, it->lastFailure.addSecs(backoffSeconds(it->failures)));
        if (!it->requests.isEmpty())
            at = qMax(at, it->requests.last().addSecs(kMinimumGapSeconds));
    }
    return qMax(at, rateLimitFreeAt(id, budget));
}

bool RefreshPlanner::isDue(const QUuid& id, const RefreshAdvice& advice,
                           const std::optional<IssuedToken>& token,
                           const TokenBudgetRule& budget) const
{
    const QDateTime at = nextRenewal(id, advice, token, budget);
    return at.isValid() && at <= now();
}
