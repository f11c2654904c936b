// SPDX-License-Identifier: Apache-2.0
#include "instancemessage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kApp = QStringLiteral("tokendock");
const QString kAppKey = QStringLiteral("app");
const QString kVersionKey = QStringLiteral("v");

QString commandId(InstanceMessage::Command command)
{
    return command == InstanceMessage::Command::Copy ? QStringLiteral("copy")
                                                     : QStringLiteral("raise");
}

QByteArray line(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> parse(const QByteArray& bytes)
{
    if (bytes.size() > InstanceMessage::kMaxLineBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject obj = doc.object();
    if (obj.value(kAppKey).toString() != kApp)
        return std::nullopt;
    return obj;
}
} // namespace

QByteArray InstanceMessage::encode() const
{
    QJsonObject obj{
        {kAppKey, kApp}, {kVersionKey, kVersion}, {QStringLiteral("cmd"), commandId(command)}};
    if (command == Command::Copy) {
        obj.insert(QStringLiteral("account"), account);
        if (!format.isEmpty())
            obj.insert(QStringLiteral("format"), format);
    }
    return line(obj);
}

std::optional<InstanceMessage> InstanceMessage::decode(const QByteArray& bytes, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto obj = parse(bytes);
    if (!obj)
        return fail(tr("The message is not one TokenDock understands."));
    const int version = obj->value(kVersionKey).toInt(-1);
    if (version != kVersion)
        return fail(tr("The running TokenDock speaks version %1 of its instance protocol; this "
                       "message is version %2. Start the same version of TokenDock.")
                        .arg(kVersion)
                        .arg(version));
    InstanceMessage m;
    const QString cmd = obj->value(QStringLiteral("cmd")).toString();
    if (cmd == QLatin1String("raise")) {
        m.command = Command::Raise;
    } else if (cmd == QLatin1String("copy")) {
        m.command = Command::Copy;
        m.account = obj->value(QStringLiteral("account")).toString();
        m.format = obj->value(QStringLiteral("format")).toString();
        if (m.account.trimmed().isEmpty())
            return fail(tr("Copy needs an account name."));
    } else {
        return fail(tr("Unknown instance command \u201c%1\u201d.").arg(cmd));
    }
    return m;
}

QByteArray InstanceReply::encode() const
{
    return line({{kAppKey, kApp},
                 {kVersionKey, InstanceMessage::kVersion},
                 {QStringLiteral("ok"), ok},
                 {QStringLiteral("code"), exitCode},
                 {QStringLiteral("message"), message}});
}

std::optional<InstanceReply> InstanceReply::decode(const QByteArray& bytes)
{
    const auto obj = parse(bytes);
    if (!obj || obj->value(kVersionKey).toInt(-1) != InstanceMessage::kVersion)
        return std::nullopt;
    InstanceReply r;
    r.ok = obj->value(QStringLiteral("ok")).toBool();
    r.exitCode = obj->value(QStringLiteral("code")).toInt(1);
    r.message = obj->value(QStringLiteral("message")).toString();
    return r;
}
