// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

// Makes the sandbox's tokens: HS256 JWTs signed with a per-instance random
// key, or random opaque strings. Every token is new and unguessable, so tests
// can search for them afterwards.
class TokenMinter
{
public:
    TokenMinter();
    QByteArray jwt(const QJsonObject& claims, const QByteArray& keyId) const;
    static QByteArray opaque(int length);
    static QByteArray randomId();

private:
    QByteArray m_key;
};
