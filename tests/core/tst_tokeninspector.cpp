// SPDX-License-Identifier: Apache-2.0
#include "tokeninspector.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
QByteArray jwt(const QByteArray& header, const QByteArray& claims, const QByteArray& sig = "c2ln")
{
    return b64(header) + '.' + b64(claims) + '.' + sig;
}
} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private slots:
    void decodesAValidJwt()
    {
        const QByteArray token = jwt(
            R"({"alg":"RS256","typ":"JWT","kid":"k1"})",
            R"({"sub":"abc","scope":"shipments.view shipments.edit","exp":1900000000,"iat":1899996400,"nbf":1899996400})");
        const TokenInspection i = TokenInspector::inspect(token);
        QCOMPARE(i.format, TokenFormat::Jwt);
        QCOMPARE(i.algorithm(), QString("RS256"));
        QCOMPARE(i.header.value("kid").toString(), QString("k1"));
        QCOMPARE(i.claims.value("sub").toString(), QString("abc"));
        QCOMPARE(i.scopes, QStringList({"shipments.view", "shipments.edit"}));
        QCOMPARE(i.expiresAt, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
        QCOMPARE(i.issuedAt, QDateTime::fromSecsSinceEpoch(1899996400, Qt::UTC));
        QCOMPARE(i.notBefore, QDateTime::fromSecsSinceEpoch(1899996400, Qt::UTC));
        QVERIFY(!i.algNone);
    }

    void scopesFromScp_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("scp array")
            << QByteArray(R"({"scp":["read","write"]})") << QStringList{"read", "write"};
        QTest::newRow("scp string")
            << QByteArray(R"({"scp":"read write"})") << QStringList{"read", "write"};
        QTest::newRow("both, deduplicated")
            << QByteArray(R"({"scope":"a b","scp":["b","c"]})") << QStringList{"a", "b", "c"};
        QTest::newRow("none") << QByteArray(R"({"sub":"x"})") << QStringList{};
        QTest::newRow("scope of wrong type") << QByteArray(R"({"scope":42})") << QStringList{};
    }
    void scopesFromScp()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QStringList, scopes);
        const TokenInspection i = TokenInspector::inspect(jwt(R"({"alg":"HS256"})", claims));
        QCOMPARE(i.format, TokenFormat::Jwt);
        QCOMPARE(i.scopes, scopes);
    }

    void algNoneIsFlagged()
    {
        const TokenInspection i =
            TokenInspector::inspect(jwt(R"({"alg":"none"})", R"({"sub":"x"})", ""));
        QCOMPARE(i.format, TokenFormat::Jwt);
        QVERIFY(i.algNone);
        const TokenInspection upper =
            TokenInspector::inspect(jwt(R"({"alg":"NONE"})", R"({"sub":"x"})"));
        QVERIFY(upper.algNone);
    }

    void opaqueAndMalformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("hasNote");
        QTest::newRow("dhl opaque") << QByteArray("OGH0T5hPVJ2oL0DYhRfYJgJMJYhC") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("two parts") << (b64("{}") + '.' + b64("{}")) << false;
        QTest::newRow("four parts") << (b64("{}") + '.' + b64("{}") + ".a.b") << false;
        QTest::newRow("standard base64 chars") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx+/"
                                                             "In0.c2ln")
                                               << true;
        QTest::newRow("padding") << (b64(R"({"alg":"HS256"})") + "==." + b64("{}") + ".c2ln")
                                 << true;
        QTest::newRow("whitespace")
            << (b64(R"({"alg":"HS256"})") + " ." + b64("{}") + ".c2ln") << true;
        QTest::newRow("header not json") << (b64("not json") + '.' + b64("{}") + ".c2ln") << true;
        QTest::newRow("claims an array") << (b64("{}") + '.' + b64("[1,2]") + ".c2ln") << true;
        QTest::newRow("impossible length") << QByteArray("eyJhbGciOiJIUzI1NiJ9a.e30.c2ln") << true;
        QTest::newRow("bad signature chars") << (b64("{}") + '.' + b64("{}") + ".c2l*") << true;
        QTest::newRow("empty parts") << QByteArray("..") << true;
        QTest::newRow("nul bytes") << QByteArray("e30\0.e30.c2ln", 13) << true;
        QTest::newRow("huge") << (b64("{}") + '.' + QByteArray(200000, 'A') + ".c2ln") << true;
    }
    void opaqueAndMalformedTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, hasNote);
        const TokenInspection i = TokenInspector::inspect(token);
        QCOMPARE(i.format, TokenFormat::Opaque);
        QVERIFY(i.header.isEmpty());
        QVERIFY(i.claims.isEmpty());
        QCOMPARE(!i.note.isEmpty(), hasNote);
    }

    void hostileClaimValues_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::newRow("exp string") << QByteArray(R"({"exp":"tomorrow"})");
        QTest::newRow("exp negative") << QByteArray(R"({"exp":-5})");
        QTest::newRow("exp huge") << QByteArray(R"({"exp":1e300})");
        QTest::newRow("exp object") << QByteArray(R"({"exp":{"a":1}})");
        QTest::newRow("deep nesting")
            << QByteArray(QByteArray(5000, '[').prepend("{\"a\":") + QByteArray(5000, ']') + "}");
    }
    void hostileClaimValues()
    {
        QFETCH(QByteArray, claims);
        const TokenInspection i = TokenInspector::inspect(jwt(R"({"alg":"HS256"})", claims));
        QVERIFY(!i.expiresAt.isValid());
    }

    void numericDateBounds()
    {
        QVERIFY(TokenInspector::numericDate(QJsonValue(0)).isValid());
        QVERIFY(TokenInspector::numericDate(QJsonValue(1.5e9)).isValid());
        QVERIFY(!TokenInspector::numericDate(QJsonValue(-1)).isValid());
        QVERIFY(!TokenInspector::numericDate(QJsonValue(3e11)).isValid());
        QVERIFY(!TokenInspector::numericDate(QJsonValue("123")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
