// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class CliSession;
struct CarrierPreset;

// tokendock carriers --check FILE: is this preset file one TokenDock loads,
// and does a token come back through its request and answer rules?
class PresetCheck
{
    Q_DECLARE_TR_FUNCTIONS(PresetCheck)

public:
    // 0: the file is a preset TokenDock loads (and the sandbox issued a token
    // through it where its shape allows); 1: it is not, or the sandbox refused.
    static int run(CliSession& session, const QString& path);

    // Why the sandbox's generic OAuth 2.0 emulation cannot try this preset;
    // empty when it can.
    static QString whyNotTried(const CarrierPreset& preset);
};
