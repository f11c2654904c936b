// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

class AccountStore;
class TokenService;

// "Test all": asks every account's carrier at once (TokenService runs one
// request per account) and counts the answers as they arrive.
class TestAllRun : public QObject
{
    Q_OBJECT

public:
    TestAllRun(const AccountStore* store, TokenService* tokens, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return !m_waiting.isEmpty(); }
    int total() const { return m_total; }
    int done() const { return m_total - int(m_waiting.size()); }
    int failures() const { return m_failures; }

signals:
    void progress(int done, int total);
    void finished(int total, int failures);

private:
    void requestSome();
    static constexpr qsizetype kRequestsPerTurn = 20;

    const AccountStore* m_store;
    TokenService* m_tokens;
    QSet<QUuid> m_waiting;
    int m_total = 0;
    int m_failures = 0;
    QList<QUuid> m_order; // of the requests
    qsizetype m_next = 0; // the next one to send
};
