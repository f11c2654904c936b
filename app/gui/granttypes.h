// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// What people call the OAuth grant types the catalog names by their wire ids
// ("client_credentials"): the editor shows these names and keeps the id.
namespace GrantTypes {
// The name in the current language; an id nobody named yet reads as words.
QString label(const QString& id);
} // namespace GrantTypes
