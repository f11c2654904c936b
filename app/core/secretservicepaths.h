// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Where the Secret Service keeps the items this user's TokenDock read or
// wrote lately: each item's object path by service and key, in a small 0600
// file in the cache folder. GNOME Keyring compares a search with every item
// it holds (13 ms at 11,000 items), so a read or write of one item that
// knows where the item is asks the item itself instead. A path is only a
// hint: the item's attributes are checked before its value is taken or
// replaced, and a path that fails is forgotten and the item searched for.
//
// One file per process (AppServices sets it); without one nothing is kept.
// The file holds object paths, keys and item labels, never a value. Of two processes
// writing it at once the last one wins: the other's paths are searched for
// again next time.
namespace SecretServicePaths {

// The paths kept, the most recently used ones.
constexpr int kMaxEntries = 1024;

// The file to keep the paths in; an empty path keeps none.
void setFile(const QString& path);
QString file();

// The item's object path, or an empty string when none is known.
QString find(const QString& service, const QString& key);
// The label this program last gave that item, or an empty string when not
// known: a write that would give it the same label leaves the label as it is.
QString label(const QString& service, const QString& key);
// The item of the service and key is at `path` (found, used, or just made),
// with `label` when this program just gave it one.
void remember(const QString& service, const QString& key, const QString& path,
              const QString& label = QString());
// The item's label is being set by other means (a rename): not known now.
void forgetLabel(const QString& service, const QString& key);
// The item is not where it was thought to be, or is gone.
void forget(const QString& service, const QString& key);
// Writes what changed now: the file is written a second after a change,
// and when the application ends.
void flush();

// Whether `path` can be an item of a Secret Service collection: what a
// path read from the file must be before it is asked anything.
bool isItemPath(const QString& path);

} // namespace SecretServicePaths
