// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QJsonObject;
class QJsonValue;

// What earlier versions called an account a "profile": the file
// profiles.json, its "profiles" list, and exports in the format
// "tokendock-profiles". Everything that still reads those names lives here,
// so the rest of the code speaks of accounts only.
namespace LegacyAccounts {

// The list of accounts in a file of the given format version: "profiles"
// in format 1, "accounts" from format 2 on.
QJsonValue accountList(const QJsonObject& root, int schema);

// Whether an export's "format" names an account export, old name or new.
bool isExportFormat(const QString& format);

// The file to read the account list at `path` from. When `path` is an
// accounts.json that does not exist yet and profiles.json lies beside it,
// the old file is moved to `path` first, byte for byte, under both files'
// locks and never over an existing file. The keychain items are keyed by
// account id, which the file keeps, so secrets and cached tokens carry over
// untouched. Should the move fail, the old file is read where it is.
QString fileToRead(const QString& path);

} // namespace LegacyAccounts
