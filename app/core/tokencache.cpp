// SPDX-License-Identifier: Apache-2.0
#include "tokencache.h"

#include "clock.h"
#include "jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

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
} // namespace

TokenCache::TokenCache(SecretStore* store, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : &Clock::system())
{}

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
                    {QStringLiteral("issued_for"), QString::fromLatin1(token.issuedFor)}};
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
    t.tokenType = obj.value(QStringLiteral("token_type")).toString();
    t.tokenTypeAsSent = obj.value(QStringLiteral("token_type_as_sent")).toString();
    t.obtainedAt = fromIso(obj.value(QStringLiteral("obtained_at")));
    t.expiresIn = jsonInteger(obj.value(QStringLiteral("expires_in")), -1, 0, 1000000000000LL);
    t.expiresAtFromResponse = fromIso(obj.value(QStringLiteral("expires_at_response")));
    t.expiresAtFromJwt = fromIso(obj.value(QStringLiteral("expires_at_jwt")));
    for (const QJsonValue s : obj.value(QStringLiteral("scopes")).toArray())
        t.scopes << s.toString();
    t.otherFields = obj.value(QStringLiteral("fields")).toObject();
    t.issuedFor = obj.value(QStringLiteral("issued_for")).toString().toLatin1();
    if (t.accessToken.isEmpty() || !t.obtainedAt.isValid())
        return std::nullopt;
    return t;
}

std::optional<IssuedToken> TokenCache::peek(const QUuid& profile) const
{
    const auto it = m_memory.constFind(profile);
    if (it == m_memory.constEnd() || !fits(profile, *it))
        return std::nullopt;
    return *it;
}

bool TokenCache::fits(const QUuid& profile, const IssuedToken& token) const
{
    return !m_issuedFor || token.issuedFor == m_issuedFor(profile);
}

void TokenCache::load(const QUuid& profile, QObject* context, LoadCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto answerFromMemory = [this, profile, guard, hasContext,
                                   done](const SecretResult& status) {
        const auto held = m_memory.constFind(profile);
        std::optional<IssuedToken> token;
        if (held != m_memory.constEnd())
            token = *held;
        const QDateTime expiresAt = token ? token->expiresAt() : QDateTime();
        if (token &&
            ((expiresAt.isValid() && expiresAt <= m_clock->now()) || !fits(profile, *token))) {
            // expired, or issued for other settings: forget it here and in the keychain
            m_memory.remove(profile);
            token.reset();
            removeFromKeychain(profile, nullptr, {});
            emit tokenChanged(profile);
        }
        if (done && (!hasContext || guard))
            done(token, status);
    };
    if (!m_enabled || m_loaded.value(profile)) {
        QMetaObject::invokeMethod(
            this, [answerFromMemory] { answerFromMemory(SecretResult()); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(SecretStore::tokenKey(profile), context ? context : this,
                  [this, profile, answerFromMemory](const SecretResult& r) {
                      if (r.ok()) {
                          m_loaded.insert(profile, true);
                          if (auto token = deserialize(r.data))
                              m_memory.insert(profile, *token);
                      } else if (r.status == SecretResult::NotFound) {
                          m_loaded.insert(profile, true);
                      }
                      answerFromMemory(r.status == SecretResult::NotFound ? SecretResult() : r);
                  });
}

void TokenCache::store(const QUuid& profile, const IssuedToken& token, QObject* context,
                       SecretStore::Callback done)
{
    m_memory.insert(profile, token);
    m_loaded.insert(profile, true);
    emit tokenChanged(profile);
    if (!m_enabled) {
        // the token lives for this run only; make sure no older one lingers
        removeFromKeychain(profile, context, std::move(done));
        return;
    }
    // a newer token replaces one still waiting; its callers learn of this write
    QueuedWrite& queued = m_writes[profile];
    if (!m_writeOrder.contains(profile))
        m_writeOrder.append(profile);
    queued.token = token;
    queued.waiters.append({QPointer<QObject>(context ? context : this), std::move(done)});
    writeNext();
}

void TokenCache::writeNext()
{
    if (m_writing || m_writeOrder.isEmpty())
        return;
    const QUuid profile = m_writeOrder.takeFirst();
    const QueuedWrite queued = m_writes.take(profile);
    m_writing = true;
    m_writingProfile = profile;
    // the next write starts inside this callback, so the store never looks
    // idle while tokens wait to be written; the reads of requests go first
    const auto answer = [this, profile, waiters = queued.waiters](const SecretResult& r) {
        m_writing = false;
        // dropped while on its way: the removal comes after the write
        if (m_removeAfterWrite.remove(profile))
            m_store->remove(SecretStore::tokenKey(profile), this, [](const SecretResult&) {});
        for (const auto& waiter : waiters) {
            if (waiter.first && waiter.second)
                waiter.second(r);
        }
        writeNext();
    };
    if (!m_enabled) {
        // caching was switched off while this token waited: nothing is kept
        m_store->remove(SecretStore::tokenKey(profile), this, answer);
        return;
    }
    m_store->write(SecretStore::tokenKey(profile), serialize(queued.token), this, answer,
                   SecretStore::Priority::Background);
}

void TokenCache::drop(const QUuid& profile, QObject* context, SecretStore::Callback done)
{
    m_memory.remove(profile);
    m_loaded.insert(profile, true);
    emit tokenChanged(profile);
    removeFromKeychain(profile, context, std::move(done));
}

void TokenCache::removeFromKeychain(const QUuid& profile, QObject* context,
                                    SecretStore::Callback done)
{
    // a write still waiting is not made; its callers hear how the removal went
    if (m_writing && m_writingProfile == profile)
        m_removeAfterWrite.insert(profile);
    m_writeOrder.removeOne(profile);
    const QueuedWrite cancelled = m_writes.take(profile);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->remove(SecretStore::tokenKey(profile), this,
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
