// SPDX-License-Identifier: Apache-2.0
#include "secretstore.h"

#include "keychainmessages.h"
#include "logging.h"
#include "textpolicy.h"

#include <QTimer>

#include <utility>

SecretStore::SecretStore(const QString& service, QObject* parent,
                         std::unique_ptr<KeychainBackend> backend)
    : QObject(parent)
    , m_service(service)
    , m_backend(backend ? std::move(backend) : std::make_unique<QtKeychainBackend>())
    , m_alive(std::make_shared<bool>(true))
{}

SecretStore::~SecretStore()
{
    *m_alive = false;
}

QString SecretStore::secretKey(const QUuid& account)
{
    return account.toString(QUuid::WithoutBraces) + QStringLiteral("/client_secret");
}

QString SecretStore::tokenKey(const QUuid& account)
{
    return account.toString(QUuid::WithoutBraces) + QStringLiteral("/token");
}

QString SecretStore::fieldKey(const QUuid& account, const QString& field)
{
    return account.toString(QUuid::WithoutBraces) + QStringLiteral("/field/") + field;
}

QString SecretStore::itemLabel(const QString& accountName, const QString& key)
{
    const QString what = key.section(QLatin1Char('/'), 1);
    QString kind;
    if (what == QLatin1String("client_secret"))
        kind = tr("client secret");
    else if (what == QLatin1String("token"))
        kind = tr("token");
    else
        kind = what.section(QLatin1Char('/'), 1).replace(QLatin1Char('_'), QLatin1Char(' '));
    return QStringLiteral("TokenDock \u2014 %1 \u2014 %2")
        .arg(TextPolicy::oneLine(accountName), kind);
}

Message SecretStore::messageFor(SecretResult::Status status, const QString& detail)
{
    return KeychainMessages::generic(status, detail);
}

void SecretStore::read(const QString& key, QObject* context, Callback done)
{
    const auto ahead = m_readAhead.find(key);
    if (ahead != m_readAhead.end()) {
        // answered later, as from the keychain
        const QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext = context != nullptr, done = std::move(done),
             r = std::move(*ahead)] {
                if (done && (!hasContext || guard))
                    done(r);
            },
            Qt::QueuedConnection);
        m_readAhead.erase(ahead);
        return;
    }
    start(KeychainBackend::Operation::Read, key, {}, context, std::move(done));
}

void SecretStore::readAhead(const QStringList& keys, QObject* context, std::function<void()> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    ++m_readingAhead;
    // kept even when the context is gone: the reads it was for may still come
    readMany(keys, nullptr,
             [this, guard, hasContext, done](const Answers& answers, const SecretResult&) {
                 // a key written or removed meanwhile holds something newer
                 for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                     if (!m_changedWhileReadingAhead.contains(it.key()))
                         m_readAhead.insert(it.key(), it.value());
                 }
                 if (--m_readingAhead == 0)
                     m_changedWhileReadingAhead.clear();
                 if (!m_readAheadLife) {
                     m_readAheadLife = new QTimer(this);
                     m_readAheadLife->setSingleShot(true);
                     connect(m_readAheadLife, &QTimer::timeout, this,
                             &SecretStore::forgetReadAhead);
                 }
                 m_readAheadLife->start(kReadAheadLifeMs);
                 if (done && (!hasContext || guard))
                     done();
             });
}

void SecretStore::forgetAhead(const QString& key)
{
    m_readAhead.remove(key);
    if (m_readingAhead > 0)
        m_changedWhileReadingAhead.insert(key);
}

void SecretStore::forgetReadAhead()
{
    m_readAhead.clear(); // each value is zeroed as its last copy lets go
    if (m_readAheadLife)
        m_readAheadLife->stop();
}

void SecretStore::write(const QString& key, const SecretBytes& data, QObject* context,
                        Callback done, Priority priority, const QString& label)
{
    forgetAhead(key);
    start(KeychainBackend::Operation::Write, key, data, context, std::move(done), priority, label);
}

void SecretStore::remove(const QString& key, QObject* context, Callback done)
{
    forgetAhead(key);
    start(KeychainBackend::Operation::Remove, key, {}, context, std::move(done));
}

void SecretStore::readMany(const QStringList& keys, QObject* context, ManyCallback done)
{
    struct Pending : Call
    {
        ManyCallback done;
        std::function<void()> abort; // what stops the backend's read early
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    begin(*pending, context, true);
    const std::weak_ptr<bool> storeAlive = m_alive;
    const auto deliver = [this, pending, storeAlive](const Answers& answers,
                                                     const SecretResult& trouble) {
        if (!end(*pending))
            return;
        if (const auto abort = std::exchange(pending->abort, nullptr))
            abort();
        const auto cb = std::exchange(pending->done, nullptr);
        if (cb && pending->mayAnswer())
            cb(answers, trouble);
        if (!storeAlive.expired())
            afterAnswer();
    };
    auto launch = [this, keys, pending, deliver, storeAlive] {
        // a keychain answers one call after another, and GNOME Keyring looks
        // through all its items for each: thousands take a while
        const int allowed = m_watchdogMs + int(keys.size()) * kReadManyMsPerKey;
        asked(
            *pending,
            [this, pending, deliver, count = keys.size()] {
                qCWarning(lcKeychain) << "keychain did not read" << count << "items in time";
                timeOut(pending, [deliver](const SecretResult& r) { deliver({}, r); });
            },
            allowed);
        pending->abort = m_backend->readMany(
            m_service, keys,
            [pending, deliver, storeAlive](const KeychainBackend::Answers& outcomes) {
                pending->answered = true;
                if (!storeAlive.expired())
                    deliver(answersOf(outcomes), SecretResult());
            });
    };
    schedule({{},
              std::move(launch),
              [deliver](const SecretResult& r) {
                  deliver({}, r);
              }},
             true, false);
}

SecretStore::Answers SecretStore::answersOf(const KeychainBackend::Answers& outcomes)
{
    Answers answers;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        SecretResult r;
        if (it->code == KeychainOutcome::NotFound) {
            r.status = SecretResult::NotFound;
            r.message = KeychainMessages::generic(r.status, {});
        } else if (it->code == KeychainOutcome::Ok) {
            r.data = it->data;
        } else {
            continue; // only what is settled
        }
        answers.insert(it.key(), std::move(r));
    }
    return answers;
}

void SecretStore::relabel(const QString& key, const QString& label)
{
    ++m_pending;
    const std::weak_ptr<bool> alive = m_alive;
    m_backend->relabel(m_service, key, label, [this, alive] {
        if (alive.expired())
            return;
        if (--m_pending == 0)
            emit idle();
    });
}

void SecretStore::start(KeychainBackend::Operation op, const QString& key, const SecretBytes& data,
                        QObject* context, Callback done, Priority priority, const QString& label)
{
    // shared between the backend's answer and the watchdog: whoever comes first wins
    struct Pending : Call
    {
        Callback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    begin(*pending, context, priority == Priority::Normal);
    const std::weak_ptr<bool> storeAlive = m_alive;
    const auto deliver = [this, pending, storeAlive](const SecretResult& result) {
        if (!end(*pending))
            return;
        const Callback cb = std::exchange(pending->done, nullptr);
        if (cb && pending->mayAnswer())
            cb(result);
        // the callback may have started another job, or deleted this store
        if (!storeAlive.expired())
            afterAnswer();
    };

    // the watchdog runs from the moment the keychain is asked, not while waiting
    auto launch = [this, op, key, data, label, pending, deliver] {
        asked(*pending, [this, pending, deliver, key] {
            qCWarning(lcKeychain) << "keychain did not answer in time for"
                                  << key.section(QLatin1Char('/'), 1);
            timeOut(pending, deliver);
        });
        // once the keychain has answered, explaining a trouble is no timeout
        const auto answered = [pending] {
            pending->answered = true;
            if (pending->watchdog)
                pending->watchdog->stop();
        };
        callBackend(op, key, data, label, answered, deliver);
    };
    const bool replaces = pending->normal && op != KeychainBackend::Operation::Read;
    schedule({key, std::move(launch), deliver}, pending->normal, replaces);
}

void SecretStore::begin(Call& call, QObject* context, bool normal)
{
    call.context = context;
    call.hasContext = context != nullptr;
    call.normal = normal;
    ++m_pending;
    if (normal)
        ++m_normalRunning;
}

void SecretStore::asked(Call& call, std::function<void()> timedOut, int watchdogMs)
{
    call.asked = true;
    ++m_inFlight;
    call.watchdog = new QTimer(this);
    call.watchdog->setSingleShot(true);
    connect(call.watchdog, &QTimer::timeout, this, std::move(timedOut));
    call.watchdog->start(watchdogMs > 0 ? watchdogMs : m_watchdogMs);
}

bool SecretStore::end(Call& call)
{
    if (call.finished)
        return false;
    call.finished = true;
    if (call.watchdog) {
        call.watchdog->stop();
        call.watchdog->deleteLater();
        call.watchdog = nullptr;
    }
    --m_pending;
    if (call.normal)
        --m_normalRunning;
    if (call.asked)
        --m_inFlight;
    return true;
}

void SecretStore::timeOut(const std::shared_ptr<Call>& call,
                          std::function<void(const SecretResult&)> deliver)
{
    const std::weak_ptr<bool> alive = m_alive;
    explainAndDeliver(SecretResult::Timeout, {}, {},
                      [this, call, deliver, alive](const SecretResult& r) {
                          // a keychain that answered while the words were found is not
                          // stuck, and its answer (or the words for it) comes on its own
                          if (call->answered)
                              return;
                          deliver(r);
                          if (!alive.expired())
                              endWaiting(r);
                      });
}

void SecretStore::afterAnswer()
{
    launchWaiting();
    if (m_pending == 0)
        emit idle();
}

void SecretStore::schedule(Waiting call, bool normal, bool replaces)
{
    if (!normal &&
        (m_normalRunning > 0 || m_inFlight >= kMaxInFlight || !m_waitingBackground.isEmpty())) {
        m_waitingBackground.append(std::move(call));
        return;
    }
    if (replaces) {
        QList<Waiting> superseded;
        for (qsizetype i = m_waitingBackground.size() - 1; i >= 0; --i) {
            if (m_waitingBackground.at(i).key == call.key)
                superseded.prepend(m_waitingBackground.takeAt(i));
        }
        const std::weak_ptr<bool> alive = m_alive;
        for (const Waiting& w : std::as_const(superseded)) {
            w.answer(SecretResult()); // Ok, never written
            if (alive.expired())
                return;
        }
    }
    // first come, first asked: a call made from another's answer does not
    // pass calls already waiting (a removal must not overtake a write)
    if (m_inFlight < kMaxInFlight && m_queuedNormal.isEmpty())
        call.launch();
    else
        m_queuedNormal.append(std::move(call));
}

void SecretStore::endWaiting(const SecretResult& timeout)
{
    QList<Waiting> waiting = std::exchange(m_queuedNormal, {});
    waiting += std::exchange(m_waitingBackground, {});
    const std::weak_ptr<bool> alive = m_alive;
    for (const Waiting& w : std::as_const(waiting)) {
        w.answer(timeout);
        if (alive.expired())
            return;
    }
}

void SecretStore::launchWaiting()
{
    while (m_inFlight < kMaxInFlight && !m_queuedNormal.isEmpty())
        m_queuedNormal.takeFirst().launch();
    // background calls once no other call is in flight or waiting
    while (m_inFlight < kMaxInFlight && m_normalRunning == 0 && !m_waitingBackground.isEmpty())
        m_waitingBackground.takeFirst().launch();
}

void SecretStore::callBackend(KeychainBackend::Operation op, const QString& key,
                              const SecretBytes& data, const QString& label,
                              std::function<void()> answered,
                              std::function<void(const SecretResult&)> deliver)
{
    const bool remove = op == KeychainBackend::Operation::Remove;
    std::weak_ptr<bool> alive = m_alive;
    qCDebug(lcKeychain) << "keychain" << int(op) << "for" << key.section(QLatin1Char('/'), 1);
    m_backend->start(op, m_service, key, data, label,
                     [this, answered, deliver, remove, alive](KeychainOutcome outcome) {
                         if (alive.expired())
                             return;
                         answered();
                         SecretResult r;
                         switch (outcome.code) {
                         case KeychainOutcome::Ok:
                             r.status = SecretResult::Ok;
                             r.data = std::move(outcome.data);
                             break;
                         case KeychainOutcome::NotFound:
                             r.status = remove ? SecretResult::Ok : SecretResult::NotFound;
                             break;
                         case KeychainOutcome::NoBackend:
                             r.status = SecretResult::NoBackend;
                             break;
                         case KeychainOutcome::Locked:
                             r.status = SecretResult::Locked;
                             break;
                         case KeychainOutcome::AccessDenied:
                             r.status = SecretResult::Denied;
                             break;
                         case KeychainOutcome::Other:
                             r.status = SecretResult::Failed;
                             break;
                         }
                         if (r.status != SecretResult::Ok)
                             qCDebug(lcKeychain)
                                 << "keychain answered status" << int(r.status) << outcome.detail;
                         explainAndDeliver(r.status, outcome.detail, std::move(r.data), deliver);
                     });
}

void SecretStore::explainAndDeliver(SecretResult::Status status, const QString& detail,
                                    SecretBytes data,
                                    const std::function<void(const SecretResult&)>& deliver)
{
    if (status == SecretResult::Ok) {
        SecretResult r;
        r.data = std::move(data);
        return deliver(r);
    }
    const std::weak_ptr<bool> alive = m_alive;
    m_backend->explain(status, detail, [alive, status, deliver](const Message& message) {
        if (alive.expired())
            return;
        SecretResult r;
        r.status = status;
        r.message = message;
        deliver(r);
    });
}
