// SPDX-License-Identifier: Apache-2.0
#include "benchaccounts.h"

#include "appservices.h"
#include "carriercatalog.h"
#include "profilestore.h"
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

QList<DemoSetup::Account> make(const SandboxServer& sandbox, int count)
{
    QList<DemoSetup::Account> templates;
    for (const DemoSetup::Account& a : DemoSetup::accounts(sandbox)) {
        if (a.profile.name != DemoSetup::failingAccountName())
            templates << a;
    }
    QList<DemoSetup::Account> out;
    for (int i = 0; i < count; ++i) {
        DemoSetup::Account a = templates.at(i % templates.size());
        a.profile.id = QUuid::createUuid();
        a.profile.name =
            QStringLiteral("bench-%1 %2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(a.profile.name);
        a.profile.secretMissing = false;
        out << a;
    }
    return out;
}

bool save(AppServices& services, const QList<DemoSetup::Account>& accounts, QString* error)
{
    QList<Profile> profiles = services.profiles()->profiles();
    for (const DemoSetup::Account& a : accounts)
        profiles << a.profile;
    if (!services.profiles()->replaceAll(profiles, error))
        return false;
    SecretStore* store = services.secrets();
    QList<Job> jobs;
    const auto write = [store](const QString& key, const SecretBytes& value) {
        return [store, key, value](std::function<void(bool)> done) {
            store->write(key, value, store, [done](const SecretResult& r) { done(r.ok()); });
        };
    };
    for (const DemoSetup::Account& a : accounts) {
        jobs << write(SecretStore::secretKey(a.profile.id), a.secrets.clientSecret);
        for (auto it = a.secrets.fields.begin(); it != a.secrets.fields.end(); ++it)
            jobs << write(SecretStore::fieldKey(a.profile.id, it.key()), it.value());
    }
    const int failed = runAll(jobs);
    if (failed > 0)
        *error = QStringLiteral("%1 keychain writes failed or did not answer").arg(failed);
    return failed == 0;
}

bool fetchTokens(AppServices& services, const QList<DemoSetup::Account>& accounts, QString* error)
{
    QList<Job> jobs;
    for (const DemoSetup::Account& a : accounts) {
        TokenError buildError;
        const auto spec = ProfileRequest::build(
            a.profile, CarrierCatalog::builtin().find(a.profile.carrierId), a.secrets, &buildError);
        if (!spec) {
            *error = buildError.message;
            return false;
        }
        const QUuid id = a.profile.id;
        AppServices* s = &services;
        const TokenRequestSpec request = *spec;
        jobs << [s, id, request](std::function<void(bool)> done) {
            TokenReply* reply = s->tokenClient()->fetch(request);
            QObject::connect(reply, &TokenReply::finished, s, [s, id, done](const TokenResult& r) {
                if (!r.ok()) {
                    done(false);
                    return;
                }
                s->tokenCache()->store(id, r.token, s,
                                       [done](const SecretResult& c) { done(c.ok()); });
            });
        };
    }
    const int failed = runAll(jobs);
    if (failed > 0)
        *error = QStringLiteral("%1 tokens were not fetched or not cached").arg(failed);
    return failed == 0;
}

} // namespace BenchAccounts
