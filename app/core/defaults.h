// SPDX-License-Identifier: Apache-2.0
#pragma once

// The settings' defaults, stated once: AppSettings falls back to them, and
// the classes that run before any setting is read start with them.
namespace Defaults {
constexpr int kClipboardClearSeconds = 30;
constexpr int kRequestTimeoutSeconds = 20;
constexpr int kKeychainTimeoutSeconds = 15;
constexpr int kRefreshMarginSeconds = 60;
constexpr int kSecretWarnDays = 14; // a secret's expiry is this near: remind
constexpr int kNotWorkingDays = 7;  // an account has failed this long: remind
} // namespace Defaults
