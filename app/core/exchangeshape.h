// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class HttpMethod
{
    Post,
    Get
};
enum class BodyEncoding
{
    Form,
    Json,
    None // nothing in the body: credentials travel in headers or Basic
};

// How one carrier's token exchange looks on the wire, besides where the
// credentials go (CredentialPlacement): the request's method, body and
// parameter names, where the answer keeps the token and its life, and how
// API calls carry the token. Data from the catalog, never code per carrier.
struct ExchangeShape
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeShape)

public:
    // the request
    HttpMethod method = HttpMethod::Post;
    BodyEncoding body = BodyEncoding::Form;
    QString grantTypeName = QStringLiteral("grant_type"); // empty: no grant type is sent
    // the body field or header that carries each credential
    QString clientIdName = QStringLiteral("client_id");
    QString clientSecretName = QStringLiteral("client_secret");
    // an API key (a secret) sent in this header with the token request (Estes apikey)
    QString apiKeyHeader;

    // the answer: dotted JSON paths ("access_token", "data.token")
    QString tokenPath = QStringLiteral("access_token");
    QString tokenHeader; // set: the token comes in this response header instead
    QString expiresInPath = QStringLiteral("expires_in"); // seconds
    QString expiresAtPath; // an absolute time: epoch seconds or milliseconds, ISO 8601
    QString refreshTokenPath = QStringLiteral("refresh_token");
    bool refreshGrant = false; // the carrier documents grant_type=refresh_token at its token URL

    // API calls: "<useHeader>: <useScheme> <token>"; an empty scheme sends the token alone
    QString useHeader = QStringLiteral("Authorization");
    QString useScheme = QStringLiteral("Bearer");
    bool apiKeyOnApiCalls = false; // API calls send the API key header too

    bool tokenInHeader() const { return !tokenHeader.isEmpty(); }
    bool usesAuthorization() const
    {
        return useHeader.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    }

    // Reads the keys an object of the catalog or an account sets over this
    // shape: {"request": {...}, "response": {...}, "use": {...}}. Returns a
    // sentence naming the key at fault, or nothing when all is well.
    std::optional<QString> apply(const QJsonObject& obj);
    // A credential name that is a header TokenDock sets itself (Host,
    // Authorization, Content-Type, ...) or that two credentials share.
    std::optional<QString> headerNameProblem() const;
    // The keys in which this shape differs from `base`, in the form apply() reads.
    QJsonObject differencesFrom(const ExchangeShape& base) const;

    bool operator==(const ExchangeShape& other) const
    {
        return differencesFrom(other).isEmpty() && other.differencesFrom(*this).isEmpty();
    }
};

QString methodId(HttpMethod m);
QString encodingId(BodyEncoding e);
