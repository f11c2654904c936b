// SPDX-License-Identifier: Apache-2.0
#include "accountservice.h"
#include "clock.h"
#include "filemode.h"
#include "storagetest.h"
#include "tokencache.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>

class TestTokenCache : public QObject
{
    Q_OBJECT

private:
    static IssuedToken token(const QByteArray& value, const QDateTime& obtained, qint64 life)
    {
        IssuedToken t;
        t.accessToken = SecretBytes(value);
        t.tokenType = "Bearer";
        t.obtainedAt = obtained;
        t.expiresIn = life;
        t.expiresAtFromResponse = obtained.addSecs(life);
        t.scopes = {"shipments.view"};
        return t;
    }
    static std::optional<IssuedToken> load(TokenCache& cache, const QUuid& id)
    {
        std::optional<IssuedToken> out;
        waitForCallback([&](auto quit) {
            cache.load(id, nullptr, [&, quit](std::optional<IssuedToken> t, const SecretResult&) {
                out = t;
                quit();
            });
        });
        return out;
    }

private slots:
    void initTestCase() { REQUIRE_SECRET_SERVICE(); }

    void serializationRoundTrip()
    {
        IssuedToken t =
            token("abc.def.ghi", QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC), 3599);
        t.tokenTypeAsSent = "BEARER";
        t.expiresAtFromJwt = t.obtainedAt.addSecs(1800);
        const auto back = TokenCache::deserialize(TokenCache::serialize(t));
        QVERIFY(back);
        QCOMPARE(back->accessToken.expose(), QByteArray("abc.def.ghi"));
        QCOMPARE(back->tokenTypeAsSent, QString("BEARER"));
        QCOMPARE(back->expiresAt(), t.obtainedAt.addSecs(1800));
        QCOMPARE(back->scopes, t.scopes);
        QVERIFY(!TokenCache::deserialize(SecretBytes(QByteArray("not json"))));
    }

    void survivesANewProcess()
    {
        QTemporaryDir config;
        AccountStore store(config.filePath("accounts.json"));
        store.load();
        Account p;
        p.id = QUuid::createUuid();
        p.name = "cached-account";
        p.carrierId = "dhl-ecs";
        p.environmentId = "sandbox";
        QVERIFY(store.add(p));
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, nullptr);
        const QByteArray value = "cached-token-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const IssuedToken t = token(value, QDateTime::currentDateTimeUtc(), 3600);
        QVERIFY(keychainCall([&](auto cb) { cache.store(p.id, t, nullptr, cb); }).ok());

        const HelperRun run = runHelper({"token-hash", config.path(), "cached-account"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().value(0).toLatin1(),
                 QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex());
        QCOMPARE(run.lines().value(1), t.expiresAt().toString(Qt::ISODate));
        QVERIFY(!run.stdOut.contains(value));
    }

    void expiredEntriesAreDroppedWhenRead()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, &clock);
        const QUuid id = QUuid::createUuid();
        QVERIFY(keychainCall([&](auto cb) {
                    cache.store(id, token("short-lived", clock.now(), 60), nullptr, cb);
                }).ok());

        TokenCache fresh(&secrets, &clock); // as a new process would
        QVERIFY(load(fresh, id));
        clock.advance(61);
        TokenCache later(&secrets, &clock);
        QVERIFY(!load(later, id));
        QTRY_COMPARE(keychainCall([&](auto cb) {
                         secrets.read(SecretStore::tokenKey(id), nullptr, cb);
                     }).status,
                     SecretResult::NotFound);
    }

    // A new process reads every account's token in one go; each account's
    // load() then answers from what that read, with no read of its own: a
    // token removed from the keychain after the preload is still handed out,
    // and an expired one is still dropped from the keychain.
    void preloadedTokensAnswerEachLoad()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, &clock);
        QList<QUuid> ids;
        for (int i = 0; i < 6; ++i) {
            ids.append(QUuid::createUuid());
            const qint64 life = i == 5 ? 30 : 3600;
            QVERIFY(keychainCall([&](auto cb) {
                        cache.store(ids.last(),
                                    token("preloaded-" + QByteArray::number(i), clock.now(), life),
                                    nullptr, cb);
                    }).ok());
        }
        const QUuid none = QUuid::createUuid();
        ids.append(none);

        TokenCache fresh(&secrets, &clock); // as a new process would
        waitForCallback([&](auto quit) {
            fresh.preload(ids, nullptr, [quit](const SecretResult& trouble) {
                QVERIFY(trouble.ok());
                quit();
            });
        });
        // behind the cache's back: only a load() of its own would notice
        QVERIFY(keychainCall([&](auto cb) {
                    secrets.remove(SecretStore::tokenKey(ids.at(0)), nullptr, cb);
                }).ok());
        clock.advance(31);
        for (int i = 0; i < 5; ++i) {
            const auto back = load(fresh, ids.at(i));
            QVERIFY2(back, qPrintable(QString::number(i)));
            QCOMPARE(back->accessToken.expose(), "preloaded-" + QByteArray::number(i));
        }
        QVERIFY(!load(fresh, ids.at(5))); // expired meanwhile
        QTRY_COMPARE(readKeychain(secrets, SecretStore::tokenKey(ids.at(5))).status,
                     SecretResult::NotFound);
        QVERIFY(!load(fresh, none));
        for (int i = 1; i < 5; ++i)
            QVERIFY(keychainCall([&](auto cb) { fresh.drop(ids.at(i), nullptr, cb); }).ok());
    }

    // Tokens arriving faster than the keychain writes: the newest one is what
    // stays, every caller hears back, and a drop cancels a write still waiting.
    void burstsKeepTheNewestTokenAndDropsWin()
    {
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, nullptr);
        const QUuid kept = QUuid::createUuid();
        const QUuid dropped = QUuid::createUuid();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int answers = 0;
        const auto count = [&answers](const SecretResult& r) {
            QVERIFY(r.ok());
            ++answers;
        };
        for (const char* value : {"first", "second", "third"})
            cache.store(kept, token(QByteArray("burst-") + value, now, 3600), nullptr, count);
        cache.store(dropped, token("soon-dropped", now, 3600), nullptr, count);
        cache.drop(dropped, nullptr, count);
        QCOMPARE(cache.peek(kept)->accessToken.expose(), QByteArray("burst-third"));
        QTRY_COMPARE(answers, 5);
        QTRY_COMPARE(secrets.pendingJobs(), 0);

        TokenCache fresh(&secrets, nullptr); // as a new process would
        const auto back = load(fresh, kept);
        QVERIFY(back);
        QCOMPARE(back->accessToken.expose(), QByteArray("burst-third"));
        QVERIFY(!load(fresh, dropped));
        QVERIFY(keychainCall([&](auto cb) { fresh.drop(kept, nullptr, cb); }).ok());
    }

    void disabledCacheStoresNothing()
    {
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, nullptr);
        const QUuid id = QUuid::createUuid();
        QVERIFY(keychainCall([&](auto cb) {
                    cache.store(id, token("kept", QDateTime::currentDateTimeUtc(), 600), nullptr,
                                cb);
                }).ok());
        cache.setEnabled(false);
        // storing with the cache off removes what an earlier run left behind
        QVERIFY(keychainCall([&](auto cb) {
                    cache.store(id, token("not-kept", QDateTime::currentDateTimeUtc(), 600),
                                nullptr, cb);
                }).ok());
        QCOMPARE(keychainCall([&](auto cb) {
                     secrets.read(SecretStore::tokenKey(id), nullptr, cb);
                 }).status,
                 SecretResult::NotFound);
        // this run still has it in memory
        QCOMPARE(cache.peek(id)->accessToken.expose(), QByteArray("not-kept"));
    }

    // What the keychain holds, the index knows: each token written, without
    // the token, and each one dropped or kept off by a cache switched off.
    void theIndexFollowsTheKeychain()
    {
        QTemporaryDir config;
        const CachedTokenIndex index(config.filePath(CachedTokenIndex::fileName()));
        SecretStore secrets("TokenDock");
        TokenCache cache(&secrets, nullptr);
        cache.setIndex(index);
        const QUuid kept = QUuid::createUuid();
        const QUuid dropped = QUuid::createUuid();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const IssuedToken t = token("index-kept", now, 3600);
        QVERIFY(keychainCall([&](auto cb) { cache.store(kept, t, nullptr, cb); }).ok());
        QVERIFY(keychainCall([&](auto cb) {
                    cache.store(dropped, token("index-dropped", now, 600), nullptr, cb);
                }).ok());
        const auto entries = [&index] {
            CachedTokenIndex::Contents contents;
            return index.read(&contents) ? contents.entries : CachedTokenIndex::Entries();
        };
        QTRY_COMPARE(entries().size(), 2);
        QCOMPARE(entries().value(kept).expiresAt, t.expiresAt());
        QCOMPARE(entries().value(kept).expiresIn, qint64(3600));
        QFile file(index.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("index-kept"));

        QVERIFY(keychainCall([&](auto cb) { cache.drop(dropped, nullptr, cb); }).ok());
        QTRY_VERIFY(!entries().contains(dropped));
        cache.setEnabled(false);
        QVERIFY(keychainCall([&](auto cb) {
                    cache.store(kept, token("not-kept", now, 600), nullptr, cb);
                }).ok());
        QTRY_VERIFY(entries().isEmpty());
    }

    // Several processes write the index: the newer token of an account
    // wins, a removal stands against tokens obtained before it, a full read
    // fills only what no one told of meanwhile and makes the index complete,
    // and expired entries go.
    void theIndexMergesWhatProcessesTellIt()
    {
        QTemporaryDir config;
        const CachedTokenIndex index(config.filePath(CachedTokenIndex::fileName()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QUuid c = QUuid::createUuid();
        const QUuid gone = QUuid::createUuid();
        const auto entry = [&now](qint64 obtainedAgo, qint64 life) {
            return CachedTokenEntry::of(token("t", now.addSecs(-obtainedAgo), life));
        };
        const auto contents = [&index] {
            CachedTokenIndex::Contents read;
            return index.read(&read) ? read : CachedTokenIndex::Contents();
        };
        QVERIFY(
            index.apply({{a, entry(10, 3600)}, {b, entry(20, 3600)}, {gone, entry(100, 60)}}, now));
        QVERIFY(!contents().complete);
        QCOMPARE(contents().entries.size(), 2);
        QVERIFY(!contents().entries.contains(gone)); // expired

        // an older token told late does not replace the newer one
        QVERIFY(index.apply({{a, entry(30, 7200)}}, now));
        QCOMPARE(contents().entries.value(a), entry(10, 3600));
        // a removal stands against a token obtained before it, told late
        QVERIFY(index.apply({{b, std::nullopt}}, now));
        QVERIFY(index.apply({{b, entry(5, 3600)}}, now));
        QVERIFY(!contents().entries.contains(b));
        // a full read neither replaces, nor removes, nor undoes a removal,
        // and fills an account no one told of
        QVERIFY(
            index.apply({{a, entry(40, 60)}, {b, entry(5, 600)}, {c, entry(5, 600)}}, now, true));
        QVERIFY(index.apply({{a, std::nullopt}}, now.addSecs(-1), true));
        QVERIFY(contents().complete);
        QCOMPARE(contents().entries.value(a), entry(10, 3600));
        QVERIFY(!contents().entries.contains(b));
        QCOMPARE(contents().entries.value(c), entry(5, 600));
        // a token obtained after the removal is the account's again
        QVERIFY(index.apply({{b, entry(-5, 600)}}, now));
        QCOMPARE(contents().entries.value(b), entry(-5, 600));
        QVERIFY(contents().complete);
        // expired when the next change is written
        QVERIFY(index.apply({}, now.addSecs(3600)));
        QVERIFY(contents().entries.isEmpty());
    }

    // A command's new token goes to a journal beside the index, not into
    // the whole file: the file's bytes stay, a read sees the token, a line a
    // crash cut short is left out without the lines after it, and a removal
    // or a full journal folds the journal into the file.
    void aFewNewTokensGoToTheJournal()
    {
        QTemporaryDir config;
        const CachedTokenIndex index(config.filePath(CachedTokenIndex::fileName()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto entry = [&now](qint64 obtainedAgo) {
            return CachedTokenEntry::of(token("t", now.addSecs(-obtainedAgo), 3600));
        };
        const auto entries = [&index] {
            CachedTokenIndex::Contents read;
            return index.read(&read) ? read.entries : CachedTokenIndex::Entries();
        };
        const auto bytesOf = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(none)");
        };
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QUuid cut = QUuid::createUuid();
        const QUuid d = QUuid::createUuid();
        // no file yet: written whole
        QVERIFY(index.apply({{a, entry(50)}}, now));
        QVERIFY(!QFile::exists(index.journalPath()));
        const QByteArray file = bytesOf(index.path());
        QVERIFY(index.apply({{b, entry(40)}}, now));
        QCOMPARE(bytesOf(index.path()), file);
        QCOMPARE(modeOf(index.journalPath()), 0600);
        QCOMPARE(entries().value(b), entry(40));

        QFile journal(index.journalPath());
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("{\"id\":\"" + cut.toByteArray(QUuid::WithoutBraces) + "\",\"obtai");
        journal.close();
        QVERIFY(index.apply({{d, entry(30)}}, now));
        QCOMPARE(entries().keys().size(), 3);
        QCOMPARE(entries().value(d), entry(30));
        QVERIFY(!entries().contains(cut));
        // the newer token of an account wins, whichever was told first
        QVERIFY(index.apply({{b, entry(10)}}, now));
        QVERIFY(index.apply({{b, entry(20)}}, now));
        QCOMPARE(entries().value(b), entry(10));
        QCOMPARE(bytesOf(index.path()), file);

        // a removal is folded in with the journal, at once
        QVERIFY(index.apply({{a, std::nullopt}}, now));
        QVERIFY(!QFile::exists(index.journalPath()));
        QVERIFY(bytesOf(index.path()).contains(d.toByteArray(QUuid::WithoutBraces)));
        QCOMPARE(entries().keys().size(), 2);
        QCOMPARE(entries().value(b), entry(10));

        // so is a journal past its size, at the next change
        qint64 told = 0;
        while (QFileInfo(index.journalPath()).size() < CachedTokenIndex::kMaxJournalBytes) {
            QVERIFY(index.apply({{QUuid::createUuid(), entry(5)}}, now));
            ++told;
        }
        QVERIFY(index.apply({{b, entry(1)}}, now));
        QVERIFY(!QFile::exists(index.journalPath()));
        QCOMPARE(entries().size(), told + 2);
        QCOMPARE(entries().value(b), entry(1));
    }

    // The index is written as it is walked, not built as a QJsonObject
    // first: the same bytes QJsonDocument writes, read back unchanged.
    void theIndexIsWrittenAsQtWritesIt()
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1796428594000, Qt::UTC);
        CachedTokenIndex::Contents contents;
        QJsonObject tokens;
        QJsonObject removed;
        for (int i = 0; i < 300; ++i) {
            const QUuid id = QUuid::createUuid();
            const QString key = id.toString(QUuid::WithoutBraces);
            if (i % 7 == 3) {
                contents.removed.insert(id, now.addMSecs(-i * 1001));
                removed.insert(key, double(now.addMSecs(-i * 1001).toMSecsSinceEpoch()));
                continue;
            }
            // some without a stated lifetime or a known expiry, digests of every kind
            CachedTokenEntry e{
                now.addMSecs(i * 37), i % 5 ? now.addSecs(i * 60) : QDateTime(),
                i % 3 ? qint64(i) * 60 : -1,
                i % 4 ? QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toBase64()
                      : QByteArray("caf\xe9 \"q\" \\")};
            contents.entries.insert(id, e);
            const auto ms = [](const QDateTime& t) {
                return t.isValid() ? QJsonValue(double(t.toMSecsSinceEpoch())) : QJsonValue();
            };
            tokens.insert(key, QJsonObject{{"obtained_at", ms(e.obtainedAt)},
                                           {"expires_at", ms(e.expiresAt)},
                                           {"expires_in", e.expiresIn},
                                           {"issued_for", QString::fromLatin1(e.issuedFor)}});
        }
        for (const bool complete : {false, true}) {
            contents.complete = complete;
            const QJsonObject root{
                {"schema", 1}, {"complete", complete}, {"tokens", tokens}, {"removed", removed}};
            QCOMPARE(CachedTokenIndex::text(contents),
                     QJsonDocument(root).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(CachedTokenIndex::text({}), QJsonDocument(QJsonObject{{"schema", 1},
                                                                       {"complete", false},
                                                                       {"tokens", QJsonObject()},
                                                                       {"removed", QJsonObject()}})
                                                 .toJson(QJsonDocument::Compact));

        QTemporaryDir config;
        const CachedTokenIndex index(config.filePath(CachedTokenIndex::fileName()));
        QFile file(index.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(CachedTokenIndex::text(contents));
        file.close();
        CachedTokenIndex::Contents read;
        QVERIFY(index.read(&read));
        QVERIFY(read.complete);
        QCOMPARE(read.entries, contents.entries);
        QCOMPARE(read.removed, contents.removed);
    }

    // An index that cannot be written is removed, so no list trusts what it
    // missed; a list then reads the keychain and writes it anew.
    void anIndexThatCannotBeWrittenIsRemoved()
    {
        QTemporaryDir config;
        const CachedTokenIndex index(config.filePath(CachedTokenIndex::fileName()));
        const QUuid a = QUuid::createUuid();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(index.apply({{a, CachedTokenEntry::of(token("t", now, 600))}}, now, true));
        QVERIFY(QFile::exists(index.path()));
        // another process holds the lock and never lets go
        QLockFile held(index.path() + ".lock");
        QVERIFY(held.lock());
        QVERIFY(!index.apply({{a, std::nullopt}}, now));
        QVERIFY(!QFile::exists(index.path()));
    }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
