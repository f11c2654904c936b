// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carrierpreset.h"
#include "issuedtoken.h"
#include "secretbytes.h"

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

// Everything needed to send one token request, in the carrier's shape.
struct TokenRequestSpec
{
    QUrl url;
    ExchangeShape shape; // method, body, names; the answer's shape for the parser
    CredentialPlacement placement = CredentialPlacement::Body;
    QString grantType = QStringLiteral("client_credentials");
    QString clientId;
    SecretBytes clientSecret;
    QList<QPair<QString, QString>> bodyFields;           // extra, non-secret, in order
    QList<QPair<QString, SecretBytes>> secretBodyFields; // e.g. FedEx child_secret, a password
    QList<QPair<QByteArray, QByteArray>> headers;        // e.g. UPS x-merchant-id
    QList<QPair<QByteArray, SecretBytes>> secretHeaders; // e.g. an API key (Estes apikey)
    QList<ApiHeader> apiHeaders; // what API calls send besides the token (Maersk Consumer-Key)
    const CarrierPreset* preset = nullptr; // for messages and hints
    QString carrierName;                   // for messages; defaults to the host

    // Every secret value in the request, for scrubbing anything shown back.
    // The list shares the spec's arrays: let it go before the spec's secrets
    // do, or the last one's wipe finds them shared and cannot zero them.
    QList<QByteArray> secrets() const;
    QString displayName() const;
};

// The bytes on the wire. The body holds the secret: it is wiped on destruction
// (hand the network a device over it, not a QByteArray copy, or the wipe
// finds it shared). The Authorization header is the request's own copy.
struct BuiltRequest
{
    QNetworkRequest request;
    QByteArray body;

    BuiltRequest() = default;
    BuiltRequest(const BuiltRequest&) = delete;
    BuiltRequest& operator=(const BuiltRequest&) = delete;
    BuiltRequest(BuiltRequest&&) = default;
    BuiltRequest& operator=(BuiltRequest&&) = default;
    ~BuiltRequest();
};

// Headers a caller may not set: TokenDock owns them.
bool isReservedHeader(const QByteArray& name);

// Why the request must not be sent, or empty: a header name that is no HTTP
// token, a control character (a line break above all) in a header or a
// parameter. Checked again here, whatever the settings passed on the way in.
QString requestProblem(const TokenRequestSpec& spec);

// Leaves out any header requestProblem() would refuse.
BuiltRequest buildTokenRequest(const TokenRequestSpec& spec);
