// SPDX-License-Identifier: Apache-2.0
// A child process for storage tests: things that need a process of their own
// (a restart, no session bus, a locked keyring, SIGKILL). Secrets arrive on
// stdin, never in argv; nothing secret is ever printed.
#include "accountexchange.h"
#include "accountservice.h"
#include "carriercatalog.h"
#include "clock.h"
#include "tokencache.h"
#include "tokenclient.h"
#include "tokenservice.h"
#include "waitforcallback.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFile>
#include <QLockFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {
QTextStream out(stdout);

QByteArray readStdinLine()
{
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString statusName(SecretResult::Status s)
{
    switch (s) {
    case SecretResult::Ok:
        return QStringLiteral("ok");
    case SecretResult::NotFound:
        return QStringLiteral("not-found");
    case SecretResult::NoBackend:
        return QStringLiteral("no-backend");
    case SecretResult::Locked:
        return QStringLiteral("locked");
    case SecretResult::Denied:
        return QStringLiteral("denied");
    case SecretResult::Timeout:
        return QStringLiteral("timeout");
    case SecretResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

// Two account lists the save loop alternates between; the test knows both.
QList<Account> stateAccounts(char which)
{
    QList<Account> list;
    for (int i = 0; i < 40; ++i) {
        Account p;
        p.id = QUuid::createUuidV5(QUuid(), QStringLiteral("p%1").arg(i));
        p.name = QStringLiteral("state-%1-%2").arg(QLatin1Char(which)).arg(i);
        p.carrierId = QStringLiteral("oauth2");
        p.environmentId = QStringLiteral("sandbox");
        p.clientId = QString(200, QLatin1Char(which));
        list << p;
    }
    return list;
}

// Locks the default collection through the Secret Service API.
bool lockCollection()
{
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                           QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const QList<QDBusObjectPath> objects{
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))};
    const QDBusMessage reply = service.call(QStringLiteral("Lock"), QVariant::fromValue(objects));
    return reply.type() == QDBusMessage::ReplyMessage;
}

int usage()
{
    QTextStream(stderr) << "usage: storagehelper save-loop FILE | keychain-write SERVICE KEY | "
                           "keychain-read-hash SERVICE KEY | create-account CONFIGDIR NAME | "
                           "locked CONFIGDIR change|remove | token-hash CONFIGDIR NAME | "
                           "hold-lock FILE MS\n";
    return 2;
}
// The account list in CONFIGDIR and the session's keychain, wired as the
// app wires them.
struct Storage
{
    explicit Storage(const QString& configDir)
        : store(configDir + QStringLiteral("/accounts.json"))
    {
        store.load();
    }
    AccountStore store;
    SecretStore secrets{QStringLiteral("TokenDock")};
    TokenCache cache{&secrets, nullptr};
    AccountService accounts{&store, &secrets, &cache, CarrierCatalog::builtin(), Clock::system()};
};

// A generic account whose token URL nobody answers.
Account exampleAccount(const QString& name)
{
    Account p;
    p.name = name;
    p.carrierId = QStringLiteral("oauth2");
    p.environmentId = QStringLiteral("production");
    p.tokenUrl = QStringLiteral("https://auth.example.com/token");
    p.clientId = QStringLiteral("client-1");
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendock-storagehelper"));
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage();
    const QString mode = args.at(1);

    // hold-lock FILE MS: holds the account list's lock as another tokendock
    // saving would, says "locked", and lets go after MS milliseconds
    if (mode == QLatin1String("hold-lock") && args.size() == 4) {
        QLockFile lock(args.at(2) + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            return 1;
        out << "locked" << Qt::endl;
        QThread::msleep(args.at(3).toULong());
        return 0;
    }

    if (mode == QLatin1String("save-loop") && args.size() == 3) {
        // "ready" once both lists have been saved, so every later kill meets
        // a file and lands during a save or between two
        AccountStore store(args.at(2));
        store.load();
        for (quint64 n = 0;; ++n) {
            if (!store.replaceAll(stateAccounts(n % 2 ? 'B' : 'A')))
                return 1;
            if (n == 1)
                out << "ready" << Qt::endl;
        }
    }

    if (mode == QLatin1String("keychain-write") && args.size() == 4) {
        SecretStore store(args.at(2));
        const SecretBytes secret(readStdinLine());
        SecretResult result;
        waitForCallback([&](auto quit) {
            store.write(args.at(3), secret, nullptr, [&, quit](const SecretResult& r) {
                result = r;
                quit();
            });
        });
        out << statusName(result.status) << '\n' << result.message.text() << Qt::endl;
        return result.ok() ? 0 : 5;
    }

    if (mode == QLatin1String("keychain-read-hash") && args.size() == 4) {
        SecretStore store(args.at(2));
        SecretResult result;
        waitForCallback([&](auto quit) {
            store.read(args.at(3), nullptr, [&, quit](const SecretResult& r) {
                result = r;
                quit();
            });
        });
        out << statusName(result.status) << '\n'
            << QCryptographicHash::hash(result.data.expose(), QCryptographicHash::Sha256).toHex()
            << Qt::endl;
        return result.ok() ? 0 : 5;
    }

    // create-account CONFIGDIR NAME: an oauth2 account whose secret comes from stdin
    if (mode == QLatin1String("create-account") && args.size() == 4) {
        Storage storage(args.at(2));
        auto& [store, secrets, cache, accounts] = storage;
        Account p = exampleAccount(args.at(3));
        AccountSecrets s;
        s.clientSecret = SecretBytes(readStdinLine());
        Failure result;
        waitForCallback([&](auto quit) {
            accounts.create(p, s, &app, [&, quit](const Failure& r) {
                result = r;
                quit();
            });
        });
        out << (result.ok() ? "ok" : Failure::categoryId(result.category)) << '\n'
            << result.message.text() << Qt::endl;
        return result.ok() ? 0 : 5;
    }

    // locked CONFIGDIR change|remove: creates an account, locks the keyring, then
    // tries to give it a new secret or to delete it
    if (mode == QLatin1String("locked") && args.size() == 4) {
        Storage storage(args.at(2));
        auto& [store, secrets, cache, accounts] = storage;
        Account p = exampleAccount(QStringLiteral("locked-account"));
        AccountSecrets first;
        first.clientSecret = SecretBytes(QByteArray("first-secret-value"));
        Failure created;
        waitForCallback([&](auto quit) {
            accounts.create(p, first, &app, [&, quit](const Failure& r) {
                created = r;
                quit();
            });
        });
        if (!created.ok() || !lockCollection()) {
            out << "setup-failed" << Qt::endl;
            return 1;
        }
        const Account stored = store.accounts().value(0);
        Failure outcome;
        if (args.at(3) == QLatin1String("remove")) {
            waitForCallback([&](auto quit) {
                accounts.remove(stored.id, &app, [&, quit](const Failure& r) {
                    outcome = r;
                    quit();
                });
            });
        } else {
            AccountSecrets second;
            second.clientSecret = SecretBytes(QByteArray("second-secret-value"));
            waitForCallback([&](auto quit) {
                accounts.update(stored, second, &app, [&, quit](const Failure& r) {
                    outcome = r;
                    quit();
                });
            });
        }
        out << Failure::categoryId(outcome.category) << '\n' << outcome.message.text() << Qt::endl;
        return outcome.ok() ? 0 : 5;
    }

    // flow CONFIGDIR carrier=url...: the whole account life with a canary secret from stdin
    if (mode == QLatin1String("flow") && args.size() >= 4) {
        const QString config = args.at(2);
        Storage storage(config);
        auto& [store, secrets, cache, accounts] = storage;
        TokenClient client;
        TokenService tokens(&accounts, &store, &cache, &client, CarrierCatalog::builtin(),
                            Clock::system(), TokenLedger(config + '/' + TokenLedger::fileName()));
        const SecretBytes canary(readStdinLine());
        int failures = 0;
        for (const QString& pair : args.mid(3)) {
            Account p;
            p.carrierId = pair.section(QLatin1Char('='), 0, 0);
            p.name = QStringLiteral("hygiene-") + p.carrierId;
            p.environmentId = QStringLiteral("sandbox");
            p.tokenUrl = pair.section(QLatin1Char('='), 1);
            p.clientId = p.carrierId + QStringLiteral("-demo-client");
            AccountSecrets s;
            s.clientSecret = canary;
            Failure created;
            waitForCallback([&](auto quit) {
                accounts.create(p, s, &app, [&, quit](const Failure& r) {
                    created = r;
                    quit();
                });
            });
            const Account* stored = store.findByName(p.name);
            if (!created.ok() || !stored) {
                out << "create-failed " << p.carrierId << Qt::endl;
                ++failures;
                continue;
            }
            const QUuid id = stored->id;
            TokenResult result;
            waitForCallback([&](auto quit) {
                tokens.requestToken(id, &app, [&, quit](const TokenResult& r) {
                    result = r;
                    quit();
                });
            });
            bool fromCache = false;
            waitForCallback([&](auto quit) {
                tokens.token(id, 60, false, &app, [&, quit](const TokenResult&, bool cached) {
                    fromCache = cached;
                    quit();
                });
            });
            out << p.carrierId << ' ' << Failure::categoryId(result.error.category)
                << (fromCache ? " cached" : " uncached") << Qt::endl;
            if (!result.ok() || !fromCache)
                ++failures;
        }
        QString error;
        const QString exportPath = config + QStringLiteral("/export.json");
        if (!AccountExchange::exportToFile(exportPath, store.accounts(), &error))
            ++failures;
        AccountStore imported(config + QStringLiteral("/imported/accounts.json"));
        imported.load();
        const auto plan =
            AccountExchange::planFile(exportPath, imported, CarrierCatalog::builtin());
        if (!AccountExchange::apply(plan, false, &imported, nullptr, &error))
            ++failures;
        out << "imported " << imported.accounts().size() << Qt::endl;
        return failures == 0 ? 0 : 1;
    }

    // lock: locks the default collection, as a user or a screen locker would
    if (mode == QLatin1String("lock") && args.size() == 2)
        return lockCollection() ? 0 : 1;

    // token-hash CONFIGDIR NAME: what a new process finds in the token cache
    if (mode == QLatin1String("token-hash") && args.size() == 4) {
        AccountStore store(args.at(2) + QStringLiteral("/accounts.json"));
        store.load();
        const Account* p = store.findByName(args.at(3));
        if (!p)
            return 2;
        SecretStore secrets(QStringLiteral("TokenDock"));
        TokenCache cache(&secrets, nullptr);
        std::optional<IssuedToken> token;
        waitForCallback([&](auto quit) {
            cache.load(p->id, &app, [&, quit](std::optional<IssuedToken> t, const SecretResult&) {
                token = t;
                quit();
            });
        });
        if (!token) {
            out << "none" << Qt::endl;
            return 3;
        }
        out << QCryptographicHash::hash(token->accessToken.expose(), QCryptographicHash::Sha256)
                   .toHex()
            << '\n'
            << token->expiresAt().toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    return usage();
}
