// SPDX-License-Identifier: Apache-2.0
#include "accountstore.h"

#include "accountlistprefetch.h"
#include "accountlistscan.h"
#include "accountlistsplice.h"
#include "legacyaccounts.h"
#include "logging.h"
#include "privatefiles.h"
#include "textpolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

AccountStore::AccountStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_path(filePath)
    , m_historySave(new QTimer(this))
{
    m_historySave->setSingleShot(true);
    m_historySave->setInterval(kHistorySaveDelayMs);
    connect(m_historySave, &QTimer::timeout, this, &AccountStore::flush);
    m_worker.setMaxThreadCount(1);
}

AccountStore::~AccountStore()
{
    // no changed() and no answers now: whoever listens may be half gone
    const QSignalBlocker quiet(this);
    m_ending = true;
    // at the end waiting is fine: what was asked for lands before the results
    drain();
    // the last chance for these results: a lock held a while by other
    // processes (a script testing many accounts at once) is waited out
    QString error;
    bool saved = m_unsavedHistory.isEmpty();
    for (int attempt = 0; !saved && attempt < kFinalSaveAttempts; ++attempt)
        saved = saveHistory(&error);
    if (!saved)
        qCWarning(lcAccounts) << "test results not saved:" << error;
}

void AccountStore::addHistory(QList<Account>* accounts, const History& history)
{
    for (const auto& [id, record] : history) {
        for (Account& p : *accounts) {
            if (p.id == id)
                p.recordTest(record);
        }
    }
}

bool AccountStore::recordTest(const QUuid& id, const TestRecord& record, QString* error)
{
    if (!checkWritable(error))
        return false;
    if (const auto at = m_byId.constFind(id); at != m_byId.cend()) {
        m_accounts[*at].recordTest(record);
        m_unsavedHistory.append({id, record});
        if (!m_historySave->isActive())
            m_historySave->start();
        return true;
    }
    if (error)
        *error = tr("The account no longer exists.");
    return false;
}

void AccountStore::flush()
{
    if (m_unsavedHistory.isEmpty())
        return;
    m_historySave->stop();
    if (m_async) {
        // the held-back results join the file as it is when the worker gets there
        submit([](QList<Account>&, QString*) { return true; }, nullptr,
               [](bool ok, const QString& error) {
                   if (!ok)
                       qCWarning(lcAccounts) << "test results not saved:" << error;
               });
        return;
    }
    QString error;
    if (!saveHistory(&error))
        qCWarning(lcAccounts) << "test results not saved:" << error;
    emit changed();
}

bool AccountStore::saveHistory(QString* error)
{
    if (m_onlyOne && !m_async) {
        if (const auto saved = saveHistoryInPlace(error))
            return *saved;
    }
    // the held-back results join the file as it is now
    return commit([](QList<Account>&, QString*) { return true; }, error);
}

std::optional<bool> AccountStore::saveHistoryInPlace(QString* error)
{
    if (m_unsavedHistory.isEmpty() || !isWritable())
        return std::nullopt;
    const QUuid id = m_unsavedHistory.first().first;
    const bool oneAccount =
        std::all_of(m_unsavedHistory.cbegin(), m_unsavedHistory.cend(),
                    [&id](const std::pair<QUuid, TestRecord>& entry) { return entry.first == id; });
    if (!oneAccount)
        return std::nullopt;
    Account saved;
    const auto written = writeHistoryInPlace(m_path, id, m_unsavedHistory, &saved, error,
                                             m_oneRead ? &*m_oneRead : nullptr);
    if (!written || !*written)
        return written; // held back still: saved with the next change, or at the end
    m_oneRead.reset();
    m_unsavedHistory.clear();
    m_historySave->stop();
    adopt({saved});
    m_onlyOne = true;
    return true;
}

std::optional<bool> AccountStore::writeHistoryInPlace(const QString& path, const QUuid& id,
                                                      const History& history, Account* saved,
                                                      QString* error, const OneRead* read)
{
    const std::unique_ptr<QLockFile> lock = lockFile(path, error);
    if (!lock)
        return false;
    QFile file(path);
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray list = file.readAll();
    file.close();
    const auto splice = AccountListSplice::withAccount(
        list, id, kSchemaVersion,
        [&history](Account& account) {
            QList<Account> one{account};
            addHistory(&one, history);
            account = one.constFirst();
        },
        saved, read && read->text == list ? &read->found : nullptr);
    if (!splice)
        return std::nullopt;
    // written as three parts: no second copy of the list in memory
    const qint64 after = splice->at + splice->size;
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        PrivateFiles::restrict(out);
        if (out.write(list.constData(), splice->at) == splice->at &&
            out.write(splice->text) == splice->text.size() &&
            out.write(list.constData() + after, list.size() - after) == list.size() - after &&
            out.commit())
            return true;
    }
    if (error)
        *error = tr("TokenDock could not save the account list to %1: %2.")
                     .arg(QDir::toNativeSeparators(path), out.errorString());
    return false;
}

std::unique_ptr<QLockFile> AccountStore::lockFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!PrivateFiles::makeOwnFolder(info.absolutePath())) {
        if (error)
            *error = tr("TokenDock could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    // writers take turns, so each one starts from what the last one saved
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    if (PrivateFiles::lock(*lock, kLockWaitMs))
        return lock;
    if (error) {
        *error = lock->error() == QLockFile::LockFailedError
                     ? tr("Another TokenDock kept the account list %1 locked; try again.")
                           .arg(QDir::toNativeSeparators(path))
                     : tr("TokenDock cannot write in the folder %1; check its permissions.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    return nullptr;
}

std::optional<QList<Account>> AccountStore::fallback() const
{
    if (m_onlyOne)
        return std::nullopt;
    return m_accounts;
}

AccountStore::Outcome AccountStore::run(const QString& path, std::optional<QList<Account>> fallback,
                                        const History& history, const Edit& edit)
{
    Outcome outcome;
    const std::unique_ptr<QLockFile> lock = lockFile(path, &outcome.error);
    if (!lock)
        return outcome;
    // another tokendock may have saved since this one read the file (a script
    // testing accounts while the window is open): start from the file as it is,
    // with this process's held-back results; without a file, from memory
    QList<Account> current; // without an edit: an empty list over the file
    if (edit && QFile::exists(path)) {
        if (const auto reason = readFile(path, &current)) {
            // changed meanwhile into something this TokenDock cannot read: keep it
            outcome.unreadable = reason;
            return outcome;
        }
        addHistory(&current, history);
    } else if (edit && fallback) {
        current = std::move(*fallback);
    } else if (edit) {
        // a store holding one account cannot make the whole list
        outcome.error = tr("The account list %1 is no longer there, and this command read "
                           "only one of its accounts, so nothing was saved. Put the file back "
                           "and try again.")
                            .arg(QDir::toNativeSeparators(path));
        return outcome;
    }
    if ((edit && !edit(current, &outcome.error)) || !writeFile(path, current, &outcome.error))
        return outcome;
    outcome.ok = true;
    outcome.list = std::move(current);
    return outcome;
}

AccountStore::Waiting AccountStore::take(QObject* context, Done done)
{
    // the change takes the held-back results along; they come back if it fails
    Waiting waiting{m_unsavedHistory, context, context != nullptr, std::move(done)};
    m_unsavedHistory.clear();
    m_historySave->stop();
    return waiting;
}

bool AccountStore::settle(Waiting waiting, const Outcome& outcome, bool answer)
{
    const auto reply = [&](bool ok, const QString& error) {
        if (answer && waiting.done && !m_ending && (!waiting.hasContext || waiting.context))
            waiting.done(ok, error);
    };
    if (waiting.fresh && outcome.ok) {
        m_state = State::Ready;
        m_problem = Message();
    }
    if (m_state != State::Ready) {
        // an earlier change found the file unreadable: this one did not write either
        reply(false, waiting.fresh ? outcome.error : m_problem.text());
        return false;
    }
    if (outcome.unreadable) {
        markUnreadable(*outcome.unreadable);
        emit changed();
        reply(false, m_problem.text());
        return false;
    }
    if (!outcome.ok) {
        // saved with the next change, or at the end
        m_unsavedHistory = waiting.history + m_unsavedHistory;
        reply(false, outcome.error);
        return false;
    }
    adopt(outcome.list);
    // results recorded while the change was on its way are still to be saved
    addHistory(&m_accounts, m_unsavedHistory);
    qCDebug(lcAccounts) << "saved" << m_accounts.size() << "accounts";
    emit changed();
    reply(true, QString());
    return true;
}

void AccountStore::settleFinished()
{
    for (;;) {
        Outcome outcome;
        {
            const QMutexLocker locker(&m_finishedLock);
            if (m_finished.isEmpty() || m_waiting.isEmpty())
                return;
            outcome = m_finished.takeFirst();
        }
        settle(m_waiting.takeFirst(), outcome, true);
    }
}

void AccountStore::drain()
{
    m_worker.waitForDone();
    settleFinished();
}

void AccountStore::submit(Edit edit, QObject* context, Done done)
{
    QString error;
    if (!checkWritable(&error)) {
        if (done)
            done(false, error);
        return;
    }
    if (!m_async) {
        const Outcome outcome = run(m_path, fallback(), m_unsavedHistory, edit);
        settle(take(context, std::move(done)), outcome, true);
        return;
    }
    queue(take(context, std::move(done)), std::move(edit));
}

void AccountStore::queue(Waiting waiting, Edit edit)
{
    const History history = waiting.history;
    m_waiting.append(std::move(waiting));
    m_worker.start([this, path = m_path, list = fallback(), history, edit = std::move(edit)] {
        Outcome outcome = run(path, list, history, edit);
        {
            const QMutexLocker locker(&m_finishedLock);
            m_finished.append(std::move(outcome));
        }
        QMetaObject::invokeMethod(this, &AccountStore::settleFinished, Qt::QueuedConnection);
    });
}

bool AccountStore::commit(const Edit& change, QString* error)
{
    if (!checkWritable(error))
        return false;
    // the worker's changes were asked for first
    drain();
    if (!checkWritable(error))
        return false;
    const Outcome outcome = run(m_path, fallback(), m_unsavedHistory, change);
    bool saved = false;
    {
        const QSignalBlocker quiet(this); // the callers say changed() when it is saved
        saved = settle(take(nullptr, {}), outcome, false);
    }
    if (outcome.unreadable)
        emit changed(); // the unreadable file must show
    if (!saved && error)
        *error = outcome.unreadable ? m_problem.text() : outcome.error;
    return saved;
}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/accounts.json");
}

QString AccountStore::existingBackup() const
{
    QFile current(m_path);
    if (!current.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = current.read(kMaxFileBytes + 1);
    const QFileInfo info(m_path);
    const QStringList copies = info.dir().entryList(
        {info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files, QDir::Name);
    for (const QString& name : copies) {
        QFile copy(info.dir().filePath(name));
        if (copy.size() == bytes.size() && copy.open(QIODevice::ReadOnly) &&
            copy.readAll() == bytes)
            return copy.fileName();
    }
    return {};
}

void AccountStore::markUnreadable(const Message& reason)
{
    m_state = State::Unreadable;
    adopt(QList<Account>());
    m_unsavedHistory.clear();
    m_historySave->stop();
    // keep a byte-for-byte copy next to it before anything else can happen,
    // unless the same bytes were already kept by an earlier start
    QString backup = existingBackup();
    const bool alreadyKept = !backup.isEmpty();
    if (!alreadyKept) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        backup = m_path + QStringLiteral(".unreadable-") + stamp;
        for (int n = 2; QFile::exists(backup); ++n)
            backup = m_path + QStringLiteral(".unreadable-") + stamp + QLatin1Char('-') +
                     QString::number(n);
    }
    if (alreadyKept || PrivateFiles::copy(m_path, backup)) {
        m_backupPath = backup;
        m_problem =
            Message::translate("AccountStore",
                               "TokenDock could not read its account list at %1: %2. The file was "
                               "left as it is and a copy was saved as %3. Until you choose to "
                               "start fresh, TokenDock will not change the file.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(reason)
                .arg(QDir::toNativeSeparators(backup));
    } else {
        m_backupPath.clear();
        m_problem =
            Message::translate("AccountStore",
                               "TokenDock could not read its account list at %1: %2. The file was "
                               "left as it is (a copy could not be made). Until you choose to "
                               "start fresh, TokenDock will not change the file.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(reason);
    }
    qCWarning(lcAccounts) << "accounts file unreadable:" << reason.text();
}

std::optional<Message> AccountStore::readFile(const QString& path, QList<Account>* accounts)
{
    QFile file(path);
    if (!file.exists()) {
        accounts->clear();
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes)
        return Message::translate("AccountStore",
                                  "the file is %1 MB, far larger than any account list")
            .arg(file.size() / (1024 * 1024));
    if (!file.open(QIODevice::ReadOnly))
        return Message::plain(file.errorString());
    Message reason;
    if (!parse(file.readAll(), accounts, &reason))
        return reason;
    return std::nullopt;
}

AccountStore::State AccountStore::load(AccountListPrefetch* prefetched)
{
    QString unsaved;
    if (!m_unsavedHistory.isEmpty() && !saveHistory(&unsaved))
        qCWarning(lcAccounts) << "test results not saved:" << unsaved;
    drain(); // nothing asked for earlier lands over what is read now
    m_state = State::Ready;
    m_problem = Message();
    m_backupPath.clear();
    adopt(QList<Account>());
    const QString path = LegacyAccounts::fileToRead(m_path);
    if (auto early = prefetched ? prefetched->take(path) : std::nullopt) {
        adopt(std::move(*early));
    } else {
        QList<Account> loaded;
        if (const auto reason = readFile(path, &loaded)) {
            markUnreadable(*reason);
            emit changed();
            return m_state;
        }
        adopt(loaded);
    }
    qCDebug(lcAccounts) << "loaded" << m_accounts.size() << "accounts";
    emit changed();
    return m_state;
}

AccountStore::State AccountStore::loadOne(const QString& name)
{
    if (!m_unsavedHistory.isEmpty() || !m_waiting.isEmpty() ||
        LegacyAccounts::fileToRead(m_path) != m_path)
        return load();
    QFile file(m_path);
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return load();
    // kept whole: a save of the account's results into the same bytes
    // reuses what the scan found
    QByteArray text = file.readAll();
    file.close();
    const auto found = AccountListScan::find(QByteArrayView(text), Account::nameKey(name));
    if (!found || found->schema != kSchemaVersion || !found->hasList || found->ambiguous ||
        found->account.isEmpty())
        return load();
    const QJsonDocument doc = QJsonDocument::fromJson(found->account);
    QString error;
    const auto account = Account::fromJson(doc.object(), &error);
    // the parser's reading of the account is the one that counts
    if (!account || !Account::sameName(account->name, name) || found->id.isNull() ||
        account->id != found->id)
        return load();
    m_state = State::Ready;
    m_problem = Message();
    m_backupPath.clear();
    adopt({*account});
    m_onlyOne = true;
    m_oneRead = OneRead{std::move(text), *found};
    emit changed();
    return m_state;
}

AccountStore::Reload AccountStore::reloadIfChangedOnDisk()
{
    if (!m_waiting.isEmpty())
        return Reload::Later;
    // an unreadable file stays as it was shown until the person acts; a file
    // not there (yet) changes nothing this process holds
    if (m_state != State::Ready || !QFile::exists(m_path))
        return Reload::Same;
    QList<Account> list;
    if (readFile(m_path, &list)) {
        // half written by an editor, or by a newer version: what is shown
        // stays, and the next change to the file is read again; only a save
        // into such a file (which would lose it) turns the window to it
        qCWarning(lcAccounts) << "the account list changed elsewhere and cannot be read now;"
                              << "keeping what is shown";
        return Reload::Same;
    }
    // ours alone and not in the file yet: two alike (tests in the same
    // millisecond) are two tests, and both count against the carrier's budget
    addHistory(&list, m_unsavedHistory);
    const auto same = [](const QList<Account>& a, const QList<Account>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).toJson() != b.at(i).toJson())
                return false;
        }
        return true;
    };
    if (same(list, m_accounts))
        return Reload::Same;
    adopt(list);
    qCDebug(lcAccounts) << "reloaded" << m_accounts.size() << "accounts changed elsewhere";
    emit changed();
    return Reload::Changed;
}

bool AccountStore::parse(const QByteArray& bytes, QList<Account>* accounts, QString* reason)
{
    Message why;
    const bool ok = parse(bytes, accounts, &why);
    if (!ok && reason)
        *reason = why.text();
    return ok;
}

bool AccountStore::parse(const QByteArray& bytes, QList<Account>* accounts, Message* reason)
{
    if (parseByAccount(bytes, accounts))
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = parseError.error != QJsonParseError::NoError
                      ? Message::translate("AccountStore", "it is not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                      : Message::translate("AccountStore", "it is not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema > kSchemaVersion) {
        *reason = Message::translate("AccountStore",
                                     "it was written by a newer version of TokenDock (format %1; "
                                     "this version reads format %2), so update TokenDock to use "
                                     "these accounts")
                      .arg(schema)
                      .arg(kSchemaVersion);
        return false;
    }
    const QJsonValue listValue = LegacyAccounts::accountList(root, schema);
    if (schema < 1 || !listValue.isArray()) {
        *reason = Message::translate("AccountStore", "it has no format version or no account list");
        return false;
    }
    const QJsonArray list = listValue.toArray();
    QList<Account> loaded;
    loaded.reserve(list.size());
    // sets, not a search of the accounts before: a support desk's file holds thousands
    QSet<QUuid> ids;
    QSet<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        QString error;
        auto account = Account::fromJson(list.at(i).toObject(), &error);
        if (!account) {
            *reason = Message::translate("AccountStore", "account %1: %2").arg(i + 1).arg(error);
            return false;
        }
        const QString name = Account::nameKey(account->name);
        if (ids.contains(account->id) || names.contains(name)) {
            *reason = Message::translate("AccountStore",
                                         "account %1 repeats the name or id of another account")
                          .arg(i + 1);
            return false;
        }
        ids.insert(account->id);
        names.insert(name);
        loaded.append(std::move(*account));
    }
    *accounts = std::move(loaded);
    return true;
}

bool AccountStore::parseByAccount(const QByteArray& bytes, QList<Account>* accounts)
{
    AccountListParse parse(bytes, kSchemaVersion);
    parse.work();
    auto parsed = parse.finish();
    if (!parsed)
        return false;
    *accounts = std::move(parsed->accounts);
    return true;
}

QList<QUuid> AccountStore::unreadableAccountIds() const
{
    QList<QUuid> ids;
    if (m_state != State::Unreadable)
        return ids;
    QFile file(m_path);
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return ids;
    static const QRegularExpression idField(
        QStringLiteral(R"re("id"\s*:\s*"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)re"
                       R"re([0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")re"));
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = idField.globalMatch(text); it.hasNext();) {
        const QUuid id = QUuid::fromString(it.next().captured(1));
        if (!id.isNull() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

bool AccountStore::startFresh(QString* error)
{
    drain(); // changes asked for earlier settle against the unreadable file first
    const State previous = m_state;
    m_state = State::Ready;
    if (!write({}, error)) {
        m_state = previous;
        return false;
    }
    adopt(QList<Account>());
    m_problem = Message();
    emit changed();
    return true;
}

void AccountStore::startFresh(QObject* context, Done done)
{
    if (!m_async) {
        QString error;
        const bool ok = startFresh(&error);
        if (done)
            done(ok, error);
        return;
    }
    Waiting waiting = take(context, std::move(done));
    waiting.fresh = true;
    queue(std::move(waiting), nullptr);
}

const Account* AccountStore::find(const QUuid& id) const
{
    const auto at = m_byId.constFind(id);
    return at == m_byId.cend() ? nullptr : &m_accounts.at(*at);
}

void AccountStore::adopt(const QList<Account>& accounts)
{
    adopt(AccountListParse::indexed(accounts));
}

void AccountStore::adopt(AccountListParse::Parsed parsed)
{
    m_onlyOne = false;
    m_oneRead.reset();
    m_accounts = std::move(parsed.accounts);
    m_byId = std::move(parsed.byId);
    m_byName = std::move(parsed.byName);
}

std::optional<Account> AccountStore::readCurrent(const QUuid& id) const
{
    QList<Account> list;
    if (readFile(m_path, &list))
        return std::nullopt;
    if (!QFile::exists(m_path))
        list = m_accounts;
    for (const Account& p : std::as_const(list)) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

const Account* AccountStore::findByName(const QString& name) const
{
    const auto at = m_byName.constFind(Account::nameKey(name));
    return at == m_byName.cend() ? nullptr : &m_accounts.at(*at);
}

bool AccountStore::checkWritable(QString* error) const
{
    if (m_state == State::Ready)
        return true;
    if (error)
        *error = tr("The account list could not be read, so TokenDock will not change it. %1")
                     .arg(m_problem.text());
    return false;
}

QString AccountStore::validateName(const Account& account, const QList<Account>& others,
                                   QString* error)
{
    QString problem;
    if (!account.isValid())
        problem = tr("An account needs a name.");
    // a name is checked where it enters: an account an older version saved
    // keeps its name until it is renamed
    const auto stored = std::find_if(others.begin(), others.end(),
                                     [&account](const Account& p) { return p.id == account.id; });
    const bool entering = stored == others.end() || stored->name != account.name;
    if (problem.isEmpty() && entering) {
        if (const auto why = TextPolicy::validateAccountName(account.name))
            problem = *why;
    }
    for (const Account& other : others) {
        if (problem.isEmpty() && other.id != account.id &&
            Account::sameName(other.name, account.name))
            problem =
                tr("An account named \u201c%1\u201d already exists; names must differ by more "
                   "than letter case.")
                    .arg(TextPolicy::oneLine(other.name));
    }
    if (error && !problem.isEmpty())
        *error = problem;
    return problem;
}
bool AccountStore::canSave(const Account& account, QString* error) const
{
    return checkWritable(error) && validateName(account, m_accounts, error).isEmpty();
}
AccountStore::Edit AccountStore::adding(const Account& account)
{
    return [account](QList<Account>& list, QString* why) {
        if (!validateName(account, list, why).isEmpty())
            return false;
        for (const Account& p : std::as_const(list)) {
            if (p.id == account.id) {
                if (why)
                    *why = tr("An account with this id already exists.");
                return false;
            }
        }
        list.append(account);
        return true;
    };
}

AccountStore::Edit AccountStore::updating(const Account& base, const Account& edited, bool whole)
{
    return [base, account = edited, whole](QList<Account>& list, QString* why) {
        for (Account& p : list) {
            if (p.id != account.id)
                continue;
            // the settings are the caller's (only those it changed, when it
            // says what it started from); the history keeps every result
            // either side knows of
            Account next = whole ? account : Account::merged(base, account, p);
            if (!validateName(next, list, why).isEmpty())
                return false;
            next.history = p.history;
            for (const TestRecord& r : account.history) {
                if (!next.history.contains(r))
                    next.recordTest(r);
            }
            p = next;
            return true;
        }
        if (why)
            *why = tr("The account no longer exists.");
        return false;
    };
}

AccountStore::Edit AccountStore::removing(const QUuid& id)
{
    return [id](QList<Account>& list, QString*) {
        list.removeIf([&id](const Account& p) { return p.id == id; });
        return true;
    };
}

AccountStore::Edit AccountStore::modifying(const QUuid& id,
                                           const std::function<void(Account&)>& edit)
{
    return [id, edit](QList<Account>& list, QString* why) {
        for (Account& p : list) {
            if (p.id == id) {
                edit(p);
                return true;
            }
        }
        if (why)
            *why = tr("The account no longer exists.");
        return false;
    };
}

bool AccountStore::add(const Account& account, QString* error)
{
    return canSave(account, error) && change(adding(account), error);
}

bool AccountStore::update(const Account& account, QString* error)
{
    return canSave(account, error) && change(updating(account, account, true), error);
}

bool AccountStore::update(const Account& base, const Account& edited, QString* error)
{
    return canSave(edited, error) && change(updating(base, edited, false), error);
}

bool AccountStore::remove(const QUuid& id, QString* error)
{
    if (!checkWritable(error))
        return false;
    return !find(id) || change(removing(id), error);
}

bool AccountStore::change(const Edit& edit, QString* error)
{
    const bool done = commit(edit, error);
    if (done)
        emit changed();
    return done;
}

bool AccountStore::modify(const QUuid& id, const std::function<void(Account&)>& edit,
                          QString* error)
{
    return change(modifying(id, edit), error);
}

bool AccountStore::replaceAll(const QList<Account>& accounts, QString* error)
{
    return change(
        [accounts](QList<Account>& list, QString*) {
            list = accounts;
            return true;
        },
        error);
}

bool AccountStore::write(const QList<Account>& accounts, QString* error)
{
    drain(); // what was asked for earlier goes first
    const std::unique_ptr<QLockFile> lock = lockFile(m_path, error);
    if (!lock || !writeFile(m_path, accounts, error))
        return false;
    m_historySave->stop();
    m_unsavedHistory.clear();
    return true;
}

bool AccountStore::writeFile(const QString& path, const QList<Account>& accounts, QString* error)
{
    QJsonArray list;
    for (const Account& p : accounts)
        list.append(p.toJson());
    const QJsonObject root{{QStringLiteral("schema"), kSchemaVersion},
                           {QStringLiteral("app"), QStringLiteral("TokenDock")},
                           {QStringLiteral("accounts"), list}};
    // QSaveFile writes a temporary file and renames it over the old one, so a
    // crash leaves either the old or the new list, never half of one
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("TokenDock could not save the account list to %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    PrivateFiles::restrict(file);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("TokenDock could not save the account list to %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
