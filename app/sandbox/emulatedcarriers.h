// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatedcarrier.h"

#include <QList>

namespace EmulatedCarriers {
// The carriers whose token exchange is not a plain client-credentials form
// POST: a password grant, credentials in headers, GET logins, a JSON login
// with its own field names, a token in a response header.
QList<EmulatedCarrier> otherShapes();
} // namespace EmulatedCarriers
