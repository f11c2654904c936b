// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "refreshplanner.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QUuid>

class AccountActivity;
class AccountStore;
struct Account;
class CarrierCatalog;
class Clock;
class TokenCache;
class TokenService;
class Ticker;

// Renews the tokens of the accounts marked "keep fresh" when their carrier
// advises (RefreshPlanner holds the rules). It asks the ticker to wake it at
// the next renewal, so it runs while the window is hidden without a 1 Hz beat.
// Requests go through TokenService, which never sends two at once for one
// account; every request counts against the carrier's rate limit, whoever
// started it.
class KeepFresh : public QObject
{
    Q_OBJECT

public:
    KeepFresh(AccountStore* store, TokenCache* cache, TokenService* tokens,
              const CarrierCatalog& catalog, const Clock& clock, AccountActivity* activity,
              Ticker* ticker, QObject* parent = nullptr);

    // Turns keep-fresh on or off for an account (saved in its account). False
    // with *error for a refusal known at once; when the store saves on its
    // worker, a later failure arrives as notSaved().
    bool setEnabled(const QUuid& id, bool on, QString* error = nullptr);
    bool isEnabled(const QUuid& id) const;
    // When the account's token is renewed next; invalid when it is not kept
    // fresh, a request is on its way, or no time can be planned.
    QDateTime nextRenewal(const QUuid& id) const;
    int failures(const QUuid& id) const { return m_planner.failures(id); }
    // A short line for people: "Renews at 10:42", "Retrying at 10:45 …".
    QString describe(const QUuid& id) const;

signals:
    // A renewal time moved (a token arrived, a failure, a toggle).
    void scheduleChanged();
    // The switch asked for could not be saved (the file's lock, its folder…).
    void notSaved(const QUuid& id, const QString& error);

private:
    void onTick();
    void checkSoon();
    void reschedule();
    void loadCachedToken(const QUuid& id);

    RefreshAdvice adviceFor(const Account& account) const;
    TokenBudgetRule budgetFor(const Account& account) const;

    AccountStore* m_store;
    TokenCache* m_cache;
    TokenService* m_tokens;
    const CarrierCatalog& m_catalog;
    AccountActivity* m_activity;
    Ticker* m_ticker;
    RefreshPlanner m_planner;
    QSet<QUuid> m_loaded; // accounts whose cached token has been read
    QSet<QUuid> m_loading;
    bool m_checkQueued = false;
    QDateTime m_scheduled;
};
