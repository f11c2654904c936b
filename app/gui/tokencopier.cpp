// SPDX-License-Identifier: Apache-2.0
#include "tokencopier.h"

#include "accountrequest.h"
#include "accountstore.h"
#include "appservices.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clipboard.h"
#include "tokenservice.h"

TokenCopier::TokenCopier(AppServices* services, Clipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_clipboard(clipboard)
{}

void TokenCopier::copy(const QUuid& id, HeaderFormat::Format format)
{
    const bool joining = m_pending.contains(id);
    m_pending.insert(id, format);
    if (joining)
        return;
    const qint64 margin = m_services->settings().refreshMarginSeconds();
    m_services->tokens()->token(
        id, margin, false, this, [this, id](const TokenResult& result, bool fromCache) {
            const HeaderFormat::Format asked = m_pending.take(id);
            const Account* p = m_services->store()->find(id);
            if (!result.ok() || !p) {
                emit failed(id, result);
                return;
            }
            const CarrierPreset* preset = CarrierCatalog::builtin().find(p->carrierId);
            const QUrl tokenUrl(AccountRequest::resolvedUrl(*p, preset));
            m_clipboard->copySecret(HeaderFormat::render(asked, result.token, tokenUrl, p->name));
            emit copied(id, asked, !fromCache, result.token);
        });
}
