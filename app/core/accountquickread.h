// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QByteArrayView>

#include <optional>

// An account read straight from its text, when it is written as TokenDock
// writes an account nobody has tested yet: text, true or false, and maps of
// text, with no escapes. At 5,000 accounts that took a third of the time
// QJsonDocument and Account::fromJson take, and the window's start waits
// for the list. Anything else (an escape, another member, a value of
// another kind, a member twice, an account that would be refused) gives
// nothing: Account::fromJson reads it, and says what is wrong.
namespace AccountQuickRead {

std::optional<Account> read(QByteArrayView text);

} // namespace AccountQuickRead
