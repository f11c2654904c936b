// SPDX-License-Identifier: Apache-2.0
#include "clisession.h"

#include "accountstore.h"
#include "appservices.h"
#include "carriercatalog.h"
#include "secretbytes.h"
#include "secretstore.h"
#include "textpolicy.h"
#include "tokenservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace {
// Every text for people passes here: whatever came from a file or a server
// reaches the terminal as inert text, never as a command to it.
void write(FILE* stream, const QString& text)
{
    QString safe = TextPolicy::forTerminal(text);
    QByteArray bytes = safe.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
    // what passes through here may be a token the user asked for
    wipe(bytes);
    if (!safe.isSharedWith(text))
        safe.fill(QChar(0));
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

CliSession::CliSession(const QStringList& arguments, const QString& command)
    : m_arguments(arguments)
    , m_command(command)
    , m_catalog(CarrierCatalog::installed())
{}

CliSession::~CliSession() = default;

QString CliSession::commandLine() const
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + m_command;
}

AppServices& CliSession::services()
{
    if (!m_services) {
        AppServices::Options options = AppServices::standard();
        options.catalog = &m_catalog;
        options.onlyAccount = m_onlyAccount;
        m_services = std::make_unique<AppServices>(options);
        // said while the command settles; the token itself was already printed
        QObject::connect(m_services->tokens(), &TokenService::tokenNotCached,
                         [](const QUuid&, const Message& why) {
                             err(tr("Note: %1").arg(TextPolicy::oneLine(why.text())) +
                                 QLatin1Char('\n'));
                         });
    }
    return *m_services;
}

QString CliSession::cachedTokenIndexFile() const
{
    return AppServices::standard().cachedTokenIndexFile();
}

AccountStore* CliSession::store()
{
    return services().store();
}

SecretStore* CliSession::secrets()
{
    return services().secrets();
}

TokenCache* CliSession::tokenCache()
{
    return services().tokenCache();
}

AccountService* CliSession::accounts()
{
    return services().accounts();
}

TokenClient* CliSession::tokenClient()
{
    return services().tokenClient();
}

TokenService* CliSession::tokens()
{
    return services().tokens();
}

SecretRotation* CliSession::rotation()
{
    return services().rotation();
}

AppSettings& CliSession::settings()
{
    return services().settings();
}

const Clock& CliSession::clock()
{
    return services().clock();
}

QString CliSession::settingsFile()
{
    return AppServices::standard().settingsFile();
}

void CliSession::settle()
{
    if (!m_services)
        return;
    SecretStore* keychain = m_services->secrets();
    // Held-back test results are written while the keychain works on what
    // it was given (a token to keep): a timer fires after the calls queued
    // before it are sent, and the keychain answers while the file is written.
    if (keychain->pendingJobs() > 0)
        QTimer::singleShot(0, m_services->store(), &AccountStore::flush);
    while (keychain->pendingJobs() > 0) {
        QEventLoop loop;
        QObject::connect(keychain, &SecretStore::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool CliSession::storeReadable(Failure* error)
{
    const AccountStore* accounts = store();
    if (accounts->state() == AccountStore::State::Ready)
        return true;
    *error = Failure::make(ErrorCategory::InvalidInput, accounts->problem(),
                           Message::plain(tr("Move the file aside or repair it, then try again; "
                                             "the desktop app can also start a fresh account "
                                             "list.")));
    return false;
}

const Account* CliSession::findAccount(const QString& name, Failure* error)
{
    if (!storeReadable(error))
        return nullptr;
    if (const Account* p = store()->findByName(name))
        return p;
    *error = failure(ErrorCategory::InvalidInput,
                     tr("There is no account named \u201c%1\u201d.").arg(TextPolicy::oneLine(name)),
                     tr("Run \u201c%1 list\u201d to see the accounts.")
                         .arg(QCoreApplication::applicationName()));
    return nullptr;
}

void CliSession::out(const QString& text)
{
    write(stdout, text);
}

void CliSession::err(const QString& text)
{
    write(stderr, text);
}

void CliSession::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    writeJson(bytes);
    wipe(bytes);
}

void CliSession::writeJson(const QByteArray& json)
{
    QByteArray safe = TextPolicy::jsonForTerminal(json);
    std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
    std::fflush(stdout);
    if (!safe.isSharedWith(json))
        wipe(safe);
}

QJsonObject CliSession::errorJson(const Failure& error, int httpStatus)
{
    return QJsonObject{
        {QStringLiteral("category"), Failure::categoryId(error.category)},
        {QStringLiteral("message"), error.message.text()},
        {QStringLiteral("hint"), textOrNull(error.hint.text())},
        {QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("carrier_error"), textOrNull(error.carrierError)},
        {QStringLiteral("carrier_description"), textOrNull(error.carrierDescription)},
        {QStringLiteral("exit_code"), Failure::exitCode(error.category)},
    };
}

int CliSession::fail(const Failure& error, int httpStatus)
{
    err(error.fullText() + QLatin1Char('\n'));
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("error"), errorJson(error, httpStatus)}});
    const int code = Failure::exitCode(error.category);
    return code == 0 ? 1 : code;
}

Failure CliSession::failure(ErrorCategory category, const QString& message, const QString& hint)
{
    if (hint.isEmpty())
        return Failure::make(category, Message::plain(message));
    return Failure::make(category, Message::plain(message), Message::plain(hint));
}

Failure CliSession::usage(const QString& message) const
{
    return failure(ErrorCategory::InvalidInput, message,
                   tr("Run \u201c%1 --help\u201d to see what it accepts.").arg(commandLine()));
}

Failure CliSession::forCommandLine(Failure error, const QString& accountName) const
{
    const QString app = QCoreApplication::applicationName();
    if (error.hintSource != Failure::HintSource::General)
        return error;
    if (error.category == ErrorCategory::InvalidInput) {
        error.hint = Message::plain(
            accountName.isEmpty()
                ? tr("Run \u201c%1 --help\u201d to see what it accepts.").arg(commandLine())
                : tr("Correct it with \u201c%1 edit %2 \u2026\u201d and try again.")
                      .arg(app, TextPolicy::oneLine(accountName)));
        error.hintSource = Failure::HintSource::Specific;
    } else if (error.category == ErrorCategory::Timeout) {
        error.hint = Message::plain(tr("Try again; if it keeps happening, check the network or "
                                       "allow more time with --timeout SECONDS."));
        error.hintSource = Failure::HintSource::Specific;
    }
    return error;
}
