// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// "Start at login", written the platform's own way: an XDG autostart entry
// on Linux and other Unix desktops, the HKCU Run key on Windows, a
// LaunchAgent on macOS. What starts is this program with --minimized.
namespace Autostart {
bool isEnabled();
// On failure returns false and *error says why.
bool setEnabled(bool on, QString* error = nullptr);
// Where the entry lives: a file path, or the registry key and value name.
QString location();
} // namespace Autostart
