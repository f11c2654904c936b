// SPDX-License-Identifier: Apache-2.0
// --secret-expires YYYY-MM-DD|none for add and edit, and the date rule
// `rotate --expires` shares.
#include "accountoptions.h"
#include "clisession.h"
#include "commandparser.h"
#include "secretdate.h"
#include "textpolicy.h"

#include <QRegularExpression>

namespace {
const QString kSecretExpires = QStringLiteral("secret-expires");
} // namespace

std::optional<QDate> SecretDate::parse(const QString& text, const QString& option, QString* problem)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date = shape.match(trimmed).hasMatch()
                           ? QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"))
                           : QDate();
    if (date.isValid())
        return date;
    *problem = tr("--%1 takes a day as YYYY-MM-DD, e.g. 2027-01-05, not \u201c%2\u201d.")
                   .arg(option, TextPolicy::oneLine(text));
    return std::nullopt;
}

void AccountOptions::declareSecretExpires(CommandParser& parser)
{
    parser.addOption(QCommandLineOption(
        kSecretExpires,
        tr("The day the carrier says the client secret expires (its portal shows it), so "
           "\u201ctokendock list\u201d and the reminders can warn in time; \u201cnone\u201d "
           "forgets it. A new client secret without it forgets the old secret's date."),
        tr("YYYY-MM-DD|none")));
}

bool AccountOptions::applySecretExpires(const CommandParser& parser, CliSession& session,
                                        Account* account, Failure* error)
{
    if (!parser.isSet(kSecretExpires))
        return true;
    const QString value = parser.value(kSecretExpires).trimmed();
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        account->secretExpires = QDate();
        return true;
    }
    QString problem;
    const auto date = SecretDate::parse(value, kSecretExpires, &problem);
    if (!date) {
        *error = session.usage(problem);
        return false;
    }
    account->secretExpires = *date;
    return true;
}
