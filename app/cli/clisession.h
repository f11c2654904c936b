// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "failure.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class AccountService;
class AccountStore;
class AppServices;
class AppSettings;
class CarrierCatalog;
class Clock;
class SecretRotation;
class SecretStore;
class TokenCache;
class TokenClient;
class TokenService;
struct Account;

// What one command run shares: the arguments, the core services (created on
// first use, so `carriers` and `sandbox` never open the account list), the
// output streams and the way failures are reported. This is the command
// side's wiring: commands ask it for exactly the objects they use.
//
// stdout carries only what the command was asked for; every error goes to
// stderr, and with --json also into one JSON document on stdout.
class CliSession : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession(const QStringList& arguments, const QString& command);
    ~CliSession() override;

    const QStringList& arguments() const { return m_arguments; }
    QString command() const { return m_command; }
    // "tokendock add"
    QString commandLine() const;

    // The carrier presets; needs no account list.
    const CarrierCatalog& catalog() const { return m_catalog; }
    // A command about one account says so before it opens the account list:
    // the list is then read only as far as that account needs (see
    // AccountStore::loadOne). Too late once the list is open, and harmless.
    void focusOn(const QString& accountName) { m_onlyAccount = accountName; }
    // Where the cached-token index is, known without opening the account list.
    QString cachedTokenIndexFile() const;
    // Each of these opens the account list on first use.
    AccountStore* store();
    SecretStore* secrets();
    TokenCache* tokenCache();
    AccountService* accounts();
    TokenClient* tokenClient();
    TokenService* tokens();
    SecretRotation* rotation();
    AppSettings& settings();
    const Clock& clock();
    // Where settings.ini lives, read before any command runs.
    static QString settingsFile();
    // Waits for keychain work still under way (a token being cached, a stale
    // one being dropped), so the process never exits halfway through it.
    void settle();
    // Fails with the store's own explanation when the account list is unreadable.
    bool storeReadable(Failure* error);
    // The account of that name (case-insensitive), else a usage error naming `list`.
    const Account* findAccount(const QString& name, Failure* error);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // Text for people. Control characters in it (from an account file, a
    // server) are shown as escapes; only line breaks and tabs stay.
    static void out(const QString& text);
    static void err(const QString& text);
    static void printJson(const QJsonValue& value);
    // A JSON document as it is, but with no character a terminal would obey.
    static void writeJson(const QByteArray& json);

    // Prints the error (stderr, and a JSON document when --json is on) and
    // returns its exit code.
    int fail(const Failure& error, int httpStatus = 0);
    static QJsonObject errorJson(const Failure& error, int httpStatus = 0);
    // A failure in the command line's own words. A command runs in one
    // language from start to end, so its sentences go in as finished text;
    // with no hint, the category's general one.
    static Failure failure(ErrorCategory category, const QString& message,
                           const QString& hint = {});
    // A usage error: exit code 2, with a pointer to this command's --help.
    Failure usage(const QString& message) const;
    // The core's hints speak of the GUI in places; say it the command-line way.
    Failure forCommandLine(Failure error, const QString& accountName = {}) const;

    // Runs one asynchronous core call and waits for its callback:
    // start receives a function to call once the result is in.
    template <typename Start> void wait(Start&& start)
    {
        QEventLoop loop;
        bool done = false;
        start([&loop, &done] {
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }

private:
    AppServices& services();

    QStringList m_arguments;
    QString m_command;
    CarrierCatalog& m_catalog; // an import adds the presets it carries
    std::unique_ptr<AppServices> m_services;
    QString m_onlyAccount;
    bool m_json = false;
};
