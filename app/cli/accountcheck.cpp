// SPDX-License-Identifier: Apache-2.0
#include "accountcheck.h"

#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "clock.h"
#include "probe.h"
#include "testoutput.h"
#include "textpolicy.h"
#include "tokencache.h"
#include "tokenservice.h"

namespace {
// The carrier wants a token reused while it lives: a documented budget, or
// "refresh when it expires".
bool asksForReuse(const CarrierPreset* preset)
{
    return preset && (preset->budget.isSet() || preset->refresh.kind == RefreshKind::OnExpiry);
}

// Nothing is known about the account: this computer or the way there failed.
bool unknownOutcome(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Keychain:
    case ErrorCategory::Network:
    case ErrorCategory::Tls:
    case ErrorCategory::Timeout:
    case ErrorCategory::HeldBack:
    case ErrorCategory::Cancelled:
    case ErrorCategory::Internal:
        return true;
    default:
        return false;
    }
}

bool unreachedProbe(ProbeVerdict verdict)
{
    return verdict == ProbeVerdict::Network || verdict == ProbeVerdict::Tls ||
           verdict == ProbeVerdict::Timeout;
}
} // namespace

QString CheckOutcome::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Cached:
        return QStringLiteral("cached");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::CouldNotCheck:
        return QStringLiteral("could_not_check");
    }
    return {};
}

AccountCheck::AccountCheck(CliSession& session, bool probe, int warnDays)
    : m_session(session)
    , m_probe(probe)
    , m_warnDays(warnDays)
{}

CheckOutcome AccountCheck::run(const Account& account)
{
    CheckOutcome o;
    o.account = account;
    const QString name = TextPolicy::oneLine(account.name);
    std::optional<IssuedToken> cached;
    if (account.secretMissing) {
        o.result.error = CliSession::failure(
            ErrorCategory::InvalidInput,
            tr("No client secret is stored for \u201c%1\u201d yet.").arg(name),
            tr("Enter it with \u201ctokendock edit %1 --secret-stdin\u201d.").arg(name));
    } else if (!m_keychainRefusal) {
        cached = cachedToken(account);
    }
    const QDateTime now = m_session.clock().now();
    // TokenService::probe takes a cached token only while it lives another
    // minute: one closer to its end would make it ask for a new one
    const int margin = qMax(m_session.settings().refreshMarginSeconds(), m_probe ? 60 : 0);
    if (o.result.error.isError()) {
        // said above
    } else if (m_keychainRefusal) {
        o.result.error = *m_keychainRefusal;
    } else if (cached && cached->validFor(margin, now)) {
        o.result = withCached(account, *cached, &o.fromCache);
    } else {
        o.result = request(account);
        // the budget is the carrier's rule: a token it still accepts counts
        if (o.result.error.category == ErrorCategory::HeldBack && cached &&
            cached->validFor(0, m_session.clock().now())) {
            o.result = withCached(account, *cached, &o.fromCache);
            o.heldBack = true;
        }
        if (o.result.error.category == ErrorCategory::Keychain)
            m_keychainRefusal = o.result.error;
    }
    if (const Account* updated = m_session.store()->find(account.id))
        o.account = *updated;
    judge(&o);
    secretDates(&o);
    return o;
}

std::optional<IssuedToken> AccountCheck::cachedToken(const Account& account)
{
    if (!asksForReuse(m_session.catalog().find(account.carrierId)))
        return std::nullopt;
    std::optional<IssuedToken> token;
    m_session.wait([&](auto quit) {
        m_session.tokenCache()->load(
            account.id, &m_session,
            [this, &token, quit](std::optional<IssuedToken> t, const SecretResult& r) {
                if (r.ok())
                    token = std::move(t);
                else
                    m_keychainRefusal = Failure::make(ErrorCategory::Keychain, r.message);
                quit();
            });
    });
    return token;
}

TokenResult AccountCheck::request(const Account& account)
{
    TokenResult result;
    m_session.wait([&](auto quit) {
        m_session.tokens()->requestToken(
            account.id, &m_session,
            [&result, quit](const TokenResult& r) {
                result = r;
                quit();
            },
            TokenService::Budget::Keep,
            m_probe ? TokenService::ProbeWish::Yes : TokenService::ProbeWish::No);
    });
    return result;
}

TokenResult AccountCheck::withCached(const Account& account, const IssuedToken& token,
                                     bool* fromCache)
{
    const CarrierPreset* preset = m_session.catalog().find(account.carrierId);
    if (!m_probe || !Probe::specFor(account, preset)) {
        *fromCache = true;
        return TokenService::fromCache(token);
    }
    // TokenService::probe takes the cached token while it stays valid
    TokenResult result;
    m_session.wait([&](auto quit) {
        m_session.tokens()->probe(account.id, QString(), &m_session,
                                  [&result, fromCache, quit](const TokenResult& r, bool cached) {
                                      result = r;
                                      *fromCache = cached;
                                      quit();
                                  });
    });
    return result;
}

void AccountCheck::judge(CheckOutcome* o) const
{
    const TokenResult& r = o->result;
    using Verdict = CheckOutcome::Verdict;
    if (!r.ok()) {
        o->problem = m_session.forCommandLine(r.error, o->account.name);
        o->problemId = Failure::categoryId(r.error.category);
        o->verdict = unknownOutcome(r.error.category) ? Verdict::CouldNotCheck : Verdict::Failed;
    } else if (r.signature.verdict == SignatureCheck::Verdict::Invalid) {
        o->problem = Failure::make(ErrorCategory::CarrierError,
                                   Message::plain(TestOutput::signatureLine(r.signature)),
                                   Message(), Failure::HintSource::Specific);
        o->problemId = QStringLiteral("signature_invalid");
        o->verdict = Verdict::Failed;
    } else if (r.probe.ran() && !r.probe.ok()) {
        o->problem = Failure::make(ErrorCategory::CarrierError, r.probe.message(), r.probe.hint(),
                                   Failure::HintSource::Specific);
        o->problemId = QStringLiteral("probe_failed");
        o->verdict = unreachedProbe(r.probe.verdict) ? Verdict::CouldNotCheck : Verdict::Failed;
    } else {
        o->verdict = o->fromCache ? Verdict::Cached : Verdict::Ok;
    }
}

void AccountCheck::secretDates(CheckOutcome* o) const
{
    o->expiresInDays = o->account.daysUntilSecretExpires(m_session.clock().now());
    o->expired = o->expiresInDays && *o->expiresInDays < 0;
    o->expiring = o->expiresInDays && *o->expiresInDays >= 0 && *o->expiresInDays <= m_warnDays;
}
