// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "carriercatalog.h"
#include "sandboxserver.h"
#include "tokenclient.h"
#include "tokenrequest.h"

#include <QMap>
#include <QSignalSpy>
#include <QTest>

// A request for an emulated carrier, with the sandbox's valid credentials.
inline TokenRequestSpec sandboxSpec(const SandboxServer& sandbox, const QString& carrierId)
{
    const CarrierPreset* preset = CarrierCatalog::builtin().find(carrierId);
    TokenRequestSpec spec;
    spec.preset = preset;
    spec.url = sandbox.tokenUrl(carrierId);
    if (preset) {
        spec.placement = preset->defaultPlacement;
        spec.shape = preset->shape;
        spec.grantType = preset->grantTypes.value(0);
    }
    const auto creds = sandbox.credentials(carrierId);
    spec.clientId = QString::fromUtf8(creds.clientId);
    spec.clientSecret = SecretBytes(creds.clientSecret);
    return spec;
}

// The first token URL a preset publishes, preferring a sandbox, with its {placeholders}
// still in place.
inline QString presetTemplateUrl(const CarrierPreset& preset)
{
    QString fallback;
    for (const CarrierEnvironment& env : preset.environments) {
        if (env.tokenUrl.isEmpty())
            continue;
        if (env.kind == EnvironmentKind::Sandbox)
            return env.tokenUrl;
        if (fallback.isEmpty())
            fallback = env.tokenUrl;
    }
    return fallback;
}

// A request made from the catalog preset alone: its own token URL moved onto
// the sandbox (/<carrier id><path>), and each extra field that applies to the
// grant type sent where the preset says: body (secret ones as secrets), header,
// or {key} in the URL. `values` overrides a field's default; an empty value
// leaves the field out, as an empty editor would.
inline TokenRequestSpec presetSpec(const SandboxServer& sandbox, const QString& carrierId,
                                   const QString& grantType = {},
                                   const QMap<QString, QString>& values = {})
{
    TokenRequestSpec spec = sandboxSpec(sandbox, carrierId);
    const CarrierPreset* preset = spec.preset;
    if (!preset)
        return spec;
    if (!grantType.isEmpty())
        spec.grantType = grantType;
    QString url = presetTemplateUrl(*preset);
    for (const CarrierField& f : preset->fieldsFor(spec.grantType)) {
        const QString value = values.value(f.key, f.defaultValue).trimmed();
        if (value.isEmpty())
            continue;
        switch (f.location) {
        case FieldLocation::Body:
            if (f.secret)
                spec.secretBodyFields.append({f.key, SecretBytes(value.toUtf8())});
            else
                spec.bodyFields.append({f.key, value});
            break;
        case FieldLocation::Header:
            spec.headers.append({f.key.toLatin1(), value.toUtf8()});
            break;
        case FieldLocation::Url:
            url.replace("{" + f.key + "}", QString::fromLatin1(QUrl::toPercentEncoding(value)));
            break;
        }
    }
    if (url.isEmpty()) // no published URL (the generic preset): the sandbox's own
        return spec;
    // keep the path exactly as written (a {placeholder} left unfilled stays visible)
    const qsizetype pathStart = url.indexOf('/', url.indexOf("://") + 3);
    spec.url = QUrl(sandbox.baseUrl().toString() + "/" + carrierId + url.mid(pathStart));
    return spec;
}

// Looks for needle in every captured byte; tests use it for canary values.
inline bool containsBytes(const QByteArray& haystack, const QByteArray& needle)
{
    return !needle.isEmpty() && haystack.contains(needle);
}

// Sends a request and waits until its reply is done; emitted receives how
// many times it said finished(), which must be once.
inline TokenResult fetchAndCount(TokenClient& client, const TokenRequestSpec& spec,
                                 int* emitted = nullptr)
{
    constexpr int kGraceMs = 2000; // "no wait beyond the timeout plus 2 s"
    TokenReply* reply = client.fetch(spec);
    QSignalSpy spy(reply, &TokenReply::finished);
    QSignalSpy gone(reply, &QObject::destroyed);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, client.timeout() + kGraceMs);
        // the reply deletes itself after finishing: a stray second emission
        // would come before that, and none can come after
        QTRY_COMPARE(gone.count(), 1);
    }();
    if (emitted)
        *emitted = int(spy.count());
    return spy.isEmpty() ? TokenResult() : spy.at(0).at(0).value<TokenResult>();
}
