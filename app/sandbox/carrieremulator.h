// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatedcarrier.h"
#include "httpmessage.h"

#include <QDateTime>

class TokenMinter;

// Answers token requests for the emulated carriers.
class CarrierEmulator
{
public:
    struct Credentials
    {
        QByteArray clientId;
        QByteArray clientSecret;
        // credential RequiredFields by key, e.g. FedEx child_Key, DPD X-DPD-BUCODE
        QMap<QString, QByteArray> fields;
        // secrets taken besides clientSecret, as a carrier portal keeps the
        // old and the new one working while a secret is rotated
        QList<QByteArray> otherSecrets;
    };

    // What one answer depends on besides the request.
    struct Context
    {
        Credentials valid;
        const TokenMinter* minter = nullptr;
        QByteArray issuer;
        int lifetimeSeconds = 3600;
        QDateTime now; // UTC
        // Put in a JWT's "scp" claim, as tokens that name more scopes than the
        // response does carry them; none: no "scp" claim.
        QStringList jwtScp;
    };

    static const QList<EmulatedCarrier>& carriers();
    static const EmulatedCarrier* find(const QString& id);
    // Whether a request path (with its /<id> prefix) is this carrier's token
    // endpoint; `variables` receives the {name} segments.
    static bool serves(const EmulatedCarrier& carrier, const QByteArray& path,
                       QMap<QString, QString>* variables = nullptr);
    // The carrier's path with its {name} segments filled from pathExamples, and its
    // exampleQuery after a '?' when it has one.
    static QByteArray examplePath(const EmulatedCarrier& carrier);
    // What the sandbox accepts until told otherwise: "<carrier>-demo-client",
    // "<carrier>-demo-secret", and each credential field's sandboxValue or
    // "<carrier>-demo-<key>" in lower case with '-' for '_' (FedEx child_Key:
    // "fedex-demo-child-key").
    static Credentials defaultCredentials(const EmulatedCarrier& carrier);
    // A value this carrier accepts for a field that is no credential: a {name}
    // in its path (pathExamples); empty when none.
    static QByteArray exampleValue(const EmulatedCarrier& carrier, const QString& key);

    // `issued` receives the token when one is minted.
    static HttpResponse handle(const EmulatedCarrier& carrier, const RecordedRequest& request,
                               const Context& context, QByteArray* issued);
};
