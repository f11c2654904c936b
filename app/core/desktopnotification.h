// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// One desktop notification through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus): what `tokendock check
// --notify` sends, and what the window could send too. Linux only; elsewhere
// it reports that there is no such service.
class DesktopNotification
{
public:
    static constexpr const char* kAppName = "TokenDock";
    static constexpr const char* kIcon = "org.tokendock.TokenDock";

    // sent: the service took it; otherwise `why` says what went wrong (the
    // bus's own words, for a line on stderr).
    using Done = std::function<void(bool sent, const QString& why)>;

    // summary and body are plain text; the body is escaped for the servers
    // that read markup. `done` is called once, on `context`'s thread, unless
    // context is gone.
    static void send(const QString& summary, const QString& body, QObject* context, Done done);
};
