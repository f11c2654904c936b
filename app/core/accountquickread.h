// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"

#include <QByteArrayView>

#include <optional>

// An account read straight from its text, when it is written as TokenDock
// writes a plain one: text, true or false, maps of text, times and the test
// history, with no escapes. The list's parse at 5,000 accounts takes half
// the time it took with QJsonDocument and Account::fromJson for every
// account, and the window's start waits for the list. Anything else (an
// escape, another member such as a shape or a probe, a value of another
// kind, a member twice, an account that would be refused) gives nothing:
// Account::fromJson reads it, and says what is wrong.
namespace AccountQuickRead {

std::optional<Account> read(QByteArrayView text);

} // namespace AccountQuickRead
