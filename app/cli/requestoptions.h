// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "failure.h"
#include "tokenservice.h"

#include <QCoreApplication>

class CliSession;
class CommandParser;

// Options `test` and `token` share for the request they may send.
class RequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(RequestOptions)

public:
    // --timeout SECONDS: a timeout is no secret, so it may be an argument.
    static void declareTimeout(CommandParser& parser);
    // Sets the token client's timeout when --timeout was given; a bad value is a usage error.
    static bool applyTimeout(const CommandParser& parser, CliSession& session, Failure* error);
    // --force: send even over the carrier's token budget.
    static void declareForce(CommandParser& parser);
    static TokenService::Budget budget(const CommandParser& parser);
    // A request the token budget held back: the hint says what --force
    // risks and how to give it. Other failures stay as they are.
    static Failure withForceHint(Failure error);
};
