// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which token URLs TokenDock will send credentials to.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString& host);
    // https anywhere; http only to loopback; no user info, fragment or unfilled {placeholder}.
    // Returns an empty string when the URL is acceptable, else a sentence saying what to fix.
    static QString problem(const QUrl& url);
    static QString problem(const QString& url);
    // The first control or invisible (bidi, zero-width) character, as U+XXXX;
    // empty when there is none.
    static QString hiddenCharacter(const QString& text);
    // Same scheme, host and port (ports defaulted by scheme).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
};
