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
