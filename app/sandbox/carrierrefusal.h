// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatedcarrier.h"
#include "httpmessage.h"

namespace CarrierRefusal {
// A refusal in the carrier's own error style. `oauthError` is the OAuth error
// code, which styles without one leave out; `message` is for a person.
HttpResponse answer(const EmulatedCarrier& carrier, const QByteArray& issuer, int status,
                    const QString& oauthError, const QString& message);
} // namespace CarrierRefusal

namespace CarrierRefusal {
// A refusal of an API call (401, 403) in the carrier's style, with that status
// even where the carrier's token endpoint answers every refusal with 400.
HttpResponse apiAnswer(const EmulatedCarrier& carrier, const QByteArray& issuer, int status,
                       const QString& code, const QString& message);
} // namespace CarrierRefusal
