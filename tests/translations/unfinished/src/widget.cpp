// SPDX-License-Identifier: Apache-2.0
// A translatable string that no translation covers: the checker must say so.
#include <QCoreApplication>

QString greeting()
{
    return QCoreApplication::translate("Widget", "Your token expires soon.");
}
