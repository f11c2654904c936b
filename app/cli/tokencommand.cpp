// SPDX-License-Identifier: Apache-2.0
// tokendock token NAME [--format F] [--fresh] [--force] [--min-valid SECONDS] [--timeout SECONDS]
#include "accountrequest.h"
#include "accountstore.h"
#include "appsettings.h"
#include "carriercatalog.h"
#include "clisession.h"
#include "commandparser.h"
#include "commands.h"
#include "headerformat.h"
#include "requestoptions.h"
#include "textpolicy.h"
#include "tokenservice.h"

namespace {
const QString kFormat = QStringLiteral("format");
const QString kFresh = QStringLiteral("fresh");
const QString kMinValid = QStringLiteral("min-valid");
const QString kApiUrl = QStringLiteral("api-url");

// The token from the cache or the carrier, as TokenService decides.
TokenResult fetch(CliSession& session, const QUuid& id, qint64 minValid,
                  const CommandParser& parser, bool* fromCache)
{
    TokenResult result;
    session.wait([&](auto quit) {
        session.tokens()->token(
            id, minValid, parser.isSet(kFresh), &session,
            [&result, fromCache, quit](const TokenResult& r, bool cached) {
                result = r;
                *fromCache = cached;
                quit();
            },
            RequestOptions::budget(parser));
    });
    return result;
}

QString description()
{
    return TokenCommand::tr(
        "Prints a usable token for an account, and only that and a newline, so "
        "H=$(tokendock token NAME --format header) works. The cached token is used while it "
        "stays valid for at least --min-valid seconds; otherwise a new one is requested and "
        "cached. When the carrier's limit on token requests is used up, the cached token is "
        "printed while it is valid at all, with a note; else nothing is sent until "
        "--force.");
}

// The options, after the account name.
void declare(CommandParser& parser)
{
    parser.addArgument(QStringLiteral("NAME"), TokenCommand::tr("The account."));
    parser.addOption(
        QCommandLineOption(kFormat,
                           TokenCommand::tr("What to print: %1 (default: token). The header "
                                            "is the one the carrier's API calls use "
                                            "(Authorization: Bearer …, or its own header); where "
                                            "API calls need more headers (Maersk Consumer-Key, "
                                            "Estes apikey), header prints one a line and the "
                                            "other formats carry them all.")
                               .arg(HeaderFormat::ids().join(QStringLiteral(", "))),
                           TokenCommand::tr("FORMAT"), QStringLiteral("token")));
    parser.addOption(QCommandLineOption(kFresh, TokenCommand::tr("Always request a new token.")));
    parser.addOption(QCommandLineOption(
        kMinValid,
        TokenCommand::tr(
            "Reuse the cached token only while it stays valid this many more seconds (default: "
            "the refresh margin in Settings, 60 seconds unless changed)."),
        TokenCommand::tr("SECONDS")));
    parser.addOption(QCommandLineOption(
        kApiUrl,
        TokenCommand::tr(
            "The API the curl, httpie and powershell formats call (default: the token URL's "
            "host)."),
        TokenCommand::tr("URL")));
    RequestOptions::declareForce(parser);
    RequestOptions::declareTimeout(parser);
}
} // namespace

int TokenCommand::run(CliSession& session)
{
    CommandParser parser(session, description());
    declare(parser);
    if (const auto exit = parser.parse(1, 1, tr("Name the account.")))
        return *exit;
    session.focusOn(parser.arguments().constFirst());

    const auto format = HeaderFormat::fromId(parser.value(kFormat).trimmed());
    // the JSON format answers failures with a JSON document too
    session.setJson(format == HeaderFormat::Json);
    if (!format)
        return session.fail(session.usage(
            tr("--format takes one of %1, not \u201c%2\u201d.")
                .arg(HeaderFormat::ids().join(QStringLiteral(", ")), parser.value(kFormat))));
    qint64 minValid = session.settings().refreshMarginSeconds();
    if (parser.isSet(kMinValid)) {
        QString problem;
        const auto seconds = parser.number(kMinValid, 0, 7 * 24 * 3600, &problem);
        if (!seconds)
            return session.fail(session.usage(problem));
        minValid = *seconds;
    }
    Failure error;
    if (!RequestOptions::applyTimeout(parser, session, &error))
        return session.fail(error);

    const Account* found = session.findAccount(parser.arguments().constFirst(), &error);
    if (!found)
        return session.fail(error);
    const Account account = *found;
    if (account.secretMissing)
        return session.fail(
            CliSession::failure(ErrorCategory::InvalidInput,
                                tr("No client secret is stored for \u201c%1\u201d yet.")
                                    .arg(TextPolicy::oneLine(account.name)),
                                tr("Enter it with \u201ctokendock edit %1 --secret-stdin\u201d.")
                                    .arg(TextPolicy::oneLine(account.name))));

    bool fromCache = false;
    const TokenResult result = fetch(session, account.id, minValid, parser, &fromCache);
    if (!result.ok())
        return session.fail(
            RequestOptions::withForceHint(session.forCommandLine(result.error, account.name)),
            result.httpStatus);
    // a cached token handed out although shorter than --min-valid: say why
    for (const Message& warning : fromCache ? result.warnings : QList<Message>())
        CliSession::err(tr("Note: %1").arg(warning.text()) + QLatin1Char('\n'));

    const CarrierPreset* preset = session.catalog().find(account.carrierId);
    const QUrl apiUrl(parser.isSet(kApiUrl) ? parser.value(kApiUrl).trimmed()
                                            : AccountRequest::resolvedUrl(account, preset));
    QString text = HeaderFormat::render(*format, result.token, apiUrl, account.name);
    CliSession::out(text + QLatin1Char('\n'));
    text.fill(QLatin1Char(' '));
    return 0;
}
