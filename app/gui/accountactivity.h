#pragma once

#include "accountstatus.h"
#include "tokenresult.h"

#include <QHash>
#include <QObject>
#include <QUuid>

class AppServices;

// What happened to each account in this session: the last result, whether a
// request is on its way, and the token the cache holds. The list, the header
// and the token view read it; it listens to the core services.
class AccountActivity : public QObject
{
    Q_OBJECT

public:
    explicit AccountActivity(AppServices* services, QObject* parent = nullptr);

    AppServices* services() const { return m_services; }
    // The last result this session, success or failure.
    std::optional<TokenResult> lastResult(const QUuid& id) const;
    // The account's current token (from this session or the keychain cache).
    std::optional<IssuedToken> token(const QUuid& id) const;
    bool isBusy(const QUuid& id) const;
    AccountStatus status(const QUuid& id, const QDateTime& now) const;

    // Reads every account's cached token from the keychain, so countdowns
    // continue after a restart.
    void loadCachedTokens();

signals:
    void changed(const QUuid& id);
    void requestStarted(const QUuid& id);
    void requestFinished(const QUuid& id, const TokenResult& result);

private:
    AppServices* m_services;
    QHash<QUuid, TokenResult> m_results;
};
