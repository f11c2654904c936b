// SPDX-License-Identifier: Apache-2.0
// tokendock rotate NAME --secret-stdin [--field KEY] [--expires YYYY-MM-DD] [--json]
#include "accountrequest.h"
#include "accountstore.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "clock.h"
#include "commandparser.h"
#include "commands.h"
#include "probeoutput.h"
#include "requestoptions.h"
#include "secretdate.h"
#include "secretinput.h"
#include "secretrotation.h"
#include "testoutput.h"
#include "textpolicy.h"

#include <QJsonObject>

namespace {
const QString kSecretStdin = QStringLiteral("secret-stdin");
const QString kField = QStringLiteral("field");
const QString kExpires = QStringLiteral("expires");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The label of the secret field --field names, or nothing (and *error)
// when the account has no secret field of that key.
std::optional<QString> secretFieldLabel(const Account& account, const CarrierPreset* preset,
                                        const QString& key, const CliSession& session,
                                        Failure* error)
{
    QStringList keys;
    for (const CarrierField& f : AccountRequest::secretFields(account, preset)) {
        if (f.key == key)
            return carrierText(f.label);
        keys << f.key;
    }
    const QString message = RotateCommand::tr("\u201c%1\u201d has no secret field \u201c%2\u201d.")
                                .arg(TextPolicy::oneLine(account.name), TextPolicy::oneLine(key));
    const QString which =
        keys.isEmpty() ? RotateCommand::tr("Leave out --field to replace the client secret.")
                       : RotateCommand::tr("Its secret fields: %1; without --field, the client "
                                           "secret.")
                             .arg(keys.join(QStringLiteral(", ")));
    *error = session.usage(message + QLatin1Char(' ') + which);
    return std::nullopt;
}

// --expires: a day that exists and has not passed (the new secret works today).
bool readExpiry(const CommandParser& parser, CliSession& session, QDate* expires, Failure* error)
{
    if (!parser.isSet(kExpires))
        return true;
    QString problem;
    const auto date = SecretDate::parse(parser.value(kExpires), kExpires, &problem);
    if (!date) {
        *error = session.usage(problem);
        return false;
    }
    if (*date < session.clock().now().toLocalTime().date()) {
        *error = CliSession::failure(
            ErrorCategory::InvalidInput,
            RotateCommand::tr("%1 has passed; a secret that works now has not expired then.")
                .arg(date->toString(Qt::ISODate)),
            RotateCommand::tr("Give the day the carrier's portal shows for the new secret, or "
                              "leave out --expires."));
        return false;
    }
    *expires = *date;
    return true;
}

// One line from standard input or a prompt without echo; an empty line is a usage error.
bool readCandidate(CliSession& session, const QString& label, SecretBytes* secret, Failure* error)
{
    SecretInput::Line line = SecretInput::readSecret(label + QStringLiteral(": "));
    switch (line.status) {
    case SecretInput::Status::Ok:
        if (line.value.isEmpty())
            break;
        *secret = std::move(line.value);
        return true;
    case SecretInput::Status::EndOfInput:
        break;
    case SecretInput::Status::TooLong:
        *error = session.usage(RotateCommand::tr("The line on standard input is longer than %1 "
                                                 "KiB; that is not a secret TokenDock can use.")
                                   .arg(SecretInput::kMaxLineBytes / 1024));
        return false;
    case SecretInput::Status::Failed:
        *error = CliSession::failure(ErrorCategory::Internal,
                                     RotateCommand::tr("Standard input could not be read."));
        return false;
    }
    *error = session.usage(
        RotateCommand::tr("No new secret came on standard input (an empty line is none). Pipe "
                          "it in, e.g. printf '%s\\n' \"$NEW_SECRET\" | tokendock rotate NAME "
                          "--secret-stdin."));
    return false;
}

QString workedText(const TokenResult& trial)
{
    const QString token =
        RotateCommand::tr("token HTTP %1 in %2 ms").arg(trial.httpStatus).arg(trial.latencyMs);
    const QString probe =
        trial.probe.ran()
            ? RotateCommand::tr("probe: %1").arg(ProbeOutcome::label(trial.probe.verdict))
            : RotateCommand::tr("no probe");
    return RotateCommand::tr("The new secret works (%1, %2) and replaced the old one in the "
                             "keychain; the old secret is gone.")
        .arg(token, probe);
}

struct Rotation
{
    QString name;
    std::optional<Account> account; // as stored after the rotation
    const CarrierPreset* preset = nullptr;
    RotationRequest request;
    RotationOutcome outcome;
};

int exitCode(const Rotation& r)
{
    if (r.outcome.replaced)
        return r.outcome.failure.isError() ? 1 : 0;
    if (r.outcome.failure.isError())
        return qMax(1, Failure::exitCode(r.outcome.failure.category));
    return r.outcome.trial ? qMax(1, TestOutput::exitCode(*r.outcome.trial)) : 1;
}

void printJson(const Rotation& r, const QDateTime& now)
{
    const std::optional<TokenResult>& trial = r.outcome.trial;
    QJsonValue error;
    if (r.outcome.failure.isError())
        error = CliSession::errorJson(r.outcome.failure);
    else if (trial && !trial->ok())
        error = CliSession::errorJson(trial->error, trial->httpStatus);
    const QDate expires = r.account ? r.account->secretExpires : QDate();
    CliSession::printJson(QJsonObject{
        {QStringLiteral("account"), r.account ? r.account->name : r.name},
        {QStringLiteral("replaced"), r.outcome.replaced},
        {QStringLiteral("field"), textOrNull(r.request.field)},
        {QStringLiteral("secret_expires"), textOrNull(expires.toString(Qt::ISODate))},
        {QStringLiteral("trial"),
         trial ? QJsonValue(TestOutput::document(r.name, r.account ? &*r.account : nullptr,
                                                 r.preset, *trial, now))
               : QJsonValue()},
        {QStringLiteral("error"), error},
    });
}

// The new secret's date as the carrier gives it, or the preset's word on
// how long its secrets last when none was given.
QString expiryText(const Rotation& r, const QDateTime& now)
{
    if (const auto left = r.account->daysUntilSecretExpires(now))
        return RotateCommand::tr("The carrier says the new secret expires on %1 (in %n days).",
                                 nullptr, int(*left))
                   .arg(r.account->secretExpires.toString(Qt::ISODate)) +
               QLatin1Char('\n');
    if (!r.preset || !r.preset->secretLifetime.isSet())
        return {};
    return RotateCommand::tr("Note: %1 Record the new secret's date with \u201ctokendock edit "
                             "%2 --secret-expires YYYY-MM-DD\u201d.")
               .arg(carrierText(r.preset->secretLifetime.note),
                    TextPolicy::oneLine(r.account->name)) +
           QLatin1Char('\n');
}

// What the trial said and whether anything changed; with --json only the
// lines for standard error.
void printText(const Rotation& r, const QDateTime& now, bool json)
{
    const std::optional<TokenResult>& trial = r.outcome.trial;
    const QString name = TextPolicy::oneLine(r.account ? r.account->name : r.name);
    if (r.outcome.replaced) {
        if (!json)
            CliSession::out(workedText(*trial) + QLatin1Char('\n') + expiryText(r, now));
        if (r.outcome.failure.isError())
            CliSession::err(RotateCommand::tr("The account list could not note the new "
                                              "secret's date: %1")
                                .arg(r.outcome.failure.fullText()) +
                            QLatin1Char('\n'));
        return;
    }
    if (trial && trial->ok() && r.account && !json)
        CliSession::out(TestOutput::success(*r.account, r.preset, *trial, now) +
                        ProbeOutput::lines(name, trial->probe));
    else if (trial && !trial->ok())
        CliSession::err(TestOutput::failure(name, trial->error));
    if (r.outcome.failure.isError())
        CliSession::err(r.outcome.failure.fullText() + QLatin1Char('\n'));
    CliSession::err(RotateCommand::tr("Nothing changed: the old secret stays and keeps working.") +
                    QLatin1Char('\n'));
}
} // namespace

int RotateCommand::run(CliSession& session)
{
    CommandParser parser(
        session,
        tr("Replaces an account's secret without breaking it: the new secret is read from "
           "standard input (or asked for at the terminal, without echo) and tested against the "
           "carrier first (token, signature, the account's probe). Only when that works does "
           "it replace the old one in the keychain; otherwise nothing changes and the exit "
           "code is the one \u201ctokendock test\u201d gives."));
    parser.addArgument(QStringLiteral("NAME"), tr("The account."));
    parser.addOption(QCommandLineOption(
        kSecretStdin, tr("Read the new secret from standard input (one line). Without it you "
                         "are asked at the terminal, without echo.")));
    parser.addOption(QCommandLineOption(
        kField,
        tr("Replace this secret field of the preset (e.g. FedEx child_secret, a portal "
           "password) instead of the client secret."),
        tr("KEY")));
    parser.addOption(QCommandLineOption(
        kExpires, tr("The day the carrier says the new secret expires (today or later)."),
        tr("YYYY-MM-DD")));
    parser.addJsonOption(tr("Print one JSON document (it never holds the token or a secret)."));
    RequestOptions::declareTimeout(parser);
    if (const auto exit = parser.parse(1, 1, tr("Name the account whose secret to replace.")))
        return *exit;
    return rotate(session, parser);
}

int RotateCommand::rotate(CliSession& session, const CommandParser& parser)
{
    Rotation r;
    r.name = parser.arguments().constFirst();
    r.request.field = parser.value(kField).trimmed();
    Failure error;
    const Account* found = session.findAccount(r.name, &error);
    if (!found || !readExpiry(parser, session, &r.request.expires, &error) ||
        !RequestOptions::applyTimeout(parser, session, &error))
        return session.fail(error);
    r.account = *found;
    r.preset = session.catalog().find(found->carrierId);
    QString label = r.preset && !r.preset->clientSecretLabel.isEmpty()
                        ? carrierText(r.preset->clientSecretLabel)
                        : tr("client secret");
    if (!r.request.field.isEmpty()) {
        const auto field = secretFieldLabel(*r.account, r.preset, r.request.field, session, &error);
        if (!field)
            return session.fail(error);
        label = *field;
    }
    if (!parser.isSet(kSecretStdin) && !SecretInput::stdinIsTerminal())
        return session.fail(CliSession::failure(
            ErrorCategory::InvalidInput,
            tr("No new secret: standard input is not a terminal and --secret-stdin was not "
               "given."),
            tr("Pipe the secret in, e.g. printf '%s\\n' \"$NEW_SECRET\" | tokendock rotate %1 "
               "--secret-stdin; TokenDock never takes a secret from an argument.")
                .arg(TextPolicy::oneLine(r.account->name))));
    if (!readCandidate(session,
                       tr("New %1 for %2").arg(label, TextPolicy::oneLine(r.account->name)),
                       &r.request.secret, &error))
        return session.fail(error);

    const QUuid id = r.account->id;
    session.wait([&](auto quit) {
        session.rotation()->rotate(id, r.request, &session,
                                   [&r, quit](const RotationOutcome& outcome) {
                                       r.outcome = outcome;
                                       quit();
                                   });
    });
    r.request.secret = SecretBytes();
    r.outcome.failure = session.forCommandLine(r.outcome.failure, r.account->name);
    if (r.outcome.trial)
        r.outcome.trial->error = session.forCommandLine(r.outcome.trial->error, r.account->name);
    if (const Account* updated = session.store()->find(id))
        r.account = *updated;
    const QDateTime now = session.clock().now();
    if (session.json())
        printJson(r, now);
    printText(r, now, session.json());
    return exitCode(r);
}
