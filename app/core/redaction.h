// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Keeps secrets and tokens out of anything shown, logged or reported.
namespace Redaction {
// The marker that replaces a secret value.
QString marker();
// Replaces every occurrence of each secret (raw and form-encoded) in text.
QString scrub(QString text, const QList<QByteArray>& secrets);
QByteArray scrub(QByteArray bytes, const QList<QByteArray>& secrets);
// A response body with the values of token-bearing fields (access_token,
// refresh_token, id_token, client_secret, ...) replaced. Non-JSON bodies
// are only scrubbed of the given secrets.
QByteArray redactResponse(const QByteArray& body, const QList<QByteArray>& secrets);
// Field names whose values are never shown.
bool isSensitiveField(const QString& name);
// "abcd…yz": first 4 and last 2 characters, for support reports.
QString abbreviate(const QString& clientId);
// Printable, single-line, length-capped version of text a server sent.
QString cleanCarrierText(const QString& text, int maxLength = 300);
} // namespace Redaction
