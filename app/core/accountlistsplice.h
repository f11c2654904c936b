// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "accountlistscan.h"

#include <QByteArray>
#include <QUuid>

#include <functional>
#include <optional>

// One account's text in an account list written anew, every other byte of
// the list kept as it is: a command that read one account saves what it
// changed in that account without building the thousands of others. For a
// list TokenDock wrote, the bytes are those its whole-list save would write.
namespace AccountListSplice {

// Where the account lies in the list, and its new text.
struct Splice
{
    qint64 at = 0;
    qint64 size = 0; // of the text it replaces
    QByteArray text;
};

// The account of that id changed by `edit`, and that account as saved in
// *saved; nothing when only the whole parse can tell (the text is not JSON,
// the id is not there once, another format than `schema`).
// `known`, when given, is what AccountListScan found in these very bytes.
std::optional<Splice> withAccount(const QByteArray& list, const QUuid& id, qint64 schema,
                                  const std::function<void(Account&)>& edit, Account* saved,
                                  const AccountListScan::Found* known = nullptr);

} // namespace AccountListSplice
