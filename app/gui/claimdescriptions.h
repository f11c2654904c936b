// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Plain-language explanations of registered JWT header parameters and claims
// (RFC 7515, 7519, 8693, 9068 and common provider claims).
namespace ClaimDescriptions {
// Empty for a claim nobody registered.
QString describe(const QString& name, bool inHeader);
// Claims holding a NumericDate (seconds since 1970).
bool isTimestamp(const QString& name);
} // namespace ClaimDescriptions
