// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "tokenresult.h"

#include <QCoreApplication>

#include <optional>

class CliSession;

// What `tokendock check` found for one account.
struct CheckOutcome
{
    enum class Verdict
    {
        Ok,            // a new token (and the probe, when made) worked
        Cached,        // the carrier asks for reuse and a cached token is still valid
        Failed,        // the account does not work: settings, secret, carrier, probe, signature
        CouldNotCheck, // nothing known: keychain, network, held back with no valid token
    };
    Account account; // as stored after the check
    TokenResult result;
    bool fromCache = false;
    bool heldBack = false; // the budget held a new token back; the cached one counted
    Verdict verdict = Verdict::Ok;
    // why it Failed or could not be checked; problemId: a Failure category id,
    // "probe_failed" or "signature_invalid"
    Failure problem;
    QString problemId;
    std::optional<qint64> expiresInDays; // the secret's, when its date is known
    bool expiring = false;               // within the warning days, not yet past
    bool expired = false;

    bool works() const { return verdict == Verdict::Ok || verdict == Verdict::Cached; }
    static QString verdictId(Verdict verdict); // "ok", "cached", "failed", "could_not_check"
};

// Checks accounts one after another through the session's TokenService.
// Where the carrier asks for reuse (a token budget, or refresh on expiry), a
// cached token still valid for the refresh margin passes with no request; a
// probe, when asked for, is then made with it. After the keychain refused
// once, the accounts after it are not asked again (one prompt at most).
class AccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(AccountCheck)

public:
    AccountCheck(CliSession& session, bool probe, int warnDays);
    CheckOutcome run(const Account& account);

private:
    // The account's cached token, when its carrier asks for reuse.
    std::optional<IssuedToken> cachedToken(const Account& account);
    TokenResult request(const Account& account);
    // A pass with the cached token: the probe made with it, when asked for.
    TokenResult withCached(const Account& account, const IssuedToken& token, bool* fromCache);
    void judge(CheckOutcome* outcome) const;
    void secretDates(CheckOutcome* outcome) const;

    CliSession& m_session;
    bool m_probe;
    int m_warnDays;
    std::optional<Failure> m_keychainRefusal;
};
