#pragma once

#include "carriercatalog.h"
#include "sandboxserver.h"
#include "tokenrequest.h"

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
        spec.encoding = preset->encoding;
        spec.grantType = preset->grantTypes.value(0);
    }
    const auto creds = sandbox.credentials(carrierId);
    spec.clientId = QString::fromUtf8(creds.clientId);
    spec.clientSecret = SecretBytes(creds.clientSecret);
    return spec;
}

// Looks for needle in every captured byte; tests use it for canary values.
inline bool containsBytes(const QByteArray& haystack, const QByteArray& needle)
{
    return !needle.isEmpty() && haystack.contains(needle);
}
