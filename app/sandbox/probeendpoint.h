// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulatedcarrier.h"
#include "httpmessage.h"

#include <QDateTime>
#include <QHash>

// The emulated carriers' probe endpoints: a harmless read that answers only a
// token this sandbox issued. Tokens are looked up in the sandbox's own record
// of what it issued, never checked by their signature.
namespace ProbeEndpoint {

struct Issued
{
    QString carrierId;
    QDateTime expiresAt; // UTC
    QStringList scopes;
};

// What a test changed for one carrier.
struct Switches
{
    bool entitled = true;
    QString scope; // set: required over the carrier's probeScope
};

// The carrier whose probe `path` is (with its /<id> prefix); nullptr when none.
const EmulatedCarrier* carrierAt(const QByteArray& path);
HttpResponse answer(const EmulatedCarrier& carrier, const RecordedRequest& request,
                    const QHash<QByteArray, Issued>& issued, const Switches& switches,
                    const QDateTime& now, const QByteArray& issuer);
// What the sandbox records of a token it just issued: its scope from the answer.
Issued record(const QString& carrierId, const QByteArray& answer, const QDateTime& expiresAt);

} // namespace ProbeEndpoint
