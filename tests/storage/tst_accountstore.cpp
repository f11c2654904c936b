// SPDX-License-Identifier: Apache-2.0
#include "accountlistprefetch.h"
#include "accountstore.h"
#include "filemode.h"
#include "privatefiles.h"
#include "storagetest.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
Account makeAccount(const QString& name)
{
    Account p = banyanAccount(name);
    p.fields.insert("clientrefnum", "REF-1");
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList names(const AccountStore& store)
{
    QStringList list;
    for (const Account& a : store.accounts())
        list << a.name;
    list.sort();
    return list;
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// The accounts the whole text's parse makes of a list, as JSON; nothing when
// it refuses the list. The reading every list had before lists were read an
// account at a time, kept here to compare with.
std::optional<QList<QJsonObject>> wholeTextAccounts(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const int schema = doc.object().value("schema").toInt(0);
    const QJsonValue list = doc.object().value(schema == 1 ? "profiles" : "accounts");
    if (schema < 1 || schema > AccountStore::kSchemaVersion || !list.isArray())
        return std::nullopt;
    QList<QJsonObject> accounts;
    QSet<QUuid> ids;
    QSet<QString> names;
    for (const QJsonValue& value : list.toArray()) {
        QString problem;
        const auto account = Account::fromJson(value.toObject(), &problem);
        if (!account || ids.contains(account->id) ||
            names.contains(Account::nameKey(account->name)))
            return std::nullopt;
        ids.insert(account->id);
        names.insert(Account::nameKey(account->name));
        accounts.append(account->toJson());
    }
    return accounts;
}

// An empty lock file as a writer killed between creating and filling it
// leaves one, `ageMs` old.
void writeEmptyLock(const QString& path, qint64 ageMs)
{
    writeAll(path, QByteArray());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addMSecs(-ageMs),
                          QFileDevice::FileModificationTime));
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path() const { return dir.filePath("accounts.json"); }

private slots:
    void init()
    {
        QFile::remove(path());
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files))
            QFile::remove(dir.filePath(f));
    }

    void missingFileIsAnEmptyWritableStore()
    {
        AccountStore store(path());
        QCOMPARE(store.load(), AccountStore::State::Ready);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.add(makeAccount("acme-banyan")));
        QVERIFY(QFile::exists(path()));
    }

    void roundTripKeepsEveryField()
    {
        Account p = makeAccount("acme-p44");
        p.carrierId = "project44";
        p.environmentId = "production-eu";
        p.tokenUrl = "https://eu12.api.project44.com/api/v4/oauth2/token";
        p.placement = CredentialPlacement::Body;
        p.headers.insert("x-trace", "1");
        p.keepFresh = true;
        p.secretMissing = true;
        for (int i = 0; i < 25; ++i)
            p.recordTest({QDateTime::currentDateTimeUtc().addSecs(i),
                          i % 2 ? "none" : "network",
                          i % 2 ? 200 : 0,
                          100 + i,
                          {}});
        QCOMPARE(p.history.size(), Account::kMaxHistory);
        QCOMPARE(p.history.first().latencyMs, qint64(124)); // newest first
        {
            AccountStore store(path());
            store.load();
            QVERIFY(store.add(p));
        }
        AccountStore reread(path());
        QCOMPARE(reread.load(), AccountStore::State::Ready);
        const Account* q = reread.find(p.id);
        QVERIFY(q);
        QCOMPARE(q->toJson(), p.toJson());
        QCOMPARE(q->history.size(), 20);
    }

    // Thousands of accounts are read one account's text at a time; what that
    // makes of a list is what the whole text's parse makes of it, unusual
    // lists too, and a list it refuses is refused with the whole parse's words.
    void aListReadsAsItsWholeTextWould_data()
    {
        QTest::addColumn<QByteArray>("json");
        Account rich = makeAccount("acme \"p44\" é 😀");
        rich.carrierId = "project44";
        rich.placement = CredentialPlacement::Body;
        rich.headers.insert("x-trace", "a\\b/c\t");
        rich.keepFresh = true;
        rich.recordTest({QDateTime::currentDateTimeUtc(), "network", 0, 120, {}});
        const QByteArray first = QJsonDocument(rich.toJson()).toJson(QJsonDocument::Compact);
        const Account ups = makeAccount("acme ups");
        Account sameName = ups;
        sameName.id = QUuid::createUuid();
        Account sameId = ups;
        sameId.name = "acme dhl";
        const auto text = [](const Account& account) {
            return QJsonDocument(account.toJson()).toJson(QJsonDocument::Indented);
        };
        const QByteArray second = text(ups);
        const QByteArray third = text(makeAccount("third"));
        const auto list = [](const QByteArray& inner, const QByteArray& schema = "2") {
            return "{\"schema\": " + schema + ", \"accounts\": [" + inner + "]}";
        };
        QTest::newRow("every field, escapes") << list(first + ",\n" + second);
        QTest::newRow("an escaped member name")
            << list(QByteArray(second).replace("\"name\"", "\"n\\u0061me\""));
        QTest::newRow("two lists")
            << "{\"schema\": 2, \"accounts\": [" + first + "], \"accounts\": [" + second + "]}";
        QTest::newRow("an escaped list name")
            << "{\"schema\": 2, \"\\u0061ccounts\": [" + third + "]}";
        QTest::newRow("the older format") << "{\"schema\": 1, \"profiles\": [" + second + "]}";
        QTest::newRow("a member not an object") << list(first + ", 7");
        QTest::newRow("a name twice") << list(second + ", " + text(sameName));
        QTest::newRow("an id twice") << list(second + ", " + text(sameId));
        QTest::newRow("an account that does not read")
            << list(first + ", " + QByteArray(third).replace("\"name\"", "\"nom\""));
        QTest::newRow("a newer format") << list(first, "3");
        QTest::newRow("an escaped second schema")
            << "{\"schema\": 2, \"\\u0073chema\": 3, \"accounts\": [" + second + "]}";
        QTest::newRow("schema as a fraction") << list(second, "2.0");
        QTest::newRow("the older format with a list")
            << "{\"schema\": 1, \"accounts\": [" + second + "]}";
        // the parser's limit counts from the root: an account read on its own
        // may not nest deeper than it may within the list
        const auto nested = [&](int depth) {
            const QByteArray shaped = QByteArray(second).replace(
                "\"name\"", "\"shape\": {\"a\": " + QByteArray(depth, '[') +
                                QByteArray(depth, ']') + "}, \"name\"");
            return list(shaped);
        };
        QTest::newRow("nested to the parser's limit") << nested(1024 - 4);
        QTest::newRow("nested past the parser's limit") << nested(1024 - 3);
    }
    void aListReadsAsItsWholeTextWould()
    {
        QFETCH(QByteArray, json);
        const auto expected = wholeTextAccounts(json);
        QList<Account> accounts;
        QString reason;
        const bool read = AccountStore::parse(json, &accounts, &reason);
        QCOMPARE(read, expected.has_value());
        if (!read) {
            QVERIFY(!reason.isEmpty());
            return;
        }
        QList<QJsonObject> got;
        for (const Account& account : std::as_const(accounts))
            got.append(account.toJson());
        QCOMPARE(got, *expected);
    }

    // The window's start reads the list ahead on a thread; the store shows
    // it only while the file still holds what was read
    void aListReadAheadIsTheList()
    {
        {
            AccountStore writer(path());
            writer.load();
            QVERIFY(writer.add(makeAccount("acme-banyan")));
            QVERIFY(writer.add(makeAccount("acme-p44")));
        }
        AccountStore plain(path());
        plain.load();
        const auto asJson = [](const QList<Account>& accounts) {
            QList<QJsonObject> list;
            for (const Account& a : accounts)
                list << a.toJson();
            return list;
        };
        // what was read ahead is every account as a plain read has it, once
        AccountListPrefetch direct(path());
        const auto taken = direct.take(path());
        QVERIFY(taken);
        QCOMPARE(asJson(taken->accounts), asJson(plain.accounts()));
        QVERIFY(!direct.take(path()));
        // and the store takes it: nothing is left for a later load
        AccountListPrefetch ahead(path());
        AccountStore store(path());
        QCOMPARE(store.load(&ahead), AccountStore::State::Ready);
        QCOMPARE(names(store), QStringList({"acme-banyan", "acme-p44"}));
        QCOMPARE(asJson(store.accounts()), asJson(plain.accounts()));
        QVERIFY(!ahead.take(path()));
        // found by id and by name, as after a plain read
        for (const Account& account : plain.accounts()) {
            QVERIFY(store.find(account.id));
            QCOMPARE(store.find(account.id)->name, account.name);
            QVERIFY(store.findByName(account.name.toUpper()));
            QCOMPARE(store.findByName(account.name.toUpper())->id, account.id);
        }
    }

    void aListReadAheadGivesWayToWhatChangedSince()
    {
        {
            AccountStore writer(path());
            writer.load();
            QVERIFY(writer.add(makeAccount("acme-banyan")));
        }
        // saved anew (a file renamed over the list) once the read ended
        AccountListPrefetch saved(path());
        saved.wait();
        {
            AccountStore other(path());
            other.load();
            QVERIFY(other.add(makeAccount("acme-ups")));
        }
        AccountStore afterSave(path());
        afterSave.load(&saved);
        QCOMPARE(names(afterSave), QStringList({"acme-banyan", "acme-ups"}));

        // written in place, same size, same inode: only the bytes tell
        AccountListPrefetch inPlace(path());
        inPlace.wait();
        QByteArray text = readAll(path());
        QVERIFY(text.contains("\"acme-ups\""));
        text.replace("\"acme-ups\"", "\"acme-upz\"");
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(text), text.size());
        file.close();
        AccountStore afterWrite(path());
        afterWrite.load(&inPlace);
        QCOMPARE(names(afterWrite), QStringList({"acme-banyan", "acme-upz"}));

        // another file's list is not this one's
        writeAll(dir.filePath("other.json"), readAll(path()).replace("acme-banyan", "acme-dhlec"));
        AccountListPrefetch elsewhere(dir.filePath("other.json"));
        AccountStore mine(path());
        mine.load(&elsewhere);
        QCOMPARE(names(mine), QStringList({"acme-banyan", "acme-upz"}));
    }

    // A list that does not read is explained as it would be without the read ahead
    void aDamagedListReadAheadIsStillExplained()
    {
        const QByteArray damaged = "{\"schema\": 2, \"accounts\": [ {\"name\": \"half";
        writeAll(path(), damaged);
        AccountListPrefetch ahead(path());
        AccountStore store(path());
        QCOMPARE(store.load(&ahead), AccountStore::State::Unreadable);
        QVERIFY2(store.problem().text().contains("not valid JSON"),
                 qPrintable(store.problem().text()));
        QCOMPARE(readAll(path()), damaged);
    }

    // what a failed test said shows again after a restart; the carrier's words
    // stay on one printable line however the file was edited
    void failedTestKeepsWhatItSaid()
    {
        Account p = makeAccount("acme-usps");
        Failure failure = Failure::make(
            ErrorCategory::CredentialsRejected,
            Message::translate("TokenService", "%1 rejected the client id or secret.").arg("USPS"),
            Message::plain("Check the secret."), Failure::HintSource::Carrier);
        failure.carrierError = "invalid_client";
        failure.carrierDescription = "Client\nauthentication\tfailed";
        p.recordTest({QDateTime::currentDateTimeUtc(), "credentials_rejected", 401, 80, failure});
        {
            AccountStore store(path());
            store.load();
            QVERIFY(store.add(p));
        }
        AccountStore reread(path());
        QCOMPARE(reread.load(), AccountStore::State::Ready);
        const auto last = reread.find(p.id)->lastTest();
        QVERIFY(last && last->failure);
        QCOMPARE(last->failure->category, ErrorCategory::CredentialsRejected);
        QCOMPARE(last->failure->message.text(), failure.message.text());
        QCOMPARE(last->failure->message, failure.message);
        QCOMPARE(last->failure->hint.text(), QString("Check the secret."));
        QCOMPARE(last->failure->hintSource, Failure::HintSource::Carrier);
        QCOMPARE(last->failure->carrierError, QString("invalid_client"));
        QCOMPARE(last->failure->carrierDescription, QString("Client authentication failed"));
        QCOMPARE(reread.find(p.id)->toJson(), p.toJson());
    }

    // another process's save shows after a reload; one that changed nothing is quiet
    void reloadReadsWhatAnotherProcessSaved()
    {
        AccountStore window(path());
        window.load();
        QVERIFY(window.add(makeAccount("acme-usps")));
        QSignalSpy changed(&window, &AccountStore::changed);
        QCOMPARE(window.reloadIfChangedOnDisk(), AccountStore::Reload::Same);
        QCOMPARE(changed.size(), 0);
        {
            AccountStore script(path());
            script.load();
            QVERIFY(script.add(makeAccount("acme-ups")));
        }
        QCOMPARE(window.reloadIfChangedOnDisk(), AccountStore::Reload::Changed);
        QCOMPARE(changed.size(), 1);
        QVERIFY(window.findByName("acme-ups"));
        QCOMPARE(window.reloadIfChangedOnDisk(), AccountStore::Reload::Same);

        // a file half written by an editor keeps what is shown; once it is
        // whole again it is read
        const QByteArray whole = readAll(path());
        {
            QFile half(path());
            QVERIFY(half.open(QIODevice::WriteOnly | QIODevice::Truncate));
            half.write(whole.left(whole.size() / 2));
        }
        QCOMPARE(window.reloadIfChangedOnDisk(), AccountStore::Reload::Same);
        QCOMPARE(window.state(), AccountStore::State::Ready);
        QCOMPARE(window.accounts().size(), 2);
        {
            QFile full(path());
            QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Truncate));
            full.write(whole);
        }
        {
            AccountStore script(path());
            QCOMPARE(script.load(), AccountStore::State::Ready);
            QVERIFY(script.add(makeAccount("acme-xpo")));
        }
        QCOMPARE(window.reloadIfChangedOnDisk(), AccountStore::Reload::Changed);
        QVERIFY(window.findByName("acme-xpo"));
        QCOMPARE(window.accounts().size(), 3);
    }

    void fileIsPrivateAndHoldsNoSecret()
    {
        AccountStore store(path());
        store.load();
        QVERIFY(store.add(makeAccount("acme")));
        QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray content = readAll(path());
        QVERIFY(!content.contains("secret\":"));
        QVERIFY(content.contains("\"schema\": 2"));
    }

    void namesAreUniqueIgnoringCase()
    {
        AccountStore store(path());
        store.load();
        QVERIFY(store.add(makeAccount("Acme-Banyan")));
        QString error;
        QVERIFY(!store.add(makeAccount("acme-banyan"), &error));
        QVERIFY2(error.contains("already exists"), qPrintable(error));
        QVERIFY(!store.add(makeAccount("  ACME-BANYAN "), &error));
        QCOMPARE(store.accounts().size(), 1);
        QVERIFY(store.findByName("ACME-banyan"));
    }

    void renameKeepsTheId()
    {
        AccountStore store(path());
        store.load();
        Account p = makeAccount("old-name");
        QVERIFY(store.add(p));
        p.name = "new-name";
        QVERIFY(store.update(p));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.findByName("new-name")->id, p.id);
        QVERIFY(!store.findByName("old-name"));
    }

    void removeAndChangedSignal()
    {
        AccountStore store(path());
        store.load();
        QSignalSpy changed(&store, &AccountStore::changed);
        Account p = makeAccount("x");
        QVERIFY(store.add(p));
        QVERIFY(store.remove(p.id));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store.accounts().isEmpty());
    }

    // Test results show at once and reach the file together a moment later
    // (Test all brings hundreds), or when the store ends, whichever is first.
    void testResultsAreSavedTogether()
    {
        const Account p = makeAccount("history");
        {
            AccountStore store(path());
            store.load();
            QVERIFY(store.add(p));
            const QByteArray before = readAll(path());
            QSignalSpy changed(&store, &AccountStore::changed);
            for (int status : {200, 401, 200}) {
                TestRecord r;
                r.at = QDateTime::currentDateTimeUtc();
                r.category = status == 200 ? "ok" : "auth";
                r.httpStatus = status;
                r.latencyMs = 12;
                QVERIFY(store.recordTest(p.id, r));
            }
            QCOMPARE(store.find(p.id)->history.size(), 3);
            QCOMPARE(readAll(path()), before);
            QTRY_COMPARE(changed.count(), 1);
            AccountStore reader(path());
            reader.load();
            QCOMPARE(reader.find(p.id)->history.size(), 3);
            QCOMPARE(reader.find(p.id)->history.at(1).httpStatus, 401);

            TestRecord last;
            last.at = QDateTime::currentDateTimeUtc();
            last.category = "network";
            QVERIFY(store.recordTest(p.id, last));
            QString error;
            QVERIFY(!store.recordTest(QUuid::createUuid(), last, &error));
            QVERIFY(error.contains("no longer exists"));
        } // the store ends before its delay
        AccountStore reader(path());
        reader.load();
        QCOMPARE(reader.find(p.id)->history.size(), 4);
        QCOMPARE(reader.find(p.id)->history.first().category, QString("network"));
    }

    // Two tokendock processes testing at once: each result joins the file as
    // it is when saved, none is written over by the other's older copy.
    void resultsFromSeveralProcessesAllStay()
    {
        const Account p = makeAccount("shared");
        AccountStore first(path());
        first.load();
        QVERIFY(first.add(p));
        AccountStore second(path());
        second.load();
        TestRecord a;
        a.at = QDateTime::currentDateTimeUtc();
        a.category = "ok";
        a.httpStatus = 200;
        TestRecord b = a;
        b.category = "auth";
        b.httpStatus = 401;
        QVERIFY(first.recordTest(p.id, a));
        QVERIFY(second.recordTest(p.id, b));
        first.flush();
        second.flush();
        AccountStore reader(path());
        reader.load();
        QCOMPARE(reader.find(p.id)->history.size(), 2);
        QCOMPARE(reader.find(p.id)->history.first().httpStatus, 401);
        // the later save also shows what the other process saved
        QCOMPARE(second.find(p.id)->history.size(), 2);
        QVERIFY(!QFile::exists(path() + ".lock"));
    }

    // The window and a script change the list at the same time: each change
    // goes into the file as it is then, so neither undoes the other.
    void changesFromAnotherProcessStay()
    {
        AccountStore window(path());
        window.load();
        const Account alpha = makeAccount("alpha");
        QVERIFY(window.add(alpha));
        AccountStore script(path());
        script.load();
        QVERIFY(script.add(makeAccount("bravo")));
        // the window renames alpha without having seen bravo
        Account renamed = *window.find(alpha.id);
        renamed.name = "alpha-2";
        QVERIFY(window.update(renamed));
        QCOMPARE(window.accounts().size(), 2);
        AccountStore reader(path());
        reader.load();
        QVERIFY(reader.findByName("bravo"));
        QVERIFY(reader.findByName("alpha-2"));
        // a name taken elsewhere meanwhile is refused
        QVERIFY(script.add(makeAccount("charlie")));
        renamed.name = "Charlie";
        QString error;
        QVERIFY(!window.update(renamed, &error));
        QVERIFY2(error.contains("already exists"), qPrintable(error));
    }

    // A newer TokenDock rewrote the file while this one ran: it is kept as it
    // is, and this one stops writing.
    void aFileThatTurnedUnreadableIsKept()
    {
        AccountStore store(path());
        store.load();
        const Account alpha = makeAccount("alpha");
        QVERIFY(store.add(alpha));
        const QByteArray newer = "{\"schema\": 99, \"accounts\": []}";
        writeAll(path(), newer);
        Account renamed = *store.find(alpha.id);
        renamed.name = "alpha-2";
        QString error;
        QVERIFY(!store.update(renamed, &error));
        QCOMPARE(store.state(), AccountStore::State::Unreadable);
        QVERIFY2(error.contains("will not change the file"), qPrintable(error));
        QCOMPARE(readAll(path()), newer);
        QCOMPARE(readAll(store.backupPath()), newer);
    }

    // The window's store saves on a worker: its changes land in the order they
    // were asked for, over what another process saved, and an unreadable file
    // stops them as it stops the others.
    void changesOnTheWorkerKeepOrderAndTheFileRules()
    {
        AccountStore window(path());
        window.load();
        window.setAsync(true);
        AccountStore script(path());
        script.load();
        QVERIFY(script.add(makeAccount("bravo")));
        const Account alpha = makeAccount("alpha");
        QStringList answers;
        const auto note = [&answers](const QString& what) {
            return [&answers, what](bool ok, const QString& error) {
                answers << (ok ? what : what + ": " + error);
            };
        };
        window.submit(AccountStore::adding(alpha), nullptr, note("added"));
        window.submit(AccountStore::modifying(alpha.id, [](Account& p) { p.keepFresh = true; }),
                      nullptr, note("kept fresh"));
        QVERIFY(answers.isEmpty()); // the caller goes on meanwhile
        QTRY_COMPARE(answers, QStringList({"added", "kept fresh"}));
        QCOMPARE(window.accounts().size(), 2);
        QVERIFY(window.find(alpha.id)->keepFresh);
        AccountStore reader(path());
        reader.load();
        QVERIFY(reader.findByName("bravo"));
        QVERIFY(reader.find(alpha.id)->keepFresh);

        const QByteArray newer = "{\"schema\": 99, \"accounts\": []}";
        writeAll(path(), newer);
        window.submit(AccountStore::removing(alpha.id), nullptr, note("removed"));
        QTRY_COMPARE(answers.size(), 3);
        QVERIFY2(answers.last().contains("will not change the file"), qPrintable(answers.last()));
        QCOMPARE(window.state(), AccountStore::State::Unreadable);
        QCOMPARE(readAll(path()), newer);
    }

    // What a store that saves on a worker still has on its way when it ends,
    // a change and held-back results, is saved.
    void changesOnTheWayAreSavedAtTheEnd()
    {
        const Account p = makeAccount("alpha");
        {
            AccountStore window(path());
            window.load();
            window.setAsync(true);
            QVERIFY(window.add(p));
            window.submit(AccountStore::modifying(p.id, [](Account& q) { q.keepFresh = true; }),
                          nullptr, {});
            TestRecord r;
            r.at = QDateTime::currentDateTimeUtc();
            r.category = "ok";
            r.httpStatus = 200;
            QVERIFY(window.recordTest(p.id, r));
        }
        AccountStore reader(path());
        reader.load();
        QCOMPARE(reader.find(p.id)->history.size(), 1);
        QVERIFY(reader.find(p.id)->keepFresh);
    }

    // A result saved late (by another process) still sits by its test time.
    void historyIsOrderedByTestTime()
    {
        Account p = makeAccount("ordered");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int ago : {0, 60, 30}) {
            TestRecord r;
            r.at = now.addSecs(-ago);
            r.category = "none";
            p.recordTest(r);
        }
        QCOMPARE(p.history.size(), 3);
        QCOMPARE(p.history.at(0).at, now);
        QCOMPARE(p.history.at(1).at, now.addSecs(-30));
        QCOMPARE(p.history.at(2).at, now.addSecs(-60));
    }

    void absurdNumbersInHistoryAreIgnored()
    {
        writeAll(
            path(),
            "{\"schema\":2,\"accounts\":[{\"id\":\"5f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11\","
            "\"name\":\"a\",\"carrier\":\"banyan\",\"history\":[{\"at\":\"2026-11-24T09:00:00Z\","
            "\"outcome\":\"none\",\"latency_ms\":4.4e50,\"http_status\":1e40}]}]}");
        AccountStore store(path());
        QCOMPARE(store.load(), AccountStore::State::Ready);
        const TestRecord r = store.accounts().value(0).history.value(0);
        QCOMPARE(r.latencyMs, qint64(-1));
        QCOMPARE(r.httpStatus, 0);
    }

    void unreadableFilesAreKeptAndNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("corrupt") << QByteArray("{\"schema\":2,\"accounts\":[{\"id\":")
                                 << "not valid JSON";
        QTest::newRow("newer schema")
            << QByteArray("{\"schema\":9,\"accounts\":[],\"future\":true}") << "newer version";
        QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe garbage", 12) << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << "not a JSON object";
        QTest::newRow("account without name")
            << QByteArray("{\"schema\":2,\"accounts\":[{\"id\":\"5f1c1c56-2b0a-4d0c-9a3e-"
                          "2b7d8a1f0c11\",\"carrier\":\"banyan\"}]}")
            << "name";
        QTest::newRow("duplicate names")
            << QByteArray("{\"schema\":2,\"accounts\":["
                          "{\"id\":\"5f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11\",\"name\":\"a\","
                          "\"carrier\":\"banyan\"},"
                          "{\"id\":\"6f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11\",\"name\":\"A\","
                          "\"carrier\":\"banyan\"}]}")
            << "repeats";
    }
    void unreadableFilesAreKeptAndNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        writeAll(path(), content);
        AccountStore store(path());
        QCOMPARE(store.load(), AccountStore::State::Unreadable);
        // a clear message naming both paths
        const QString problem = store.problem().text();
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY(problem.contains(QDir::toNativeSeparators(path())));
        QVERIFY(!store.backupPath().isEmpty());
        QVERIFY(problem.contains(QDir::toNativeSeparators(store.backupPath())));
        // kept byte-for-byte, twice
        QCOMPARE(readAll(store.backupPath()), content);
        // every write refused, the file untouched
        QString error;
        QVERIFY(!store.add(makeAccount("new"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.replaceAll({}, &error));
        QCOMPARE(readAll(path()), content);
        // only an explicit fresh start writes, and the copy survives it
        QVERIFY(store.startFresh());
        QVERIFY(store.add(makeAccount("new")));
        QCOMPARE(readAll(store.backupPath()), content);
        QVERIFY(readAll(path()) != content);
    }

    // A command about one account reads just it, and whatever it saves
    // afterwards still holds every other account as it was.
    void oneAccountIsReadAloneAndAChangeKeepsTheRest()
    {
        QList<Account> all;
        for (int i = 0; i < 40; ++i)
            all.append(makeAccount(QStringLiteral("Acme %1").arg(i)));
        {
            AccountStore writer(path());
            writer.load();
            QVERIFY(writer.replaceAll(all));
        }
        const QByteArray before = readAll(path());
        AccountStore store(path());
        QCOMPARE(store.loadOne(QStringLiteral("  acme 17 ")), AccountStore::State::Ready);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().toJson(true), all.at(17).toJson(true));
        QCOMPARE(store.findByName(QStringLiteral("ACME 17"))->id, all.at(17).id);
        QCOMPARE(readAll(path()), before);

        TestRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.category = "ok";
        record.httpStatus = 200;
        QVERIFY(store.recordTest(all.at(17).id, record));
        store.flush();
        QVERIFY(store.modify(all.at(17).id, [](Account& a) { a.clientId = "changed"; }));
        // the save brought the whole list
        QCOMPARE(store.accounts().size(), all.size());

        AccountStore reader(path());
        QCOMPARE(reader.load(), AccountStore::State::Ready);
        QCOMPARE(reader.accounts().size(), all.size());
        for (const Account& a : std::as_const(all)) {
            const Account* read = reader.find(a.id);
            QVERIFY(read);
            QCOMPARE(read->name, a.name);
            QCOMPARE(read->history.size(), a.id == all.at(17).id ? 1 : 0);
            QCOMPARE(read->clientId, a.id == all.at(17).id ? QString("changed") : a.clientId);
        }
    }

    // What another account holds is not looked at: one broken account does
    // not keep a script from the token of another. The list as a whole is
    // still reported.
    void oneAccountDespiteAnotherBrokenOne()
    {
        const Account good = makeAccount("good");
        QJsonObject broken = makeAccount("broken").toJson(true);
        broken.remove("carrier");
        const QJsonObject root{{"schema", AccountStore::kSchemaVersion},
                               {"accounts", QJsonArray{broken, good.toJson(true)}}};
        writeAll(path(), QJsonDocument(root).toJson());
        AccountStore one(path());
        QCOMPARE(one.loadOne("good"), AccountStore::State::Ready);
        QCOMPARE(one.accounts().size(), 1);
        QCOMPARE(one.accounts().first().id, good.id);
        AccountStore whole(path());
        QCOMPARE(whole.load(), AccountStore::State::Unreadable);
        const QString problem = whole.problem().text();
        // a result joins the account's text, the broken one stays as written
        TestRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.category = "ok";
        QVERIFY(one.recordTest(good.id, record));
        one.flush();
        AccountStore again(path());
        QCOMPARE(again.loadOne("good"), AccountStore::State::Ready);
        QCOMPARE(again.accounts().first().history.size(), 1);
        AccountStore wholeAgain(path());
        QCOMPARE(wholeAgain.load(), AccountStore::State::Unreadable);
        const QString reason = problem.section(": ", 1).section(". ", 0, 0);
        QVERIFY2(wholeAgain.problem().text().contains(reason), qPrintable(reason));
        // and no other change is saved into such a file
        QString error;
        QVERIFY(!one.modify(
            good.id, [](Account& a) { a.clientId = "x"; }, &error));
        QCOMPARE(one.state(), AccountStore::State::Unreadable);
    }

    // A result saved by a command that read one account is the file a whole
    // list's save would write, byte for byte, and keeps what another
    // process changed meanwhile.
    void aResultForOneAccountIsSavedAsTheWholeListWouldBe()
    {
        QList<Account> all;
        for (int i = 0; i < 30; ++i)
            all.append(makeAccount(QStringLiteral("Acme %1").arg(i)));
        const QString other = dir.filePath("other.json");
        for (const QString& file : {path(), other}) {
            AccountStore writer(file);
            writer.load();
            QVERIFY(writer.replaceAll(all));
        }
        TestRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.category = "auth";
        record.httpStatus = 401;
        record.latencyMs = 31;
        {
            AccountStore whole(other);
            whole.load();
            QVERIFY(whole.recordTest(all.at(11).id, record));
            whole.flush();
        }
        AccountStore one(path());
        QCOMPARE(one.loadOne("acme 11"), AccountStore::State::Ready);
        QVERIFY(one.recordTest(all.at(11).id, record));
        one.flush();
        QCOMPARE(one.accounts().size(), 1);
        QCOMPARE(one.accounts().first().history.size(), 1);
        QCOMPARE(readAll(path()), readAll(other));
        QFile::remove(other);

        // renamed and joined by another account in another process meanwhile
        {
            AccountStore elsewhere(path());
            elsewhere.load();
            QVERIFY(elsewhere.modify(all.at(11).id, [](Account& a) { a.name = "Acme eleven"; }));
            QVERIFY(elsewhere.add(makeAccount("Acme new")));
        }
        record.category = "ok";
        record.httpStatus = 200;
        QVERIFY(one.recordTest(all.at(11).id, record));
        one.flush();
        AccountStore reader(path());
        QCOMPARE(reader.load(), AccountStore::State::Ready);
        QCOMPARE(reader.accounts().size(), all.size() + 1);
        const Account* saved = reader.find(all.at(11).id);
        QCOMPARE(saved->name, QString("Acme eleven"));
        QCOMPARE(saved->history.size(), 2);
        QCOMPARE(saved->history.first().httpStatus, 200);
    }

    // The first save of a store holding one account finds the account again
    // when the list changed since it was read (an account added before it,
    // so it moved), rather than writing where it used to be.
    void oneAccountsFirstSaveFollowsAListChangedSinceItsRead()
    {
        const Account a = makeAccount("a");
        {
            AccountStore writer(path());
            writer.load();
            QVERIFY(writer.add(makeAccount("c")));
            QVERIFY(writer.add(a));
        }
        AccountStore one(path());
        QCOMPARE(one.loadOne("a"), AccountStore::State::Ready);
        {
            AccountStore elsewhere(path());
            elsewhere.load();
            QVERIFY(elsewhere.add(makeAccount("b with a longer name, ahead of a")));
            QVERIFY(elsewhere.modify(a.id, [](Account& edited) { edited.clientId = "edited"; }));
        }
        TestRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.category = "ok";
        record.httpStatus = 200;
        QVERIFY(one.recordTest(a.id, record));
        one.flush();
        AccountStore reader(path());
        QCOMPARE(reader.load(), AccountStore::State::Ready);
        QCOMPARE(reader.accounts().size(), 3);
        QCOMPARE(reader.find(a.id)->clientId, QString("edited"));
        QCOMPARE(reader.find(a.id)->history.size(), 1);
        QCOMPARE(reader.findByName("b with a longer name, ahead of a")->history.size(), 0);
    }

    // A store holding one account never makes a list of just that one.
    void oneAccountIsNeverTheWholeListWhenTheFileIsGone()
    {
        const Account a = makeAccount("a");
        {
            AccountStore writer(path());
            writer.load();
            QVERIFY(writer.add(a));
            QVERIFY(writer.add(makeAccount("b")));
        }
        AccountStore one(path());
        QCOMPARE(one.loadOne("a"), AccountStore::State::Ready);
        QVERIFY(QFile::remove(path()));
        QString error;
        QVERIFY(!one.modify(
            a.id, [](Account& edited) { edited.clientId = "x"; }, &error));
        QVERIFY2(error.contains("no longer there"), qPrintable(error));
        TestRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.category = "ok";
        QVERIFY(one.recordTest(a.id, record));
        one.flush();
        QVERIFY(!QFile::exists(path()));
    }

    // Anything the scan cannot settle is read in full, and reported as load()
    // reports it.
    void oneAccountOtherwiseReadsTheWholeList_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("readable");
        const QByteArray id = "5f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11";
        const auto account = [](const QByteArray& itsId, const QByteArray& name) {
            return "{\"id\":\"" + itsId + "\",\"name\":\"" + name + "\",\"carrier\":\"banyan\"}";
        };
        QTest::newRow("no such name")
            << "{\"schema\":2,\"accounts\":[" + account(id, "other") + "]}" << true;
        QTest::newRow("the account broken")
            << "{\"schema\":2,\"accounts\":[{\"id\":\"" + id + "\",\"name\":\"a\"}]}" << false;
        QTest::newRow("its id twice") << "{\"schema\":2,\"accounts\":[" + account(id, "a") + "," +
                                             account("{" + id.toUpper() + "}", "b") + "]}"
                                      << false;
        QTest::newRow("its name twice")
            << "{\"schema\":2,\"accounts\":[" + account(id, "a") + "," +
                   account("6f1c1c56-2b0a-4d0c-9a3e-2b7d8a1f0c11", " A") + "]}"
            << false;
        QTest::newRow("cut short after it")
            << "{\"schema\":2,\"accounts\":[" + account(id, "a") + ",{\"id\":" << false;
        QTest::newRow("newer") << "{\"accounts\":[" + account(id, "a") + "],\"schema\":9}" << false;
    }
    void oneAccountOtherwiseReadsTheWholeList()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, readable);
        writeAll(path(), content);
        AccountStore whole(path());
        const AccountStore::State expected = whole.load();
        QCOMPARE(expected == AccountStore::State::Ready, readable);
        AccountStore one(path());
        QCOMPARE(one.loadOne("a"), expected);
        QCOMPARE(one.problem().text(), whole.problem().text());
        QCOMPARE(one.accounts().size(), whole.accounts().size());
    }

    void repeatedLoadsKeepOneCopyPerContent()
    {
        writeAll(path(), "nonsense");
        AccountStore a(path());
        a.load();
        AccountStore b(path());
        b.load();
        QCOMPARE(b.backupPath(), a.backupPath()); // the same bytes are kept once
        QCOMPARE(QDir(dir.path()).entryList({"accounts.json.unreadable-*"}, QDir::Files).size(), 1);
        writeAll(path(), "other nonsense");
        AccountStore c(path());
        c.load();
        QVERIFY(c.backupPath() != a.backupPath());
        QCOMPARE(readAll(c.backupPath()), QByteArray("other nonsense"));
        QCOMPARE(readAll(a.backupPath()), QByteArray("nonsense"));
    }

    // A writer killed while creating the lock leaves it empty: the next save
    // goes ahead instead of reporting the list locked for half a minute.
    void aLockLeftEmptyByAKilledWriterIsCleared()
    {
        writeEmptyLock(path() + ".lock", 3000);
        AccountStore store(path());
        store.load();
        QString error;
        QVERIFY2(store.add(makeAccount("after a crash"), &error), qPrintable(error));
        QVERIFY(!QFile::exists(path() + ".lock"));
        AccountStore reader(path());
        reader.load();
        QCOMPARE(reader.accounts().size(), 1);
    }

    // An empty lock file is only cleared when no process holds it and it is
    // old enough that its writer would have filled it.
    void anEmptyLockIsClearedOnlyWhenNobodyHoldsIt()
    {
        const QString lockPath = dir.filePath("other.lock");
        writeEmptyLock(lockPath, 3000);
        const int held = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY);
        QVERIFY(held >= 0);
        QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0); // a writer about to fill it
        QLockFile waiting(lockPath);
        QVERIFY(!PrivateFiles::lock(waiting, 300));
        QCOMPARE(waiting.error(), QLockFile::LockFailedError);
        ::close(held);
        QVERIFY(PrivateFiles::lock(waiting, 300));
        QCOMPARE(modeOf(lockPath), 0600);
        waiting.unlock();

        writeEmptyLock(lockPath, 0); // just created: its writer may be at it now
        QLockFile early(lockPath);
        QVERIFY(!PrivateFiles::lock(early, 0));
        QVERIFY(QFile::exists(lockPath));
    }

    void unwritableFolderReportsAndChangesNothing()
    {
        const QString blocked = dir.filePath("blocked");
        writeAll(blocked, "a file where a folder should be");
        AccountStore store(blocked + "/accounts.json");
        store.load();
        QString error;
        QVERIFY(!store.add(makeAccount("x"), &error));
        QVERIFY2(error.contains("could not"), qPrintable(error));
        QVERIFY(store.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
