// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accountexchange.h"

#include <QCoreApplication>

// What `tokendock import` prints: each account of the file as new or as the
// changes it brings, before anything is applied, then what was done.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    static QString describe(const AccountExchange::Plan& plan, const CarrierCatalog& catalog,
                            bool overwrite);
    static QString outcome(const AccountExchange::Plan& plan,
                           const AccountExchange::Applied& applied, const AccountStore& store,
                           bool overwrite);
};
