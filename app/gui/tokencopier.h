// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "headerformat.h"
#include "tokenresult.h"

#include <QHash>
#include <QObject>
#include <QUuid>

class AccountStore;
class AppSettings;
class CarrierCatalog;
class Clipboard;
class TokenService;

// Copies an account's token in a ready-to-paste format, for the window, the
// tray and a second `tokendock --copy`: the same TokenService path for all.
// A token that has expired or would within the refresh margin is renewed
// first. Copies asked for while one is on its way join it: one request, one
// copy (in the format asked last), one answer.
class TokenCopier : public QObject
{
    Q_OBJECT

public:
    // `settings` gives the refresh margin at each copy.
    TokenCopier(const AccountStore* store, TokenService* tokens, const AppSettings& settings,
                const CarrierCatalog& catalog, Clipboard* clipboard, QObject* parent = nullptr);

    // fresh: always a new token (Test and Copy), else the cached one while it lasts.
    void copy(const QUuid& id, HeaderFormat::Format format, bool fresh = false);
    bool isBusy() const { return !m_pending.isEmpty(); }
    bool isBusy(const QUuid& id) const { return m_pending.contains(id); }

signals:
    // `token` is the one copied, taken from the result that brought it.
    void copied(const QUuid& id, HeaderFormat::Format format, bool renewed,
                const IssuedToken& token);
    void failed(const QUuid& id, const TokenResult& result);

private:
    const AccountStore* m_store;
    TokenService* m_tokens;
    const AppSettings& m_settings;
    const CarrierCatalog& m_catalog;
    Clipboard* m_clipboard;
    QHash<QUuid, HeaderFormat::Format> m_pending; // the format asked last
};
