// SPDX-License-Identifier: Apache-2.0
#include "tokenledger.h"

#include "logging.h"
#include "privatefiles.h"
#include "tokenbudget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace {
constexpr int kSchema = 1;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

TokenLedger::TokenLedger(QString path)
    : m_path(std::move(path))
{}

QString TokenLedger::fileName()
{
    return QStringLiteral("token-budget.json");
}

BudgetStanding TokenLedger::standing(const Destination& d, const TokenBudgetRule& rule,
                                     const QDateTime& now)
{
    BudgetStanding s;
    s.rule = rule;
    s.used = TokenBudget::used(d.requests, rule, now);
    s.freeAt = TokenBudget::freeAt(d.requests, rule, now);
    return s;
}

BudgetStanding TokenLedger::peek(const QByteArray& destination, const TokenBudgetRule& rule,
                                 const QDateTime& now) const
{
    Entries entries;
    if (const auto problem = read(&entries)) {
        BudgetStanding s;
        s.rule = rule;
        s.freeAt = now;
        s.problem = problem;
        return s;
    }
    return standing(entries.value(destination), rule, now);
}

BudgetStanding TokenLedger::reserve(const QByteArray& destination, const TokenBudgetRule& rule,
                                    const QDateTime& now, bool force) const
{
    BudgetStanding s;
    s.rule = rule;
    s.freeAt = now;
    const QFileInfo info(m_path);
    if (!PrivateFiles::makeOwnFolder(info.absolutePath())) {
        s.problem = Message::translate("TokenLedger", "the folder %1 cannot be created")
                        .arg(shown(info.absolutePath()));
        s.granted = force;
        return s;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!PrivateFiles::lock(lock, kLockWaitMs)) {
        s.problem =
            lock.error() == QLockFile::LockFailedError
                ? Message::translate("TokenLedger", "another TokenDock kept %1 locked")
                      .arg(shown(m_path))
                : Message::translate("TokenLedger", "%1 cannot be locked").arg(shown(m_path));
        s.granted = force;
        return s;
    }
    PrivateFiles::restrict(lock.fileName());
    Entries entries;
    if (const auto problem = read(&entries)) {
        s.problem = problem;
        s.granted = force;
        return s;
    }
    prune(&entries, now);
    Destination& d = entries[destination];
    d.seconds = rule.seconds;
    s = standing(d, rule, now);
    if (s.freeAt > now && !force)
        return s;
    d.requests.append(now);
    if (const auto problem = write(entries)) {
        s.problem = problem;
        s.granted = force;
        return s;
    }
    s.granted = true;
    s.used += 1;
    return s;
}

void TokenLedger::prune(Entries* entries, const QDateTime& now)
{
    for (auto it = entries->begin(); it != entries->end();) {
        const qint64 window = qBound(1, it->seconds, TokenBudgetRule::kMaxSeconds);
        const QDateTime windowStart = now.addSecs(-window);
        // a stamp further ahead than a window is from a clock set wrong
        const QDateTime latest = now.addSecs(window);
        it->requests.removeIf(
            [&](const QDateTime& at) { return at <= windowStart || at > latest; });
        it = it->requests.isEmpty() ? entries->erase(it) : std::next(it);
    }
}

std::optional<Message> TokenLedger::read(Entries* entries) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return Message::translate("TokenLedger", "%1 cannot be read").arg(shown(m_path));
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue list = root.value(QStringLiteral("destinations"));
    if (bytes.size() > kMaxFileBytes || root.value(QStringLiteral("schema")).toInt() != kSchema ||
        !list.isObject())
        return Message::translate("TokenLedger",
                                  "%1 is not a token ledger this TokenDock can read; remove it "
                                  "if no other TokenDock is running")
            .arg(shown(m_path));
    const QJsonObject destinations = list.toObject();
    for (auto it = destinations.begin(); it != destinations.end(); ++it) {
        const QJsonObject obj = it.value().toObject();
        Destination d;
        d.seconds = obj.value(QStringLiteral("seconds")).toInt();
        const QJsonArray stamps = obj.value(QStringLiteral("requests")).toArray();
        for (const QJsonValue stamp : stamps)
            d.requests.append(QDateTime::fromMSecsSinceEpoch(qint64(stamp.toDouble()), Qt::UTC));
        entries->insert(it.key().toLatin1(), d);
    }
    return std::nullopt;
}

std::optional<Message> TokenLedger::write(const Entries& entries) const
{
    QJsonObject destinations;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QJsonArray stamps;
        for (const QDateTime& at : it->requests)
            stamps.append(double(at.toMSecsSinceEpoch()));
        destinations.insert(QString::fromLatin1(it.key()),
                            QJsonObject{{QStringLiteral("seconds"), it->seconds},
                                        {QStringLiteral("requests"), stamps}});
    }
    const QJsonObject root{{QStringLiteral("schema"), kSchema},
                           {QStringLiteral("destinations"), destinations}};
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrict(file) &&
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && file.commit())
        return std::nullopt;
    qCWarning(lcAccounts) << "token ledger not written:" << file.errorString();
    return Message::translate("TokenLedger", "%1 cannot be written").arg(shown(m_path));
}
