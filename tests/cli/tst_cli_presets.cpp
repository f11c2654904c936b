// SPDX-License-Identifier: Apache-2.0
#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Presets a team writes, on the command line: loaded from the user's and the
// administrator's folders, listed with where they come from, a broken file
// or one taking a built-in id left out with its file and line, and
// `carriers --check` for a file before it is shared.
namespace {

QByteArray example()
{
    QFile f(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/examples/acme-freight.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject presetById(const QByteArray& json, const QString& id)
{
    for (const QJsonValue v : QJsonDocument::fromJson(json).array()) {
        if (v.toObject().value("id").toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliPresets : public QObject
{
    Q_OBJECT

private slots:
    void userAndSystemPresetsAreListedWithTheirOrigin()
    {
        CliHome home;
        const QString mine = home.configDir() + "/carriers/acme.json";
        const QString admins = home.path() + "/etc/tokendock/carriers/acme-ocean.json";
        write(mine, example());
        write(admins, QByteArray(example())
                          .replace("\"acme-freight\"", "\"acme-ocean\"")
                          .replace("\"ltl\"", "\"ocean\""));
        RUN_CLI(list, home, {"carriers", "--json"});
        QCOMPARE_EXIT(list, 0);
        const QJsonObject acme = presetById(list.out, "acme-freight");
        QCOMPARE(acme.value("origin").toString(), QString("user"));
        QCOMPARE(acme.value("file").toString(), QDir::toNativeSeparators(mine));
        QCOMPARE(acme.value("countries").toArray().size(), 2);
        QCOMPARE(presetById(list.out, "acme-ocean").value("origin").toString(), QString("system"));
        QCOMPARE(presetById(list.out, "fedex").value("origin").toString(), QString("built-in"));
        QVERIFY(list.err.isEmpty());

        RUN_CLI(one, home, {"carriers", "acme-freight"});
        QCOMPARE_EXIT(one, 0);
        QVERIFY2(one.out.contains("Your preset, from " + mine.toUtf8()), one.out.constData());
        QVERIFY(one.out.contains("US, CA"));
    }

    // A broken file and one with a built-in id: both named on stderr with
    // their line, and everything else still there.
    void brokenAndShadowingFilesAreNamedTheRestLoad()
    {
        CliHome home;
        const QString dir = home.configDir() + "/carriers/";
        write(dir + "a-broken.json", QByteArray(example()).replace("\"US\", ", "\"usa\", "));
        write(dir + "b-acme.json", example());
        write(dir + "c-ups.json", QByteArray(example()).replace("\"acme-freight\"", "\"ups\""));
        RUN_CLI(list, home, {"carriers", "--json"});
        QCOMPARE_EXIT(list, 0);
        QVERIFY(!presetById(list.out, "acme-freight").isEmpty());
        QCOMPARE(presetById(list.out, "ups").value("origin").toString(), QString("built-in"));
        const QString err = QString::fromUtf8(list.err);
        QVERIFY2(err.contains(dir + "a-broken.json:9: "), qPrintable(err));
        QVERIFY2(err.contains("\"usa\" is not a two-letter country code"), qPrintable(err));
        QVERIFY2(err.contains(dir + "c-ups.json:3: "), qPrintable(err));
        QVERIFY2(err.contains("built-in preset, which a file cannot replace"), qPrintable(err));

        // an account can use the loaded one; the built-in UPS is untouched
        RUN_CLI(add, home,
                {"add", "acme", "--carrier", "acme-freight", "--environment", "sandbox",
                 "--client-id", "acme-client", "--secret-stdin"},
                "acme-secret\nacme-api-key\n");
        QCOMPARE_EXIT(add, 0);
        RUN_CLI(shown, home, {"list", "--json"});
        QVERIFY(shown.out.contains("\"acme-freight\""));
    }

    void checkAcceptsTheExampleAndGetsASandboxToken()
    {
        CliHome home;
        const QString file = home.path() + "/acme.json";
        write(file, example());
        RUN_CLI(check, home, {"carriers", "--check", file});
        QCOMPARE_EXIT(check, 0);
        QVERIFY2(check.out.contains("a valid preset, \u201c"
                                    "acme-freight\u201d"),
                 check.out.constData());
        QVERIFY2(check.out.contains("Sandbox: a token came back"), check.out.constData());
        QVERIFY(check.out.contains("Authorization, X-Acme-Key"));
    }

    void checkNamesTheLineOfAMistake()
    {
        CliHome home;
        const QString file = home.path() + "/typo.json";
        write(file, QByteArray(example()).replace("\"fraction\": 0.8", "\"fration\": 0.8"));
        RUN_CLI(check, home, {"carriers", "--check", file});
        QCOMPARE_EXIT(check, 1);
        const QString err = QString::fromUtf8(check.err);
        QVERIFY2(err.contains(file + ":"), qPrintable(err));
        QVERIFY2(err.contains("\"fration\""), qPrintable(err));
        QVERIFY2(err.contains("schema"), qPrintable(err)); // what to try next
        QVERIFY(check.out.isEmpty());
    }

    void checkRefusesABuiltInId()
    {
        CliHome home;
        const QString file = home.path() + "/fedex.json";
        write(file, QByteArray(example()).replace("\"acme-freight\"", "\"fedex\""));
        RUN_CLI(check, home, {"carriers", "--check", file});
        QCOMPARE_EXIT(check, 1);
        QVERIFY2(check.err.contains("built-in preset"), check.err.constData());
    }

    // A shape the generic emulation does not speak is said, not faked.
    void checkSaysWhenTheSandboxCannotTryIt()
    {
        CliHome home;
        const QString file = home.path() + "/json.json";
        write(file, QByteArray(example()).replace("\"apiKeyHeader\": \"X-Acme-Key\"",
                                                  "\"apiKeyHeader\": \"X-Acme-Key\", \"body\": "
                                                  "\"json\""));
        RUN_CLI(check, home, {"carriers", "--check", file});
        QCOMPARE_EXIT(check, 0);
        QVERIFY2(check.out.contains("Sandbox: not tried, because its request is not a form POST"),
                 check.out.constData());
    }

    void checkOfAMissingFileSaysSo()
    {
        CliHome home;
        RUN_CLI(check, home, {"carriers", "--check", home.path() + "/nothing.json"});
        QCOMPARE_EXIT(check, 1);
        QVERIFY2(check.err.contains("nothing.json cannot be read"), check.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPresets)
#include "tst_cli_presets.moc"
