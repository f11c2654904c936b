// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// application/x-www-form-urlencoded as RFC 6749 Appendix B asks for it:
// UTF-8, unreserved characters kept, space as '+', everything else %XX.
namespace FormEncoding {
QByteArray encode(const QByteArray& utf8);
// Appends the encoding to *out, so a secret is encoded without a copy of its own
// (reserve room for 3 bytes per byte to keep *out from moving).
void appendEncoded(QByteArray* out, const QByteArray& utf8);
QByteArray encode(const QString& text);
// Inverse of encode(); tolerant of '%20' for space. Returns false on a bad escape.
bool decode(const QByteArray& encoded, QByteArray* out);
// "a=1&b=2" from ordered pairs (values already in UTF-8).
QByteArray join(const QList<QPair<QByteArray, QByteArray>>& fields);
// Parses a body into ordered pairs; duplicate keys are kept in order.
bool parse(const QByteArray& body, QList<QPair<QByteArray, QByteArray>>* out);
// RFC 6749 §2.3.1: id and secret are each form-encoded before base64. The
// steps in between are wiped; the caller wipes the result.
QByteArray basicCredentials(const QByteArray& clientId, const QByteArray& clientSecret);
} // namespace FormEncoding
