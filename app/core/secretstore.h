// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "defaults.h"
#include "keychainbackend.h"
#include "message.h"
#include "secretbytes.h"
#include "secretresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <memory>

class QTimer;

// The only class that talks to the keychain. Asynchronous; every call gets
// exactly one callback (unless its context object is destroyed first), and
// a watchdog turns a backend that never answers into a Timeout.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult&)>;
    static constexpr int kDefaultWatchdogMs = Defaults::kKeychainTimeoutSeconds * 1000;
    // Calls the keychain is asked at once; the rest wait their turn. A
    // keychain answers one call after another, so asking for thousands at
    // once only makes each wait longer than its watchdog.
    static constexpr int kMaxInFlight = 16;
    // What a read of many keys may take beyond one watchdog period, per key.
    static constexpr int kReadManyMsPerKey = 10;

    explicit SecretStore(const QString& service = QStringLiteral("TokenDock"),
                         QObject* parent = nullptr,
                         std::unique_ptr<KeychainBackend> backend = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    QString backendName() const { return m_backend->name(); }
    void setWatchdog(int milliseconds) { m_watchdogMs = milliseconds; }

    // Background writes (a token cache, say) wait until no normal call is in
    // flight or waiting, so what a person waits for is never queued behind
    // them. A
    // normal write or removal of the same key supersedes a background write
    // still waiting: that one answers Ok without writing.
    enum class Priority
    {
        Normal,
        Background
    };

    void read(const QString& key, QObject* context, Callback done);
    // The label is what a person sees for the item in their keychain app
    // (itemLabel()); a replaced item gets the new one.
    void write(const QString& key, const SecretBytes& data, QObject* context, Callback done,
               Priority priority = Priority::Normal, const QString& label = {});
    // Reads many keys in one go where the keychain allows it, instead of one
    // lookup each. The answers hold the keys it settled (Ok or NotFound); the
    // rest are for read(). `trouble` is Timeout when the keychain did not
    // answer in time (then read() would wait as long), else Ok. Takes one of
    // kMaxInFlight; one callback, like read().
    using Answers = QHash<QString, SecretResult>;
    using ManyCallback = std::function<void(const Answers& answers, const SecretResult& trouble)>;
    void readMany(const QStringList& keys, QObject* context, ManyCallback done);
    // Reads many keys ahead of the read() calls about to ask for each (Test
    // All): a read() of one is answered once from what was read, without the
    // keychain. A write or removal of a key forgets what was read of it;
    // forgetReadAhead() forgets the rest, as does a minute's wait.
    static constexpr int kReadAheadLifeMs = 60000;
    void readAhead(const QStringList& keys, QObject* context, std::function<void()> done);
    void forgetReadAhead();
    // Removing what is not there succeeds.
    void remove(const QString& key, QObject* context, Callback done);
    // A new label for an item (its account was renamed); best effort, counted
    // in pendingJobs() so a process does not exit before it is sent.
    void relabel(const QString& key, const QString& label);
    // What removal means in the keychain in use when the item is not simply
    // gone (KeePassXC's Recycle Bin); empty otherwise.
    Message removalNote() const { return m_backend->removalNote(); }

    static QString secretKey(const QUuid& account);
    static QString tokenKey(const QUuid& account);
    static QString fieldKey(const QUuid& account, const QString& field);
    // "TokenDock — acme-dhl — client secret"
    static QString itemLabel(const QString& accountName, const QString& key);

    // The sentence shown for each status.
    static Message messageFor(SecretResult::Status status, const QString& detail = {});

    // Calls started and not yet answered, including fire-and-forget ones such
    // as caching a token and background writes still waiting; a process about
    // to exit waits for idle() first.
    int pendingJobs() const { return m_pending; }
    // Of those, the ones the keychain has been asked (at most kMaxInFlight).
    int inFlight() const { return m_inFlight; }

signals:
    void idle();

private:
    void start(KeychainBackend::Operation op, const QString& key, const SecretBytes& data,
               QObject* context, Callback done, Priority priority = Priority::Normal,
               const QString& label = {});
    // One call's state, shared by its answer and its watchdog: whoever comes
    // first ends it.
    struct Call
    {
        bool finished = false;
        bool asked = false;    // holds one of kMaxInFlight
        bool answered = false; // by the keychain, its words perhaps still coming
        bool normal = true;
        bool hasContext = false;
        QPointer<QObject> context;
        QTimer* watchdog = nullptr;
        bool mayAnswer() const { return !hasContext || context; }
    };
    void begin(Call& call, QObject* context, bool normal);
    // The keychain is asked now: the call takes a slot, and its watchdog
    // runs from here, not while it waited.
    void asked(Call& call, std::function<void()> timedOut, int watchdogMs = 0);
    // False when it had already ended; else frees what it held.
    bool end(Call& call);
    // The watchdog fired: the call ends as a timeout once its words are found,
    // and so do the calls waiting behind it, unless the keychain answered it
    // meanwhile (then its own answer stands).
    void timeOut(const std::shared_ptr<Call>& call,
                 std::function<void(const SecretResult&)> deliver);
    // After a callback: waiting calls may go, and idle() when none is left.
    void afterAnswer();
    struct Waiting
    {
        QString key;
        std::function<void()> launch;
        std::function<void(const SecretResult&)> answer; // without asking the keychain
    };
    // Asks the keychain now, or queues the call: a background one behind
    // every normal call, a normal one until a slot is free. A normal write
    // or removal supersedes background calls for its key still waiting.
    void schedule(Waiting call, bool normal, bool replaces);
    // Asks the keychain for calls waiting for a free slot: normal ones
    // first, background ones once no normal call is left.
    void launchWaiting();
    // A call went a whole watchdog period unanswered: the keychain is stuck
    // (a dialog, a locked database), and calls waiting their turn would each
    // wait as long again. They end now with the same answer.
    void endWaiting(const SecretResult& timeout);
    static Answers answersOf(const KeychainBackend::Answers& outcomes);
    // A write or removal: what was read ahead of the key is older.
    void forgetAhead(const QString& key);
    // Words for a trouble come from the backend, which may ask the keychain first.
    void explainAndDeliver(SecretResult::Status status, const QString& detail, SecretBytes data,
                           const std::function<void(const SecretResult&)>& deliver);
    void callBackend(KeychainBackend::Operation op, const QString& key, const SecretBytes& data,
                     const QString& label, std::function<void()> answered,
                     std::function<void(const SecretResult&)> deliver);

    QString m_service;
    std::unique_ptr<KeychainBackend> m_backend;
    int m_watchdogMs = kDefaultWatchdogMs;
    std::shared_ptr<bool> m_alive;
    int m_pending = 0;
    int m_normalRunning = 0;
    int m_inFlight = 0;
    QList<Waiting> m_queuedNormal; // waiting for a free slot
    Answers m_readAhead;           // for one read() each
    int m_readingAhead = 0;
    QSet<QString> m_changedWhileReadingAhead; // written or removed: not to be kept
    QTimer* m_readAheadLife = nullptr;
    // background calls waiting for the others; a later call for the same key
    // supersedes one (a token written after its removal would linger)
    QList<Waiting> m_waitingBackground;
};
