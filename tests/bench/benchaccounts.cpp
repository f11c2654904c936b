// SPDX-License-Identifier: Apache-2.0
#include "benchaccounts.h"

#include "accountstore.h"
#include "appservices.h"
#include "carriercatalog.h"
#include "secretstore.h"
#include "tokencache.h"
#include "tokenclient.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// A keychain holding hundreds of items rewrites its file on every write, so
// writes go a few at a time rather than all at once (which would outlast
// SecretStore's watchdog).
constexpr int kParallel = 4;

using Job = std::function<void(std::function<void(bool ok)> done)>;

// Runs the jobs, kParallel at a time, until all have answered (or a minute
// passes without one answering); returns how many failed or did not answer.
int runAll(const QList<Job>& jobs)
{
    struct State
    {
        QList<Job> queue;
        int running = 0;
        int failed = 0;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->queue = jobs;
    QEventLoop loop;
    QTimer stuck;
    stuck.setSingleShot(true);
    QObject::connect(&stuck, &QTimer::timeout, &loop, &QEventLoop::quit);
    state->next = [&loop, &stuck, weak = std::weak_ptr<State>(state)] {
        auto s = weak.lock();
        if (!s)
            return;
        while (s->running < kParallel && !s->queue.isEmpty()) {
            ++s->running;
            const Job job = s->queue.takeFirst();
            job([weak](bool ok) {
                auto s2 = weak.lock();
                if (!s2)
                    return;
                --s2->running;
                if (!ok)
                    ++s2->failed;
                s2->next();
            });
        }
        if (s->running == 0 && s->queue.isEmpty())
            loop.quit();
        else
            stuck.start(60000);
    };
    QTimer::singleShot(0, &loop, [state] { state->next(); });
    loop.exec();
    const int unanswered = int(state->queue.size()) + state->running;
    state->next = nullptr;
    return state->failed + unanswered;
}

} // namespace

namespace BenchAccounts {

QList<DemoSetup::Sample> make(const SandboxServer& sandbox, int count)
{
    QList<DemoSetup::Sample> templates;
    for (const DemoSetup::Sample& a : DemoSetup::accounts(sandbox, CarrierCatalog::builtin())) {
        if (a.fault == DemoSetup::Sample::Fault::None)
            templates << a;
    }
    QList<DemoSetup::Sample> out;
    for (int i = 0; i < count; ++i) {
        DemoSetup::Sample a = templates.at(i % templates.size());
        a.account.id = QUuid::createUuid();
        a.account.name =
            QStringLiteral("bench-%1 %2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(a.account.name);
        a.account.secretMissing = false;
        out << a;
    }
    return out;
}

AppServices::Options throwawayOptions(const QString& configDir)
{
    AppServices::Options options;
    options.configDir = configDir;
    options.keychainService =
        QStringLiteral("TokenDock bench ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return options;
}

bool save(AppServices& services, const QList<DemoSetup::Sample>& accounts, QString* error)
{
    QList<Account> all = services.store()->accounts();
    for (const DemoSetup::Sample& a : accounts)
        all << a.account;
    if (!services.store()->replaceAll(all, error))
        return false;
    SecretStore* store = services.secrets();
    QList<Job> jobs;
    // labelled as AccountService labels them
    const auto write = [store](const Account& account, const QString& key,
                               const SecretBytes& value) {
        const QString label = SecretStore::itemLabel(account.name, key);
        return [store, key, value, label](std::function<void(bool)> done) {
            store->write(
                key, value, store, [done](const SecretResult& r) { done(r.ok()); },
                SecretStore::Priority::Normal, label);
        };
    };
    for (const DemoSetup::Sample& a : accounts) {
        jobs << write(a.account, SecretStore::secretKey(a.account.id), a.secrets.clientSecret);
        for (auto it = a.secrets.fields.begin(); it != a.secrets.fields.end(); ++it)
            jobs << write(a.account, SecretStore::fieldKey(a.account.id, it.key()), it.value());
    }
    const int failed = runAll(jobs);
    if (failed > 0)
        *error = QStringLiteral("%1 keychain writes failed or did not answer").arg(failed);
    return failed == 0;
}

bool fetchTokens(AppServices& services, const QList<DemoSetup::Sample>& accounts, QString* error)
{
    QList<Job> jobs;
    for (const DemoSetup::Sample& a : accounts) {
        Failure buildError;
        const auto spec = AccountRequest::build(
            a.account, CarrierCatalog::builtin().find(a.account.carrierId), a.secrets, &buildError);
        if (!spec) {
            *error = buildError.message.text();
            return false;
        }
        const QUuid id = a.account.id;
        AppServices* s = &services;
        const TokenRequestSpec request = *spec;
        // what TokenService records with a token: without it TokenDock takes
        // the cached token for one issued to other settings, and drops it
        const QByteArray issuedFor = AccountRequest::issuedFor(
            a.account, CarrierCatalog::builtin().find(a.account.carrierId));
        jobs << [s, id, request, issuedFor](std::function<void(bool)> done) {
            TokenReply* reply = s->tokenClient()->fetch(request);
            QObject::connect(reply, &TokenReply::finished, s,
                             [s, id, issuedFor, done](const TokenResult& r) {
                                 if (!r.ok()) {
                                     done(false);
                                     return;
                                 }
                                 IssuedToken token = r.token;
                                 token.issuedFor = issuedFor;
                                 if (!s->tokenCache()->fits(id, token)) {
                                     done(false); // TokenDock would drop it on reading
                                     return;
                                 }
                                 s->tokenCache()->store(
                                     id, token, s, [done](const SecretResult& c) { done(c.ok()); });
                             });
        };
    }
    const int failed = runAll(jobs);
    if (failed > 0)
        *error = QStringLiteral("%1 tokens were not fetched or not cached").arg(failed);
    return failed == 0;
}

} // namespace BenchAccounts
