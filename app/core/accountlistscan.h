// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

class QIODevice;

#include <optional>
#include <utility>

// Finds one account in an account list's text without building the others,
// for a command about one account in a list of thousands. The whole text is
// checked to be JSON on the way (JsonScanner), so a file cut short or mangled
// anywhere is still noticed; what the other accounts hold is not.
namespace AccountListScan {

struct Found
{
    qint64 schema = 0;    // the root's "schema" member; 0 when it is not an integer
    bool hasList = false; // the root's "accounts" member is an array
    // The first account with the wanted name or id, as written; empty when
    // there is none.
    QByteArray account;
    qint64 at = -1; // where that text starts, from where the device stood
    QUuid id;       // its "id" as QUuid reads it
    // Only the whole parse can say which account is meant: another has that
    // name or id too, a member of the list or of an account has an escaped
    // name, or the list has two "schema" or "accounts" members.
    bool ambiguous = false;
};

// Where each account's text lies, for a parse of one account at a time.
struct Pieces
{
    qint64 schema = 0; // as in Found
    // each account's start and end, from where the device stood
    QList<std::pair<qint64, qint64>> accounts;
};

// Reads the device from where it stands to its end, a piece at a time.
// Nothing when that is not one JSON object, or the device fails.
// The account whose "name" has the key (Account::nameKey):
std::optional<Found> find(QIODevice& device, const QString& nameKey);
// The account of that id:
std::optional<Found> find(QIODevice& device, const QUuid& id);
// Every account's place: nothing also when only the whole parse can say
// what the list holds (any escaped member name of the root, a missing or
// repeated "schema" or "accounts", a list member that is not an object).
std::optional<Pieces> pieces(QIODevice& device);
// The same, of text already in memory (read where it lies, not copied).
std::optional<Found> find(QByteArrayView text, const QString& nameKey);
std::optional<Found> find(QByteArrayView text, const QUuid& id);
std::optional<Pieces> pieces(QByteArrayView text);
// An id's text (no quotes, no escapes) as QUuid::fromString reads it.
QUuid idOf(QByteArrayView text);

} // namespace AccountListScan
