// SPDX-License-Identifier: Apache-2.0
#include "testallrun.h"

#include "accountstore.h"
#include "tokenservice.h"

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
    for (const Account& p : accounts) {
        const QUuid id = p.id;
        m_tokens->requestToken(
            id, this,
            [this, id](const TokenResult& result) {
                if (!m_waiting.remove(id))
                    return;
                // a token the API refuses, or not the carrier's, is no working account
                if (!result.passed())
                    ++m_failures;
                emit progress(done(), m_total);
                if (m_waiting.isEmpty())
                    emit finished(m_total, m_failures);
            },
            TokenService::Budget::Keep, TokenService::ProbeWish::AsAccount);
    }
}

void TestAllRun::cancel()
{
    const QSet<QUuid> waiting = m_waiting;
    for (const QUuid& id : waiting)
        m_tokens->cancel(id);
}
