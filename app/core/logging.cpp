// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "tokendock.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "tokendock.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokendock.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "tokendock.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tokendock.sandbox", QtInfoMsg)
