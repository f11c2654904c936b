// SPDX-License-Identifier: Apache-2.0
#include "tokencache.h"

#include "clock.h"
#include "jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
// A word nearly every cached token repeats (its type, its header) as one
// string shared by all: thousands of tokens otherwise hold a copy each.
QString commonWord(const QJsonValue& v, const QString& fallback)
{
    static const QString words[] = {QStringLiteral("Bearer"), QStringLiteral("bearer"),
                                    QStringLiteral("Authorization")};
    const QString text = v.toString(fallback);
    for (const QString& word : words) {
        if (text == word)
            return word;
    }
    return text;
}
} // namespace

TokenCache::TokenCache(SecretStore* store, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : &Clock::system())
{
    m_indexTimer.setSingleShot(true);
    connect(&m_indexTimer, &QTimer::timeout, this, [this] { writeIndex(Wait::No); });
    m_indexWorker.setMaxThreadCount(1);
}

TokenCache::~TokenCache()
{
    writeIndex(Wait::Done);
    m_indexWorker.waitForDone();
}

void TokenCache::tellIndex(const QUuid& account, std::optional<CachedTokenEntry> entry)
{
    if (!m_index)
        return;
    const bool removal = !entry;
    m_indexChanges.insert(account, std::move(entry));
    // a removal is written at the next turn of the event loop, with the
    // others of this turn (an import may drop thousands): the index must not
    // show a token that is gone; new tokens go together a second later
    if (removal)
        m_indexTimer.start(0);
    else if (!m_indexTimer.isActive())
        m_indexTimer.start(1000);
}

void TokenCache::writeIndex(Wait wait)
{
    m_indexTimer.stop();
    if (!m_index || m_indexChanges.isEmpty())
        return;
    const CachedTokenIndex::Changes changes = std::exchange(m_indexChanges, {});
    const bool removal = std::any_of(changes.cbegin(), changes.cend(),
                                     [](const auto& change) { return !change.has_value(); });
    if (wait == Wait::Done || removal) {
        m_index->apply(changes, m_clock->now());
        return;
    }
    // off the UI thread: the file is read and written whole, on a disk
    // that may take its time; the merge rules make the order of writes moot
    m_indexWorker.start(
        [index = *m_index, changes, now = m_clock->now()] { index.apply(changes, now); });
}

SecretBytes TokenCache::serialize(const IssuedToken& token)
{
    QJsonObject obj{{QStringLiteral("v"), 1},
                    {QStringLiteral("access_token"), QString::fromUtf8(token.accessToken.expose())},
                    {QStringLiteral("token_type"), token.tokenType},
                    {QStringLiteral("token_type_as_sent"), token.tokenTypeAsSent},
                    {QStringLiteral("obtained_at"), iso(token.obtainedAt)},
                    {QStringLiteral("expires_in"), token.expiresIn},
                    {QStringLiteral("expires_at_response"), iso(token.expiresAtFromResponse)},
                    {QStringLiteral("expires_at_jwt"), iso(token.expiresAtFromJwt)},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
                    {QStringLiteral("fields"), token.otherFields},
                    {QStringLiteral("issued_for"), QString::fromLatin1(token.issuedFor)},
                    {QStringLiteral("expires_at_stated"), iso(token.expiresAtStated)},
                    {QStringLiteral("expires_at_documented"), iso(token.expiresAtDocumented)},
                    {QStringLiteral("use_header"), token.useHeader},
                    {QStringLiteral("use_scheme"), token.useScheme}};
    // the item is in the keychain: the refresh token and API keys are kept with the token
    if (!token.refreshToken.isEmpty())
        obj.insert(QStringLiteral("refresh_token"), QString::fromUtf8(token.refreshToken.expose()));
    QJsonArray headers;
    for (const ApiHeader& h : token.apiHeaders)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.name)},
                                   {QStringLiteral("value"), QString::fromUtf8(h.value.expose())}});
    if (!headers.isEmpty())
        obj.insert(QStringLiteral("api_headers"), headers);
    if (token.serverClockAhead != 0)
        obj.insert(QStringLiteral("server_clock_ahead"), token.serverClockAhead);
    QByteArray json = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    SecretBytes out(json);
    wipe(json);
    return out;
}

std::optional<IssuedToken> TokenCache::deserialize(const SecretBytes& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.expose(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject obj = doc.object();
    if (obj.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    IssuedToken t;
    t.accessToken = SecretBytes(obj.value(QStringLiteral("access_token")).toString().toUtf8());
    t.tokenType = commonWord(obj.value(QStringLiteral("token_type")), QString());
    t.tokenTypeAsSent = commonWord(obj.value(QStringLiteral("token_type_as_sent")), QString());
    t.obtainedAt = fromIso(obj.value(QStringLiteral("obtained_at")));
    t.expiresIn = jsonInteger(obj.value(QStringLiteral("expires_in")), -1, 0, 1000000000000LL);
    t.expiresAtFromResponse = fromIso(obj.value(QStringLiteral("expires_at_response")));
    t.expiresAtFromJwt = fromIso(obj.value(QStringLiteral("expires_at_jwt")));
    for (const QJsonValue s : obj.value(QStringLiteral("scopes")).toArray())
        t.scopes << s.toString();
    t.otherFields = obj.value(QStringLiteral("fields")).toObject();
    t.issuedFor = obj.value(QStringLiteral("issued_for")).toString().toLatin1();
    t.expiresAtStated = fromIso(obj.value(QStringLiteral("expires_at_stated")));
    t.expiresAtDocumented = fromIso(obj.value(QStringLiteral("expires_at_documented")));
    // a clock ten years off is no clock reading
    constexpr qint64 kMaxClockAhead = 10LL * 366 * 86400;
    t.serverClockAhead = jsonInteger(obj.value(QStringLiteral("server_clock_ahead")), 0,
                                     -kMaxClockAhead, kMaxClockAhead);
    t.refreshToken = SecretBytes(obj.value(QStringLiteral("refresh_token")).toString().toUtf8());
    // a token kept by an older version went out as "<type> <token>" in Authorization
    t.useHeader =
        commonWord(obj.value(QStringLiteral("use_header")), QStringLiteral("Authorization"));
    t.useScheme = commonWord(obj.value(QStringLiteral("use_scheme")), t.tokenType);
    for (const QJsonValue h : obj.value(QStringLiteral("api_headers")).toArray()) {
        const QJsonObject header = h.toObject();
        t.apiHeaders.append(
            {header.value(QStringLiteral("name")).toString().toLatin1(),
             SecretBytes(header.value(QStringLiteral("value")).toString().toUtf8())});
    }
    if (t.accessToken.isEmpty() || !t.obtainedAt.isValid())
        return std::nullopt;
    return t;
}

std::optional<IssuedToken> TokenCache::peek(const QUuid& account) const
{
    const auto it = m_memory.constFind(account);
    if (it == m_memory.constEnd() || !fits(account, *it))
        return std::nullopt;
    return *it;
}

bool TokenCache::fits(const QUuid& account, const IssuedToken& token) const
{
    return !m_issuedFor || token.issuedFor == m_issuedFor(account);
}

void TokenCache::load(const QUuid& account, QObject* context, LoadCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto answerFromMemory = [this, account, guard, hasContext,
                                   done](const SecretResult& status) {
        const auto held = m_memory.constFind(account);
        std::optional<IssuedToken> token;
        if (held != m_memory.constEnd())
            token = *held;
        const QDateTime expiresAt = token ? token->expiresAt() : QDateTime();
        if (token &&
            ((expiresAt.isValid() && expiresAt <= m_clock->now()) || !fits(account, *token))) {
            // expired, or issued for other settings: forget it here and in the keychain
            m_memory.remove(account);
            token.reset();
            removeFromKeychain(account, nullptr, {});
            emit tokenChanged(account);
        }
        if (done && (!hasContext || guard))
            done(token, status);
    };
    if (!m_enabled || m_loaded.value(account)) {
        QMetaObject::invokeMethod(
            this, [answerFromMemory] { answerFromMemory(SecretResult()); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(SecretStore::tokenKey(account), context ? context : this,
                  [this, account, answerFromMemory](const SecretResult& r) {
                      // a token stored meanwhile is newer than what was read
                      const bool newer = isWriting(account);
                      if (r.ok()) {
                          m_loaded.insert(account, true);
                          auto token = deserialize(r.data);
                          if (token && !newer)
                              m_memory.insert(account, *token);
                      } else if (r.status == SecretResult::NotFound) {
                          m_loaded.insert(account, true);
                          if (!newer)
                              m_memory.remove(account); // another process dropped it
                      }
                      answerFromMemory(r.status == SecretResult::NotFound ? SecretResult() : r);
                  });
}

bool TokenCache::isWriting(const QUuid& account) const
{
    return m_writes.contains(account) || (m_writing && m_writingAccount == account);
}

void TokenCache::preload(const QList<QUuid>& accounts, QObject* context,
                         std::function<void(const SecretResult&)> done)
{
    QStringList keys;
    QHash<QString, QUuid> accountOf;
    for (const QUuid& account : accounts) {
        if (!m_enabled || m_loaded.value(account))
            continue;
        keys.append(SecretStore::tokenKey(account));
        accountOf.insert(keys.constLast(), account);
    }
    if (keys.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done)] { done(SecretResult()); },
            Qt::QueuedConnection);
        return;
    }
    m_store->readMany(
        keys, context ? context : this,
        [this, accountOf, done](const SecretStore::Answers& answers, const SecretResult& trouble) {
            for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                const QUuid account = accountOf.value(it.key());
                // a load() answered meanwhile, or a token being
                // written, is newer than what was read
                if (m_loaded.value(account) || isWriting(account))
                    continue;
                m_loaded.insert(account, true);
                if (!it->ok())
                    continue;
                if (auto token = deserialize(it->data))
                    m_memory.insert(account, *token);
            }
            done(trouble);
        });
}

void TokenCache::reread(const QUuid& account)
{
    if (!isWriting(account))
        m_loaded.remove(account);
}

void TokenCache::store(const QUuid& account, const IssuedToken& token, QObject* context,
                       SecretStore::Callback done)
{
    m_memory.insert(account, token);
    m_loaded.insert(account, true);
    emit tokenChanged(account);
    if (!m_enabled) {
        // the token lives for this run only; make sure no older one lingers
        tellIndex(account, std::nullopt);
        removeFromKeychain(account, context, std::move(done));
        return;
    }
    // a newer token replaces one still waiting; its callers learn of this write
    QueuedWrite& queued = m_writes[account];
    if (!m_writeOrder.contains(account))
        m_writeOrder.append(account);
    queued.token = token;
    queued.waiters.append({QPointer<QObject>(context ? context : this), std::move(done)});
    writeNext();
}

void TokenCache::writeNext()
{
    if (m_writing || m_writeOrder.isEmpty())
        return;
    const QUuid account = m_writeOrder.takeFirst();
    const QueuedWrite queued = m_writes.take(account);
    m_writing = true;
    m_writingAccount = account;
    // the next write starts inside this callback, so the store never looks
    // idle while tokens wait to be written; the reads of requests go first
    // caching switched off while this token waited: nothing is kept
    const bool kept = m_enabled;
    const auto answer = [this, account, kept, waiters = queued.waiters,
                         entry = CachedTokenEntry::of(queued.token)](const SecretResult& r) {
        m_writing = false;
        // dropped while on its way: the removal comes after the write
        if (m_removeAfterWrite.remove(account))
            m_store->remove(SecretStore::tokenKey(account), this, [](const SecretResult&) {});
        else if (r.ok() && kept)
            tellIndex(account, entry);
        for (const auto& waiter : waiters) {
            if (waiter.first && waiter.second)
                waiter.second(r);
        }
        writeNext();
    };
    if (!kept) {
        tellIndex(account, std::nullopt);
        m_store->remove(SecretStore::tokenKey(account), this, answer);
        return;
    }
    m_store->write(SecretStore::tokenKey(account), serialize(queued.token), this, answer,
                   SecretStore::Priority::Background, m_label ? m_label(account) : QString());
}

void TokenCache::drop(const QUuid& account, QObject* context, SecretStore::Callback done)
{
    m_memory.remove(account);
    m_loaded.insert(account, true);
    emit tokenChanged(account);
    tellIndex(account, std::nullopt);
    removeFromKeychain(account, context, std::move(done));
}

void TokenCache::removeFromKeychain(const QUuid& account, QObject* context,
                                    SecretStore::Callback done)
{
    // a write still waiting is not made; its callers hear how the removal went
    if (m_writing && m_writingAccount == account)
        m_removeAfterWrite.insert(account);
    m_writeOrder.removeOne(account);
    const QueuedWrite cancelled = m_writes.take(account);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->remove(SecretStore::tokenKey(account), this,
                    [guard, hasContext, done = std::move(done),
                     waiters = cancelled.waiters](const SecretResult& r) {
                        if (done && (!hasContext || guard))
                            done(r);
                        for (const auto& waiter : waiters) {
                            if (waiter.first && waiter.second)
                                waiter.second(r);
                        }
                    });
}
