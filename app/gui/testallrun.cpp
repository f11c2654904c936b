// SPDX-License-Identifier: Apache-2.0
#include "testallrun.h"

#include "accountstore.h"
#include "tokenservice.h"

#include <QTimer>

#include <algorithm>

TestAllRun::TestAllRun(const AccountStore* store, TokenService* tokens, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
{}

void TestAllRun::start()
{
    if (isRunning())
        return;
    const QList<Account> accounts = m_store->accounts();
    m_total = int(accounts.size());
    m_failures = 0;
    for (const Account& p : accounts)
        m_waiting.insert(p.id);
    emit progress(0, m_total);
    if (m_total == 0) {
        emit finished(0, 0);
        return;
    }
    // every secret in one go where the keychain allows it, not one read each
    m_order.clear();
    for (const Account& p : accounts)
        m_order << p.id;
    m_next = 0;
    m_tokens->readSecretsAhead(m_order, this, [this] { requestSome(); });
}

// A slice per turn of the event loop: a thousand requests built in one go
// would hold the window still for a tenth of a second.
void TestAllRun::requestSome()
{
    const qsizetype end = std::min(m_next + kRequestsPerTurn, m_order.size());
    for (; m_next < end; ++m_next) {
        const QUuid id = m_order.at(m_next);
        m_tokens->requestToken(
            id, this,
            [this, id](const TokenResult& result) {
                if (!m_waiting.remove(id))
                    return;
                // a token the API refuses, or not the carrier's, is no working account
                if (!result.passed())
                    ++m_failures;
                emit progress(done(), m_total);
                if (m_waiting.isEmpty()) {
                    m_tokens->forgetSecretsAhead();
                    emit finished(m_total, m_failures);
                }
            },
            TokenService::Budget::Keep, TokenService::ProbeWish::AsAccount);
    }
    if (m_next < m_order.size())
        QTimer::singleShot(0, this, &TestAllRun::requestSome);
}

void TestAllRun::cancel()
{
    // the ones not sent yet are never sent: they end here, as cancelled
    const bool unsent = m_next < m_order.size();
    for (; m_next < m_order.size(); ++m_next) {
        if (m_waiting.remove(m_order.at(m_next)))
            ++m_failures;
    }
    if (unsent) {
        emit progress(done(), m_total);
        if (m_waiting.isEmpty()) {
            m_tokens->forgetSecretsAhead();
            emit finished(m_total, m_failures);
            return;
        }
    }
    const QSet<QUuid> waiting = m_waiting;
    for (const QUuid& id : waiting)
        m_tokens->cancel(id);
}
