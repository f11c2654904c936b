// SPDX-License-Identifier: Apache-2.0
// --exchange KEY=VALUE: the parts of a token exchange a generic account describes
#include "accountoptions.h"
#include "clisession.h"
#include "commandparser.h"
#include "textpolicy.h"

#include <QJsonObject>

namespace {
// "true"/"false" for the switches, text for the rest, as ExchangeShape::apply reads them.
QJsonValue shapeValue(const QString& key, const QString& value)
{
    static const QStringList switches{QStringLiteral("response.refreshGrant"),
                                      QStringLiteral("use.apiKey")};
    if (switches.contains(key) &&
        (value == QLatin1String("true") || value == QLatin1String("false")))
        return value == QLatin1String("true");
    return value;
}
} // namespace

bool AccountOptions::applyShape(const CommandParser& parser, CliSession& session,
                                const CarrierPreset& preset, Account* account, Failure* error)
{
    const QStringList pairs = parser.values(QStringLiteral("exchange"));
    if (pairs.isEmpty())
        return true;
    const auto fail = [&](const QString& message) {
        *error = session.usage(message);
        return false;
    };
    if (!preset.customShape)
        return fail(tr("%1 describes its own token exchange; --exchange is for the generic "
                       "preset (--carrier oauth2).")
                        .arg(preset.name));
    QJsonObject shape = account->shape;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).trimmed();
        const QString section = key.section(QLatin1Char('.'), 0, 0);
        const QString name = key.section(QLatin1Char('.'), 1);
        if (eq < 1 || name.isEmpty() || name.contains(QLatin1Char('.')))
            return fail(tr("--exchange takes PART.KEY=VALUE (e.g. response.token=data.token), "
                           "not \u201c%1\u201d.")
                            .arg(TextPolicy::oneLine(pair)));
        QJsonObject part = shape.value(section).toObject();
        const QString value = pair.mid(eq + 1).trimmed();
        // KEY= goes back to the preset's default; an empty name that means
        // "none" (request.grantType, use.scheme) is spelled KEY=none
        if (value.isEmpty())
            part.remove(name);
        else
            part.insert(name, value == QLatin1String("none") && name != QLatin1String("body")
                                  ? QJsonValue(QString())
                                  : shapeValue(key, value));
        if (part.isEmpty())
            shape.remove(section);
        else
            shape.insert(section, part);
    }
    ExchangeShape check = preset.shape;
    if (const auto problem = check.apply(shape))
        return fail(*problem);
    account->shape = check.differencesFrom(preset.shape);
    return true;
}
