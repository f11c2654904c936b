// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A yes typed at a terminal prompt such as "[y/N]".
namespace Confirmation {
// "y" and "yes" in English and in the language in effect ("ja", "sí" or
// "si", "oui"), whatever the case and accents; anything else is a no.
bool isYes(const QString& answer);
} // namespace Confirmation
