// SPDX-License-Identifier: Apache-2.0
#include "tokencopier.h"

#include "accountrequest.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "tokenservice.h"

TokenCopier::TokenCopier(const AccountStore* store, TokenService* tokens,
                         const AppSettings& settings, const CarrierCatalog& catalog,
                         Clipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_clipboard(clipboard)
{}

void TokenCopier::copy(const QUuid& id, HeaderFormat::Format format, bool fresh)
{
    const bool joining = m_pending.contains(id);
    m_pending.insert(id, format);
    if (joining)
        return;
    const qint64 margin = m_settings.refreshMarginSeconds();
    m_tokens->token(id, margin, fresh, this, [this, id](const TokenResult& result, bool fromCache) {
        const HeaderFormat::Format asked = m_pending.take(id);
        const Account* p = m_store->find(id);
        if (!result.ok() || !p) {
            emit failed(id, result);
            return;
        }
        const CarrierPreset* preset = m_catalog.find(p->carrierId);
        const QUrl tokenUrl(AccountRequest::resolvedUrl(*p, preset));
        m_clipboard->copySecret(HeaderFormat::render(asked, result.token, tokenUrl, p->name));
        emit copied(id, asked, !fromCache, result.token);
    });
}
