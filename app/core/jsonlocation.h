// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringList>

// Finds where a value sits in JSON text, so a message about a file can name
// the line a person has to edit. QJsonDocument keeps no positions.
namespace JsonLocation {

// The 1-based line of the member or element at `path` (object keys, and array
// indexes as decimal text). Where the path ends at a member that is not there,
// the line of the deepest object or array on the path that is. 0 when the text
// is not JSON enough to walk.
int lineOf(const QByteArray& json, const QStringList& path);

// The 1-based line of a byte offset, as QJsonParseError gives it.
int lineAtOffset(const QByteArray& json, int offset);

} // namespace JsonLocation
