// SPDX-License-Identifier: Apache-2.0
#include "headerformat.h"
#include "issuedtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(HeaderFormat::Format)

namespace {
// What a shell makes of a script: stdout, or nothing when it failed.
std::optional<QByteArray> runShell(const QString& shell, const QString& script)
{
    QProcess process;
    process.start(shell, {"-c", script});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// The words a shell passes to `command` when it runs the rendered line.
QStringList shellWords(const QString& shell, const QString& command, const QString& line)
{
    const auto out = runShell(
        shell, command + "() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n" + line);
    if (!out)
        return {"<the shell failed>"};
    QStringList words = QString::fromUtf8(*out).split(QChar(0));
    words.removeLast(); // after the last NUL
    return words;
}

// HTTPie's reading of a request item (httpie/cli/argtypes.py, KeyValueArgType):
// a backslash escapes a separator character or itself, and the item splits at
// the first, longest separator outside an escape. Gives {name, separator, value}.
QStringList httpieReads(const QString& item)
{
    const QStringList separators{":", ";", ":@", "==", "==@", "=", ":=", "@", "=@", ":=@"};
    const QString special = "\\:;@=";
    QList<QPair<QString, bool>> tokens{{QString(), false}}; // text, escaped
    for (qsizetype i = 0; i < item.size(); ++i) {
        const QChar c = item.at(i);
        if (c == '\\') {
            const QChar next = i + 1 < item.size() ? item.at(++i) : QChar();
            if (!next.isNull() && special.contains(next)) {
                tokens.append({QString(next), true});
                tokens.append({QString(), false});
            } else {
                tokens.last().first += QString('\\') + (next.isNull() ? QString() : QString(next));
            }
        } else {
            tokens.last().first += c;
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).second)
            continue;
        const QString& text = tokens.at(i).first;
        qsizetype bestAt = -1;
        QString best;
        for (const QString& sep : separators) {
            const qsizetype at = text.indexOf(sep);
            if (at >= 0 &&
                (bestAt < 0 || at < bestAt || (at == bestAt && sep.size() > best.size()))) {
                bestAt = at;
                best = sep;
            }
        }
        if (bestAt < 0)
            continue;
        QString key, value;
        for (qsizetype k = 0; k < i; ++k)
            key += tokens.at(k).first;
        key += text.left(bestAt);
        value = text.mid(bestAt + best.size());
        for (qsizetype k = i + 1; k < tokens.size(); ++k)
            value += tokens.at(k).first;
        return {key, best, value};
    }
    return {};
}

// Reads a PowerShell verbatim string at `at` the way PowerShell's tokenizer
// does: it opens and closes at any single quote (' ‘ ’ ‚ ‛), and two in a row
// stand for the second. Moves `at` past it; nothing when it never closes.
std::optional<QString> powerShellVerbatim(const QString& text, qsizetype* at)
{
    if (*at >= text.size() || !HeaderFormat::isPowerShellQuote(text.at(*at)))
        return std::nullopt;
    QString value;
    for (qsizetype i = *at + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (HeaderFormat::isPowerShellQuote(c)) {
            if (i + 1 < text.size() && HeaderFormat::isPowerShellQuote(text.at(i + 1))) {
                value += text.at(++i);
                continue;
            }
            *at = i + 1;
            return value;
        }
        value += c;
    }
    return std::nullopt;
}

bool consume(const QString& text, qsizetype* at, const QString& expected)
{
    if (text.mid(*at, expected.size()) != expected)
        return false;
    *at += expected.size();
    return true;
}
} // namespace

class TestHeaderFormat : public QObject
{
    Q_OBJECT

private:
    IssuedToken token(const QByteArray& value = "abc.def") const
    {
        IssuedToken t;
        t.accessToken = SecretBytes(value);
        t.tokenType = "Bearer";
        t.obtainedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        t.expiresAtFromResponse = t.obtainedAt.addSecs(3600);
        t.scopes = {"shipments.view"};
        return t;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<HeaderFormat::Format>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header") << HeaderFormat::Header << "Authorization: Bearer abc.def";
        QTest::newRow("token") << HeaderFormat::Token << "abc.def";
        QTest::newRow("curl")
            << HeaderFormat::Curl
            << "curl -H 'Authorization: Bearer abc.def' 'https://api.example.net/'";
        QTest::newRow("httpie")
            << HeaderFormat::Httpie
            << "http GET 'https://api.example.net/' 'Authorization:Bearer abc.def'";
        QTest::newRow("powershell") << HeaderFormat::PowerShell
                                    << "Invoke-RestMethod -Uri 'https://api.example.net/' -Headers "
                                       "@{ Authorization = 'Bearer abc.def' }";
        QTest::newRow("env") << HeaderFormat::Env << "ACME_BANYAN_ACCESS_TOKEN='abc.def'";
    }
    void formats()
    {
        QFETCH(HeaderFormat::Format, format);
        QFETCH(QString, expected);
        QCOMPARE(HeaderFormat::render(format, token(), QUrl("https://api.example.net/auth/token"),
                                      "acme-banyan"),
                 expected);
    }

    void jsonFormat()
    {
        const QString out = HeaderFormat::render(HeaderFormat::Json, token(), {}, "x");
        const QJsonObject obj = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(obj.value("access_token").toString(), QString("abc.def"));
        QCOMPARE(obj.value("authorization").toString(), QString("Bearer abc.def"));
        QCOMPARE(obj.value("expires_at").toString(), QString("2026-11-24T10:00:00Z"));
    }

    void hostileTokensStayQuoted()
    {
        const IssuedToken t = token("a'b;$(rm -rf ~)");
        QCOMPARE(HeaderFormat::render(HeaderFormat::Env, t, {}, "x"),
                 QString("X_ACCESS_TOKEN='a'\\''b;$(rm -rf ~)'"));
        QVERIFY(HeaderFormat::render(HeaderFormat::PowerShell, t)
                    .contains("'Bearer a''b;$(rm -rf ~)'"));
    }

    // Whatever printable characters a token holds, each format hands it to its
    // reader unchanged: sh and bash run the curl, HTTPie and .env lines; the
    // PowerShell line is read with PowerShell's own quoting rules.
    void everyFormatQuotesEveryCharacter_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("type");
        QString everyCharacter;
        for (char c = 0x20; c <= 0x7e; ++c)
            everyCharacter += QLatin1Char(c);
        const QList<QPair<const char*, QString>> tokens{
            {"single quote", "a'b"},
            {"only quotes", "''"},
            {"escaped quote", "a\\'b"},
            {"double quote", "a\"b"},
            {"backtick", "a`id`b"},
            {"dollar", "$HOME${PATH}$(id)"},
            {"backslashes", "a\\b\\\\c\\"},
            {"backslash before separators", "a\\:b\\=c\\@d\\;e"},
            {"bang", "a!b!!"},
            {"semicolon", "a;id;b"},
            {"ampersand", "a&b&&c"},
            {"pipe", "a|b||c"},
            {"spaces", " a  b "},
            {"glob", "*?[a]{b,c}~"},
            {"comment", "#a"},
            {"percent", "%s%n%%"},
            {"option-like", "-n"},
            {"separators", "a:=b==c=@d:@e;f"},
            {"typographic quotes",
             QString::fromUtf8("g\xE2\x80\x98h\xE2\x80\x99i\xE2\x80\x9Aj\xE2\x80\x9Bk")},
            {"every printable character", everyCharacter},
        };
        for (const auto& [name, token] : tokens)
            QTest::newRow(name) << token << "Bearer";
        QTest::newRow("type that starts with @") << "abc"
                                                 << "@/etc/passwd";
        QTest::newRow("type that starts with =") << "abc"
                                                 << "=1";
        QTest::newRow("type with a backslash") << "abc"
                                               << "a\\";
    }
    void everyFormatQuotesEveryCharacter()
    {
        QFETCH(QString, token);
        QFETCH(QString, type);
        IssuedToken t = this->token(token.toUtf8());
        t.tokenType = type;
        const QUrl api("https://api.example.net/auth/token");
        const QString credentials = type + ' ' + token;
        const QString target = "https://api.example.net/";

        QCOMPARE(HeaderFormat::render(HeaderFormat::Header, t, api),
                 "Authorization: " + credentials);
        QCOMPARE(HeaderFormat::render(HeaderFormat::Token, t, api), token);
        const QJsonObject json =
            QJsonDocument::fromJson(HeaderFormat::render(HeaderFormat::Json, t, api).toUtf8())
                .object();
        QCOMPARE(json.value("access_token").toString(), token);
        QCOMPARE(json.value("authorization").toString(), credentials);

        QStringList shells{QStandardPaths::findExecutable("sh")};
        QVERIFY2(!shells.first().isEmpty(), "the test runs the lines in sh");
        if (const QString bash = QStandardPaths::findExecutable("bash"); !bash.isEmpty())
            shells << bash;
        for (const QString& shell : shells) {
            QCOMPARE(shellWords(shell, "curl", HeaderFormat::render(HeaderFormat::Curl, t, api)),
                     QStringList({"-H", "Authorization: " + credentials, target}));
            const QStringList http =
                shellWords(shell, "http", HeaderFormat::render(HeaderFormat::Httpie, t, api));
            QCOMPARE(http.size(), 3);
            QCOMPARE(http.at(0), QString("GET"));
            QCOMPARE(http.at(1), target);
            QCOMPARE(httpieReads(http.at(2)), QStringList({"Authorization", ":", credentials}));
            const auto env = runShell(shell, HeaderFormat::render(HeaderFormat::Env, t, api, "x") +
                                                 "\nprintf %s \"$X_ACCESS_TOKEN\"");
            QVERIFY2(env.has_value(), qPrintable(shell));
            QCOMPARE(QString::fromUtf8(*env), token);
        }

        // no pwsh here: read the line the way PowerShell's tokenizer does
        const QString ps = HeaderFormat::render(HeaderFormat::PowerShell, t, api);
        qsizetype at = 0;
        QVERIFY(consume(ps, &at, "Invoke-RestMethod -Uri "));
        QCOMPARE(powerShellVerbatim(ps, &at).value_or("<unterminated>"), target);
        QVERIFY(consume(ps, &at, " -Headers @{ Authorization = "));
        QCOMPARE(powerShellVerbatim(ps, &at).value_or("<unterminated>"), credentials);
        QVERIFY2(consume(ps, &at, " }") && at == ps.size(), qPrintable(ps.mid(at)));
    }

    void powerShellDoublesEveryKindOfSingleQuote()
    {
        const QString quotes =
            QString::fromUtf8("'\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9A\xE2\x80\x9B");
        QString doubled;
        for (const QChar c : quotes)
            doubled += QString(2, c);
        QCOMPARE(HeaderFormat::powerShellQuote("a" + quotes + "b"), "'a" + doubled + "b'");
    }

    void envNames_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("variable");
        QTest::newRow("dashes") << "acme-banyan"
                                << "ACME_BANYAN_ACCESS_TOKEN";
        QTest::newRow("spaces and dots") << "ACME  dhl.prod"
                                         << "ACME_DHL_PROD_ACCESS_TOKEN";
        QTest::newRow("leading digit") << "3pl test"
                                       << "TOKEN_3PL_TEST_ACCESS_TOKEN";
        QTest::newRow("only symbols") << "!!!"
                                      << "TOKEN_ACCESS_TOKEN";
        QTest::newRow("unicode") << QString::fromUtf8("Müller GmbH") << "M_LLER_GMBH_ACCESS_TOKEN";
    }
    void envNames()
    {
        QFETCH(QString, account);
        QFETCH(QString, variable);
        QCOMPARE(HeaderFormat::envVariableName(account), variable);
    }

    void idsRoundTrip()
    {
        for (HeaderFormat::Format f : HeaderFormat::all()) {
            QCOMPARE(HeaderFormat::fromId(HeaderFormat::id(f)).value(), f);
            QVERIFY(!HeaderFormat::label(f).isEmpty());
        }
        QVERIFY(!HeaderFormat::fromId("xml").has_value());
    }
};

QTEST_GUILESS_MAIN(TestHeaderFormat)
#include "tst_headerformat.moc"
