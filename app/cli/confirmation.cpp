// SPDX-License-Identifier: Apache-2.0
#include "confirmation.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// "Sí" and "si" alike: letters without their accents, in lower case.
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}
} // namespace

namespace Confirmation {
bool isYes(const QString& answer)
{
    const QString typed = folded(answer);
    if (typed.isEmpty())
        return false;
    const QStringList yes{
        QStringLiteral("y"), QStringLiteral("yes"),
        QCoreApplication::translate("RemoveCommand", "y"),
        QCoreApplication::translate("RemoveCommand", "yes",
                                    "a whole yes typed to confirm, as in [y/N]; \"ja\", \"oui\"")};
    for (const QString& word : yes) {
        if (typed == folded(word))
            return true;
    }
    return false;
}
} // namespace Confirmation
