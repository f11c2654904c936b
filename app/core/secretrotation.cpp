// SPDX-License-Identifier: Apache-2.0
#include "secretrotation.h"

#include "accountrequest.h"
#include "accountservice.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clock.h"
#include "logging.h"
#include "privatefiles.h"
#include "tokenservice.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QTimer>

namespace {
constexpr int kLockPollMs = 100;

Failure invalid(const Message& message, const Message& hint)
{
    return Failure::make(ErrorCategory::InvalidInput, message, hint);
}
} // namespace

struct SecretRotation::Run
{
    QUuid id;
    RotationRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    std::unique_ptr<QLockFile> lock;
    qint64 waitedMs = 0;
    std::optional<Account> tried; // the account's settings the candidate was tried with
};

SecretRotation::SecretRotation(AccountStore* store, AccountService* accounts, TokenService* tokens,
                               const CarrierCatalog& catalog, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_tokens(tokens)
    , m_catalog(catalog)
    , m_clock(clock)
{}

SecretRotation::~SecretRotation() = default;

QString SecretRotation::lockPath(const QUuid& id) const
{
    return QFileInfo(m_store->filePath()).absolutePath() + QStringLiteral("/rotate-") +
           id.toString(QUuid::WithoutBraces) + QStringLiteral(".lock");
}

std::optional<Failure> SecretRotation::refusal(const QUuid& id,
                                               const RotationRequest& request) const
{
    const Account* account = m_store->find(id);
    if (!account)
        return Failure::make(ErrorCategory::InvalidInput,
                             Message::translate("SecretRotation", "The account no longer exists."));
    if (request.secret.isEmpty())
        return invalid(Message::translate("SecretRotation", "The new secret is empty."),
                       Message::translate("SecretRotation",
                                          "Paste the new secret from the carrier's portal."));
    if (request.field.isEmpty())
        return std::nullopt;
    for (const CarrierField& f :
         AccountRequest::secretFields(*account, m_catalog.find(account->carrierId))) {
        if (f.key == request.field)
            return std::nullopt;
    }
    return invalid(
        Message::translate("SecretRotation", "\u201c%1\u201d has no secret field \u201c%2\u201d.")
            .arg(account->name)
            .arg(request.field),
        Message::translate("SecretRotation",
                           "Leave the field out to rotate the client secret, or name one "
                           "`tokendock carriers CARRIER` lists as secret."));
}

void SecretRotation::rotate(const QUuid& id, const RotationRequest& request, QObject* context,
                            Done done)
{
    auto run = std::make_shared<Run>();
    run->id = id;
    run->request = request;
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    if (const auto refused = refusal(id, request)) {
        RotationOutcome outcome;
        outcome.failure = *refused;
        // answered after rotate() returns, as every other outcome
        QTimer::singleShot(0, this, [this, run, outcome] { end(run, outcome); });
        return;
    }
    QDir().mkpath(QFileInfo(lockPath(id)).absolutePath());
    run->lock = std::make_unique<QLockFile>(lockPath(id));
    // a crashed rotation's lock is found by its process id; the time only
    // matters on another host, and is well over a trial's longest timeouts
    run->lock->setStaleLockTime(60 * 60 * 1000);
    waitForLock(run);
}

void SecretRotation::waitForLock(const std::shared_ptr<Run>& run)
{
    if (PrivateFiles::lock(*run->lock, 0)) {
        tryCandidate(run);
        return;
    }
    if (run->lock->error() != QLockFile::LockFailedError || run->waitedMs >= m_lockWaitMs) {
        RotationOutcome outcome;
        outcome.failure = Failure::make(
            ErrorCategory::Internal,
            run->lock->error() == QLockFile::LockFailedError
                ? Message::translate("SecretRotation",
                                     "Another rotation of this account is still under way, so "
                                     "the secret was not changed.")
                : Message::translate("SecretRotation",
                                     "The rotation lock %1 could not be made, so the secret was "
                                     "not changed.")
                      .arg(lockPath(run->id)),
            Message::translate("SecretRotation",
                               "Try again in a minute; the secret stored now still works."));
        end(run, outcome);
        return;
    }
    run->waitedMs += kLockPollMs;
    QTimer::singleShot(kLockPollMs, this, [this, run] { waitForLock(run); });
}

void SecretRotation::tryCandidate(const std::shared_ptr<Run>& run)
{
    // another process may have changed the account while this one waited
    m_store->reloadIfChangedOnDisk();
    if (const auto refused = refusal(run->id, run->request)) {
        RotationOutcome outcome;
        outcome.failure = *refused;
        end(run, outcome);
        return;
    }
    run->tried = *m_store->find(run->id);
    AccountSecrets candidate;
    if (run->request.field.isEmpty())
        candidate.clientSecret = run->request.secret;
    else
        candidate.fields.insert(run->request.field, run->request.secret);
    m_tokens->tryCandidate(run->id, candidate, this, [this, run](const TokenResult& trial) {
        if (!trial.passed()) {
            RotationOutcome outcome;
            outcome.trial = trial;
            end(run, outcome);
            return;
        }
        replace(run, trial);
    });
}

void SecretRotation::replace(const std::shared_ptr<Run>& run, const TokenResult& trial)
{
    // the secret goes only where it was tried: an account moved or removed
    // by another process meanwhile keeps its old secret
    const std::optional<Account> current = m_store->readCurrent(run->id);
    const Account& tried = *run->tried;
    RotationOutcome outcome;
    outcome.trial = trial;
    if (!current ||
        !AccountRequest::sameSecretDestination(tried, m_catalog.find(tried.carrierId), *current,
                                               m_catalog.find(current->carrierId))) {
        outcome.failure =
            invalid(Message::translate("SecretRotation",
                                       "The account was changed or removed elsewhere while the new "
                                       "secret was tried, so it was not saved."),
                    Message::translate("SecretRotation",
                                       "Check the account as it is now and rotate again."));
        end(run, outcome);
        return;
    }
    Account edited = *current;
    // the dates are the client secret's; a secret field has none of its own
    if (run->request.field.isEmpty()) {
        edited.secretSetAt = m_clock.now();
        edited.secretExpires = run->request.expires;
    }
    AccountSecrets changes;
    if (run->request.field.isEmpty())
        changes.clientSecret = run->request.secret;
    else
        changes.fields.insert(run->request.field, run->request.secret);
    // written over the old one under the same key: nothing of it is left
    m_accounts->update(
        edited, changes, this,
        [this, run, trial](const Failure& failure) {
            if (failure.isError())
                return settle(run, trial, failure);
            RotationOutcome done;
            done.trial = trial;
            done.replaced = true;
            m_tokens->adopt(run->id, trial);
            end(run, done);
        },
        *current);
}

void SecretRotation::settle(const std::shared_ptr<Run>& run, const TokenResult& trial,
                            const Failure& failure)
{
    // the keychain is written before the file: which of the two refused
    // decides whether the old secret is still there
    m_accounts->readSecrets(
        run->id, this,
        [this, run, trial, failure](const AccountSecrets& secrets, const SecretResult&) {
            const RotationRequest& r = run->request;
            const SecretBytes stored =
                r.field.isEmpty() ? secrets.clientSecret : secrets.fields.value(r.field);
            RotationOutcome outcome;
            outcome.trial = trial;
            outcome.failure = failure;
            outcome.replaced = !stored.isEmpty() && stored == r.secret;
            if (outcome.replaced)
                m_tokens->adopt(run->id, trial);
            end(run, outcome);
        });
}

void SecretRotation::end(const std::shared_ptr<Run>& run, const RotationOutcome& outcome)
{
    if (run->lock && run->lock->isLocked())
        run->lock->unlock();
    qCInfo(lcAccounts) << "rotation of" << run->id << (outcome.replaced ? "replaced" : "kept")
                       << "the secret";
    if (run->done && (!run->hasContext || run->context))
        run->done(outcome);
    run->done = nullptr;
}
