// SPDX-License-Identifier: Apache-2.0
// Every fault a token endpoint can throw, through the built binary: the right
// category and exit code, a message a person understands, no crash, no wait
// past the timeout plus 2 s, and nothing on disk changed but the history line.
#include "clitest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

namespace {
constexpr int kTimeoutSeconds = 2;
constexpr int kGraceMs = 2000;

QByteArray sha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The account's settings without its history and when it last worked or
// began to fail, which a test is meant to change.
QJsonObject settingsOf(const QByteArray& accountsFile, const QString& name)
{
    for (const QJsonValue v :
         QJsonDocument::fromJson(accountsFile).object().value("accounts").toArray()) {
        QJsonObject p = v.toObject();
        if (p.value("name").toString() == name) {
            p.remove("history");
            p.remove("last_worked");
            p.remove("failing_since");
            p.remove("updated");
            return p;
        }
    }
    return {};
}

// Every file under HOME but the accounts file, by content hash.
QMap<QString, QByteArray> otherFiles(const QString& home)
{
    QMap<QString, QByteArray> out;
    for (const auto& file : filesUnder(home)) {
        if (!file.first.endsWith("/accounts.json"))
            out.insert(file.first, sha(file.second));
    }
    return out;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer sandbox;

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(sandbox.start());
    }

    void faults_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        using F = SandboxServer::Fault;
        const auto row = [this](const char* name, F fault, const char* category, int code,
                                const char* says) {
            QTest::newRow(name) << sandbox.faultUrl(fault).toString() << category << code << says;
        };
        row("hang", F::Hang, "timeout", 4, "did not answer within");
        row("reset mid-body", F::Reset, "network", 4, "closed the connection");
        row("slow drip", F::Drip, "timeout", 4, "did not answer within");
        row("html 500", F::Html500, "carrier_error", 6, "HTTP 500");
        row("oversized body", F::Huge, "malformed_response", 6, "larger than");
        row("gzip bomb", F::GzipBomb, "malformed_response", 6, "compressed (gzip) response");
        row("invalid json", F::BadJson, "malformed_response", 6, "breaks off or is malformed");
        row("no access_token", F::NoAccessToken, "malformed_response", 6, "no access_token");
        row("string expires_in", F::StringExpiry, "", 0, "");
        row("negative expires_in", F::NegativeExpiry, "malformed_response", 6, "unusable lifetime");
        row("cross-origin redirect", F::Redirect, "carrier_error", 6, "another site");
        QTest::newRow("untrusted TLS certificate")
            << sandbox.tlsTokenUrl("oauth2").toString() << "tls" << 4 << "secure connection";
        QTest::newRow("connection refused") << "http://127.0.0.1:9/token"
                                            << "network" << 4 << "refused the connection";
    }
    void faults()
    {
        QFETCH(QString, url);
        QFETCH(QString, category);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        CliHome home;
        // a good token first, so we can see a failure leave it alone
        addSandboxAccount(home, sandbox, "acct", "oauth2");
        RUN_CLI(good, home, {"token", "acct", "--format", "token"});
        QCOMPARE_EXIT(good, 0);
        const QByteArray cachedToken = sha(good.out);
        RUN_CLI(edit, home, {"edit", "acct", "--token-url", url});
        QCOMPARE_EXIT(edit, 0);
        const QJsonObject settingsBefore = settingsOf(home.accountsBytes(), "acct");
        const auto filesBefore = otherFiles(home.path());

        QElapsedTimer timer;
        timer.start();
        RUN_CLI(test, home,
                {"test", "acct", "--json", "--timeout", QString::number(kTimeoutSeconds)});
        const qint64 elapsed = timer.elapsed();
        QCOMPARE_EXIT(test, exitCode);
        QVERIFY2(elapsed < kTimeoutSeconds * 1000 + kGraceMs,
                 qPrintable(QString("took %1 ms").arg(elapsed)));
        const QJsonObject json = test.object();
        QVERIFY2(!json.isEmpty(), test.describe().constData());
        if (exitCode == 0) {
            QVERIFY(json.value("ok").toBool());
        } else {
            const QJsonObject error = json.value("error").toObject();
            QCOMPARE(error.value("category").toString(), category);
            const QString message = error.value("message").toString();
            QVERIFY2(message.contains(says), qPrintable(message));
            QVERIFY2(message.endsWith('.') && message.size() < 300, qPrintable(message));
            QVERIFY(!error.value("hint").toString().isEmpty());
        }
        // nothing but the history changed: settings, other files, the cached
        // token; a token that came is cached, and the index learns its times
        QCOMPARE(settingsOf(home.accountsBytes(), "acct"), settingsBefore);
        auto filesAfter = otherFiles(home.path());
        if (exitCode == 0) {
            // in the file or in its journal; where the token's item is may be new too
            const QString cache = home.path() + "/.cache/tokendock/";
            const QString index = cache + "cached-tokens.json";
            const QString journal = index + ".journal";
            QVERIFY(filesAfter.value(index) != filesBefore.value(index) ||
                    filesAfter.value(journal) != filesBefore.value(journal));
            for (const QString& file : {index, journal, cache + "keychain-paths"}) {
                // changed, perhaps; not removed
                QVERIFY2(filesAfter.contains(file) || !filesBefore.contains(file),
                         qPrintable(file));
                filesAfter.remove(file);
                if (filesBefore.contains(file))
                    filesAfter.insert(file, filesBefore.value(file));
            }
        }
        QCOMPARE(filesAfter, filesBefore);
        if (exitCode != 0) {
            // back at the URL it was issued for, the cached token is still there
            RUN_CLI(back, home,
                    {"edit", "acct", "--token-url", sandbox.tokenUrl("oauth2").toString()});
            QCOMPARE_EXIT(back, 0);
            RUN_CLI(again, home, {"token", "acct", "--format", "token"});
            QCOMPARE_EXIT(again, 0);
            QVERIFY2(sha(again.out) == cachedToken,
                     "a failed request must not replace the cached token");
        }
        // and the history does say what happened
        const QJsonArray history = QJsonDocument::fromJson(home.accountsBytes())
                                       .object()
                                       .value("accounts")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("history")
                                       .toArray();
        QCOMPARE(history.at(0).toObject().value("outcome").toString(),
                 exitCode == 0 ? QString("none") : category);
    }

    void humanOutputNamesTheProblem()
    {
        CliHome home;
        addGenericAccount(home, "junk", sandbox.faultUrl(SandboxServer::Fault::Html500).toString());
        RUN_CLI(test, home, {"test", "junk"});
        QCOMPARE_EXIT(test, 6);
        QVERIFY2(test.stdErr().contains("502 Bad Gateway - upstream unavailable"),
                 test.describe().constData());
        QVERIFY(test.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
