// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

#include <optional>

// Finds one account in an account list's text without building the others,
// for a command about one account in a list of thousands. The whole text is
// checked to be JSON (RFC 8259, UTF-8) on the way, so a file cut short or
// mangled anywhere is still noticed; what the other accounts hold is not.
namespace AccountListScan {

struct Found
{
    qint64 schema = 0;    // the root's "schema" member; 0 when it is not an integer
    bool hasList = false; // the root's "accounts" member is an array
    // The first account whose "name" has the wanted key (Account::nameKey),
    // as written; empty when none has.
    QByteArray account;
    // Another account has that name too, or the same id.
    bool repeated = false;
};

// Reads the device from where it stands to its end, a piece at a time.
// Nothing when that is not one JSON object, or the device fails.
std::optional<Found> find(QIODevice& device, const QString& nameKey);

} // namespace AccountListScan
