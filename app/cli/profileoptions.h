// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profilerequest.h"

#include <QCoreApplication>
#include <QSet>

class CliSession;
class CommandParser;

// The account settings `add` and `edit` share: declaring the options,
// applying them to a Profile, reading the secrets from standard input, and
// checking the result with the same rules as the GUI (ProfileRequest::validate).
class ProfileOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProfileOptions)

public:
    static void declare(CommandParser& parser, bool editing);

    // Applies the options that were given. Creating: a missing --environment
    // means the preset's first one.
    static bool apply(const CommandParser& parser, CliSession& session, bool creating,
                      Profile* profile, TokenError* error);

    // Line 1 of standard input is the client secret, the following lines the
    // preset's secret fields for the grant type, in catalog order (at a
    // terminal: one prompt each). Editing: an empty line keeps what is stored.
    static bool readSecrets(const Profile& profile, CliSession& session, bool editing,
                            ProfileSecrets* secrets, TokenError* error);

    // "line 1: the client secret; line 2: child_secret"
    static QString stdinLayout(const Profile& profile);

    // The secrets a profile could have: the client secret and its secret fields.
    static QSet<QString> allSecretKeys(const Profile& profile);
    static QSet<QString> presentKeys(const ProfileSecrets& secrets);

    // ProfileRequest::validate as one usage error naming the option to fix.
    static bool validate(const Profile& profile, const QSet<QString>& secretsPresent,
                         CliSession& session, TokenError* error);
};
