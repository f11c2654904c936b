// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// What a second `tokendock` says to the running one over the local socket,
// and the answer: one JSON object per line, with a protocol version. It holds
// an account name and a format id at most; never a secret or a token (the
// running instance copies the token itself).
struct InstanceMessage
{
    Q_DECLARE_TR_FUNCTIONS(InstanceMessage)

public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxLineBytes = 4096;

    enum class Command
    {
        Raise, // show the window
        Copy,  // copy an account's token in a format
    };
    Command command = Command::Raise;
    QString account; // Copy: the account's name
    QString format;  // Copy: a HeaderFormat id; empty = the header

    QByteArray encode() const;
    // One line without its newline; on failure says why.
    static std::optional<InstanceMessage> decode(const QByteArray& line, QString* error);
};

struct InstanceReply
{
    bool ok = false;
    int exitCode = 1;
    QString message; // for people: what was copied, or what went wrong

    QByteArray encode() const;
    static std::optional<InstanceReply> decode(const QByteArray& line);
};
