// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretbytes.h"

#include <QCoreApplication>
#include <QString>

// Secrets come from standard input only: a line from a pipe, or typed at a
// terminal with echo off (restored on every exit path, signals included).
// Never from an argument or an environment variable.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static constexpr qsizetype kMaxLineBytes = 16 * 1024;

    enum class Status
    {
        Ok,
        EndOfInput, // nothing more to read
        TooLong,
        Failed
    };
    struct Line
    {
        Status status = Status::Failed;
        SecretBytes value;
    };

    static bool stdinIsTerminal();
    // One line, without its line break. At a terminal the prompt goes to
    // stderr and the typing is not echoed.
    static Line readSecret(const QString& prompt);
    // Everything up to the end of input (Ctrl+D at a terminal, where the
    // prompt goes to stderr and nothing is echoed), at most maxBytes.
    static Line readText(const QString& prompt, qsizetype maxBytes);
    // A plain answer typed at the terminal (echoed), e.g. "y".
    static QString readAnswer(const QString& prompt);
};
