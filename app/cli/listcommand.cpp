// SPDX-License-Identifier: Apache-2.0
// tokendock list [--json]
#include "accountrequest.h"
#include "accountstore.h"
#include "alignedrows.h"
#include "cachedtokenindex.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "clock.h"
#include "commandparser.h"
#include "commands.h"
#include "jsontext.h"
#include "parallelfor.h"
#include "secretbytes.h"
#include "secretlifetext.h"
#include "supportreport.h"
#include "textpolicy.h"
#include "tokencache.h"

#include <algorithm>
#include <optional>
#include <system_error>
#include <thread>

namespace {
struct CacheInfo
{
    bool known = false; // the keychain, or the index it filled, answered for this account
    std::optional<CachedTokenEntry> token;
};

QString localTime(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString lastTestText(const Account& p)
{
    const auto last = p.lastTest();
    if (!last)
        return ListCommand::tr("never");
    const auto category = Failure::categoryFromId(last->category);
    const QString outcome = last->ok() ? ListCommand::tr("OK")
                            : category ? Failure::categoryLabel(*category)
                                       : last->category;
    return outcome + QLatin1Char(' ') + localTime(last->at);
}

QString cacheText(const CacheInfo& c, const QDateTime& now)
{
    if (!c.known)
        return ListCommand::tr("unknown");
    if (!c.token)
        return ListCommand::tr("none");
    const QDateTime at = c.token->expiresAt;
    if (!at.isValid())
        return ListCommand::tr("cached, expiry unknown");
    return ListCommand::tr("%1 (%2 left)")
        .arg(localTime(at), SupportReport::duration(qMax<qint64>(0, now.secsTo(at))));
}

void numberOrNull(JsonText& json, const std::optional<qint64>& n)
{
    if (n)
        json.number(*n);
    else
        json.null();
}

// Under an account's row: how old its secret is, when it expires, when it last worked.
QString secretLifeLine(const Account& p, const QDateTime& now)
{
    return QStringLiteral("  ") +
           TextPolicy::oneLine(SecretLifeText::summary(p, now, localTime(p.lastWorked()))) +
           QLatin1Char('\n');
}

// One account's object, its keys in the order a QJsonObject keeps them.
void accountJson(JsonText& json, const Account& p, const CarrierPreset* preset, const CacheInfo& c,
                 const QDateTime& now)
{
    json.beginObject();
    json.key("cache_readable").boolean(c.known);
    json.key("cached_token");
    if (c.token) {
        const QDateTime at = c.token->expiresAt;
        // expires_in as the carrier stated it (RFC 6749), seconds_left as of now
        json.beginObject();
        json.key("expires_at").utcTime(at);
        numberOrNull(json.key("expires_in"), c.token->expiresIn >= 0
                                                 ? std::optional<qint64>(c.token->expiresIn)
                                                 : std::nullopt);
        numberOrNull(json.key("seconds_left"),
                     at.isValid() ? std::optional<qint64>(now.secsTo(at)) : std::nullopt);
        json.end();
    } else {
        json.null();
    }
    json.key("carrier").string(p.carrierId);
    if (preset)
        json.key("carrier_name").string(preset->name);
    else
        json.key("carrier_name").null();
    json.key("client_id").string(p.clientId);
    json.key("credentials").string(placementId(p.effectivePlacement(preset)));
    json.key("environment").string(p.environmentId);
    json.key("environment_label").string(p.environmentLabel(preset));
    json.key("grant_type").string(p.effectiveGrantType(preset));
    json.key("id").string(p.id.toString(QUuid::WithoutBraces));
    json.key("last_test");
    if (const auto t = p.lastTest()) {
        json.beginObject();
        json.key("at").utcTime(t->at);
        numberOrNull(json.key("http_status"),
                     t->httpStatus > 0 ? std::optional<qint64>(t->httpStatus) : std::nullopt);
        numberOrNull(json.key("latency_ms"),
                     t->latencyMs >= 0 ? std::optional<qint64>(t->latencyMs) : std::nullopt);
        json.key("ok").boolean(t->ok());
        json.key("outcome").string(t->category);
        json.end();
    } else {
        json.null();
    }
    json.key("last_worked").utcTime(p.lastWorked());
    json.key("name").string(p.name);
    numberOrNull(json.key("secret_age_days"), p.secretAgeDays(now));
    if (p.secretExpires.isValid())
        json.key("secret_expires").string(p.secretExpires.toString(Qt::ISODate));
    else
        json.key("secret_expires").null();
    numberOrNull(json.key("secret_expires_in_days"), p.daysUntilSecretExpires(now));
    json.key("secret_missing").boolean(p.secretMissing);
    json.key("secret_set").utcTime(p.secretMissing ? QDateTime() : p.secretSet());
    json.key("token_url").string(AccountRequest::resolvedUrl(p, preset));
    json.end();
}

// The table for people, each account's row followed by its secret's life.
QString accountsText(const QList<Account>& accounts, const QList<CacheInfo>& caches,
                     const CarrierCatalog& catalog, const QDateTime& now)
{
    QList<QStringList> rows{{ListCommand::tr("NAME"), ListCommand::tr("CARRIER"),
                             ListCommand::tr("ENVIRONMENT"), ListCommand::tr("TOKEN URL"),
                             ListCommand::tr("CLIENT ID"), ListCommand::tr("SECRET"),
                             ListCommand::tr("LAST TEST"), ListCommand::tr("CACHED TOKEN")}};
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account& p = accounts.at(i);
        const QString url = AccountRequest::resolvedUrl(p, catalog.find(p.carrierId));
        rows << QStringList{
            p.name,
            p.carrierId,
            p.environmentId,
            url.isEmpty() ? ListCommand::tr("(not set)") : url,
            p.clientId,
            p.secretMissing ? ListCommand::tr("missing") : ListCommand::tr("stored"),
            lastTestText(p),
            cacheText(caches.at(i), now)};
    }
    const QStringList lines = AlignedRows::columns(rows).split(QLatin1Char('\n'));
    QString text = lines.constFirst() + QLatin1Char('\n');
    for (qsizetype i = 0; i < accounts.size(); ++i)
        text += lines.at(i + 1) + QLatin1Char('\n') + secretLifeLine(accounts.at(i), now);
    return text;
}

// From the index once a full read of the keychain filled it: no item is
// read. What a read of the keychain would drop is not shown either: an
// expired token, or one issued for other settings (a hand edit of the
// account list). The digests of thousands of accounts are worked out on
// every core.
std::optional<QList<CacheInfo>> fromIndex(CliSession& session, const QList<Account>& accounts,
                                          const CachedTokenIndex::Contents& contents,
                                          const QDateTime& now)
{
    const TokenCache* cache = session.tokenCache();
    if (!cache->isEnabled() || !cache->index() || !contents.complete)
        return std::nullopt;
    QList<CacheInfo> caches(accounts.size());
    CacheInfo* const infos = caches.data(); // detached here, not on each thread
    const CarrierCatalog& catalog = session.catalog();
    const auto fill = [&](qsizetype i) {
        const Account& p = accounts.at(i);
        CacheInfo& info = infos[i];
        info.known = true;
        const auto entry = contents.entries.constFind(p.id);
        if (entry != contents.entries.constEnd() &&
            (!entry->expiresAt.isValid() || entry->expiresAt > now) &&
            entry->issuedFor == AccountRequest::issuedFor(p, catalog.find(p.carrierId)))
            info.token = *entry;
    };
    parallelFor(accounts.size(), fill);
    return caches;
}

// From the keychain: all at once where it allows it; what that left
// unsettled is read one after another, and after a refusal the rest are not
// asked, so a locked keychain prompts at most once. A read of every account
// fills the index, so the next list needs no keychain.
QList<CacheInfo> fromKeychain(CliSession& session, const QList<Account>& accounts)
{
    TokenCache* cache = session.tokenCache();
    QList<QUuid> ids;
    for (const Account& p : accounts)
        ids.append(p.id);
    SecretResult refusal;
    session.wait([&](auto quit) {
        cache->preload(ids, &session, [&refusal, quit](const SecretResult& r) {
            refusal = r;
            quit();
        });
    });
    QList<CacheInfo> caches;
    CachedTokenIndex::Changes found;
    for (const Account& p : accounts) {
        CacheInfo info;
        if (refusal.ok()) {
            session.wait([&](auto quit) {
                cache->load(p.id, &session,
                            [&info, &refusal, quit](std::optional<IssuedToken> token,
                                                    const SecretResult& r) {
                                info.known = r.ok();
                                if (r.ok() && token)
                                    info.token = CachedTokenEntry::of(*token);
                                if (!r.ok())
                                    refusal = r;
                                quit();
                            });
            });
        }
        if (info.token)
            found.insert(p.id, info.token);
        caches << info;
    }
    if (!refusal.ok())
        CliSession::err(
            ListCommand::tr("Cached tokens could not be read: %1").arg(refusal.message.text()) +
            QLatin1Char('\n'));
    else if (cache->isEnabled() && cache->index())
        cache->index()->apply(found, session.clock().now(), true);
    return caches;
}
} // namespace

int ListCommand::run(CliSession& session)
{
    CommandParser parser(
        session, tr("Lists the accounts: name, carrier, environment, token URL, client id, the "
                    "last test and when the cached token expires; under each, how old its "
                    "secret is, when the carrier says it expires and when it last worked."));
    parser.addJsonOption(tr("Print one JSON array."));
    if (const auto exit = parser.parse(0, 0))
        return *exit;
    // the index is read on another core while the account list is parsed
    CachedTokenIndex::Contents index;
    const auto readIndex = [&index, file = session.cachedTokenIndexFile()] {
        CachedTokenIndex(file).read(&index);
    };
    std::thread indexReader;
    try {
        indexReader = std::thread(readIndex);
    } catch (const std::system_error&) {
        readIndex(); // no thread to be had: here, then
    }
    Failure error;
    const bool readable = session.storeReadable(&error);
    if (indexReader.joinable())
        indexReader.join();
    if (!readable)
        return session.fail(error);

    const QList<Account> accounts = session.store()->accounts();
    const QDateTime now = session.clock().now();
    const auto indexed = fromIndex(session, accounts, index, now);
    const QList<CacheInfo> caches = indexed ? *indexed : fromKeychain(session, accounts);
    if (session.json()) {
        // written as it goes: a QJsonObject for each of thousands of
        // accounts cost more than reading the account list
        JsonText json;
        json.reserve(accounts.size() * 1024); // about what one account takes
        json.beginArray();
        for (qsizetype i = 0; i < accounts.size(); ++i)
            accountJson(json, accounts.at(i), session.catalog().find(accounts.at(i).carrierId),
                        caches.at(i), now);
        json.end();
        QByteArray bytes = json.take();
        CliSession::writeJson(bytes);
        wipe(bytes); // as every JSON the command line prints
        return 0;
    }
    if (accounts.isEmpty()) {
        CliSession::out(tr("No accounts yet. Add one with \u201ctokendock add NAME --carrier ID "
                           "--client-id ID\u201d.") +
                        QLatin1Char('\n'));
        return 0;
    }
    CliSession::out(accountsText(accounts, caches, session.catalog(), now));
    if (std::any_of(accounts.begin(), accounts.end(),
                    [](const Account& p) { return p.secretMissing; }))
        CliSession::out(QLatin1Char('\n') +
                        tr("Enter a missing secret with \u201ctokendock edit NAME "
                           "--secret-stdin\u201d.") +
                        QLatin1Char('\n'));
    return 0;
}
