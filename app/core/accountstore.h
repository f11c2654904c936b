// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "account.h"
#include "accountlistparse.h"
#include "accountlistscan.h"
#include "message.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class AccountListPrefetch;
class QLockFile;
class QTimer;

// The one file holding every account's non-secret settings.
//
// A file it cannot read (corrupt, or written by a newer TokenDock) is never
// overwritten: it is copied aside, problem() explains both paths, and every
// write is refused until startFresh(). Processes writing the same file take
// turns through a lock file beside it.
//
// In asynchronous mode (the window's) submit() and the held-back history take
// the lock, read and write on a worker thread, one change after another in the
// order they were asked for, so a script holding the lock never freezes the
// window; the results land in accounts() on the store's own thread.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 2;
    // far larger than any account list: such a file is refused, not read
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    enum class State
    {
        Ready,
        Unreadable
    };

    explicit AccountStore(const QString& filePath = defaultPath(), QObject* parent = nullptr);
    ~AccountStore() override;

    // AppConfigLocation/accounts.json
    static QString defaultPath();

    // Reads the file (a missing file is an empty, writable store); what
    // `prefetched` read of it counts when that is the file as it is now.
    State load(AccountListPrefetch* prefetched = nullptr);
    // For a command about one account: reads only that account where the
    // file allows it (JSON throughout, this version's format, the name and
    // the account's id once, the account itself sound), so accounts() holds
    // just it; what the others hold is not looked at. Anything else is read
    // in full as load() reads it, so a missing name or a damaged file is
    // reported the same. A change saved later brings the whole list.
    State loadOne(const QString& name);
    // Parses a accounts file's bytes; on failure returns false and says why.
    static bool parse(const QByteArray& bytes, QList<Account>* accounts, QString* reason);
    static bool parse(const QByteArray& bytes, QList<Account>* accounts, Message* reason);
    State state() const { return m_state; }
    // A sentence for people when state() is Unreadable.
    Message problem() const { return m_problem; }
    QString backupPath() const { return m_backupPath; }
    QString filePath() const { return m_path; }
    // The account ids the unreadable file names, read loosely (it may be
    // corrupt or newer), so their keychain items can go when starting fresh.
    QList<QUuid> unreadableAccountIds() const;
    // Accept losing the unreadable file (its copy stays) and start empty.
    bool startFresh(QString* error = nullptr);
    // The same through the worker in asynchronous mode; answers like submit().
    void startFresh(QObject* context, std::function<void(bool ok, const QString& error)> done);

    const QList<Account>& accounts() const { return m_accounts; }
    const Account* find(const QUuid& id) const;
    const Account* findByName(const QString& name) const;
    // The account as the file holds it now (another process may have changed
    // it since this one read the file); nothing when it is not there.
    std::optional<Account> readCurrent(const QUuid& id) const;

    // Whether add() or update() would accept the account: a writable store, and a
    // unique name that TextPolicy accepts (checked when the name is new or changed).
    bool canSave(const Account& account, QString* error = nullptr) const;
    bool isWritable() const { return m_state == State::Ready; }

    // Each change is saved at once into the file as it is then (another
    // tokendock may have saved meanwhile); on failure nothing changes and
    // *error says why.
    bool add(const Account& account, QString* error = nullptr);
    bool update(const Account& account, QString* error = nullptr);
    // Saves the settings `edited` changed from `base` into the account as it is
    // in the file, keeping what another process changed meanwhile.
    bool update(const Account& base, const Account& edited, QString* error = nullptr);
    bool remove(const QUuid& id, QString* error = nullptr);
    // Replaces everything; same rules.
    bool replaceAll(const QList<Account>& accounts, QString* error = nullptr);
    // Applies `edit` to the list as it is in the file at that moment, under the
    // lock (import merges this way); false from `edit` leaves everything as it was.
    // In asynchronous mode `edit` runs on a worker thread: it may use only what
    // it captured by value and the list it is given.
    using Edit = std::function<bool(QList<Account>& list, QString* error)>;
    bool change(const Edit& edit, QString* error = nullptr);
    // Changes one account as it is in the file (keep-fresh, say), leaving
    // whatever another process changed in its other settings.
    bool modify(const QUuid& id, const std::function<void(Account&)>& edit,
                QString* error = nullptr);

    // Runs `edit` like change(): at once, or in asynchronous mode on the worker,
    // answering later on this thread (after changed()). Answers exactly once,
    // unless `context` is destroyed first (or the store ends before the answer).
    using Done = std::function<void(bool ok, const QString& error)>;
    void submit(Edit edit, QObject* context, Done done);
    // The edits add(), update(), remove() and modify() apply, for submit().
    static Edit adding(const Account& account);
    static Edit updating(const Account& base, const Account& edited, bool whole);
    static Edit removing(const QUuid& id);
    static Edit modifying(const QUuid& id, const std::function<void(Account&)>& edit);

    // Reads the file again after another process may have changed it (see
    // AccountFileWatch); this process's held-back results stay on top.
    // Changed: the list differs and changed() was said. Later: a change of
    // this process is on its way (it brings the file along), ask again soon.
    enum class Reload
    {
        Same,
        Changed,
        Later
    };
    Reload reloadIfChangedOnDisk();

    void setAsync(bool async) { m_async = async; }
    bool isAsync() const { return m_async; }
    // Waits for the changes on the worker and applies their results.
    void drain();

    // Adds a test's result to the account's history at once, and saves it a
    // moment later together with the others that arrive meanwhile ("Test all"
    // brings hundreds), or at the next change or the store's end at the latest.
    bool recordTest(const QUuid& id, const TestRecord& record, QString* error = nullptr);
    // Saves the results recordTest() holds back now.
    void flush();
    static constexpr int kHistorySaveDelayMs = 250;
    // how long a save waits for another process saving the same file
    static constexpr int kLockWaitMs = 5000;
    // held-back results are saved this many times over before they are given up
    static constexpr int kFinalSaveAttempts = 3;

signals:
    void changed();

private:
    using History = QList<std::pair<QUuid, TestRecord>>;
    // Test results held back from the file, added to the accounts they belong to.
    static void addHistory(QList<Account>* accounts, const History& history);
    // What a change did to the file; made wherever the change ran.
    struct Outcome
    {
        bool ok = false;
        QString error;
        QList<Account> list;
        std::optional<Message> unreadable; // the file could not be read: why
    };
    struct Waiting
    {
        History history; // the held-back results the change took along
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
        bool fresh = false; // startFresh(): the unreadable file is written over
    };
    bool write(const QList<Account>& accounts, QString* error);
    static bool writeFile(const QString& path, const QList<Account>& accounts, QString* error);
    bool saveHistory(QString* error);
    // A store holding one account (loadOne) saves its held-back results into
    // that account's text in the file and leaves the rest as it is; nothing
    // when the file does not allow that (the whole list is saved then).
    std::optional<bool> saveHistoryInPlace(QString* error);
    // The list's text as loadOne() read it, and where its account is: a
    // save into a file that still holds those bytes needs no second scan.
    struct OneRead
    {
        QByteArray text;
        AccountListScan::Found found;
    };
    static std::optional<bool> writeHistoryInPlace(const QString& path, const QUuid& id,
                                                   const History& history, Account* saved,
                                                   QString* error, const OneRead* read = nullptr);
    // The list in the file (empty when there is none), or why it cannot be read.
    static std::optional<Message> readFile(const QString& path, QList<Account>* accounts);
    // The usual list read an account at a time: the whole text at once makes
    // the parser grow, and copy, a document as large as the list, while an
    // account's document is small and its memory used again for the next.
    // False for anything out of the ordinary (another format, a duplicate, an
    // account that does not read): the whole parse then says what is wrong.
    static bool parseByAccount(const QByteArray& bytes, QList<Account>* accounts);
    // Lock, read, edit, write: touches nothing of the store, so it can run anywhere.
    // Without `edit`, writes an empty list over the file, read or not.
    static Outcome run(const QString& path, std::optional<QList<Account>> fallback,
                       const History& history, const Edit& edit);
    // What run() starts from when the file is not there: the accounts held,
    // unless they are only one of the file's (loadOne).
    std::optional<QList<Account>> fallback() const;
    void queue(Waiting waiting, Edit edit);
    bool commit(const Edit& change, QString* error);
    Waiting take(QObject* context, Done done);
    // Applies a change's outcome here; true when it was saved.
    bool settle(Waiting waiting, const Outcome& outcome, bool answer);
    void settleFinished();
    static std::unique_ptr<QLockFile> lockFile(const QString& path, QString* error);
    bool checkWritable(QString* error) const;
    static QString validateName(const Account& account, const QList<Account>& others,
                                QString* error);
    void markUnreadable(const Message& reason);
    // Sets the accounts and the indexes find() and findByName() look in.
    void adopt(const QList<Account>& accounts);
    void adopt(AccountListParse::Parsed parsed);
    QString existingBackup() const;

    QString m_path;
    State m_state = State::Ready;
    Message m_problem;
    QString m_backupPath;
    QList<Account> m_accounts;
    QHash<QUuid, qsizetype> m_byId;     // position in m_accounts
    QHash<QString, qsizetype> m_byName; // by Account::nameKey()
    QTimer* m_historySave;
    History m_unsavedHistory;
    bool m_async = false;
    bool m_onlyOne = false;           // loadOne() read just one account
    std::optional<OneRead> m_oneRead; // until the file is written
    bool m_ending = false;
    // asynchronous mode: one worker, so this process's changes keep their order
    QThreadPool m_worker;
    QList<Waiting> m_waiting; // changes on the worker, oldest first
    QMutex m_finishedLock;
    QList<Outcome> m_finished; // their outcomes, from the worker
};
