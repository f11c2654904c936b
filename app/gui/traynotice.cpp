// SPDX-License-Identifier: Apache-2.0
#include "traynotice.h"

std::optional<TrayNotice> TrayNotice::forWindowTest(const QString& accountName,
                                                    const TokenResult& result, bool windowVisible)
{
    if (windowVisible || result.ok() || result.error.category == ErrorCategory::Cancelled ||
        result.error.category == ErrorCategory::HeldBack)
        return std::nullopt;
    TrayNotice notice;
    notice.title = tr("%1: %2").arg(accountName, Failure::categoryLabel(result.error.category));
    notice.message = result.error.message.text();
    return notice;
}
